// Data validation rules between exceljs (per-cell models) and the local runtime's DataValidation objects.
import type ExcelJS from 'exceljs';
import { columnLetters as colName, parseA1, resolveA1, splitSheetName } from './a1';
import { DataValidation } from './builders';
import type { CallCounter } from './counter';
import { Range } from './range';
import type { Sheet } from './sheet';

type ExcelRule = ExcelJS.DataValidation;

const OPERATORS: Record<string, string> = {
  between: 'NUMBER_BETWEEN',
  notBetween: 'NUMBER_NOT_BETWEEN',
  equal: 'NUMBER_EQUAL_TO',
  notEqual: 'NUMBER_NOT_EQUAL_TO',
  greaterThan: 'NUMBER_GREATER_THAN',
  greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  lessThan: 'NUMBER_LESS_THAN',
  lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
};

/** Splits an Excel list literal '"a,b,c"' into its items. */
function listItems(formula: string): string[] {
  return formula
    .replace(/^"|"$/g, '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A DataValidation for an exceljs rule, or undefined for kinds the runtime does not model. */
export function fromExcelRule(rule: ExcelRule, counter: CallCounter, sheetOf: (name?: string) => Sheet | null): DataValidation | undefined {
  const formulae = (rule.formulae ?? []) as unknown[];
  const base = { allowInvalid: !rule.showErrorMessage || rule.errorStyle === 'warning' || rule.errorStyle === 'information', helpText: rule.prompt ?? null };
  if (rule.type === 'list') {
    const first = String(formulae[0] ?? '');
    if (first.startsWith('"')) return new DataValidation(counter, { ...base, criteria: 'VALUE_IN_LIST', values: [listItems(first), true] });
    const { sheetName, range } = splitSheetName(first.replace(/^=/, ''));
    const sheet = sheetOf(sheetName);
    const ref = parseA1(range);
    if (!sheet || !ref) return undefined;
    const rect = resolveA1(ref, sheet._model.maxRows, sheet._model.maxColumns);
    return new DataValidation(counter, { ...base, criteria: 'VALUE_IN_RANGE', values: [new Range(sheet, rect), true] });
  }
  if (rule.type === 'whole' || rule.type === 'decimal') {
    const criteria = OPERATORS[rule.operator ?? 'between'];
    return criteria ? new DataValidation(counter, { ...base, criteria, values: formulae.map(Number) }) : undefined;
  }
  if (rule.type === 'date') return new DataValidation(counter, { ...base, criteria: 'DATE_IS_VALID_DATE', values: [] });
  if (rule.type === 'custom') return new DataValidation(counter, { ...base, criteria: 'CUSTOM_FORMULA', values: [`=${String(formulae[0] ?? '')}`] });
  return undefined;
}

const EXCEL_OPERATORS = Object.fromEntries(Object.entries(OPERATORS).map(([k, v]) => [v, k]));

function quoteName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The exceljs rule for a DataValidation, or undefined for criteria Excel cannot express here (checkbox, e-mail…). */
export function toExcelRule(validation: DataValidation): ExcelRule | undefined {
  const { criteria, values, allowInvalid, helpText } = validation._state();
  const base = { allowBlank: true, showErrorMessage: !allowInvalid, showInputMessage: !!helpText, ...(helpText ? { prompt: helpText } : {}) };
  if (criteria === 'VALUE_IN_LIST') return { ...base, type: 'list', formulae: [`"${(values[0] as string[]).join(',')}"`] };
  if (criteria === 'VALUE_IN_RANGE') {
    const range = values[0] as Range;
    const rect = range._rect();
    const last = (n: number, size: number) => n + size - 1;
    const a1 = `$${colName(rect.column)}$${rect.row}:$${colName(last(rect.column, rect.numColumns))}$${last(rect.row, rect.numRows)}`;
    return { ...base, type: 'list', formulae: [`${quoteName(range._sheet()._model.name)}!${a1}`] };
  }
  const operator = criteria ? EXCEL_OPERATORS[criteria] : undefined;
  if (operator) return { ...base, type: 'decimal', operator: operator as ExcelRule['operator'], formulae: values as number[] };
  if (criteria === 'DATE_IS_VALID_DATE') return { ...base, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  if (criteria === 'CUSTOM_FORMULA') return { ...base, type: 'custom', formulae: [String(values[0]).replace(/^=/, '')] };
  return undefined;
}
