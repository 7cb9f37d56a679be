// Số tiền bằng chữ (amount in Vietnamese words) for receipts and payment vouchers: 1500000 → "Một triệu năm trăm nghìn đồng chẵn".

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
/** Names of the three-digit groups below a tỷ; larger amounts repeat them before "tỷ" (nghìn tỷ, triệu tỷ). */
const GROUP_NAMES = ['', 'nghìn', 'triệu'] as const;
const BILLION = 1_000_000_000;

/** The ones digit after "mươi" (21 and up): mốt, tư, lăm; otherwise the plain digit. */
function onesAfterTens(ones: number): string {
  if (ones === 1) return 'mốt';
  if (ones === 4) return 'tư';
  if (ones === 5) return 'lăm';
  return DIGITS[ones];
}

/**
 * Reads 0..999. `full` is true when a higher group stands before this one, so a zero hundreds digit is read
 * ("không trăm") and a zero tens digit before a ones digit is "linh" (1.005.000 → "một triệu không trăm linh năm nghìn").
 */
function readTriple(n: number, full: boolean): string[] {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  const words: string[] = [];
  const withHundreds = full || hundreds > 0;
  if (withHundreds) words.push(DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (ones > 0) {
      if (withHundreds) words.push('linh');
      words.push(DIGITS[ones]);
    }
  } else if (tens === 1) {
    words.push('mười');
    if (ones > 0) words.push(ones === 5 ? 'lăm' : DIGITS[ones]);
  } else {
    words.push(DIGITS[tens], 'mươi');
    if (ones > 0) words.push(onesAfterTens(ones));
  }
  return words;
}

/** Reads 1..999 999 999 (groups of zero are skipped: 1.000.005 → "một triệu không trăm linh năm"). */
function readBelowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)];
  const words: string[] = [];
  let before = full;
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...readTriple(groups[i], before));
    if (GROUP_NAMES[i]) words.push(GROUP_NAMES[i]);
    before = true;
  }
  return words;
}

/** Reads any whole number > 0: the part above a tỷ is read the same way and followed by "tỷ" (5.000.000.000.000 → "năm nghìn tỷ"). */
function readPositive(n: number, full: boolean): string[] {
  if (n < BILLION) return readBelowBillion(n, full);
  const high = Math.floor(n / BILLION);
  const low = n % BILLION;
  const words = [...readPositive(high, full), 'tỷ'];
  if (low > 0) words.push(...readBelowBillion(low, true));
  return words;
}

/**
 * A whole, non-negative amount of đồng in words, as written on a voucher: first letter capital, ending in "đồng chẵn";
 * 0 is "Không đồng". Rules (common accounting usage): "linh" for a zero tens digit inside a number (105 → một trăm linh năm),
 * "mười" for 10-19, "mươi" from 20, "mốt" for 1 and "tư" for 4 after "mươi", "lăm" for 5 after "mười"/"mươi",
 * "nghìn" (not "ngàn"), "tỷ"; groups of 000 are skipped. Throws a RangeError for a negative, fractional or unsafe number.
 */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`Số tiền không đọc được bằng chữ: ${amount}`);
  if (amount === 0) return 'Không đồng';
  const text = readPositive(amount, false).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} đồng chẵn`;
}
