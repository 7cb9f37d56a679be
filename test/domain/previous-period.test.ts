// Tests of the period before: which it is, that a year the workbook does not hold is null (never zeros), and its figures.
import { comparisonLines, periodBefore, previousFigures } from '../../src/domain/previous-period';
import { composeSummary } from '../../src/domain/summary';
import { DEFAULT_SETTINGS, type Criterion, type Fund, type LedgerEntry, type ScoreRow, type Unit, type Visit } from '../../src/domain/types';
import type { SummaryInput } from '../../src/domain/summary';

const school = (first: number) => ({ label: `${first}-${first + 1}`, kind: 'school' as const, start: `${first}-09-01`, end: `${first + 1}-08-31` });
const units: Unit[] = [
  { code: 'CD01', name: 'Trường A', cluster: 'Cụm 1', members: 30, workers: 31, newMembers: 2, row: 2 },
  { code: 'CD02', name: 'Trường B', cluster: 'Cụm 1', members: 20, workers: 20, newMembers: 1, row: 3 },
];
const criteria: Criterion[] = [{ code: 'TC1', group: 'A', content: 'Nội dung', max: 100, kind: 'standard', row: 2 }];
const card = (period: string, unit: string, points: number, row: number): ScoreRow => ({
  period,
  unit,
  form: 'leader',
  scorer: 'x',
  scores: { TC1: points },
  note: '',
  row,
});
const visit = (date: string, amount: number, row: number): Visit => ({
  date,
  unit: 'CD01',
  person: 'An',
  reason: 'Ốm đau',
  amount,
  fund: 'Quỹ CĐCS',
  visitor: '',
  note: '',
  row,
});
const ledger = (date: string, type: 'income' | 'expense', amount: number, row: number): LedgerEntry => ({
  date,
  voucher: '',
  fund: 'Quỹ CĐCS',
  type,
  category: 'Khác',
  amount,
  description: '',
  row,
});
const funds: Fund[] = [{ name: 'Quỹ CĐCS', opening: 5_000_000, budget: null, row: 2 }];

function input(more: Partial<SummaryInput>): SummaryInput {
  return { units, criteria, scores: [], visits: [], ledger: [], funds, awards: [], settings: DEFAULT_SETTINGS, warnings: [], ...more };
}

test('the period before a school year is the school year before; before a calendar year, the year before', () => {
  expect(periodBefore(school(2019))).toEqual(school(2018));
  expect(periodBefore({ label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' })).toEqual({
    label: '2019',
    kind: 'calendar',
    start: '2019-01-01',
    end: '2019-12-31',
  });
});

test('nothing of the year before in the workbook: null, and the summary says so', () => {
  const data = input({ scores: [card('2019-2020', 'CD01', 95, 2)] });
  expect(previousFigures(data, school(2019))).toBeNull();
  expect(composeSummary(data, school(2019)).previous).toBeNull();
});

test('the year before: levels from its score rows, visits and funds of its dates, membership absent rather than zero', () => {
  const data = input({
    scores: [card('2018-2019', 'CD01', 95, 2), card('2018-2019', 'CD02', 75, 3), card('2019-2020', 'CD01', 92, 4)],
    visits: [visit('2019-03-01', 500_000, 2), visit('2019-10-01', 700_000, 3)],
    ledger: [ledger('2019-01-10', 'income', 3_000_000, 2), ledger('2019-02-10', 'expense', 1_000_000, 3)],
  });
  const previous = previousFigures(data, school(2019))!;
  expect(previous.period).toEqual({ label: '2018-2019', start: '2018-09-01', end: '2019-08-31' });
  expect(previous.classification).toEqual({ HTXSNV: 1, HTTNV: 1, HTNV: 0, KHTNV: 0, CXL: 0 });
  expect(previous.classificationPercent?.HTXSNV).toBe(50);
  expect(previous.membership).toBeNull();
  expect(previous.visits).toEqual({ count: 1, amount: 500_000, byReason: { 'Ốm đau': { count: 1, amount: 500_000 } } });
  // Quỹ's opening (5,000,000) is the balance before the workbook's first line: the year before opens there and 2019-2020 opens at its closing.
  expect(previous.funds).toEqual([
    { fund: 'Quỹ CĐCS', opening: 5_000_000, income: 3_000_000, expense: 1_500_000, closing: 5_000_000 + 3_000_000 - 1_500_000, budget: null },
  ]);
  // …and the reported year opens at that closing (6,500,000): its own visit of 700,000 closes it at 5,800,000.
  expect(composeSummary(data, school(2019)).funds[0]).toMatchObject({ opening: 6_500_000, expense: 700_000, closing: 5_800_000 });
});

test('only awards of the year before: the comparison says which figures are absent', () => {
  const data = input({ awards: [{ period: '2018-2019', target: 'collective', name: 'Trường A', unit: 'CD01', form: 'Giấy khen', level: '', row: 2 }] });
  const summary = composeSummary(data, school(2019));
  expect(summary.previous).not.toBeNull();
  expect(summary.previous?.classification).toBeNull();
  expect(summary.previous?.visits).toBeNull();
  expect(comparisonLines(summary).every((line) => line.previous === null)).toBe(true);
});
