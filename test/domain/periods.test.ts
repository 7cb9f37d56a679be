// Tests of periods: calendar and school-year labels, their first and last days, the period of a date, the latest period.
import { calendarYear, latestPeriod, parsePeriodLabel, periodContains, periodOfDate, samePeriod, schoolYear } from '../../src/domain/periods';
import type { Period } from '../../src/domain/types';

function period(label: unknown, startMonth = 9): Period {
  const parsed = parsePeriodLabel(label, startMonth);
  if (!parsed.ok) throw new Error(`expected ${String(label)} to parse: ${parsed.message}`);
  return parsed.value;
}

describe('parsePeriodLabel', () => {
  test.each([
    '2019-2020',
    '2019 - 2020',
    '2019–2020',
    '2019/2020',
    'Năm học 2019-2020',
    'năm học 2019-2020',
    'NĂM HỌC 2019-2020',
    'Nam hoc 2019-2020',
    'Năm học 2019-2020'.normalize('NFD'),
  ])('%p is the school year from 01/09/2019 to 31/08/2020', (label) => {
    expect(period(label)).toEqual({ label: '2019-2020', kind: 'school', start: '2019-09-01', end: '2020-08-31' });
  });

  test.each(['2020', ' 2020 ', 'Năm 2020', 'năm 2020', 'Nam 2020', 2020])('%p is the calendar year 2020', (label) => {
    expect(period(label)).toEqual({ label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' });
  });

  test('a school year of another start month ends the day before that month', () => {
    expect(period('2019-2020', 8)).toMatchObject({ start: '2019-08-01', end: '2020-07-31' });
    expect(period('2019-2020', 3)).toMatchObject({ start: '2019-03-01', end: '2020-02-29' });
  });

  test('a school year needs two consecutive years', () => {
    const parsed = parsePeriodLabel('2019-2021', 9);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('liền nhau');
  });

  test.each([
    ['', 'Thiếu kỳ'],
    ['abc', 'không hợp lệ'],
    ['20', 'không hợp lệ'],
    [null, 'Thiếu kỳ'],
    ['2020-01-01', 'không hợp lệ'],
  ])('refuses %p', (label, message) => {
    const parsed = parsePeriodLabel(label, 9);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  test('refuses years outside 1900-2100', () => {
    expect(parsePeriodLabel('1899', 9).ok).toBe(false);
    expect(parsePeriodLabel('2100-2101', 9).ok).toBe(false);
    expect(calendarYear(2101).ok).toBe(false);
    expect(schoolYear(2099, 9).ok).toBe(true);
  });
});

describe('periodContains: the first and last days are inside', () => {
  const school = period('2019-2020');
  const calendar = period('2020');

  test.each([
    ['2019-09-01', true],
    ['2020-08-31', true],
    ['2020-02-29', true],
    ['2019-08-31', false],
    ['2020-09-01', false],
  ])('school year 2019-2020 holds %p: %p', (date, inside) => {
    expect(periodContains(school, date)).toBe(inside);
  });

  test.each([
    ['2020-01-01', true],
    ['2020-12-31', true],
    ['2019-12-31', false],
    ['2021-01-01', false],
  ])('calendar year 2020 holds %p: %p', (date, inside) => {
    expect(periodContains(calendar, date)).toBe(inside);
  });
});

describe('periodOfDate', () => {
  test.each([
    ['2019-09-01', '2019-2020'],
    ['2020-08-31', '2019-2020'],
    ['2020-09-01', '2020-2021'],
    ['2020-01-01', '2019-2020'],
  ])('in school years, %p falls in %p', (date, label) => {
    expect(periodOfDate(date, 'school', 9).label).toBe(label);
  });

  test.each([
    ['2020-01-01', '2020'],
    ['2020-12-31', '2020'],
    ['2021-01-01', '2021'],
  ])('in calendar years, %p falls in %p', (date, label) => {
    expect(periodOfDate(date, 'calendar', 9).label).toBe(label);
  });

  test('a date at the edge of 1900-2100 still has a school year (it does not throw)', () => {
    expect(periodOfDate('1900-03-01', 'school', 9)).toEqual({ label: '1899-1900', kind: 'school', start: '1899-09-01', end: '1900-08-31' });
    expect(periodOfDate('2100-10-01', 'school', 9)).toEqual({ label: '2100-2101', kind: 'school', start: '2100-09-01', end: '2101-08-31' });
  });
});

describe('latestPeriod and samePeriod', () => {
  test('the period that ends last; none for an empty list', () => {
    expect(latestPeriod([period('2019'), period('2019-2020'), period('2018-2019')])?.label).toBe('2019-2020');
    expect(latestPeriod([])).toBeUndefined();
  });

  test('labels written differently name the same period', () => {
    expect(samePeriod(period('Năm học 2019-2020'), period('2019 - 2020'))).toBe(true);
    expect(samePeriod(period('2020'), period('2019-2020'))).toBe(false);
  });
});
