// Civil (wall-clock) time in a named time zone, and Sheets' date serial numbers, for the local Spreadsheet runtime.

/** Wall-clock fields of an instant in a time zone; month is 1-12. */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function civilTimeByIntl(date: Date, timeZone: string): CivilTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((date.getTime() % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

const HOUR_MS = 3_600_000;
/** UTC offsets (ms) by zone and hour: zones change offset only on hour boundaries here, so one Intl call per hour suffices. */
const offsets = new Map<string, number>();

/** The zone's UTC offset in milliseconds at `time`. */
function offsetAt(time: number, timeZone: string): number {
  const hour = Math.floor(time / HOUR_MS);
  const key = `${timeZone}|${hour}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const probe = hour * HOUR_MS;
    const c = civilTimeByIntl(new Date(probe), timeZone);
    offset = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - probe;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The wall-clock time of `date` in `timeZone` (weekday 0 = Sunday). */
export function civilTime(date: Date, timeZone: string): CivilTime {
  const shifted = new Date(date.getTime() + offsetAt(date.getTime(), timeZone));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/** The instant whose wall-clock time in `timeZone` is the given fields (month 1-12). */
export function fromCivil(timeZone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): Date {
  const wanted = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const c = civilTime(new Date(guess), timeZone);
    const seen = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond);
    if (seen === wanted) break;
    guess += wanted - seen;
  }
  return new Date(guess);
}

/**
 * Results of toUtcCivil/fromUtcCivil by zone and instant: a workbook repeats the same few thousand dates 100,000s of times.
 * Each call still returns a new Date, since callers may keep or change it.
 */
const civilShifts = new Map<string, { toUtc: Map<number, number>; fromUtc: Map<number, number> }>();
const MAX_SHIFTS = 200_000;

function shiftsFor(timeZone: string) {
  let shifts = civilShifts.get(timeZone);
  if (!shifts) civilShifts.set(timeZone, (shifts = { toUtc: new Map(), fromUtc: new Map() }));
  return shifts;
}

function remember(cache: Map<number, number>, time: number, result: number): number {
  if (cache.size >= MAX_SHIFTS) cache.clear();
  cache.set(time, result);
  return result;
}

/** The same wall-clock time read as UTC fields: how exceljs represents Excel dates. */
export function toUtcCivil(date: Date, timeZone: string): Date {
  const time = date.getTime();
  const cache = shiftsFor(timeZone).toUtc;
  let result = cache.get(time);
  if (result === undefined) {
    const c = civilTime(date, timeZone);
    result = remember(cache, time, Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second, c.millisecond));
  }
  return new Date(result);
}

/** The inverse of toUtcCivil: a Date whose UTC fields are wall-clock time in `timeZone` becomes that instant. */
export function fromUtcCivil(date: Date, timeZone: string): Date {
  const time = date.getTime();
  const cache = shiftsFor(timeZone).fromUtc;
  let result = cache.get(time);
  if (result === undefined) {
    result = remember(
      cache,
      time,
      fromCivil(
        timeZone,
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
        date.getUTCMilliseconds(),
      ).getTime(),
    );
  }
  return new Date(result);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** A Sheets serial number (days since 30/12/1899, civil time of the spreadsheet) as an instant. */
export function serialToDate(serial: number, timeZone: string): Date {
  return fromUtcCivil(new Date(Math.round(SERIAL_EPOCH + serial * DAY_MS)), timeZone);
}

/** An instant as a Sheets serial number in the spreadsheet's time zone. */
export function dateToSerial(date: Date, timeZone: string): number {
  return (toUtcCivil(date, timeZone).getTime() - SERIAL_EPOCH) / DAY_MS;
}

/** True when the instant is exactly midnight in the time zone (a pure date, no time of day). */
export function isCivilMidnight(date: Date, timeZone: string): boolean {
  const c = civilTime(date, timeZone);
  return c.hour === 0 && c.minute === 0 && c.second === 0 && c.millisecond === 0;
}
