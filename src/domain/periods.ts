// Periods (kỳ): "2020" is a calendar year, "2019-2020" a school year from the start month; which period a date falls in; the latest one.
import { addDays, isoFromParts } from './dates';
import { fail, ok, type Parsed } from './parsed';
import type { IsoDate, Period } from './types';

/**
 * Reads a period label. Accepts "2020", "Năm 2020", "2019-2020", "2019 - 2020", "Năm học 2019-2020".
 * A school year runs from the first day of `startMonth` of its first year to the day before that month in its second year.
 */
export function parsePeriodLabel(raw: unknown, startMonth: number): Parsed<Period> {
  const text = (typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.normalize('NFC') : '').trim();
  const shown = text.length > 40 ? text.slice(0, 40) + '…' : text;
  const school = /^(?:n[aă]m h[oọ]c\s*)?(\d{4})\s*[-–/]\s*(\d{4})$/i.exec(text);
  if (school) {
    const first = Number(school[1]);
    const second = Number(school[2]);
    if (second !== first + 1) return fail(`Năm học phải gồm hai năm liền nhau: "${shown}"`);
    return schoolYear(first, startMonth);
  }
  const calendar = /^(?:n[aă]m\s*)?(\d{4})$/i.exec(text);
  if (calendar) return calendarYear(Number(calendar[1]));
  if (text === '') return fail('Thiếu kỳ (ví dụ "2020" hoặc "2019-2020")');
  return fail(`Kỳ không hợp lệ: "${shown}" (cần dạng "2020" hoặc "2019-2020")`);
}

export function calendarYear(year: number): Parsed<Period> {
  const start = isoFromParts(year, 1, 1);
  const end = isoFromParts(year, 12, 31);
  if (!start || !end) return fail(`Năm ngoài khoảng cho phép: ${year}`);
  return ok({ label: String(year), kind: 'calendar', start, end });
}

export function schoolYear(firstYear: number, startMonth: number): Parsed<Period> {
  const start = isoFromParts(firstYear, startMonth, 1);
  const nextStart = isoFromParts(firstYear + 1, startMonth, 1);
  if (!start || !nextStart) return fail(`Năm học ngoài khoảng cho phép: ${firstYear}-${firstYear + 1}`);
  return ok({ label: `${firstYear}-${firstYear + 1}`, kind: 'school', start, end: addDays(nextStart, -1) });
}

/**
 * The period of the given kind that holds a date. Built directly from the date, so a date of early 1900 or late 2100 gets its
 * school year (1899-1900, 2100-2101) instead of an error from the 1900-2100 range that labels are held to.
 */
export function periodOfDate(date: IsoDate, kind: Period['kind'], startMonth: number): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (kind === 'calendar') return { label: String(year), kind, start: `${date.slice(0, 4)}-01-01`, end: `${date.slice(0, 4)}-12-31` };
  const first = month >= startMonth ? year : year - 1;
  const startOf = (y: number) => `${String(y).padStart(4, '0')}-${String(startMonth).padStart(2, '0')}-01`;
  return { label: `${first}-${first + 1}`, kind, start: startOf(first), end: addDays(startOf(first + 1), -1) };
}

export function periodContains(period: Period, date: IsoDate): boolean {
  return date >= period.start && date <= period.end;
}

/** The period that ends last (ties: the longer label, so a school year beats nothing); undefined for none. */
export function latestPeriod(periods: readonly Period[]): Period | undefined {
  let latest: Period | undefined;
  for (const period of periods) {
    if (!latest || period.end > latest.end || (period.end === latest.end && period.start < latest.start)) latest = period;
  }
  return latest;
}

/** True when two labels name the same period ("Năm học 2019-2020" and "2019-2020"). */
export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}
