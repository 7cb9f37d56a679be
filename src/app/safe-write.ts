// Appends one validated row to a sheet by its header positions: text cells formatted "@" before writing, so "=…", "+…", "-…", "@…" stay text.
import { isoToSerial } from '../domain/dates';
import { VND_FORMAT } from '../domain/money';
import type { IsoDate } from '../domain/types';
import type { Table } from '../workbook/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Plain text: what is written is kept exactly, never read as a formula, number or date. */
export const TEXT_FORMAT = '@';
export const NUMBER_FORMAT = 'General';
export const DATE_FORMAT = 'dd/MM/yyyy';
export const TIMESTAMP_FORMAT = 'dd/MM/yyyy HH:mm:ss';

export type OutValue = string | number | Date;

/** One cell to write: its value and the number format set on it first. */
export interface OutCell {
  value: OutValue;
  format: string;
}

export const textCell = (text: string): OutCell => ({ value: text, format: TEXT_FORMAT });
export const numberCell = (value: number | null | undefined): OutCell => (value === null || value === undefined ? blankCell() : { value, format: NUMBER_FORMAT });
export const amountCell = (amount: number): OutCell => ({ value: amount, format: VND_FORMAT });
/** A calendar day as its Sheets serial number shown dd/MM/yyyy: no time zone can shift it. */
export const dateCell = (iso: IsoDate): OutCell => ({ value: isoToSerial(iso), format: DATE_FORMAT });
/** An instant (Thời điểm), shown in the spreadsheet's time zone. */
export const timeCell = (time: Date): OutCell => ({ value: time, format: TIMESTAMP_FORMAT });
export const blankCell = (): OutCell => ({ value: '', format: NUMBER_FORMAT });

/** A cell of the row to append: where it goes (0-based column of its header, undefined when the sheet lacks the header). */
export interface PlacedCell {
  column: number | undefined;
  header: string;
  cell: OutCell;
  /** Add the header at the end of the header row when it is missing (default: when the value is not blank). */
  addIfMissing?: boolean;
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
 * Writes a plan; call it under the document lock. Adds the missing headers, then appends the row after the sheet's last row
 * (growing the sheet when it is full): the formats go first so text lands as text, then one setValues. Returns the 1-based row.
 * The service calls are the same whatever the number of rows already there.
 */
export function appendPlannedRow(plan: RowPlan, knownLastRow?: number): number {
  const { sheet } = plan;
  if (plan.newHeaders) {
    const { column, headers } = plan.newHeaders;
    const maxColumns = sheet.getMaxColumns();
    if (column + headers.length > maxColumns) sheet.insertColumnsAfter(maxColumns, column + headers.length - maxColumns);
    const range = sheet.getRange(plan.headerRow, column + 1, 1, headers.length);
    range.setNumberFormats([headers.map(() => TEXT_FORMAT)]);
    range.setValues([headers]);
  }
  const row = Math.max(knownLastRow ?? sheet.getLastRow(), plan.headerRow) + 1;
  const maxRows = sheet.getMaxRows();
  if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
  const range = sheet.getRange(row, 1, 1, plan.values.length);
  range.setNumberFormats([plan.formats]);
  range.setValues([plan.values]);
  return row;
}
