// Writing and reading cell values as Apps Script does: strings parsed as if typed, formulas, '@' text cells, dates as instants.
import { fromCivil, isCivilMidnight, serialToDate } from './civil-time';
import type { Cell, CellValue } from './model';

/** What value parsing needs to know about the spreadsheet. */
export interface ValueContext {
  timeZone: string;
  locale: string;
}

export const DEFAULT_NUMBER_FORMAT = '0.###############';

export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** True for number formats that show a date or time (letters d, m, y, h, s outside quotes and escapes). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** Plain text format: '@'. Values written into such cells stay exactly as given. */
export function isTextFormat(format: string | undefined): boolean {
  return format === '@';
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function typedDate(text: string, ctx: ValueContext): Date | undefined {
  let y: number, m: number, d: number;
  const iso = ISO_DATE.exec(text);
  const slashed = DAY_FIRST.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed) {
    const monthFirst = /^en_US$|^en$/i.test(ctx.locale);
    [d, m, y] = monthFirst ? [Number(slashed[2]), Number(slashed[1]), Number(slashed[3])] : [Number(slashed[1]), Number(slashed[2]), Number(slashed[3])];
  } else return undefined;
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return undefined;
  return fromCivil(ctx.timeZone, y, m, d);
}

/**
 * The computed value of a formula. Only HYPERLINK("url","label") (',' or ';' between arguments) is evaluated, to its label
 * (or its url when there is no label); every other formula reads back as "" because the local runtime has no formula engine.
 */
export function evaluateFormula(formula: string): CellValue {
  const m = /^=\s*HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)\s*$/i.exec(formula);
  if (!m) return '';
  return (m[2] ?? m[1]).replace(/""/g, '"');
}

/** The locale's date format that Sheets applies when a date is typed into an unformatted cell. */
function autoDateFormat(date: Date, ctx: ValueContext): string {
  const monthFirst = /^en_US$|^en$/i.test(ctx.locale);
  const day = monthFirst ? 'M/d/yyyy' : 'dd/MM/yyyy';
  return isCivilMidnight(date, ctx.timeZone) ? day : `${day} HH:mm:ss`;
}

function storeDate(cell: Cell, date: Date, ctx: ValueContext): void {
  cell.value = new Date(date.getTime());
  if (!cell.numberFormat || !isDateFormat(cell.numberFormat)) cell.numberFormat = autoDateFormat(date, ctx);
}

/**
 * Writes one value "as if typed": null/undefined empty the cell; "=…" becomes a formula; "'…" is text without the apostrophe;
 * plain numbers ("01234", "-3.5"), percents ("10%" → 0.1), TRUE/FALSE and dates (dd/mm/yyyy, or m/d/yyyy in en_US; yyyy-mm-dd) are converted, except
 * in '@' cells, which keep strings exactly. Grouped numbers ("1.500.000") and currency text stay text here.
 */
export function writeValue(cell: Cell, input: unknown, ctx: ValueContext): void {
  delete cell.formula;
  if (input === null || input === undefined || input === '') {
    delete cell.value;
    return;
  }
  if (isDateValue(input)) {
    storeDate(cell, input, ctx);
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (isTextFormat(cell.numberFormat)) {
    cell.value = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.formula = text;
    cell.value = evaluateFormula(text);
    return;
  }
  const trimmed = text.trim();
  if (PLAIN_NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  const percent = PERCENT.exec(trimmed);
  if (percent) {
    cell.value = Number(percent[1]) / 100;
    if (!cell.numberFormat) cell.numberFormat = percent[1].includes('.') ? '0.00%' : '0%';
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const date = typedDate(trimmed, ctx);
  if (date) storeDate(cell, date, ctx);
  else cell.value = text;
}

/** The value getValues returns for a cell: "" when empty, a fresh Date for dates (numbers in date-formatted cells too). */
export function readValue(cell: Cell | undefined, timeZone: string): CellValue {
  if (!cell || cell.value === undefined) return '';
  const value = cell.value;
  if (isDateValue(value)) return new Date(value.getTime());
  if (typeof value === 'number' && isDateFormat(cell.numberFormat)) return serialToDate(value, timeZone);
  return value;
}
