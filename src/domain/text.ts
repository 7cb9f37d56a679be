// Text helpers: tolerant matching keys (case, spacing, diacritics) and cell-to-text conversion.

/** Keys already computed: names, codes and options repeat across 100,000 rows, and NFD normalisation is the costly part. */
const matchKeys = new Map<string, string>();
const MATCH_KEY_CACHE_LIMIT = 50_000;

/** The key two labels share when they differ only in case, spacing or Vietnamese diacritics: "Mã  đơn vị" and "ma don vi" give "ma don vi". */
export function matchKey(text: string): string {
  let key = matchKeys.get(text);
  if (key === undefined) {
    if (matchKeys.size >= MATCH_KEY_CACHE_LIMIT) matchKeys.clear();
    key = computeMatchKey(text);
    matchKeys.set(text, key);
  }
  return key;
}

function computeMatchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True for a Date from any realm (the add-in runs inside a vm whose Date differs from the host's). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A cell value as trimmed text; numbers are written without grouping, blanks become "". */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return value.toISOString();
  return String(value).trim();
}

/** True for a cell that holds nothing: "", null, undefined or only spaces. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Finds the option whose matchKey equals the text's, or undefined. */
export function matchOption<T extends string>(text: string, options: readonly T[]): T | undefined {
  const key = matchKey(text);
  return options.find((option) => matchKey(option) === key);
}

/**
 * An empty record without a prototype, for keys an officer typed (unit codes, criterion codes, award levels): "__proto__" or
 * "constructor" become plain entries instead of reaching Object.prototype.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own value under a key, never an inherited member ("toString", "__proto__"). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Shortens a text for a message, so a 10,000-character cell does not flood the warning list. */
export function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A decimal typed as text, with a decimal comma (Vietnamese) or point: "7,5" and "7.5" give 7.5; anything else gives undefined. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return /^-?\d+([.,]\d+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : undefined;
}

/** A number as Vietnamese write it, exactly as given (no rounding): 12.5 → "12,5". For echoing what an officer typed. */
export function formatDecimal(value: number): string {
  return String(value).replace('.', ',');
}

/**
 * True when a text is written in Vietnamese: it holds a letter only Vietnamese writing uses (ă â đ ê ô ơ ư or a tone mark).
 * Tells the add-in's own messages from a library's English ones, which must be put into Vietnamese before an officer reads them.
 */
export function isVietnamese(text: string): boolean {
  return /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i.test(text.normalize('NFC'));
}
