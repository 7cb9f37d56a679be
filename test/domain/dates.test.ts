// Tests of the date helpers: dd/mm/yyyy text, real and unreal days, Sheets serial numbers, and day arithmetic.
import fc from 'fast-check';
import { addDays, daysBetween, daysInMonth, formatDateVi, isoFromParts, isoToSerial, parseDateText, serialToIso } from '../../src/domain/dates';

function iso(text: string): string {
  const parsed = parseDateText(text);
  if (!parsed.ok) throw new Error(`expected "${text}" to parse: ${parsed.message}`);
  return parsed.value;
}

describe('parseDateText', () => {
  test.each([
    ['05/03/2020', '2020-03-05'],
    ['5/3/2020', '2020-03-05'],
    ['5/03/2020', '2020-03-05'],
    ['05/3/2020', '2020-03-05'],
    ['31/12/2020', '2020-12-31'],
    ['01/01/1900', '1900-01-01'],
    ['31/12/2100', '2100-12-31'],
    ['05-03-2020', '2020-03-05'],
    ['05.03.2020', '2020-03-05'],
    ['  05/03/2020 ', '2020-03-05'],
    ['2020-03-05', '2020-03-05'],
  ])('reads %p as %p (day first)', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  test('accepts 29/02 in a leap year and refuses it otherwise', () => {
    expect(iso('29/02/2020')).toBe('2020-02-29');
    expect(iso('29/02/2000')).toBe('2000-02-29');
    expect(parseDateText('29/02/2019').ok).toBe(false);
    expect(parseDateText('29/02/1900').ok).toBe(false);
    expect(parseDateText('29/02/2100').ok).toBe(false);
  });

  test.each(['31/02/2020', '30/02/2020', '31/04/2020', '31/06/2020', '31/09/2020', '31/11/2020', '00/01/2020', '01/00/2020', '01/13/2020', '32/01/2020'])(
    'refuses the day that does not exist: %p',
    (text) => {
      const parsed = parseDateText(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toContain('không có thật');
    },
  );

  test.each(['31/12/1899', '01/01/2101'])('refuses a year outside 1900-2100: %p', (text) => {
    expect(parseDateText(text).ok).toBe(false);
  });

  test.each(['', 'abc', '05/03/20', '2020/03/05', '05/03/2020 10:00', '5 tháng 3 2020', '123/03/2020', '2020-3-5'])('refuses the shape %p', (text) => {
    const parsed = parseDateText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('dd/mm/yyyy');
  });
});

describe('serial numbers', () => {
  test('43831 is 01/01/2020 (1899-12-30 is day 0; worked out: 2 + 120·365 + 29 leap days)', () => {
    expect(serialToIso(43831)).toEqual({ ok: true, value: '2020-01-01' });
  });

  test('a time of day in the serial keeps the same date', () => {
    expect(serialToIso(43831.99)).toEqual({ ok: true, value: '2020-01-01' });
  });

  test('2 is 01/01/1900 and 1 (31/12/1899) is out of range', () => {
    expect(serialToIso(2)).toEqual({ ok: true, value: '1900-01-01' });
    expect(serialToIso(1).ok).toBe(false);
  });

  test('73415 is 31/12/2100 and 73416 is out of range', () => {
    expect(serialToIso(73415)).toEqual({ ok: true, value: '2100-12-31' });
    expect(serialToIso(73416).ok).toBe(false);
  });

  test('the leap day of 2020 and the day after it', () => {
    expect(serialToIso(43890)).toEqual({ ok: true, value: '2020-02-29' });
    expect(serialToIso(43891)).toEqual({ ok: true, value: '2020-03-01' });
  });

  test('not a finite number is refused', () => {
    expect(serialToIso(Number.NaN).ok).toBe(false);
    expect(serialToIso(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  test('isoToSerial is the inverse', () => {
    expect(isoToSerial('2020-01-01')).toBe(43831);
    expect(isoToSerial('1900-01-01')).toBe(2);
  });
});

describe('day arithmetic', () => {
  test('daysInMonth', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2019, 2)).toBe(28);
    expect(daysInMonth(2020, 4)).toBe(30);
    expect(daysInMonth(2020, 12)).toBe(31);
  });

  test('isoFromParts refuses what is not a date', () => {
    expect(isoFromParts(2020, 2, 30)).toBeNull();
    expect(isoFromParts(2020, 1.5, 1)).toBeNull();
    expect(isoFromParts(2020, 12, 31)).toBe('2020-12-31');
  });

  test('addDays crosses months, years and leap days', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2020-03-01', 30)).toBe('2020-03-31');
  });

  test('daysBetween', () => {
    expect(daysBetween('2020-01-01', '2020-01-31')).toBe(30);
    expect(daysBetween('2020-02-01', '2020-03-01')).toBe(29);
    expect(daysBetween('2020-03-01', '2020-02-01')).toBe(-29);
  });

  test('formatDateVi', () => {
    expect(formatDateVi('2020-03-05')).toBe('05/03/2020');
  });
});

describe('properties', () => {
  const dayMs = 86_400_000;
  const realDate = fc.integer({ min: Date.UTC(1900, 0, 1) / dayMs, max: Date.UTC(2100, 11, 31) / dayMs }).map((d) => new Date(d * dayMs));
  const dmy = (d: number, m: number, y: number) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

  test('every real date of 1900-2100 written dd/mm/yyyy is accepted and round-trips with formatDateVi', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const text = dmy(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear());
        const parsed = parseDateText(text);
        return parsed.ok && formatDateVi(parsed.value) === text && parsed.value === date.toISOString().slice(0, 10);
      }),
      { numRuns: 3000 },
    );
  });

  test('a day/month/year is accepted exactly when it is a real date of 1900-2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 33 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1890, max: 2110 }), (d, m, y) => {
        const probe = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && probe.getUTCDate() === d && probe.getUTCMonth() === m - 1 && y >= 1900 && y <= 2100;
        return parseDateText(dmy(d, m, y)).ok === real;
      }),
      { numRuns: 5000 },
    );
  });

  test('serialToIso and isoToSerial are inverse over 1900-2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 73415 }), (serial) => {
        const parsed = serialToIso(serial);
        return parsed.ok && isoToSerial(parsed.value) === serial;
      }),
    );
  });
});
