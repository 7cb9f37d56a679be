// Renders cell values as Sheets displays them (getDisplayValues): number formats with the locale's separators, date formats in the spreadsheet's time zone.
import { civilTime, serialToDate, type CivilTime } from './civil-time';
import type { Cell } from './model';
import { DEFAULT_NUMBER_FORMAT, isDateFormat, isDateValue } from './values';

interface Separators {
  group: string;
  decimal: string;
}

/** Thousands and decimal separators of a locale: vi_VN uses "." and ",", en_US "," and ".". */
export function separatorsFor(locale: string): Separators {
  const language = locale.toLowerCase().split(/[_-]/)[0];
  if (['vi', 'de', 'es', 'it', 'id', 'pt', 'nl', 'tr', 'da', 'el'].includes(language)) return { group: '.', decimal: ',' };
  if (['fr', 'ru', 'pl', 'cs', 'sv', 'nb', 'fi', 'uk', 'sk', 'hu'].includes(language)) return { group: '\u00a0', decimal: ',' };
  return { group: ',', decimal: '.' };
}

/** Splits a format into its ';' sections, ignoring ';' inside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      current += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

interface Token {
  literal?: string;
  code?: string;
}

/** Tokenises a section into literals (quoted text, escapes, [$₫-42A] currency) and code characters. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ literal: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') tokens.push({ literal: section[++i] ?? '' });
    else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inside = section.slice(i + 1, end < 0 ? section.length : end);
      if (inside.startsWith('$')) tokens.push({ literal: inside.slice(1).split('-')[0] });
      i = end < 0 ? section.length : end;
    } else if (ch === '_') {
      tokens.push({ literal: ' ' });
      i++;
    } else if (ch === '*') i++;
    else tokens.push({ code: ch });
  }
  return tokens;
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

function roundTo(value: number, decimals: number): number {
  return Number(`${Math.round(Number(`${value}e${decimals}`))}e-${decimals}`);
}

/** A number rendered with one section of a numeric format ('#,##0 "₫"', '0.0%', '0.00'); the sign is the caller's. */
function renderNumberSection(value: number, section: string, sep: Separators): string {
  const tokens = tokenize(section);
  const isPlaceholder = (t: Token) => t.code !== undefined && '0#?,.'.includes(t.code);
  const first = tokens.findIndex(isPlaceholder);
  if (first < 0) return tokens.map((t) => t.literal ?? t.code).join('');
  let last = first;
  while (last + 1 < tokens.length && isPlaceholder(tokens[last + 1])) last++;
  const pattern = tokens
    .slice(first, last + 1)
    .map((t) => t.code)
    .join('');
  const percent = tokens.some((t) => t.code === '%');
  const [intPattern, fracPattern = ''] = pattern.split('.');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  const minFrac = (fracPattern.match(/0/g) ?? []).length;
  const maxFrac = (fracPattern.match(/[0#?]/g) ?? []).length;
  const scaled = roundTo(Math.abs(value) * (percent ? 100 : 1), maxFrac);
  let [intDigits, fracDigits = ''] = scaled.toFixed(maxFrac).split('.');
  while (fracDigits.length > minFrac && fracDigits.endsWith('0')) fracDigits = fracDigits.slice(0, -1);
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (intPattern.includes(',')) intDigits = groupDigits(intDigits, sep.group);
  const number = fracDigits ? `${intDigits}${sep.decimal}${fracDigits}` : intDigits;
  const text = (list: Token[]) => list.map((t) => t.literal ?? t.code).join('');
  return text(tokens.slice(0, first)) + number + text(tokens.slice(last + 1));
}

/** Sheets' default rendering of a number: up to 15 significant digits, locale decimal separator. */
function renderGeneral(value: number, sep: Separators): string {
  return String(Number(value.toPrecision(15))).replace('.', sep.decimal);
}

function renderNumber(value: number, format: string | undefined, sep: Separators): string {
  if (!format || format === DEFAULT_NUMBER_FORMAT || /^general$/i.test(format) || format === '@') return renderGeneral(value, sep);
  const parts = sections(format);
  if (value < 0 && parts.length >= 2) return renderNumberSection(value, parts[1], sep);
  if (value === 0 && parts.length >= 3) return renderNumberSection(value, parts[2], sep);
  const body = renderNumberSection(value, parts[0], sep);
  return value < 0 && /[1-9]/.test(body) ? `-${body}` : body;
}

const VI_WEEKDAYS = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const EN_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** One run of a date code letter ("dd", "MM", "yyyy", "HH", "mm", "ss"); `minutes` resolves m as minutes. */
function renderDatePart(run: string, t: CivilTime, twelveHour: boolean, minutes: boolean, vi: boolean): string {
  const letter = run[0];
  const n = run.length;
  switch (letter.toLowerCase()) {
    case 'd':
      if (n <= 2) return pad(t.day, n);
      return n === 3 ? (vi ? VI_WEEKDAYS : EN_WEEKDAYS)[t.weekday].slice(0, vi ? 7 : 3) : (vi ? VI_WEEKDAYS : EN_WEEKDAYS)[t.weekday];
    case 'm':
      if (letter === 'm' && minutes) return pad(t.minute, n);
      if (n <= 2) return pad(t.month, n);
      return vi ? `${n === 3 ? 'thg' : 'tháng'} ${t.month}` : n === 3 ? EN_MONTHS[t.month - 1].slice(0, 3) : EN_MONTHS[t.month - 1];
    case 'y':
      return n <= 2 ? pad(t.year % 100, 2) : pad(t.year, 4);
    case 'h':
      return pad(twelveHour ? ((t.hour + 11) % 12) + 1 : t.hour, n);
    case 's':
      return pad(t.second, n);
    default:
      return run;
  }
}

/** A date rendered with a date/time format, in the spreadsheet's time zone. */
export function renderDate(date: Date, format: string, timeZone: string, locale: string): string {
  const t = civilTime(date, timeZone);
  const twelveHour = /AM\/PM|A\/P/i.test(format);
  const tokens = tokenize(sections(format)[0]);
  const runs: Token[] = [];
  for (const token of tokens) {
    const prev = runs[runs.length - 1];
    if (token.code && /[dmyhs]/i.test(token.code) && prev?.code && prev.code[0] === token.code) prev.code += token.code;
    else runs.push({ ...token });
  }
  const codes = runs.map((r, i) => ({ r, i })).filter(({ r }) => r.code && /^[dmyhs]/i.test(r.code));
  let out = '';
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    if (run.literal !== undefined) {
      out += run.literal;
      continue;
    }
    const code = run.code!;
    if (
      /^a/i.test(code) &&
      /^(AM\/PM|A\/P)/i.test(
        runs
          .slice(i)
          .map((r) => r.code ?? '')
          .join(''),
      )
    ) {
      const text = runs
        .slice(i)
        .map((r) => r.code ?? '')
        .join('');
      const length = /^AM\/PM/i.test(text) ? 5 : 3;
      out += length === 5 ? (t.hour < 12 ? 'AM' : 'PM') : t.hour < 12 ? 'A' : 'P';
      i += length - 1;
      continue;
    }
    if (!/^[dmyhs]/i.test(code)) {
      out += code;
      continue;
    }
    const at = codes.findIndex(({ i: index }) => index === i);
    const before = codes[at - 1]?.r.code ?? '';
    const after = codes[at + 1]?.r.code ?? '';
    const minutes = /^h/i.test(before) || /^s/i.test(after);
    out += renderDatePart(code, t, twelveHour, minutes, locale.toLowerCase().startsWith('vi'));
  }
  return out;
}

/** The text getDisplayValues gives for a cell: "" when empty, formatted numbers and dates, TRUE/FALSE, strings as stored. */
export function displayValue(cell: Cell | undefined, timeZone: string, locale: string): string {
  if (!cell || cell.value === undefined) return '';
  const { value, numberFormat } = cell;
  const sep = separatorsFor(locale);
  if (isDateValue(value)) return renderDate(value, isDateFormat(numberFormat) ? numberFormat! : 'dd/MM/yyyy HH:mm:ss', timeZone, locale);
  if (typeof value === 'number') {
    if (isDateFormat(numberFormat)) return renderDate(serialToDate(value, timeZone), numberFormat!, timeZone, locale);
    return renderNumber(value, numberFormat, sep);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
