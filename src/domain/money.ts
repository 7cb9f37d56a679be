// Money in whole Vietnamese đồng: reading amounts typed in many ways, and showing them as 1.500.000 ₫.

import { fail, ok, type Parsed } from './parsed';

const CURRENCY = /(₫|đồng|đ|vnđ|vnd)\s*$/i;
const PLAIN = /^-?\d+$/;
const DOT_GROUPS = /^-?\d{1,3}(\.\d{3})+$/;
const COMMA_GROUPS = /^-?\d{1,3}(,\d{3})+$/;
const SPACE_GROUPS = /^-?\d{1,3}( \d{3})+$/;

/**
 * Reads an amount of đồng from a cell: a number, or text such as "1500000", "1.500.000", "1.500.000 ₫", "1.500.000đ", "1,500,000".
 * Fractions of a đồng are refused (đồng has no decimals); the sign is kept for the caller to judge.
 */
export function parseAmount(value: unknown): Parsed<number> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('Số tiền không hợp lệ');
    if (!Number.isInteger(value)) return fail(`Số tiền phải là số đồng nguyên, không có phần lẻ: ${value}`);
    if (!Number.isSafeInteger(value)) return fail(`Số tiền quá lớn: ${value}`);
    return ok(value);
  }
  if (typeof value !== 'string') return fail(`Số tiền không hợp lệ: "${String(value)}"`);
  const shown = value.normalize('NFC').trim();
  const text = shown
    .replace(CURRENCY, '')
    .trim()
    .replace(/[\u00a0\u202f]/g, ' ');
  let digits: string | null = null;
  if (PLAIN.test(text)) digits = text;
  else if (DOT_GROUPS.test(text)) digits = text.replace(/\./g, '');
  else if (COMMA_GROUPS.test(text)) digits = text.replace(/,/g, '');
  else if (SPACE_GROUPS.test(text)) digits = text.replace(/ /g, '');
  if (digits === null) return fail(`Số tiền không hợp lệ: "${shown.length > 40 ? shown.slice(0, 40) + '…' : shown}"`);
  const amount = Number(digits);
  if (!Number.isSafeInteger(amount)) return fail(`Số tiền quá lớn: "${shown.slice(0, 40)}"`);
  return ok(amount);
}

/**
 * parseAmount, then the lowest amount the field allows: 0 (visits, budgets: "không được âm") or 1 (ledger lines: "phải lớn hơn 0").
 * The one rule of every reader of amounts, sheet cells and sidebar fields alike; the amount refused is shown as 1.500.000 ₫.
 */
export function parseAmountAtLeast(value: unknown, min: 0 | 1 | undefined, label = 'Số tiền'): Parsed<number> {
  const parsed = parseAmount(value);
  if (!parsed.ok) return fail(parsed.message.replace(/^Số tiền/, label));
  if (min === undefined || parsed.value >= min) return parsed;
  const shown = formatVnd(parsed.value);
  return fail(min === 0 ? `${label} không được âm: ${shown}` : `${label} phải lớn hơn 0: ${shown}`);
}

/** 1500000 → "1.500.000 ₫" (dot as thousands separator, the đồng sign after a space). */
export function formatVnd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(Math.round(amount)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ₫`;
}
