// Text helpers: the matching key of each kind of officers' text, and cell-to-text conversion.

/* One key per kind of identity (docs/scoring-rules.md, "Cùng một tên, cùng một khóa"): every layer compares officers' text through these. */

/** Characters that show nothing but make two spellings differ: zero-width space, joiners, word joiner, byte-order mark, soft hyphen. */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

/** Keys already computed: names, codes and options repeat across 100,000 rows, and normalisation is the costly part. */
function cached(compute: (text: string) => string): (text: string) => string {
  const keys = new Map<string, string>();
  return (text: string) => {
    let key = keys.get(text);
    if (key === undefined) {
      if (keys.size >= 50_000) keys.clear();
      key = compute(text);
      keys.set(text, key);
    }
    return key;
  };
}

/**
 * The text as a reader sees it: compatibility forms folded (NFKC: a decomposed "ụ" is the precomposed one, full-width "１" is "1"),
 * invisible characters removed, inner whitespace collapsed to one space, trimmed. Diacritics and case are kept.
 */
/** True when the text holds a character that shows nothing (a zero-width space pasted from the web). */
export function hasInvisible(text: string): boolean {
  return new RegExp(INVISIBLE.source).test(text);
}

/** The text as shown: precomposed (NFC), invisible characters removed, inner whitespace collapsed, trimmed; case and width kept. */
export function tidyText(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

function plainText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The key of a name officers type (cluster, unit name, fund, category, reason typed freely, person): plain text, case-folded.
 * Diacritics are significant: "Cụm Tân Hòa" and "Cụm Tân Hóa" are two keys; "Cụm 1", "cụm 1", "Cụm  1" and a decomposed "Cụm 1" one.
 */
export const nameKey = cached((text: string) => plainText(text).toLowerCase());

/** The key of a code (Mã đơn vị, Mã tiêu chí): as a name, so case-insensitive; "cd01" is "CD01", "CĐ01" is not (see likelyDuplicateKey). */
export const codeKey = nameKey;

/** The key of an email: trimmed and case-folded (invisible characters and full-width forms dropped as for names). */
export const emailKey = cached((text: string) => plainText(text).replace(/\s/g, '').toLowerCase());

/**
 * The key of fixed vocabulary (sheet names, headers, Loại, Hình thức, Vai trò, Đối tượng, Lý do, settings): as a name, and also
 * without diacritics, so "Ma  don vi" finds "Mã đơn vị". Also the key under which two codes are a likely duplicate ("CĐ01", "CD01").
 */
export const matchKey = cached((text: string) =>
  plainText(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase(),
);

/** The key under which codes that differ only by diacritics are reported as a likely duplicate: "CĐ01" and "CD01" share it. */
export const likelyDuplicateKey = matchKey;

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

/** The code whose name in `names` matches the text as matchOption does, or undefined: "chi" is expense in LEDGER_TYPE_NAMES. */
export function matchCode<K extends string>(text: string, names: Readonly<Record<K, string>>): K | undefined {
  const key = matchKey(text);
  return (Object.keys(names) as K[]).find((code) => matchKey(names[code]) === key);
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

/** At most `max` items joined with ", ", then "và N … khác" for the rest, so a message stays short: "TC1, TC2, TC3 và 4 tiêu chí khác". */
export function listSome(items: readonly string[], what: string, max = 3, separator = ', '): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} và ${items.length - max} ${what} khác`;
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
