// Reads the cells of one worksheet part (SpreadsheetML) into a sheet model: values, formulas with their cached results, dates, number formats.
import { columnLetters } from './a1';
import { fromCivil, serialToDate } from './civil-time';
import type { Cell, CellValue, SheetModel } from './model';
import type { CellStyleFormats } from './xlsx-styles';
import { attributes, decodeXml, runText } from './xlsx-xml';

/** What the reader needs besides the part: the shared strings, the cell styles' formats, the date system and time zone. */
export interface SheetReadContext {
  sharedStrings: readonly string[];
  styles: CellStyleFormats;
  date1904: boolean;
  timeZone: string;
}

/** A cell the reader could not take as it stands, or left out of the sheet model; `cell` is its A1 address. */
export interface SheetReadNote {
  cell: string;
  kind: 'far' | 'no-cached-value';
  value?: CellValue;
}

/**
 * Rows and columns of blank cells after which a value no longer belongs to the sheet's table, which runs from the sheet's
 * first value down (and right) to the first wider gap. A value beyond is read, named in a note and kept out of the sheet
 * model, so a stray value at XFD1048576 costs what any other cell costs (Apps Script would read the whole 1,048,576 × 16,384
 * grid through getDataRange).
 */
export const FAR_ROWS = 1000;
export const FAR_COLUMNS = 26;

const CELL_OR_ROW = /<row\b([^>]*)>|<c\b([^>]*?)\/>|<c\b([^>]*)>([\s\S]*?)<\/c>/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const CACHED = /<v(?:\s[^>]*)?>([\s\S]*?)<\/v>|<v\s*\/>/;

function rowOf(attributeText: string): number | undefined {
  const m = /\br\s*=\s*["'](\d+)["']/.exec(attributeText);
  return m ? Number(m[1]) : undefined;
}

/** Row and column of an A1 cell address ("XFD1048576"), or null. */
function cellAddress(address: string): { row: number; column: number } | null {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  const row = Number(address.slice(i).replace(/\$/g, ''));
  return column > 0 && Number.isInteger(row) && row > 0 ? { row, column } : null;
}

/** The value of a cell from its type attribute and the text of its <v>. */
function cellValue(type: string | undefined, raw: string, style: number, context: SheetReadContext): CellValue | undefined {
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)];
    case 'str':
    case 'e':
      return decodeXml(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'd': {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):?(\d{2})?)?/.exec(raw.trim());
      return m ? fromCivil(context.timeZone, +m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)) : decodeXml(raw);
    }
    default: {
      const number = Number(raw);
      if (raw.trim() === '' || Number.isNaN(number)) return undefined;
      if (!context.styles.isDate(style)) return number;
      return serialToDate(context.date1904 ? number + 1462 : number, context.timeZone);
    }
  }
}

/** The parsed cells of a sheet in document order, as parallel arrays (compact for 100,000s of cells). */
interface ParsedCells {
  rows: number[];
  columns: number[];
  cells: Cell[];
}

/** `r`, `s` and `t` of a cell's start tag, in the order every writer uses; other shapes go through attributes(). */
const USUAL_CELL = /^\s*r="([A-Z]{1,3})(\d+)"(?:\s+s="(\d+)")?(?:\s+t="(\w+)")?\s*$/;

function columnOf(letters: string): number {
  let column = 0;
  for (let i = 0; i < letters.length; i++) column = column * 26 + letters.charCodeAt(i) - 64;
  return column;
}

/** Where the reader stands in the sheet: the current row and the last cell's column (for rows and cells without `r`). */
interface Position {
  row: number;
  column: number;
}

/** One <c> element (its attribute text and content) as a cell, or undefined for an empty one; moves `at` to it. */
function parseCell(attributeText: string, inner: string, at: Position, context: SheetReadContext, notes: SheetReadNote[]): Cell | undefined {
  const usual = USUAL_CELL.exec(attributeText);
  let style: number;
  let type: string | undefined;
  if (usual) {
    at.column = columnOf(usual[1]);
    at.row = Number(usual[2]);
    style = usual[3] ? Number(usual[3]) : 0;
    type = usual[4];
  } else {
    const a = attributes(attributeText);
    const ref = a.r ? cellAddress(a.r) : null;
    at.column = ref ? ref.column : at.column + 1;
    if (ref) at.row = ref.row;
    style = Number(a.s ?? 0);
    type = a.t;
  }
  if (inner === '') return undefined;
  const formula = inner.indexOf('<f') >= 0 ? FORMULA.exec(inner) : null;
  let value: CellValue | undefined;
  if (type === 'inlineStr') {
    const is = /<is>([\s\S]*?)<\/is>/.exec(inner);
    value = is ? runText(is[1]) : undefined;
  } else {
    const cached = CACHED.exec(inner);
    if (cached) value = cellValue(type, cached[1] ?? '', style, context);
    else if (formula) notes.push({ cell: `${columnLetters(at.column)}${at.row}`, kind: 'no-cached-value' });
  }
  const formulaText = formula?.[2] ? `=${decodeXml(formula[2])}` : undefined;
  if ((value === undefined || value === '') && !formulaText) return undefined;
  const cell: Cell = {};
  if (value !== undefined && value !== '') cell.value = value;
  if (formulaText) cell.formula = formulaText;
  const numberFormat = context.styles.numberFormat(style);
  if (numberFormat) cell.numberFormat = numberFormat;
  return cell;
}

/** Every cell with a value or a formula, in document order, and the formula cells that have no cached result. */
function parseCells(pieces: Iterable<string>, context: SheetReadContext): { parsed: ParsedCells; notes: SheetReadNote[] } {
  const parsed: ParsedCells = { rows: [], columns: [], cells: [] };
  const notes: SheetReadNote[] = [];
  const at: Position = { row: 0, column: 0 };
  let started = false;
  for (const xml of pieces) {
    const start = started ? 0 : xml.indexOf('<sheetData');
    if (start < 0) continue;
    started = true;
    const close = xml.indexOf('</sheetData>');
    const end = close < 0 ? xml.length : close;
    CELL_OR_ROW.lastIndex = start;
    let match: RegExpExecArray | null;
    while ((match = CELL_OR_ROW.exec(xml)) && match.index < end) {
      if (match[1] !== undefined) {
        at.row = rowOf(match[1]) ?? at.row + 1;
        at.column = 0;
        continue;
      }
      const cell = parseCell(match[2] ?? match[3], match[4] ?? '', at, context, notes);
      if (!cell) continue;
      parsed.rows.push(at.row);
      parsed.columns.push(at.column);
      parsed.cells.push(cell);
    }
    if (close >= 0) break;
  }
  return { parsed, notes };
}

/**
 * The run of positions from the smallest one up to the first gap wider than `gap` (positions need not be in order): where
 * the sheet's table stands, its header being at the top (the readers look for it in the first rows).
 */
function firstRun(positions: readonly number[], gap: number): { first: number; last: number } {
  let sorted = true;
  for (let i = 1; i < positions.length && sorted; i++) sorted = positions[i] >= positions[i - 1];
  const ordered = sorted ? positions : [...positions].sort((a, b) => a - b);
  let last = ordered[0];
  for (const p of ordered) {
    if (p - last > gap) break;
    last = p;
  }
  return { first: ordered[0], last };
}

/**
 * Reads a worksheet part, given whole or in pieces that end at a row's end (see rowPieces), into `model` (its cells, maxRows
 * and maxColumns). Cells far from the sheet's table (see FAR_ROWS)
 * are left out of the model and returned as notes, as are formula cells without a cached result. The time and memory taken
 * grow with the cells that hold data, never with the distance between them.
 */
export function readSheetXml(pieces: Iterable<string>, model: SheetModel, context: SheetReadContext): SheetReadNote[] {
  const { parsed, notes } = parseCells(pieces, context);
  if (parsed.cells.length === 0) return notes;
  const rows = firstRun(parsed.rows, FAR_ROWS);
  const columnsInRows: number[] = [];
  parsed.rows.forEach((row, i) => {
    if (row >= rows.first && row <= rows.last) columnsInRows.push(parsed.columns[i]);
  });
  const columns = firstRun(columnsInRows, FAR_COLUMNS);
  let lastRow = 0;
  let lastColumn = 0;
  for (let i = 0; i < parsed.cells.length; i++) {
    const row = parsed.rows[i];
    const column = parsed.columns[i];
    if (row < rows.first || row > rows.last || column < columns.first || column > columns.last) {
      notes.push({ cell: `${columnLetters(column)}${row}`, kind: 'far', value: parsed.cells[i].value });
      continue;
    }
    model.place(row, column, parsed.cells[i]);
    if (row > lastRow) lastRow = row;
    if (column > lastColumn) lastColumn = column;
  }
  model.maxRows = Math.max(model.maxRows, lastRow);
  model.maxColumns = Math.max(model.maxColumns, lastColumn);
  return notes;
}

/**
 * A worksheet part's text in pieces of about `size` bytes, each ending at a row's end so no cell is split: a sheet of
 * 100,000 rows is never one 70 MB string.
 */
export function* rowPieces(bytes: Buffer, size = 4 << 20): Generator<string> {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length) {
    const rowEnd = start + size >= bytes.length ? -1 : bytes.indexOf('</row>', start + size);
    const end = rowEnd < 0 ? bytes.length : rowEnd + '</row>'.length;
    yield bytes.toString('utf8', start, end);
    start = end;
  }
}

/** The shared strings part's items, in order. */
export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const items: string[] = [];
  const item = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
  let match: RegExpExecArray | null;
  while ((match = item.exec(xml))) items.push(match[1] ? runText(match[1]) : '');
  return items;
}

/** Frozen rows and columns of a worksheet part (its first pane), from the part or the part's text before <sheetData>. */
export function readSheetView(xml: string): { frozenRows: number; frozenColumns: number } {
  const dataAt = xml.indexOf('<sheetData');
  const head = dataAt < 0 ? xml : xml.slice(0, dataAt);
  const pane = /<pane\b([^>]*)>/.exec(head);
  const a = pane ? attributes(pane[1]) : {};
  const frozen = a.state === 'frozen' || a.state === 'frozenSplit';
  return { frozenRows: frozen ? Number(a.ySplit ?? 0) : 0, frozenColumns: frozen ? Number(a.xSplit ?? 0) : 0 };
}
