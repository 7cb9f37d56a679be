// Pure cores of the money custom functions: a fund's balance at a date, a SUMIF-like visits total, amounts in words; raw cells in, a value or a column out.
import { amountInWords } from './amount-words';
import { parseDateText, serialToIso } from './dates';
import { parseAmount } from './money';
import { fail, ok, type Parsed } from './parsed';
import { parsePeriodLabel, periodContains } from './periods';
import { cellText, isBlank, isDate, matchCode, matchKey, matchOption, nameKey } from './text';
import { LEDGER_TYPE_NAMES, VISIT_REASONS, type IsoDate } from './types';

/**
 * Sheets hands a date cell to a custom function as a Date at midnight in the spreadsheet's time zone. Its calendar day is read
 * at a fixed +07:00 (Asia/Ho_Chi_Minh, no daylight saving since 1975): right for Vietnam and for every zone west of it,
 * including UTC; a spreadsheet set to a zone east of +07:00 would read the day before.
 */
export const CUSTOM_FUNCTION_UTC_OFFSET_MINUTES = 7 * 60;

export const ERROR_PREFIX = 'Lỗi: ';

/** The calendar day of a Date read at +07:00. */
export function dateAtVietnam(date: Date): IsoDate {
  const shifted = new Date(date.getTime() + CUSTOM_FUNCTION_UTC_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(shifted.getUTCFullYear()).padStart(4, '0')}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** A date cell: a Date, a serial number, or dd/mm/yyyy text. */
function readDateCell(value: unknown): Parsed<IsoDate> {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? fail('ngày không hợp lệ') : ok(dateAtVietnam(value));
  if (typeof value === 'number') return serialToIso(value);
  if (typeof value === 'string') return parseDateText(value);
  return fail('ngày không hợp lệ');
}

/** A range argument as one list of cells, row by row; a single cell (Sheets passes its value, not an array) is a list of one. */
function cellsOf(range: unknown): unknown[] {
  if (!Array.isArray(range)) return [range];
  const cells: unknown[] = [];
  for (const row of range) {
    if (Array.isArray(row)) cells.push(...row);
    else cells.push(row);
  }
  return cells;
}

function sameLength(lists: unknown[][]): boolean {
  return lists.every((list) => list.length === lists[0].length);
}

const SIZE_ERROR = `${ERROR_PREFIX}các vùng dữ liệu phải có cùng số ô`;
const amountError = (index: number) => `${ERROR_PREFIX}số tiền không hợp lệ (ô thứ ${index + 1} của vùng số tiền)`;

/**
 * Số dư của quỹ tại một ngày: opening + Thu − Chi of the ledger lines of that fund dated on or before `date`, minus the visits of
 * that fund on or before `date` when the three visit ranges are given (a visit is an expense not entered again in Thu chi).
 * The ranges should hold the period's lines only, as the opening is the balance at the period's start.
 * Fund names match ignoring case, spacing and diacritics. Blank fund or date → "". Lines of other funds, and wholly blank lines,
 * are skipped unread; a line of the fund with a bad date, type (Thu/Chi) or amount → an error text naming its place.
 */
export function fundBalanceAt(
  fundName: unknown,
  date: unknown,
  ledgerFunds: unknown[][],
  ledgerDates: unknown[][],
  ledgerTypes: unknown[][],
  ledgerAmounts: unknown[][],
  opening?: unknown,
  visitFunds?: unknown[][],
  visitDates?: unknown[][],
  visitAmounts?: unknown[][],
): number | string {
  if (isBlank(fundName) || isBlank(date)) return '';
  const at = readDateCell(date);
  if (!at.ok) return `${ERROR_PREFIX}${at.message}`;
  let balance = 0;
  if (!isBlank(opening)) {
    const parsed = parseAmount(opening);
    if (!parsed.ok) return `${ERROR_PREFIX}số dư đầu kỳ không hợp lệ`;
    balance = parsed.value;
  }
  const key = nameKey(cellText(fundName));
  const ledger = [ledgerFunds, ledgerDates, ledgerTypes, ledgerAmounts].map(cellsOf);
  if (!sameLength(ledger)) return SIZE_ERROR;
  const [funds, dates, types, amounts] = ledger;
  for (let i = 0; i < funds.length; i++) {
    if (nameKey(cellText(funds[i])) !== key) continue;
    const line = readLine(dates[i], amounts[i], i, at.value);
    if (typeof line === 'string') return line;
    if (line === 0) continue;
    const type = matchCode(cellText(types[i]), LEDGER_TYPE_NAMES);
    if (!type) return `${ERROR_PREFIX}loại phải là Thu hoặc Chi (ô thứ ${i + 1} của vùng loại)`;
    balance += type === 'income' ? line : -line;
  }
  if (visitFunds === undefined && visitDates === undefined && visitAmounts === undefined) return balance;
  const visits = [visitFunds, visitDates, visitAmounts].map(cellsOf);
  if (!sameLength(visits)) return SIZE_ERROR;
  for (let i = 0; i < visits[0].length; i++) {
    if (nameKey(cellText(visits[0][i])) !== key) continue;
    const line = readLine(visits[1][i], visits[2][i], i, at.value);
    if (typeof line === 'string') return line;
    balance -= line;
  }
  return balance;
}

/** The amount of a line dated on or before `until`, 0 for a later or amount-less line, or an error text. */
function readLine(dateCell: unknown, amountCell: unknown, index: number, until: IsoDate): number | string {
  if (isBlank(amountCell) && isBlank(dateCell)) return 0;
  const date = readDateCell(dateCell);
  if (!date.ok) return `${ERROR_PREFIX}ngày không hợp lệ (ô thứ ${index + 1} của vùng ngày)`;
  if (date.value > until) return 0;
  if (isBlank(amountCell)) return 0;
  const amount = parseAmount(amountCell);
  return amount.ok ? amount.value : amountError(index);
}

/** A key cell read as a date: a Date or dd/mm/yyyy text; numbers and other text are not dates here (a unit code may be a number). */
function keyCellDate(cell: unknown): IsoDate | null {
  if (!isDate(cell) && typeof cell !== 'string') return null;
  const date = readDateCell(cell);
  return date.ok ? date.value : null;
}

/** How a key cell is compared with the key asked for. */
function keyMatcher(key: unknown, schoolYearStartMonth: number): (cell: unknown) => boolean {
  if (isDate(key)) {
    const day = dateAtVietnam(key);
    return (cell) => keyCellDate(cell) === day;
  }
  // A reason is fixed vocabulary ("om dau" is Ốm đau); anything else (a unit code, a fund) is a name, whose diacritics count.
  const keyOf = matchOption(cellText(key), VISIT_REASONS) === undefined ? nameKey : matchKey;
  const text = keyOf(cellText(key));
  const sameText = (cell: unknown) => keyOf(cellText(cell)) === text;
  const period = parsePeriodLabel(key, schoolYearStartMonth);
  if (!period.ok) return sameText;
  return (cell) => {
    const date = keyCellDate(cell);
    return date === null ? sameText(cell) : periodContains(period.value, date);
  };
}

/**
 * Tổng tiền thăm hỏi, like SUMIF: the sum of `amounts` where the cell of `keys` on the same place matches `key`. Text (a unit code,
 * a fund) matches ignoring case and spacing (diacritics count); a reason (Lý do) also ignoring diacritics. A period label ("2020", "2019-2020", school years starting in
 * `schoolYearStartMonth`, September by default) matches the date cells (Dates or dd/mm/yyyy text) of that period, or equal
 * labels; a Date key matches dates of that day. Blank key → ""; a matching line with a bad amount → an error text.
 */
export function visitsTotal(amounts: unknown[][], keys: unknown[][], key: unknown, schoolYearStartMonth = 9): number | string {
  if (isBlank(key)) return '';
  const amountCells = cellsOf(amounts);
  const keyCells = cellsOf(keys);
  if (amountCells.length !== keyCells.length) return SIZE_ERROR;
  const matches = keyMatcher(key, schoolYearStartMonth);
  let total = 0;
  for (let i = 0; i < keyCells.length; i++) {
    if (isBlank(keyCells[i]) || !matches(keyCells[i]) || isBlank(amountCells[i])) continue;
    const amount = parseAmount(amountCells[i]);
    if (!amount.ok) return amountError(i);
    total += amount.value;
  }
  return total;
}

function wordsOfCell(value: unknown): string {
  if (isBlank(value)) return '';
  const amount = parseAmount(value);
  if (!amount.ok) return `${ERROR_PREFIX}số tiền không hợp lệ`;
  if (amount.value < 0) return `${ERROR_PREFIX}số tiền âm`;
  return amountInWords(amount.value);
}

/** Số tiền bằng chữ: one cell → its words; a range → a range of words of the same shape. Blank → ""; bad → an error text. */
export function amountWordsOf(amounts: unknown): string[][] | string {
  if (!Array.isArray(amounts)) return wordsOfCell(amounts);
  return amounts.map((row) => (Array.isArray(row) ? row.map(wordsOfCell) : [wordsOfCell(row)]));
}
