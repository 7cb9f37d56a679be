// The thin layer that talks to Sheets: find sheets by name (exactly first, tolerantly when that fails), read a sheet's values (whole or some columns), turn its dates into calendar dates.
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

/**
 * The sheets an action asks for, found one by one: `getSheetByName` first (one call, the tab spelled as the contract spells it),
 * and only when that finds nothing one pass over every tab (getSheets and one getName per tab, as indexSheets), so "Don vi" still
 * finds "Đơn vị". Each name is looked up once per execution. An exact hit does not list the tabs, so a second tab in another
 * spelling is not reported here: the yearly summary, which lists every tab, warns about it. The sidebar's actions use this.
 */
export class SheetLookup extends SheetIndex {
  private readonly found = new Map<string, Sheet | null>();
  private listed = false;

  constructor(private readonly spreadsheet: Spreadsheet) {
    super();
  }

  /** The sheet spelled exactly so (as getSheetByName finds it), or null: never lists the tabs. */
  exact(name: string): Sheet | null {
    const known = this.found.get(name);
    if (known !== undefined) return known;
    const sheet = this.spreadsheet.getSheetByName(name);
    this.found.set(name, sheet);
    if (sheet && !this.names.has(sheet)) this.names.set(sheet, name);
    return sheet;
  }

  /** The sheet with that gid (a rename does not change it), or null. */
  byId(sheetId: number): Sheet | null {
    return this.spreadsheet.getSheetById(sheetId);
  }

  /** The sheet of that name: exactly, else by matchKey over every tab (listed once). */
  find(name: string): Sheet | undefined {
    const sheet = this.exact(name);
    if (sheet) return sheet;
    if (!this.listed) {
      this.listed = true;
      const all = indexSheets(this.spreadsheet);
      for (const [key, value] of all) this.set(key, value);
      for (const [key, group] of all.clashes) this.clashes.set(key, group);
      for (const [value, spelled] of all.names) this.names.set(value, spelled);
    }
    return findInIndex(this, name);
  }
}

/** Two spellings are exact when they are the same text once Unicode-normalised ("Đơn vị" typed decomposed is still exact). */
const exact = (a: string, b: string) => a.normalize('NFC') === b.normalize('NFC');

/** The sheet of that name: when several match it, the one spelled exactly so, else the leftmost (as getSheetByName). */
export function findSheet(index: Map<string, Sheet>, name: string): Sheet | undefined {
  return index instanceof SheetLookup ? index.find(name) : findInIndex(index, name);
}

function findInIndex(index: Map<string, Sheet>, name: string): Sheet | undefined {
  const key = matchKey(name);
  const group = index instanceof SheetIndex ? index.clashes.get(key) : undefined;
  if (group) return (group.find((g) => exact(g.name, name)) ?? group[0]).sheet;
  return index.get(key);
}

/**
 * The sheet with that gid (a rename does not change it; the sign-off register keeps one) among the tabs a full index listed:
 * one getSheetId per tab, so callers ask only when they hold a gid.
 */
export function listedSheetWithId(index: Map<string, Sheet>, sheetId: number | null | undefined): Sheet | undefined {
  if (sheetId === null || sheetId === undefined || !(index instanceof SheetIndex)) return undefined;
  return [...index.names.keys()].find((sheet) => sheet.getSheetId() === sheetId);
}

/** The tab's name as the workbook spells it (for warnings: the officer looks for "Cham diem", not "Chấm điểm"). */
export function sheetNameOf(index: Map<string, Sheet>, sheet: Sheet, fallback: string): string {
  return (index instanceof SheetIndex ? index.names.get(sheet) : undefined) ?? fallback;
}

/**
 * A warning when several tabs match a contract sheet's name: it names them all and the one used. `use` says what the add-in does
 * with that one: reads it (a source sheet) or writes into it (the summary's own sheet).
 */
export function sheetClashWarning(index: Map<string, Sheet>, name: string, use: 'read' | 'write' = 'read'): Warning | undefined {
  const group = index instanceof SheetIndex ? index.clashes.get(matchKey(name)) : undefined;
  if (!group) return undefined;
  const used = findSheet(index, name);
  const chosen = group.find((g) => g.sheet === used) ?? group[0];
  const others = group
    .filter((g) => g !== chosen)
    .map((g) => `"${g.name}"`)
    .join(', ');
  const why = exact(chosen.name, name) ? ' (viết đúng tên)' : ' (trang bên trái nhất)';
  const what =
    use === 'read'
      ? `Tiện ích đọc trang "${chosen.name}"${why}; trang ${others} không được đọc.`
      : `Tiện ích ghi vào trang "${chosen.name}"${why}; trang ${others} giữ nội dung cũ: hãy xóa để khỏi nhầm.`;
  return { sheet: chosen.name, cell: '', message: `Có ${group.length} trang cùng khớp tên "${name}": ${group.map((g) => `"${g.name}"`).join(', ')}. ${what}` };
}

/**
 * All values of a sheet in one call: getSheetValues(1, 1, -1, -1), where -1 means "to the last row or column with data", the
 * grid getDataRange().getValues() gives in two calls. On a sheet with no data that range has no rows; whether Apps Script then
 * throws or returns an empty grid is not documented, so an error is answered with one getLastRow: 0 gives the empty sheet's
 * grid ([[""]], as getDataRange gives), anything else is thrown again. "Kiểm tra tiện ích" checks this in Google Sheets.
 */
export function readValues(sheet: Sheet): unknown[][] {
  try {
    const values = sheet.getSheetValues(1, 1, -1, -1);
    return values.length > 0 ? values : [['']];
  } catch (error) {
    if (sheet.getLastRow() === 0) return [['']];
    throw error;
  }
}

/**
 * Reads the header and only some columns of a sheet: its top rows (where the header is found), then one block from the first
 * to the last wanted column over the data rows. Returns the sheet's values as readValues would, with every column not read
 * left blank. Contract columns are found by header wherever they stand; a sheet whose header is not found gives its top rows
 * (the caller's table locating reports it). Costs three calls whatever the rows (getLastRow and two getSheetValues); the cells
 * read are the top rows and the block.
 */
export function readColumns(sheet: Sheet, name: string, specs: readonly ColumnSpec[], keys: readonly string[]): unknown[][] {
  const lastRow = sheet.getLastRow();
  if (lastRow === 0) return [];
  const top = sheet.getSheetValues(1, 1, Math.min(lastRow, HEADER_SEARCH_ROWS), -1);
  const lastColumn = top[0]?.length ?? 0;
  const located = locateTable(name, top, specs);
  if (!located.ok) return top;
  const { headerRow, columns } = located.table;
  const values = top.slice(0, headerRow);
  const wanted = keys.map((key) => columns[key]).filter((column): column is number => column !== undefined);
  if (wanted.length === 0 || lastRow <= headerRow) return values;
  const from = Math.min(...wanted);
  const width = Math.max(...wanted) - from + 1;
  const block = sheet.getSheetValues(headerRow + 1, from + 1, lastRow - headerRow, width);
  for (const part of block) {
    const row: unknown[] = new Array(lastColumn).fill('');
    for (let j = 0; j < width; j++) row[from + j] = part[j];
    values.push(row);
  }
  return values;
}

/** Whole rows of a sheet by their 1-based numbers, `width` columns from A: one read per row, so callers keep the list short. */
export function readRows(sheet: Sheet, rows: readonly number[], width: number): { row: number; values: unknown[] }[] {
  return rows.map((row) => ({ row, values: sheet.getSheetValues(row, 1, 1, width)[0] }));
}

/**
 * Some rows of a sheet, `width` columns from A, in one read: the block from the first to the last of them (the rows between are
 * read and dropped). Cheap when the rows stand together, as rows appended in time order do; rows scattered over the sheet cost
 * the span between them.
 */
export function readRowSpan(sheet: Sheet, rows: ReadonlySet<number>, width: number): { row: number; values: unknown[] }[] {
  if (rows.size === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  return sheet
    .getSheetValues(first, 1, last - first + 1, width)
    .map((values, i) => ({ row: first + i, values }))
    .filter(({ row }) => rows.has(row));
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
