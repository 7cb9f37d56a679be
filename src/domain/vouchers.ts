// Số chứng từ: the next receipt (phiếu thu, PT001) or payment (phiếu chi, PC001) number after those already written in Thu chi.
import type { LedgerType } from './types';

/** PT = phiếu thu (receipt), PC = phiếu chi (payment). */
export const VOUCHER_PREFIX: Record<LedgerType, string> = { income: 'PT', expense: 'PC' };

/** Vouchers are numbered with at least this many digits: PC001. */
const MIN_DIGITS = 3;

/**
 * The next voucher number of a type: the largest number among the existing vouchers with that prefix, plus one, zero-padded to
 * at least three digits. The prefix is matched ignoring case and spaces, with an optional "-", "." or "/" before the digits
 * ("pc 12", "PC-012" count as 12); other texts (blank, "PT005" for a payment, "PC12/2020") are ignored. None yet → PT001 / PC001.
 */
export function nextVoucher(existing: readonly string[], type: LedgerType): string {
  const prefix = VOUCHER_PREFIX[type];
  const pattern = new RegExp(`^${prefix}\\s*[-./]?\\s*(\\d+)$`, 'i');
  let max = 0;
  for (const text of existing) {
    const match = typeof text === 'string' ? pattern.exec(text.trim()) : null;
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}${String(max + 1).padStart(MIN_DIGITS, '0')}`;
}
