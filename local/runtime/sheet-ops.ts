// Uncounted checks and measures behind Sheet: row/column bounds for insert and delete, auto-resized column widths.
import { GasException } from './exception';
import type { SheetModel } from './model';
import { displayValue } from './display';
import type { Sheet } from './sheet';

export function checkRowCount(model: SheetModel, position: number, howMany: number): void {
  if (position < 0 || position > model.maxRows) throw new GasException('Those rows are out of bounds.');
  if (howMany < 1) throw new GasException('The number of rows in the range must be at least 1.');
}

/**
 * Deleting outside the sheet throws "Those rows are out of bounds." / "Those columns are out of bounds."; deleting every row
 * throws "Sorry, it is not possible to delete all non-frozen rows." (texts from Sheets; the exact wording is UNVERIFIED).
 */
export function checkDelete(model: SheetModel, what: 'rows' | 'columns', position: number, howMany: number): void {
  const max = what === 'rows' ? model.maxRows : model.maxColumns;
  if (position < 1 || howMany < 1 || position + howMany - 1 > max) throw new GasException(`Those ${what} are out of bounds.`);
  const frozen = what === 'rows' ? model.frozenRows : model.frozenColumns;
  if (max - howMany <= frozen) throw new GasException(`Sorry, it is not possible to delete all non-frozen ${what}.`);
}

/** A width that fits the longest displayed text of the column (about 7 px per character plus padding, at least 21 px). */
export function autoWidth(sheet: Sheet, column: number): number {
  const model = sheet._model;
  const { timeZone, locale } = sheet._context();
  let longest = 0;
  model.forEachCell({ row: 1, column, numRows: model.maxRows, numColumns: 1 }, (cell) => {
    longest = Math.max(longest, displayValue(cell, timeZone, locale).length);
  });
  return Math.max(21, Math.round(longest * 7 + 10));
}
