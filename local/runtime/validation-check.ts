// Rejects writes that break a strict data validation rule (setAllowInvalid(false)), as Sheets rejects such input.
import { columnLetters } from './a1';
import type { DataValidation } from './builders';
import { GasException } from './exception';
import type { Cell, CellValue } from './model';
import type { Range } from './range';
import { isDateFormat, isDateValue } from './values';

function rangeTexts(range: Range): string[] {
  const rect = range._rect();
  const model = range._sheet()._model;
  const texts: string[] = [];
  model.forEachCell(rect, (cell) => {
    if (cell.value !== undefined) texts.push(String(cell.value));
  });
  return texts;
}

function satisfies(rule: DataValidation, value: CellValue, cell: Cell): boolean {
  const { criteria, values } = rule._state();
  const n = values as number[];
  const isNumber = typeof value === 'number';
  switch (criteria) {
    case 'VALUE_IN_LIST':
      return (values[0] as string[]).includes(String(value));
    case 'VALUE_IN_RANGE':
      return rangeTexts(values[0] as Range).includes(String(value));
    case 'NUMBER_BETWEEN':
      return isNumber && value >= n[0] && value <= n[1];
    case 'NUMBER_NOT_BETWEEN':
      return isNumber && (value < n[0] || value > n[1]);
    case 'NUMBER_EQUAL_TO':
      return isNumber && value === n[0];
    case 'NUMBER_GREATER_THAN':
      return isNumber && value > n[0];
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return isNumber && value >= n[0];
    case 'NUMBER_LESS_THAN':
      return isNumber && value < n[0];
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return isNumber && value <= n[0];
    case 'DATE_IS_VALID_DATE':
      return isDateValue(value) || (isNumber && isDateFormat(cell.numberFormat));
    case 'CHECKBOX':
      return values.length === 0 ? typeof value === 'boolean' : values.some((v) => String(v) === String(value));
    default:
      return true;
  }
}

/**
 * Throws when the cell's strict validation rejects its (just written) value. Empty cells always pass. Apps Script's exact text
 * is UNVERIFIED; this is the message Sheets shows for rejected input, chosen so a bad write fails loudly.
 */
export function checkValidation(cell: Cell, row: number, column: number): void {
  const rule = cell.validation as DataValidation | undefined;
  if (!rule || cell.value === undefined || cell.value === '' || rule._state().allowInvalid) return;
  if (!satisfies(rule, cell.value, cell)) {
    throw new GasException(`The data you entered in cell ${columnLetters(column)}${row} violates the data validation rules set on this cell.`);
  }
}
