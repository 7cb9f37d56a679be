// Appends one validated row to a sheet by its header positions: text cells formatted "@" before writing, so "=…", "+…", "-…", "@…" stay text.
import { DATE_CELL_FORMAT, GENERAL_FORMAT, TEXT_FORMAT, TIME_CELL_FORMAT, VND_FORMAT } from '../../domain/cell-formats';
import { formatDateVi, isoToSerial } from '../../domain/dates';
import { cellText, matchKey } from '../../domain/text';
import type { IsoDate } from '../../domain/types';
import { headerOf, type ColumnKey, type SheetKey } from '../../workbook/schema';
import type { Table } from '../../workbook/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type OutValue = string | number | Date;

/** One cell to write: its value, the number format set on it first, and what a Nhật ký line records of it (none for an instant). */
export interface OutCell {
  value: OutValue;
  format: string;
  logged?: string | number;
}

export const textCell = (text: string): OutCell => ({ value: text, format: TEXT_FORMAT, logged: text });
export const numberCell = (value: number | null | undefined): OutCell =>
  value === null || value === undefined ? blankCell() : { value, format: GENERAL_FORMAT, logged: value };
export const amountCell = (amount: number): OutCell => ({ value: amount, format: VND_FORMAT, logged: amount });
/** A calendar day as its Sheets serial number shown dd/mm/yyyy (and logged so): no time zone can shift it. */
export const dateCell = (iso: IsoDate): OutCell => ({ value: isoToSerial(iso), format: DATE_CELL_FORMAT, logged: formatDateVi(iso) });
/** An instant (Thời điểm), shown in the spreadsheet's time zone. */
export const timeCell = (time: Date): OutCell => ({ value: time, format: TIME_CELL_FORMAT });
export const blankCell = (): OutCell => ({ value: '', format: GENERAL_FORMAT });

/** A cell of the row to append: where it goes (0-based column of its header, undefined when the sheet lacks the header). */
export interface PlacedCell {
  column: number | undefined;
  header: string;
  cell: OutCell;
  /** Add the header at the end of the header row when it is missing (default: when the value is not blank). */
  addIfMissing?: boolean;
}

/** A save's cells by the column keys of `sheet`, in the order given: each goes under its column, or under its header (from the schema) added when missing. */
export type ColumnCells<S extends SheetKey> = Partial<Record<ColumnKey<S>, OutCell>>;

/** Places a save's cells by the table's columns, the headers taken from the sheet's column plan (see PlacedCell for `addIfMissing`). */
export function columnCells<S extends SheetKey>(table: Pick<Table, 'columns'>, sheet: S, cells: ColumnCells<S>, addIfMissing?: boolean): PlacedCell[] {
  return (Object.entries(cells) as [ColumnKey<S>, OutCell][]).map(([key, cell]) => ({
    column: table.columns[key],
    header: headerOf(sheet, key),
    cell,
    addIfMissing,
  }));
}

/** What a Nhật ký line records of a save's cells: each logged value under its column's header, in order ({"Kỳ":"2020","Mã đơn vị":"CD004",…}). */
export function loggedValues<S extends SheetKey>(sheet: S, cells: ColumnCells<S>): Record<string, string | number> {
  const record: Record<string, string | number> = {};
  for (const [key, cell] of Object.entries(cells) as [ColumnKey<S>, OutCell][]) if (cell.logged !== undefined) record[headerOf(sheet, key)] = cell.logged;
  return record;
}

/** What appendPlannedRow writes: headers to add (contiguous, at the end of the header row), then one row of values and formats. */
export interface RowPlan {
  sheet: Sheet;
  headerRow: number;
  newHeaders: { column: number; headers: string[] } | null;
  values: OutValue[];
  formats: string[];
}

/** The 0-based column after the last non-blank header. */
function endOfHeaders(headers: readonly string[]): number {
  for (let i = headers.length - 1; i >= 0; i--) if (headers[i] !== '') return i + 1;
  return 0;
}

/**
 * Lays a row out by the sheet's own header positions (any order; extra columns left blank). A missing header is added after the
 * last one when the cell asks for it; otherwise that cell is dropped.
 */
export function planRow(sheet: Sheet, table: Pick<Table, 'headerRow' | 'headers'>, cells: readonly PlacedCell[]): RowPlan {
  const start = endOfHeaders(table.headers);
  const added: string[] = [];
  const placed = new Map<number, OutCell>();
  for (const { column, header, cell, addIfMissing } of cells) {
    if (column !== undefined) {
      placed.set(column, cell);
      continue;
    }
    if (!(addIfMissing ?? cell.value !== '')) continue;
    placed.set(start + added.length, cell);
    added.push(header);
  }
  const width = Math.max(table.headers.length, start + added.length, 1);
  const values: OutValue[] = [];
  const formats: string[] = [];
  for (let column = 0; column < width; column++) {
    const cell = placed.get(column) ?? blankCell();
    values.push(cell.value);
    formats.push(cell.format);
  }
  return { sheet, headerRow: table.headerRow, newHeaders: added.length ? { column: start, headers: added } : null, values, formats };
}

/**
 * Under the lock, the plan's new headers against the header row as it is now: a plan is often made before the lock, and a
 * save that ran in between may have added headers at the same place. A header now present is used where it stands; the
 * others are written after the last header. Returns the row's cells moved to match. Costs one header read, only on this path.
 */
function placeNewHeaders(plan: RowPlan, newHeaders: NonNullable<RowPlan['newHeaders']>): { values: OutValue[]; formats: string[] } {
  const { sheet, headerRow } = plan;
  const { column, headers } = newHeaders;
  const lastColumn = sheet.getLastColumn();
  const current = lastColumn > 0 ? sheet.getRange(headerRow, 1, 1, lastColumn).getValues()[0].map(cellText) : [];
  // Never before the planned place: the cells left of it are the row's own, under headers that were there at planning.
  const start = Math.max(endOfHeaders(current), column);
  const values = plan.values.slice(0, column);
  const formats = plan.formats.slice(0, column);
  const missing: string[] = [];
  headers.forEach((header, i) => {
    let at = current.findIndex((h, c) => c >= column && matchKey(h) === matchKey(header));
    if (at < 0) at = start + missing.push(header) - 1;
    values[at] = plan.values[column + i];
    formats[at] = plan.formats[column + i];
  });
  for (let c = 0; c < values.length; c++) {
    if (values[c] === undefined) {
      values[c] = '';
      formats[c] = GENERAL_FORMAT;
    }
  }
  if (missing.length > 0) {
    const maxColumns = sheet.getMaxColumns();
    if (start + missing.length > maxColumns) sheet.insertColumnsAfter(maxColumns, start + missing.length - maxColumns);
    const range = sheet.getRange(headerRow, start + 1, 1, missing.length);
    range.setNumberFormats([missing.map(() => TEXT_FORMAT)]);
    range.setValues([missing]);
  }
  return { values, formats };
}

/**
 * Writes a plan; call it under the document lock. Adds the missing headers (where they are missing now), then appends the row
 * after the sheet's last row: the formats go first so text lands as text, then one setValues. Returns the 1-based row. The
 * service calls are the same whatever the number of rows already there.
 *
 * A full sheet is not extended by Apps Script: the range past its last row is refused ("The coordinates of the range are
 * outside the dimensions of the sheet"), before anything is written. So the row is written straight away (three calls), and
 * only when that is refused and the sheet is indeed full (one getMaxRows) is it grown and the row written again.
 */
export function appendPlannedRow(plan: RowPlan, knownLastRow?: number): number {
  const { sheet } = plan;
  const { values, formats } = plan.newHeaders ? placeNewHeaders(plan, plan.newHeaders) : plan;
  const row = Math.max(knownLastRow ?? sheet.getLastRow(), plan.headerRow) + 1;
  const write = () => {
    const range = sheet.getRange(row, 1, 1, values.length);
    range.setNumberFormats([formats]);
    range.setValues([values]);
  };
  try {
    write();
  } catch (error) {
    const maxRows = sheet.getMaxRows();
    if (row <= maxRows) throw error;
    sheet.insertRowsAfter(maxRows, row - maxRows);
    write();
  }
  return row;
}
