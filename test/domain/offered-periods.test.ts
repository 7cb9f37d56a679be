// Tests of the period list the sidebar offers (issue 17): default first, newest to oldest, only periods with data plus the current one.
import { offeredPeriods } from '../../src/domain/offered-periods';
import type { SummaryInput } from '../../src/domain/summary';
import { DEFAULT_SETTINGS, type LedgerEntry, type ScoreRow, type Visit } from '../../src/domain/types';

const school = { ...DEFAULT_SETTINGS, periodKind: 'school' as const, schoolYearStartMonth: 9 };
const score = (period: string, row: number): ScoreRow => ({ period, unit: 'A', form: 'self', scorer: 'a', scores: {}, note: '', row });
const visit = (date: string, row: number): Visit => ({
  date,
  unit: 'A',
  person: 'Nguyễn Thị Lan',
  reason: 'Ốm đau',
  amount: 100,
  fund: 'Quỹ CĐCS',
  visitor: '',
  note: '',
  row,
});
const ledgerLine = (date: string, row: number): LedgerEntry => ({
  date,
  fund: 'Quỹ CĐCS',
  type: 'income',
  category: 'Đoàn phí',
  amount: 100,
  description: '',
  voucher: 'PT001',
  row,
});

function input(parts: Partial<SummaryInput>): SummaryInput {
  return { units: [], criteria: [], scores: [], visits: [], ledger: [], funds: [], awards: [], settings: school, warnings: [], ...parts };
}

const labels = (offered: ReturnType<typeof offeredPeriods>) => offered.periods.map((p) => p.label);

test('the list officers tripped over: default 2019-2020 first, then newest to oldest, the empty current year marked as such, and the year just ended', () => {
  const offered = offeredPeriods(input({ scores: [score('2019-2020', 2)], visits: [visit('2018-10-01', 2), visit('2019-12-01', 3)] }), '2026-11-30');
  expect(labels(offered)).toEqual(['2019-2020', '2026-2027', '2025-2026', '2018-2019']);
  expect(offered.current.label).toBe('2026-2027');
  expect(offered.currentHasData).toBe(false);
});

test('the default is the latest labelled period even when a ledger line is newer; the others strictly newest to oldest', () => {
  const offered = offeredPeriods(
    input({ scores: [score('2017-2018', 2), score('2019-2020', 3)], ledger: [ledgerLine('2021-03-01', 2), ledgerLine('2016-01-01', 3)] }),
    '2026-11-30',
  );
  expect(labels(offered)).toEqual(['2019-2020', '2026-2027', '2025-2026', '2020-2021', '2017-2018', '2015-2016']);
  // 2018-2019 holds nothing: it is not offered, though it lies between periods that are.
  expect(labels(offered)).not.toContain('2018-2019');
});

test('the current period with data is offered once and known to have data', () => {
  const offered = offeredPeriods(input({ scores: [score('2026-2027', 2), score('2025-2026', 3)] }), '2026-11-30');
  expect(labels(offered)).toEqual(['2026-2027', '2025-2026']);
  expect(offered.currentHasData).toBe(true);
});

test('an empty workbook offers the current period, as the default, and the year just ended (its cards are entered in January)', () => {
  const offered = offeredPeriods(input({ settings: DEFAULT_SETTINGS }), '2026-01-05');
  expect(labels(offered)).toEqual(['2026', '2025']);
  expect(offered.current.label).toBe('2026');
  expect(offered.currentHasData).toBe(false);
});

test('a label written "Năm học 2019-2020" and one written "2019-2020" are one period', () => {
  const offered = offeredPeriods(input({ scores: [score('Năm học 2019-2020', 2), score('2019-2020', 3)] }), '2026-11-30');
  expect(labels(offered)).toEqual(['2019-2020', '2026-2027', '2025-2026']);
});

test('a period that has not begun is neither offered nor the default: a label typed a year ahead does not take over the list', () => {
  const offered = offeredPeriods(input({ scores: [score('2027-2028', 2), score('2025-2026', 3)], awards: [] }), '2026-11-30');
  expect(labels(offered)).toEqual(['2026-2027', '2025-2026']);
  expect(offered.current.label).toBe('2026-2027');
  // The current school year began on 01/09/2026: on 31/08/2026 it is 2025-2026's last day.
  expect(labels(offeredPeriods(input({ scores: [score('2026-2027', 2)] }), '2026-08-31'))).toEqual(['2025-2026', '2024-2025']);
});

test('a period of the other kind is neither offered nor the default: a "2026" left in a school-year workbook', () => {
  const offered = offeredPeriods(input({ scores: [score('2026', 2), score('2019-2020', 3)] }), '2026-11-30');
  expect(labels(offered)).toEqual(['2026-2027', '2025-2026', '2019-2020']);
  expect(labels(offered)).not.toContain('2026');
});
