// The thin layer that talks to Sheets: find sheets by tolerant name, read a sheet's values (whole or some columns), turn its dates into calendar dates.
import { ISO_DAY_PATTERN } from '../../domain/cell-formats';
import { matchKey } from '../../domain/text';
import type { IsoDate, Warning } from '../../domain/types';
import type { DateReader } from '../../workbook/cells';
import type { ColumnSpec } from '../../workbook/schema';
import { HEADER_SEARCH_ROWS, locateTable } from '../../workbook/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The spreadsheet's sheets by matchKey of their names ("Don vi" finds "Đơn vị"), read with one getName per sheet. Where several
 * sheets share a key, `clashes` keeps them all (in tab order) so the reader can say which one is read and that the other is not.
 */
export class SheetIndex extends Map<string, Sheet> {
  readonly clashes = new Map<string, { name: string; sheet: Sheet }[]>();
  readonly names = new Map<Sheet, string>();
}

export function indexSheets(spreadsheet: Spreadsheet): SheetIndex {
  const index = new SheetIndex();
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    const key = matchKey(name);
    index.names.set(sheet, name);
    const first = index.get(key);
    if (first === undefined) {
      index.set(key, sheet);
      continue;
    }
    const group = index.clashes.get(key) ?? [{ name: index.names.get(first) ?? '', sheet: first }];
    group.push({ name, sheet });
    index.clashes.set(key, group);
  }
  return index;
}

/** Two spellings are exact when they are the same text once Unicode-normalised ("Đơn vị" typed decomposed is still exact). */
const exact = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/** The sheet of that name: when several match it, the one spelled exactly so, else the leftmost (as getSheetByName). */
export function findSheet(index: Map<string, Sheet>, name: string): Sheet | undefined {
  const key = matchKey(name);
  const group = index instanceof SheetIndex ? index.clashes.get(key) : undefined;
  if (group) return (group.find((g) => exact(g.name, name)) ?? group[0]).sheet;
  return index.get(key);
}

/** The tab's name as the workbook spells it (for warnings: the officer looks for "Cham diem", not "Chấm điểm"). */
export function sheetNameOf(index: Map<string, Sheet>, sheet: Sheet, fallback: string): string {
  return (index instanceof SheetIndex ? index.names.get(sheet) : undefined) ?? fallback;
}

/** A warning when several tabs match a contract sheet's name: it names them all and the one read. */
export function sheetClashWarning(index: Map<string, Sheet>, name: string): Warning | undefined {
  const group = index instanceof SheetIndex ? index.clashes.get(matchKey(name)) : undefined;
  if (!group) return undefined;
  const read = findSheet(index, name);
  const chosen = group.find((g) => g.sheet === read) ?? group[0];
  const others = group
    .filter((g) => g !== chosen)
    .map((g) => `"${g.name}"`)
    .join(', ');
  return {
    sheet: chosen.name,
    cell: '',
    message: `Có ${group.length} trang cùng khớp tên "${name}": ${group.map((g) => `"${g.name}"`).join(', ')}. Tiện ích đọc trang "${chosen.name}"${exact(chosen.name, name) ? ' (viết đúng tên)' : ' (trang bên trái nhất)'}; trang ${others} không được đọc.`,
  };
}

/** All values of a sheet in one read (getDataRange().getValues()). */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * Reads the header and only some columns of a sheet: its top rows (where the header is found), then one block from the first
 * to the last wanted column over the data rows. Returns the sheet's values as readValues would, with every column not read
 * left blank. Contract columns are found by header wherever they stand; a sheet whose header is not found gives its top rows
 * (the caller's table locating reports it). Costs six calls whatever the rows; the cells read are the top rows and the block.
 */
export function readColumns(sheet: Sheet, name: string, specs: readonly ColumnSpec[], keys: readonly string[]): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return [];
  const top = sheet.getRange(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), lastColumn).getValues();
  const located = locateTable(name, top, specs);
  if (!located.ok) return top;
  const { headerRow, columns } = located.table;
  const values = top.slice(0, headerRow);
  const wanted = keys.map((key) => columns[key]).filter((column): column is number => column !== undefined);
  if (wanted.length === 0 || lastRow <= headerRow) return values;
  const from = Math.min(...wanted);
  const width = Math.max(...wanted) - from + 1;
  const block = sheet.getRange(headerRow + 1, from + 1, lastRow - headerRow, width).getValues();
  for (const part of block) {
    const row: unknown[] = new Array(lastColumn).fill('');
    for (let j = 0; j < width; j++) row[from + j] = part[j];
    values.push(row);
  }
  return values;
}

/** Whole rows of a sheet by their 1-based numbers, `width` columns from A: one read per row, so callers keep the list short. */
export function readRows(sheet: Sheet, rows: readonly number[], width: number): { row: number; values: unknown[] }[] {
  return rows.map((row) => ({ row, values: sheet.getRange(row, 1, 1, width).getValues()[0] }));
}

/**
 * Reads a Date from the sheet as its calendar day in the spreadsheet's time zone (Sheets returns midnight in that zone).
 * Utilities.formatDate is called once per distinct instant, so a year of visits costs at most a few hundred calls.
 */
export function makeDateReader(timeZone: string): DateReader {
  const cache = new Map<number, IsoDate>();
  return (date: Date) => {
    const time = date.getTime();
    let iso = cache.get(time);
    if (iso === undefined) {
      iso = Utilities.formatDate(date, timeZone, ISO_DAY_PATTERN);
      cache.set(time, iso);
    }
    return iso;
  };
}
