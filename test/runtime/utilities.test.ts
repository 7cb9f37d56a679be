// Tests the local Utilities service: SimpleDateFormat letters in real time zones (DST included), parseDate, formatString, sleep.
import { CallCounter } from '../../local/runtime/counter';
import { createUtilities, formatDate, formatString, parseDate, type RuntimeClock } from '../../local/runtime/utilities';

function fixedClock(iso: string): RuntimeClock & { advanced: number } {
  const state = { advanced: 0 };
  return {
    now: () => new Date(Date.parse(iso) + state.advanced),
    advance: (ms) => {
      state.advanced += ms;
    },
    get advanced() {
      return state.advanced;
    },
  };
}

// 2024-01-15 17:30:05.007 UTC is Tuesday 16/01/2024 00:30:05.007 in Hồ Chí Minh (UTC+7, no DST). 15/01/2024 was a Monday.
const instant = new Date('2024-01-15T17:30:05.007Z');

describe('Utilities.formatDate', () => {
  test('the same instant is a different day in Asia/Ho_Chi_Minh and in UTC', () => {
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('16/01/2024 00:30:05');
    expect(formatDate(instant, 'UTC', 'dd/MM/yyyy HH:mm:ss')).toBe('15/01/2024 17:30:05');
  });

  test('text fields, 12-hour clock and AM/PM', () => {
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', 'EEE, d MMM yyyy h:mm a')).toBe('Tue, 16 Jan 2024 12:30 AM');
    expect(formatDate(instant, 'UTC', 'EEE, d MMM yyyy h:mm a')).toBe('Mon, 15 Jan 2024 5:30 PM');
    expect(formatDate(instant, 'UTC', 'EEEE MMMM M')).toBe('Monday January 1');
  });

  test('year widths, milliseconds, day of year', () => {
    expect(formatDate(instant, 'UTC', 'yy y yyyy')).toBe('24 2024 2024');
    expect(formatDate(instant, 'UTC', 'S SSS')).toBe('7 007');
    expect(formatDate(instant, 'UTC', 'D')).toBe('15');
  });

  test('offsets: Z, X and XXX; UTC prints Z for X', () => {
    expect(formatDate(instant, 'Asia/Ho_Chi_Minh', 'Z|X|XX|XXX')).toBe('+0700|+07|+0700|+07:00');
    expect(formatDate(instant, 'UTC', 'Z|XXX')).toBe('+0000|Z');
    expect(formatDate(instant, 'GMT+7', 'HH:mm Z')).toBe('00:30 +0700');
  });

  test('quoted literals and the doubled quote', () => {
    expect(formatDate(instant, 'GMT', "yyyy-MM-dd'T'HH:mm:ss'Z'")).toBe('2024-01-15T17:30:05Z');
    expect(formatDate(instant, 'UTC', "h 'o''clock' ''")).toBe("5 o'clock '");
  });

  test('New York switches from EST (-0500) to EDT (-0400) at 2:00 on 10/03/2024', () => {
    const pattern = 'yyyy-MM-dd HH:mm z Z';
    expect(formatDate(new Date('2024-03-10T06:59:00Z'), 'America/New_York', pattern)).toBe('2024-03-10 01:59 EST -0500');
    expect(formatDate(new Date('2024-03-10T07:00:00Z'), 'America/New_York', pattern)).toBe('2024-03-10 03:00 EDT -0400');
    expect(formatDate(new Date('2024-07-01T12:00:00Z'), 'America/New_York', 'HH:mm XXX')).toBe('08:00 -04:00');
  });

  test('unsupported letters and unknown zones throw instead of guessing', () => {
    expect(() => formatDate(instant, 'UTC', 'ww')).toThrow("Illegal pattern character 'w'");
    expect(() => formatDate(instant, 'Mars/Olympus', 'yyyy')).toThrow('Invalid time zone');
    // @ts-expect-error -- text where the Date belongs, refused at run time
    expect(() => formatDate('2024-01-01', 'UTC', 'yyyy')).toThrow();
  });
});

describe('Utilities.parseDate', () => {
  test('reads wall-clock text in the given zone', () => {
    expect(parseDate('16/01/2024 00:30', 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm').toISOString()).toBe('2024-01-15T17:30:00.000Z');
    expect(parseDate('16/01/2024 00:30', 'UTC', 'dd/MM/yyyy HH:mm').toISOString()).toBe('2024-01-16T00:30:00.000Z');
  });

  test('adjacent numeric fields take their letter count; DST is honoured', () => {
    expect(parseDate('20240310 0300', 'America/New_York', 'yyyyMMdd HHmm').toISOString()).toBe('2024-03-10T07:00:00.000Z');
  });

  test('an explicit offset wins over the zone; AM/PM and month names', () => {
    expect(parseDate('2024-01-15T17:30:05+07:00', 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX").toISOString()).toBe('2024-01-15T10:30:05.000Z');
    expect(parseDate('5 Mar 2024 5:30 PM', 'UTC', 'd MMM yyyy h:mm a').toISOString()).toBe('2024-03-05T17:30:00.000Z');
  });

  test('impossible dates and leftover text throw', () => {
    expect(() => parseDate('31/02/2024', 'UTC', 'dd/MM/yyyy')).toThrow('Unparseable date');
    expect(() => parseDate('01/02/2024 x', 'UTC', 'dd/MM/yyyy')).toThrow('Unparseable date');
    expect(() => parseDate('hôm nay', 'UTC', 'dd/MM/yyyy')).toThrow();
  });
});

describe('Utilities.formatString', () => {
  test('Java-style %s %d %f and %%', () => {
    expect(formatString('%s có %d đơn vị, %.1f%%', 'Cụm 1', 28, 48.649)).toBe('Cụm 1 có 28 đơn vị, 48.6%');
  });

  test('width, flags, hex and grouping', () => {
    expect(formatString('%05d|%-5s|%5s|%x|%X|%,d', 42, 'ab', 'ab', 255, 255, 1500000)).toBe('00042|ab   |   ab|ff|FF|1,500,000');
    expect(formatString('%2$s %1$s', 'a', 'b')).toBe('b a');
  });

  test('%d of a fraction, a missing argument and %j throw as Java does', () => {
    expect(() => formatString('%d', 1.5)).toThrow('IllegalFormatConversionException');
    expect(() => formatString('%s %s', 'a')).toThrow('MissingFormatArgumentException');
    expect(() => formatString('%j', {})).toThrow('UnknownFormatConversionException');
  });
});

describe('the Utilities global', () => {
  test('sleep records and advances the clock without blocking', () => {
    const clock = fixedClock('2024-01-01T00:00:00Z');
    const slept: number[] = [];
    const counter = new CallCounter();
    const utilities = createUtilities(counter, clock, slept) as { sleep(ms: number): void };
    const started = Date.now();
    utilities.sleep(120000);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(slept).toEqual([120000]);
    expect(clock.now().toISOString()).toBe('2024-01-01T00:02:00.000Z');
    expect(counter.byMethod()).toEqual({ 'Utilities.sleep': 1 });
    expect(() => utilities.sleep(300001)).toThrow();
  });

  test('getUuid gives distinct v4 UUIDs; base64 round-trips with Java signed bytes', () => {
    const counter = new CallCounter();
    const u = createUtilities(counter, fixedClock('2024-01-01T00:00:00Z')) as Record<string, (...a: unknown[]) => unknown>;
    const a = u.getUuid() as string;
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
    expect(u.base64Encode('abc')).toBe('YWJj');
    expect(u.base64Decode('YWJj')).toEqual([97, 98, 99]);
    expect(u.base64Decode('/w==')).toEqual([-1]);
    expect(u.base64Encode([-1])).toBe('/w==');
    expect(counter.total('Utilities')).toBe(6);
  });
});
