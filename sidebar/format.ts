// How the sidebar reads and shows numbers: points with a decimal comma, đồng grouped with dots as the officer types.
import { formatPoints } from '../src/domain/classification';
import { formatVnd } from '../src/domain/money';
import { parseDecimal } from '../src/domain/text';

/** formatPoints: points as officers write them, at most 2 decimals with a decimal comma (7,5) — the domain's rule, so the sidebar and the summary agree. */
export { formatPoints, formatVnd };

export type PointsReading = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads what an officer typed in a criterion: blank = not scored (null); a number with a decimal comma or point, within 0..max;
 * a condition (Điều kiện) takes only 0 or 1. Messages are short, to sit under the field.
 */
export function readPoints(typed: string, max: number, condition: boolean): PointsReading {
  const text = typed.trim();
  if (text === '') return { ok: true, value: null };
  const value = parseDecimal(text);
  if (value === undefined) return { ok: false, message: 'Nhập một số, ví dụ 7,5' };
  if (value < 0) return { ok: false, message: 'Điểm không được âm' };
  if (condition) return value === 0 || value === 1 ? { ok: true, value } : { ok: false, message: 'Chỉ nhập 1 (đạt) hoặc 0 (không đạt)' };
  if (value > max) return { ok: false, message: `Tối đa ${formatPoints(max)} điểm` };
  return { ok: true, value };
}

/** "1500000" → "1.500.000". */
export function groupThousands(digits: string): string {
  return digits.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Formats an amount as it is typed: text made only of digits and dots is regrouped ("1500000" → "1.500.000"); anything else
 * ("1,5", "abc") is left exactly as typed, for the server to refuse with its message.
 */
export function formatAmountTyping(typed: string): string {
  if (!/^[\d.]+$/.test(typed) || !/\d/.test(typed)) return typed;
  return groupThousands(typed.replace(/\./g, ''));
}

/** Wires an input so its amount is regrouped on every keystroke, keeping the caret after the same number of digits. */
export function formatAmountInput(input: HTMLInputElement): void {
  input.addEventListener('input', () => {
    const before = input.value;
    const after = formatAmountTyping(before);
    if (after === before) return;
    const caret = input.selectionStart ?? before.length;
    const digitsBeforeCaret = before.slice(0, caret).replace(/\D/g, '').length;
    input.value = after;
    let position = 0;
    for (let seen = 0; position < after.length && seen < digitsBeforeCaret; position++) if (/\d/.test(after[position])) seen++;
    input.setSelectionRange(position, position);
  });
}
