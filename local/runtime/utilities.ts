// The local Utilities service: Java SimpleDateFormat dates in real time zones, Java-style formatString, UUIDs, a sleep that only advances the runtime's clock.
import { createHash, randomUUID } from 'node:crypto';
import { civilTime, fromCivil, type CivilTime } from './civil-time';
import type { CallCounter } from './counter';
import { GasException, signatureError } from './exception';

/** The runtime's simulated clock: sleeps and lock waits advance it instead of blocking. */
export interface RuntimeClock {
  now(): Date;
  advance(ms: number): void;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type Token = { letter: string; count: number } | { text: string };

/** Splits a SimpleDateFormat pattern into fields and literals ('…' quotes, '' for a quote). */
export function tokenizePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = '';
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'" && pattern[j + 1] === "'") {
          text += "'";
          j++;
        } else if (pattern[j] === "'") break;
        else text += pattern[j];
      }
      if (j >= pattern.length) throw new GasException(`Unterminated quote in date pattern: ${pattern}`);
      tokens.push({ text });
      i = j + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (pattern[j] === ch) j++;
      tokens.push({ letter: ch, count: j - i });
      i = j;
    } else {
      tokens.push({ text: ch });
      i++;
    }
  }
  return tokens;
}

/** A zone as Java knows it: an IANA name, or a fixed GMT/UTC offset such as "GMT+7" or "GMT+07:00". */
interface Zone {
  civil(date: Date): CivilTime;
  offsetMinutes(date: Date): number;
  shortName(date: Date): string;
  longName(date: Date): string;
  instant(c: Omit<CivilTime, 'weekday'>): Date;
}

const FIXED = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/;

function zoneNamed(zone: Intl.DateTimeFormatOptions['timeZoneName'], timeZone: string, date: Date): string {
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: zone }).formatToParts(date).find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Java prints unnamed offsets as GMT+07:00 (Intl says GMT+7). UNVERIFIED for Apps Script: Java 8 would print "ICT" for Asia/Ho_Chi_Minh. */
function javaGmt(name: string): string {
  const m = /^GMT([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  return m ? `GMT${m[1]}${m[2].padStart(2, '0')}:${m[3] ?? '00'}` : name;
}

export function zoneOf(timeZone: string): Zone {
  const fixed = FIXED.exec(String(timeZone));
  if (fixed) {
    const minutes = (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0));
    const label = `GMT${fixed[1]}${fixed[2].padStart(2, '0')}:${fixed[3] ?? '00'}`;
    return {
      civil: (d) => civilTime(new Date(d.getTime() + minutes * 60000), 'UTC'),
      offsetMinutes: () => minutes,
      shortName: () => label,
      longName: () => label,
      instant: (c) => new Date(Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond) - minutes * 60000),
    };
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    // UNVERIFIED: Java silently falls back to GMT for an unknown zone; the local runtime throws instead (fails loudest).
    throw new GasException(`Invalid time zone: ${timeZone}`);
  }
  return {
    civil: (d) => civilTime(d, timeZone),
    offsetMinutes: (d) => {
      const c = civilTime(d, timeZone);
      return Math.round((Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond) - d.getTime()) / 60000);
    },
    shortName: (d) => javaGmt(zoneNamed('short', timeZone, d)),
    longName: (d) => javaGmt(zoneNamed('long', timeZone, d)),
    instant: (c) => fromCivil(timeZone, c.year, c.month, c.day, c.hour, c.minute, c.second, c.millisecond),
  };
}

const pad = (n: number, width: number) =>
  String(Math.abs(n))
    .padStart(width, '0')
    .replace(/^/, n < 0 ? '-' : '');

function offsetText(minutes: number, letter: 'Z' | 'X', count: number): string {
  if (letter === 'X' && minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const hh = pad(Math.floor(Math.abs(minutes) / 60), 2);
  const mm = pad(Math.abs(minutes) % 60, 2);
  if (letter === 'Z') return `${sign}${hh}${mm}`;
  return count === 1 ? `${sign}${hh}` : count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

function dayOfYear(c: CivilTime): number {
  return (Date.UTC(c.year, c.month - 1, c.day) - Date.UTC(c.year, 0, 1)) / 86400000 + 1;
}

function formatField(letter: string, count: number, c: CivilTime, zone: Zone, date: Date): string {
  switch (letter) {
    case 'G':
      return 'AD';
    case 'y':
      return count === 2 ? pad(c.year % 100, 2) : pad(c.year, count);
    case 'M':
      return count >= 4 ? MONTHS[c.month - 1] : count === 3 ? MONTHS[c.month - 1].slice(0, 3) : pad(c.month, count);
    case 'd':
      return pad(c.day, count);
    case 'D':
      return pad(dayOfYear(c), count);
    case 'E':
      return count >= 4 ? DAYS[c.weekday] : DAYS[c.weekday].slice(0, 3);
    case 'u':
      return pad(c.weekday === 0 ? 7 : c.weekday, count);
    case 'a':
      return c.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(c.hour, count);
    case 'k':
      return pad(c.hour === 0 ? 24 : c.hour, count);
    case 'K':
      return pad(c.hour % 12, count);
    case 'h':
      return pad(c.hour % 12 === 0 ? 12 : c.hour % 12, count);
    case 'm':
      return pad(c.minute, count);
    case 's':
      return pad(c.second, count);
    case 'S':
      return pad(c.millisecond, count);
    case 'z':
      return count >= 4 ? zone.longName(date) : zone.shortName(date);
    case 'Z':
      return offsetText(zone.offsetMinutes(date), 'Z', count);
    case 'X':
      return offsetText(zone.offsetMinutes(date), 'X', count);
    default:
      // Y, w, W, F (week-based fields) depend on Java's locale week rules: not modelled, so refuse them loudly.
      throw new GasException(`Illegal pattern character '${letter}' (not supported by the local runtime)`);
  }
}

/** Utilities.formatDate: `pattern` in Java SimpleDateFormat letters, fields computed in `timeZone`. Names are English. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== '[object Date]' || Number.isNaN(date.getTime())) {
    throw new GasException("The parameters don't match the method signature for Utilities.formatDate.");
  }
  const zone = zoneOf(timeZone);
  const c = zone.civil(date);
  return tokenizePattern(pattern)
    .map((t) => ('text' in t ? t.text : formatField(t.letter, t.count, c, zone, date)))
    .join('');
}

const NUMERIC = new Set(['y', 'M', 'd', 'H', 'h', 'k', 'K', 'm', 's', 'S']);

/**
 * Utilities.parseDate for the common patterns (y M d H h k K m s S a E Z X and literals). Adjacent numeric fields take exactly
 * their letter count of digits, as Java does. UNVERIFIED: Java parses leniently (31/02 rolls into March); here an out-of-range
 * field throws, as does any text left unparsed.
 */
export function parseDate(text: string, timeZone: string, pattern: string): Date {
  const fail = () => new GasException(`Unparseable date: "${text}"`);
  const tokens = tokenizePattern(pattern);
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
  let pm: boolean | null = null;
  let hour12: number | null = null;
  let offset: number | null = null;
  let i = 0;
  const s = String(text);
  tokens.forEach((t, k) => {
    if ('text' in t) {
      if (s.slice(i, i + t.text.length) !== t.text) throw fail();
      i += t.text.length;
      return;
    }
    const next = tokens[k + 1];
    if (NUMERIC.has(t.letter) && !(t.letter === 'M' && t.count >= 3)) {
      const adjacent = next && 'letter' in next && NUMERIC.has(next.letter);
      const m = (adjacent ? new RegExp(`^\\d{${t.count}}`) : /^\d+/).exec(s.slice(i));
      if (!m) throw fail();
      i += m[0].length;
      const n = Number(m[0]);
      const set: Record<string, () => void> = {
        y: () => {
          f.year = t.count === 2 && m[0].length === 2 ? 2000 + n : n;
        },
        M: () => {
          f.month = n;
        },
        d: () => {
          f.day = n;
        },
        H: () => {
          f.hour = n;
        },
        k: () => {
          f.hour = n % 24;
        },
        h: () => {
          hour12 = n % 12;
        },
        K: () => {
          hour12 = n;
        },
        m: () => {
          f.minute = n;
        },
        s: () => {
          f.second = n;
        },
        S: () => {
          f.millisecond = n;
        },
      };
      set[t.letter]();
      return;
    }
    const rest = s.slice(i);
    if (t.letter === 'M' || t.letter === 'E') {
      const names = t.letter === 'M' ? MONTHS : DAYS;
      const hit =
        names.map((name, idx) => ({ name, idx })).find(({ name }) => rest.toLowerCase().startsWith(name.toLowerCase())) ??
        names.map((name, idx) => ({ name: name.slice(0, 3), idx })).find(({ name }) => rest.toLowerCase().startsWith(name.toLowerCase()));
      if (!hit) throw fail();
      if (t.letter === 'M') f.month = hit.idx + 1;
      i += hit.name.length;
    } else if (t.letter === 'a') {
      const m = /^(AM|PM)/i.exec(rest);
      if (!m) throw fail();
      pm = m[1].toUpperCase() === 'PM';
      i += 2;
    } else if (t.letter === 'Z' || t.letter === 'X') {
      const m = /^(?:Z|([+-])(\d{2}):?(\d{2})?)/.exec(rest);
      if (!m) throw fail();
      offset = m[0] === 'Z' ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
      i += m[0].length;
    } else {
      throw new GasException(`Illegal pattern character '${t.letter}' (not supported by the local runtime)`);
    }
  });
  if (i !== s.length) throw fail();
  if (hour12 !== null) f.hour = hour12 + (pm ? 12 : 0);
  else if (pm && f.hour < 12) f.hour += 12;
  const check = new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond));
  if (check.getUTCMonth() !== f.month - 1 || check.getUTCDate() !== f.day || f.hour > 23 || f.minute > 59 || f.second > 59) throw fail();
  if (offset !== null) return new Date(check.getTime() - offset * 60000);
  return zoneOf(timeZone).instant(f);
}

/**
 * Utilities.formatString, Java-style: %s %d %f %x %o %e %%, %n, flags (-, 0, +, comma), width and precision.
 * Java rejects %d for a fractional number (IllegalFormatConversionException); so does this. UNVERIFIED: whether Apps Script
 * prints a whole JS number through %s as "3" or "3.0": here "3".
 */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return String(template).replace(
    /%(\d+\$)?([-#+ 0,(]*)(\d+)?(?:\.(\d+))?([a-zA-Z%])/g,
    (spec, index: string | undefined, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      if (conv === 'n') return '\n';
      const position = index ? Number(index.slice(0, -1)) - 1 : next++;
      if (position >= args.length) throw new GasException(`Format specifier '${spec}' has no argument (MissingFormatArgumentException)`);
      const value = args[position];
      let out: string;
      const num = Number(value);
      switch (conv.toLowerCase()) {
        case 's':
          out = value === null || value === undefined ? 'null' : String(value);
          if (precision) out = out.slice(0, Number(precision));
          break;
        case 'd':
          if (typeof value !== 'number' || !Number.isInteger(value))
            throw new GasException(`Format specifier '${spec}' cannot format ${String(value)} (IllegalFormatConversionException)`);
          out = flags.includes(',') ? Math.abs(value).toLocaleString('en-US') : String(Math.abs(value));
          out = (value < 0 ? '-' : flags.includes('+') ? '+' : '') + out;
          break;
        case 'f':
          out = num.toFixed(precision ? Number(precision) : 6);
          if (flags.includes('+') && num >= 0) out = `+${out}`;
          break;
        case 'e':
          out = num.toExponential(precision ? Number(precision) : 6).replace(/e([+-])(\d)$/, 'e$10$2');
          break;
        case 'x':
          out = Math.trunc(num).toString(16);
          break;
        case 'o':
          out = Math.trunc(num).toString(8);
          break;
        default:
          throw new GasException(`Conversion = '${conv}' (UnknownFormatConversionException)`);
      }
      if (conv !== conv.toLowerCase()) out = out.toUpperCase();
      const w = width ? Number(width) : 0;
      if (out.length < w)
        out = flags.includes('-')
          ? out.padEnd(w)
          : flags.includes('0')
            ? out.replace(/^([+-]?)/, (sign) => sign + '0'.repeat(w - out.length))
            : out.padStart(w);
      return out;
    },
  );
}

export const DIGEST_ALGORITHMS = Object.freeze({ MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512' } as const);
export const CHARSETS = Object.freeze({ US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const);
/** Node's names for the algorithms (MD2 is not offered by Node: asking for it fails as a bad argument would). */
const DIGEST_NODE_NAMES: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

/** Apps Script byte arrays are Java bytes: -128…127. */
const toSigned = (bytes: Uint8Array) => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
const toBuffer = (data: string | number[]) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 255)));

/** The Utilities global. Every call counts under "Utilities". */
export function createUtilities(counter: CallCounter, clock: RuntimeClock, slept: number[] = []): Record<string, unknown> {
  const count = (method: string) => counter.count('Utilities', `Utilities.${method}`);
  return {
    formatDate: (date: Date, timeZone: string, pattern: string) => {
      count('formatDate');
      return formatDate(date, timeZone, pattern);
    },
    parseDate: (text: string, timeZone: string, pattern: string) => {
      count('parseDate');
      return parseDate(text, timeZone, pattern);
    },
    formatString: (template: string, ...args: unknown[]) => {
      count('formatString');
      return formatString(template, ...args);
    },
    getUuid: () => {
      count('getUuid');
      return randomUUID();
    },
    /** Does not block: records the wait in `slept` and advances the runtime clock. Apps Script allows at most 300000 ms. */
    sleep: (ms: number) => {
      count('sleep');
      if (!(ms >= 0) || ms > 300000) throw new GasException(`Utilities.sleep: ${ms} ms is outside 0…300000.`);
      slept.push(ms);
      clock.advance(ms);
    },
    DigestAlgorithm: DIGEST_ALGORITHMS,
    Charset: CHARSETS,
    /** computeDigest(algorithm, value[, charset]): the digest as Java's signed bytes (−128…127), as Apps Script returns it. */
    computeDigest: (algorithm: string, value: string | number[], charset?: string) => {
      count('computeDigest');
      const name = DIGEST_NODE_NAMES[String(algorithm)];
      if (!name) throw signatureError('Utilities', 'computeDigest', [algorithm, value]);
      const bytes = typeof value === 'string' ? Buffer.from(value, charset === CHARSETS.US_ASCII ? 'latin1' : 'utf8') : toBuffer(value);
      return toSigned(createHash(name).update(bytes).digest());
    },
    base64Encode: (data: string | number[]) => {
      count('base64Encode');
      return toBuffer(data).toString('base64');
    },
    base64EncodeWebSafe: (data: string | number[]) => {
      count('base64EncodeWebSafe');
      return toBuffer(data).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
    },
    base64Decode: (encoded: string) => {
      count('base64Decode');
      return toSigned(Buffer.from(encoded, 'base64'));
    },
    base64DecodeWebSafe: (encoded: string) => {
      count('base64DecodeWebSafe');
      return toSigned(Buffer.from(encoded.replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
    },
  };
}
