// A printable sheet as data: rows of formatted cells laid out top to bottom, tables whose header is repeated on each printed page, column widths from the content (pure).
import { columnLetter } from './a1';
import { SUMMARY_FORMATS } from './cell-formats';

export type LayoutValue = string | number;
export type HorizontalAlignment = 'center' | 'right' | null;
export type FontWeight = 'bold' | 'normal';
export type FontStyle = 'italic' | 'normal';

export { SUMMARY_FORMATS };
export type FormatKind = keyof typeof SUMMARY_FORMATS;

export interface LayoutCell {
  value: LayoutValue;
  format: FormatKind;
}

export const blank: LayoutCell = { value: '', format: 'general' };
export const text = (value: string): LayoutCell => (value === '' ? blank : { value, format: 'text' });
export const count = (value: number): LayoutCell => ({ value, format: 'count' });
export const vnd = (value: number): LayoutCell => ({ value, format: 'vnd' });
export const points = (value: number | null): LayoutCell => (value === null ? blank : { value, format: 'points' });
/** A share in one-decimal percent (48.6) as the ratio Sheets shows with 0.0% (0.486), free of float noise. */
export const percent = (value: number | null): LayoutCell => (value === null ? blank : { value: Math.round(value * 10) / 1000, format: 'percent' });
export const ratio = (part: number, whole: number): LayoutCell => (whole > 0 ? percent(Math.round((part / whole) * 1000) / 10) : blank);
export const formula = (value: string): LayoutCell => ({ value, format: 'general' });

/** How a row looks: weight, fill, alignment, font size (points) and slant. */
export interface RowLook {
  weight: FontWeight;
  fill: string | null;
  align: HorizontalAlignment;
  size: number;
  italic?: boolean;
}

/** The printed page: orientation, margins in millimetres, and how many lines of the body font fit between the margins. */
export interface PageSpec {
  orientation: 'portrait' | 'landscape';
  margins: { top: number; bottom: number; left: number; right: number };
  /**
   * One-line rows of `baseSize` text (rowPoints high) a page holds, kept a row below the real count so the host never breaks a
   * page before the layout does.
   */
  lines: number;
  /** The body font size (points): a row of a larger font counts as more than one line. */
  baseSize: number;
  /** The printable width in pixels (96 per inch); wider columns are scaled down to it when printed. */
  width: number;
  /** Text width of the page's font against the Arial-like textWidth (Times New Roman is narrower). */
  fontFactor: number;
}

/** What the offline copy needs to print the sheet as laid out; Sheets itself prints through its own dialog. */
export interface PrintSetup {
  orientation: PageSpec['orientation'];
  margins: PageSpec['margins'];
  /** Rows (1-based) that start a new printed page, the first page excepted. */
  pageBreaks: number[];
  /** The printed range, A1. */
  printArea: string;
}

/** Developer-metadata key under which a sheet keeps its PrintSetup as JSON. */
export const PRINT_METADATA_KEY = 'cong-doan.print';

/** A4 landscape with 15 mm margins top and bottom (the summary): 510 pt, 34 rows of 10 pt at 15 pt, 33 counted. */
export const A4_LANDSCAPE: PageSpec = {
  orientation: 'landscape',
  margins: { top: 15, bottom: 15, left: 10, right: 10 },
  lines: 33,
  baseSize: 10,
  width: 1040,
  fontFactor: 1,
};
/** A4 portrait with the margins of Nghị định 30/2020 (20 mm top and bottom, 30 mm left, 15 mm right): 728 pt, 38 rows of 13 pt at 19 pt, 37 counted. */
export const A4_DECREE: PageSpec = {
  orientation: 'portrait',
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  lines: 37,
  baseSize: 13,
  width: 612,
  fontFactor: 0.88,
};

/**
 * The page as printed with these column widths: wider than the page, the sheet is printed scaled down to its width, so the
 * page holds proportionally more lines.
 */
export function pageFor(page: PageSpec, widths: readonly number[]): PageSpec {
  const total = widths.reduce((sum, width) => sum + width, 0);
  return total <= page.width ? page : { ...page, lines: Math.floor((page.lines * total) / page.width) };
}

/** "A1:C4" for 1-based rows and columns. */
export function a1Range(row: number, column: number, lastRow: number, lastColumn: number): string {
  return `${columnLetter(column - 1)}${row}:${columnLetter(lastColumn - 1)}${lastRow}`;
}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** 3599 → "3.599", 12.5 → "12,5" (thousands dot, decimal comma; at most `decimals` decimals). */
export function numberVi(value: number, decimals = 1): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [whole, fraction] = String(rounded).split('.');
  return `${value < 0 && rounded !== 0 ? '-' : ''}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** A number with exactly `decimals` decimals: 92.5 → "92,50". */
export function fixedVi(value: number, decimals: number): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  return `${value < 0 ? '-' : ''}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

/** 48.6 → "48,6%", 50 → "50%". */
export const percentVi = (value: number): string => `${numberVi(value, 1)}%`;
/** 9850000 → "9.850.000 đồng", as amounts are written in a sentence. */
export const dongVi = (amount: number): string => `${numberVi(Math.round(amount), 0)} đồng`;

/** The text a cell shows under its format, as Sheets and LibreOffice in Vietnamese show it. */
export function shownText(cell: LayoutCell): string {
  const { value, format } = cell;
  if (typeof value !== 'number') return format === 'general' && value.startsWith('=') ? 'Mở' : value;
  switch (format) {
    case 'count':
      return numberVi(value, 0);
    case 'vnd':
      return `${numberVi(value, 0)} ₫`;
    case 'percent':
      return `${numberVi(value * 100, 1)}%`;
    case 'points':
      return fixedVi(value, 2);
    case 'gap':
      return `${value > 0 ? '+' : ''}${fixedVi(value, 2)}`;
    default:
      return String(value);
  }
}

/**
 * The width in pixels a text takes at a font size (points), with room to spare: capitals and wide letters at 0.8 em (Times New Roman's capitals are about as wide as Arial's), digits at
 * 0.58 em (Arial's are 0.556), others at 0.54 em, spaces and narrow marks at 0.3 em; bold 10% wider. Over-estimating costs a little space; under-estimating
 * would print ### in a number cell, so the figures lean wide.
 */
export function textWidth(value: string, size: number, bold = false): number {
  const em = (size * 96) / 72;
  let width = 0;
  for (const ch of value.normalize('NFC')) {
    if (ch === ' ' || /[.,:;'|!()[\]ıíìỉĩịlj-]/.test(ch)) width += 0.3;
    else if (/[0-9]/.test(ch)) width += 0.58;
    else if (/[A-ZĐÀ-ỸmwMW₫%]/.test(ch) && ch === ch.toUpperCase()) width += 0.8;
    else width += 0.54;
  }
  return Math.ceil(width * em * (bold ? 1.1 : 1));
}

/** Arial's advance widths in thousandths of an em (Liberation Sans has the same), by letter; others fall back by kind. */
const ARIAL_WIDTHS: Record<string, number> = {
  ' ': 278,
  '!': 278,
  '"': 355,
  '%': 889,
  '&': 667,
  "'": 191,
  '(': 333,
  ')': 333,
  '*': 389,
  '+': 584,
  ',': 278,
  '-': 333,
  '.': 278,
  '/': 278,
  ':': 278,
  ';': 278,
  '?': 556,
  '@': 1015,
  '[': 278,
  ']': 278,
  '|': 260,
  '–': 556,
  '—': 1000,
  '“': 333,
  '”': 333,
  '₫': 556,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  Đ: 722,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  đ: 556,
};

/**
 * The width in pixels a text takes in a wrapped cell, as close to Arial as a table of letters gets (diacritics add nothing;
 * ư and ơ a little for the horn), plus 4%: a wrapped text's line count, where textWidth's room to spare would add lines
 * that stay blank. Bold is about 9% wider.
 */
export function wrapWidth(value: string, size: number, bold = false): number {
  const em = (size * 96) / 72;
  let width = 0;
  for (const ch of value.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      if (ch === '\u031b') width += 40;
      continue;
    }
    width += ARIAL_WIDTHS[ch] ?? (/[0-9]/.test(ch) ? 556 : /\p{Lu}/u.test(ch) ? 722 : /\p{L}/u.test(ch) ? 556 : 600);
  }
  return Math.ceil((width / 1000) * em * (bold ? 1.09 : 1) * 1.04);
}

/**
 * A text broken into lines no wider than `room` pixels at a font size, word by word, as Sheets and LibreOffice wrap a cell (a
 * word longer than a line stands alone). `factor` is the font's width against the measure's; `measure` is textWidth (room to
 * spare: the lines of a paper, which must never run past their merge) unless given.
 */
export function breakLines(value: string, room: number, size: number, bold: boolean, factor = 1, measure = textWidth): string[] {
  const fits = (line: string) => measure(line, size, bold) * factor <= room;
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/).filter((w) => w !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Printed lines of a wrapped cell `width` pixels wide (its padding included): each line of the text broken as breakLines
 * does with wrapWidth, a word wider than the cell taking as many lines as it is wide.
 */
export function wrappedLines(value: string, size: number, bold: boolean, width: number, factor = 1): number {
  const room = Math.max(1, width - 8);
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    for (const line of breakLines(paragraph, room, size, bold, factor, wrapWidth))
      lines += Math.max(1, Math.ceil((wrapWidth(line, size, bold) * factor) / room));
  }
  return Math.max(1, lines);
}

/** Points of row height for `lines` lines of a font size: about 1.2 em a line and the cell's padding once. */
export function rowPoints(lines: number, size: number): number {
  return Math.ceil(lines * size * 1.2 + 3);
}

/** Tables of at most this many rows (header and totals included) are not split over two pages. */
const SHORT_TABLE_ROWS = 12;

/** A cluster's heading row inside a table; its label stands in `column`. */
export interface GroupRow {
  group: string;
}

export interface TableSpec {
  headers: string[];
  body: (LayoutCell[] | GroupRow)[];
  totals?: LayoutCell[][];
  lastColumn: number;
  /** [from, to]: those columns are merged on every row of the table (a label over a narrow and a wide column). */
  mergeColumns?: [number, number];
  /** A column whose body text wraps (notes, messages). */
  wrapColumn?: number;
  /** The column a group row's label stands in. */
  groupColumn?: number;
  /** The first column of the table (1 unless the table is indented). */
  firstColumn?: number;
}

/** How a row is added: its wrapped columns, the columns its text spans, where its fill starts, and whether it is a heading kept with the row after it. */
interface RowOptions {
  wraps?: number[];
  span?: [number, number];
  fillFrom?: number;
  heading?: boolean;
}

interface GridRow<S extends string> {
  cells: LayoutCell[];
  style: S;
  /** Columns from `fillFrom` to `fill` carry the row's fill. */
  fill: number;
  fillFrom: number;
  wraps: boolean[];
  /** Columns spanned by the text of column A (a merged line): widths leave such cells out. */
  spans: { from: number; to: number }[];
  /** Cells in another look than the row's (the right half of a heading line). */
  cellStyles?: (S | undefined)[];
}

/** The grids a writer needs, one value per cell. */
export interface GridLayout {
  values: LayoutValue[][];
  numberFormats: string[][];
  fontWeights: FontWeight[][];
  fontStyles: FontStyle[][];
  fontSizes: number[][];
  backgrounds: (string | null)[][];
  alignments: HorizontalAlignment[][];
  wraps: boolean[][];
  merges: string[];
  borders: string[];
  /** Ranges with a line under them only (the motto's underline, signature lines). */
  underlines: string[];
  columnWidths: number[];
  print: PrintSetup;
  /** The font of the whole sheet; absent keeps the spreadsheet's default. */
  fontFamily?: string;
}

/**
 * Collects rows top to bottom. When built with column widths it also keeps count of the printed page: a row that would not fit
 * starts a new page, and inside a table the header row is repeated first, so every printed page of a table opens with its header.
 */
export class SheetGrid<S extends string> {
  readonly rows: GridRow<S>[] = [];
  readonly merges: string[] = [];
  readonly borders: string[] = [];
  readonly underlines: string[] = [];
  readonly pageBreaks: number[] = [];
  private used = 0;
  /** The run of heading rows just added (first row and their lines): a page break before the next row takes them along. */
  private held: { from: number; lines: number } | null = null;
  private openTable: { headers: LayoutCell[]; lastColumn: number; firstColumn: number } | null = null;

  constructor(
    readonly columns: number,
    private readonly looks: Record<S, RowLook>,
    private readonly page: PageSpec,
    /** Column widths in pixels; null on the first pass, which only measures. */
    protected readonly widths: readonly number[] | null,
    /** The look of a table's body rows. */
    private readonly cellStyle: S = 'body' as S,
  ) {}

  get lastRow(): number {
    return this.rows.length;
  }

  /** Lines of the body font the row takes when printed: wrapped cells by their text over their width, larger fonts more. */
  private heightOf(row: GridRow<S>): number {
    const lookOf = (i: number) => this.looks[row.cellStyles?.[i] ?? row.style];
    let size = 0;
    let lines = 1;
    row.cells.forEach((cell, i) => {
      const look = lookOf(i);
      size = Math.max(size, look.size);
      if (this.widths === null || !row.wraps[i] || cell.value === '') return;
      const span = row.spans.find((s) => s.from === i + 1);
      let width = 0;
      for (let c = i; c < (span ? span.to : i + 1); c += 1) width += this.widths[c] ?? 0;
      lines = Math.max(lines, wrappedLines(shownText(cell), look.size, look.weight === 'bold', width, this.page.fontFactor));
    });
    // As tall as the printed copy makes it (rowPoints, local/print-setup.ts), in rows of the body font.
    return rowPoints(lines, size || this.page.baseSize) / rowPoints(1, this.page.baseSize);
  }

  /** Lines left on the current page. */
  get room(): number {
    return this.page.lines - this.used;
  }

  /** Starts a new page before the next row (nothing happens at the top of a page). */
  newPage(): void {
    if (this.widths === null || this.used === 0) return;
    // Headings just added go to the new page with what they head, unless they are all the page holds.
    const held = this.held !== null && this.held.lines < this.used ? this.held : null;
    this.pageBreaks.push(held ? held.from : this.lastRow + 1);
    this.used = held ? held.lines : 0;
  }

  /** Starts a new page unless `lines` more fit on this one: a heading never stands alone at the foot of a page. */
  keep(lines: number): void {
    if (this.widths !== null && this.room < lines) this.newPage();
  }

  /** Adds a row; cells are given from column A, missing ones are blank. Returns its 1-based row. */
  add(style: S, cells: LayoutCell[] = [], fill = 0, options: RowOptions = {}): number {
    const row = this.gridRow(style, cells, fill, options);
    const height = this.heightOf(row);
    if (this.widths !== null && this.used + height > this.page.lines && this.used > 0) {
      this.newPage();
      if (this.openTable && style !== 'header') this.pushRow(this.headerRow(), this.heightOf(this.headerRow()));
    }
    return this.pushRow(row, height, options.heading === true);
  }

  private gridRow(style: S, cells: LayoutCell[], fill: number, options: RowOptions): GridRow<S> {
    const full = Array.from({ length: this.columns }, (_, i) => cells[i] ?? blank);
    const row: GridRow<S> = {
      cells: full,
      style,
      fill,
      fillFrom: options.fillFrom ?? 1,
      wraps: full.map((_, i) => options.wraps?.includes(i + 1) ?? false),
      spans: [],
    };
    if (options.span) row.spans.push({ from: options.span[0], to: options.span[1] });
    return row;
  }

  private pushRow(row: GridRow<S>, height: number, heading = false): number {
    this.rows.push(row);
    this.used += height;
    if (!heading) this.held = null;
    else if (this.held === null) this.held = { from: this.rows.length, lines: height };
    else this.held.lines += height;
    return this.rows.length;
  }

  private headerRow(): GridRow<S> {
    const table = this.openTable as NonNullable<typeof this.openTable>;
    const wraps = table.headers.map((_, i) => i + 1 >= table.firstColumn && i + 1 <= table.lastColumn);
    return { cells: [...table.headers], style: 'header' as S, fill: table.lastColumn, fillFrom: table.firstColumn, wraps, spans: [] };
  }

  /** Writes a text into a cell of a row already added, merged over its columns up to `to`, in its own look. */
  setText(row: number, column: number, value: string, to: number, style?: S): void {
    const target = this.rows[row - 1];
    target.cells[column - 1] = text(value);
    target.spans.push({ from: column, to });
    // Every cell of the merge in the same look: a merged cell's parts share one style in an .xlsx file.
    if (style !== undefined) for (let c = column; c <= to; c += 1) (target.cellStyles ??= [])[c - 1] = style;
    if (to > column) this.merges.push(a1Range(row, column, row, to));
  }

  gap(rows = 1): void {
    for (let i = 0; i < rows; i += 1) if (this.used > 0 || this.widths === null) this.add('body' as S);
  }

  /** One line of text across columns `from`..`to` (merged), in a given look; wraps when `wrap`. */
  line(style: S, value: string, options: { from?: number; to?: number; wrap?: boolean; merge?: boolean; fill?: number; heading?: boolean } = {}): number {
    const from = options.from ?? 1;
    const to = options.to ?? this.columns;
    const cells: LayoutCell[] = [];
    cells[from - 1] = text(value);
    const row = this.add(style, cells, options.fill ?? 0, { span: [from, to], wraps: options.wrap ? [from] : [], heading: options.heading });
    if (to > from && options.merge !== false) this.merges.push(a1Range(row, from, row, to));
    return row;
  }

  /**
   * A bordered table from `firstColumn` to `lastColumn`: header, body and total rows, the header repeated at the top of each
   * printed page. `mergeColumns` [from, to] merges those columns on every row of the table.
   */
  table(spec: TableSpec): { header: number; last: number } {
    const first = spec.firstColumn ?? 1;
    const headers: LayoutCell[] = [];
    spec.headers.forEach((label, i) => {
      headers[first - 1 + i] = text(label);
    });
    const full = Array.from({ length: this.columns }, (_, i) => headers[i] ?? blank);
    const span = spec.mergeColumns;
    // Every text cell of the table wraps in its column (or its merge): a long name or note takes more lines, never runs
    // under the next cell or off the page. Figures never wrap: their columns are measured wide enough.
    const textColumns = (cells: LayoutCell[]) => {
      const columns = cells.flatMap((cell, i) => (cell.format === 'text' && i + 1 >= first && i + 1 <= spec.lastColumn ? [i + 1] : []));
      return spec.wrapColumn === undefined || columns.includes(spec.wrapColumn) ? columns : [...columns, spec.wrapColumn];
    };
    const column = spec.groupColumn ?? 3;
    // Each row of the table as it will be added. A group's heading wraps in its column, so a long cluster name is printed
    // whole; it is not merged (one call per merge would grow with the clusters, and Sheets does not grow a merged row).
    const rows = [
      {
        style: 'header' as S,
        cells: full,
        fill: spec.lastColumn,
        options: { wraps: Array.from({ length: spec.lastColumn - first + 1 }, (_, i) => first + i), fillFrom: first } as RowOptions,
      },
      ...spec.body.map((row) => {
        if (Array.isArray(row)) return { style: this.cellStyle, cells: row, fill: 0, options: { wraps: textColumns(row), span } as RowOptions, group: false };
        const cells: LayoutCell[] = [];
        cells[column - 1] = text(row.group);
        return { style: 'group' as S, cells, fill: spec.lastColumn, options: { fillFrom: first, wraps: [column] } as RowOptions, group: true };
      }),
      ...(spec.totals ?? []).map((cells) => ({
        style: 'total' as S,
        cells,
        fill: spec.lastColumn,
        options: { span, fillFrom: first, wraps: textColumns(cells) } as RowOptions,
      })),
    ];
    const heights = this.widths === null ? [] : rows.map((row) => this.heightOf(this.gridRow(row.style, row.cells, row.fill, row.options)));
    // A short table is kept on one page; a long one starts with its header and its first rows at least.
    const kept = heights.slice(0, rows.length <= SHORT_TABLE_ROWS ? rows.length : 4);
    this.keep(kept.reduce((sum, h) => sum + h, 0));
    this.openTable = null;
    const header = this.add(rows[0].style, rows[0].cells, rows[0].fill, rows[0].options);
    this.openTable = { headers: full, lastColumn: spec.lastColumn, firstColumn: first };
    rows.slice(1).forEach((row, i) => {
      // A group's heading is never alone at the foot of a page: without room for itself and its first row, it opens the
      // next page under the table's header.
      if ('group' in row && row.group && this.widths !== null && this.used > 0 && this.room < heights[i + 1] + (heights[i + 2] ?? 0)) {
        this.newPage();
        this.pushRow(this.headerRow(), this.heightOf(this.headerRow()));
      }
      this.add(row.style, row.cells, row.fill, row.options);
    });
    this.openTable = null;
    const last = this.lastRow;
    this.borders.push(a1Range(header, first, last, spec.lastColumn));
    if (span) this.merges.push(a1Range(header, span[0], last, span[1]));
    return { header, last };
  }

  /** The grids; `widths` are the columns' pixel widths (those the grid was built with, or measured ones). */
  build(widths: readonly number[]): GridLayout {
    const look = (row: GridRow<S>, i: number) => this.looks[row.cellStyles?.[i] ?? row.style];
    const rows = this.rows;
    const each = <T>(pick: (row: GridRow<S>, i: number) => T): T[][] => rows.map((row) => row.cells.map((_, i) => pick(row, i)));
    return {
      values: rows.map((row) => row.cells.map((cell) => cell.value)),
      numberFormats: rows.map((row) => row.cells.map((cell) => SUMMARY_FORMATS[cell.format])),
      fontWeights: each((row, i) => look(row, i).weight),
      fontStyles: each((row, i) => (look(row, i).italic ? 'italic' : 'normal')),
      fontSizes: each((row, i) => look(row, i).size),
      backgrounds: each((row, i) => (i + 1 >= row.fillFrom && i < row.fill ? look(row, i).fill : null)),
      alignments: each((row, i) => look(row, i).align),
      wraps: rows.map((row) => row.wraps),
      merges: this.merges,
      borders: this.borders,
      underlines: this.underlines,
      columnWidths: [...widths],
      print: {
        orientation: this.page.orientation,
        margins: { ...this.page.margins },
        pageBreaks: [...this.pageBreaks],
        printArea: a1Range(1, 1, Math.max(1, rows.length), this.columns),
      },
    };
  }

  /**
   * Column widths from the longest formatted content of each column (cells of merged spans and wrapped cells left out), at
   * least `min`, at most `max` where given (wrapped text counts only where a column has a `max`). A span whose text is wider
   * than its columns widens its last column up to its `max`. Then, when `fit` is given: if wider, the `shrink` columns (whose
   * text wraps) narrow toward their least width; if narrower, the `stretch` column takes the room left. The `even` columns
   * (neighbours) all take the widest one's width first, so the sheet sets them in one call.
   */
  measure(
    min: readonly number[],
    options: { stretch?: number; fit?: number; max?: readonly number[]; shrink?: readonly number[]; even?: readonly number[] } = {},
  ): number[] {
    const widths = [...min];
    const spanned: { from: number; to: number; width: number }[] = [];
    for (const row of this.rows) {
      const look = this.looks[row.style];
      row.cells.forEach((cell, i) => {
        if (cell.value === '') return;
        const width = textWidth(shownText(cell), look.size, look.weight === 'bold') * this.page.fontFactor + 12;
        const span = row.spans.find((s) => s.from <= i + 1 && i + 1 <= s.to);
        if (span && span.to > span.from) {
          if (!row.wraps[i]) spanned.push({ from: span.from, to: span.to, width });
          return;
        }
        if (row.style === ('header' as S)) {
          // A header wraps between its words, never inside one: its longest word fits the column.
          const longest = Math.max(
            ...String(cell.value)
              .split(/\s+/)
              .map((word) => textWidth(word, look.size, look.weight === 'bold') * this.page.fontFactor + 12),
          );
          widths[i] = Math.max(widths[i], longest);
          return;
        }
        // A wrapped text widens its column up to the column's cap (then it wraps); without a cap it wraps in the least width.
        if (row.wraps[i] && options.max?.[i] === undefined) return;
        const cap = options.max?.[i] ?? Infinity;
        widths[i] = Math.max(widths[i], Math.min(width, cap));
      });
    }
    for (const span of spanned) {
      let have = 0;
      for (let c = span.from - 1; c < span.to; c += 1) have += widths[c];
      // The last column grows for the span's text, never past its cap.
      const last = span.to - 1;
      if (have < span.width) widths[last] = Math.max(widths[last], Math.min(widths[last] + span.width - have, options.max?.[last] ?? Infinity));
    }
    if (options.even !== undefined) {
      const widest = Math.max(...options.even.map((c) => widths[c - 1]));
      for (const c of options.even) widths[c - 1] = widest;
    }
    const total = widths.reduce((a, b) => a + b, 0);
    if (options.fit !== undefined && total > options.fit && options.shrink !== undefined) {
      // Too wide for the page: the columns whose text wraps give back what they took above their least width, in the order
      // given, so the page prints at full size and their text takes more lines instead.
      let excess = total - options.fit;
      for (const c of options.shrink) {
        const take = Math.min(excess, Math.max(0, widths[c - 1] - min[c - 1]));
        widths[c - 1] -= take;
        excess -= take;
      }
    }
    const after = widths.reduce((a, b) => a + b, 0);
    if (options.fit !== undefined && options.stretch !== undefined && after < options.fit) widths[options.stretch - 1] += options.fit - after;
    return widths.map((w) => Math.ceil(w - 1e-6));
  }
}
