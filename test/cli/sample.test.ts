// The summary of the bundled sample workbook shows every situation examples/README.md says the sample was built to have.
import path from 'node:path';
import { runOffline, SAMPLE_WORKBOOK } from '../../local/cli';
import type { YearlySummary } from '../../src/domain/types';
import { tempDir } from '../helpers/workbook';

let summary: YearlySummary;
beforeAll(async () => {
  ({ summary } = await runOffline({ input: SAMPLE_WORKBOOK, output: path.join(tempDir(), 'mau.xlsx') }));
});

const unitsFlagged = (flag: string) => summary.clusters.flatMap((c) => c.ranking).filter((r) => r.flags.includes(flag as never)).length;

test('the school year 2019-2020 of 30 units in 3 clusters, with all five levels and 2 units never scored', () => {
  expect(summary.period).toEqual({ label: '2019-2020', start: '2019-09-01', end: '2020-08-31' });
  expect(summary.units).toBe(30);
  expect(summary.clusters.map((c) => [c.name, c.units])).toEqual([
    ['Cụm 1', 10],
    ['Cụm 2', 10],
    ['Cụm 3', 10],
  ]);
  for (const level of ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const) expect(summary.classification[level]).toBeGreaterThan(0);
  expect(summary.classification.CXL).toBe(2);
  expect(Object.values(summary.classification).reduce((a, b) => a + b, 0)).toBe(30);
});

test('3 units drift above their cross-checks, 2 are only self-scored, 1 fails the condition', () => {
  expect(unitsFlagged('CHENH_LECH')).toBe(3);
  expect(unitsFlagged('CHUA_CHAM_CHEO')).toBe(2);
  expect(unitsFlagged('KHONG_DAT_DIEU_KIEN')).toBe(1);
});

test('60 readable visits counted; the two deliberately bad rows and the overspent Quỹ xã hội are the only warnings (every score row has its Nhật ký line)', () => {
  expect(summary.visits.count).toBe(60);
  expect(Object.keys(summary.visits.byReason)).toHaveLength(10);
  expect(summary.warnings.map((w) => [w.sheet, w.cell])).toEqual([
    ['Thăm hỏi', 'E62'],
    ['Thăm hỏi', 'A63'],
    ['Quỹ', 'C3'],
  ]);
  expect(summary.funds.map((f) => f.fund)).toEqual(['Quỹ CĐCS', 'Quỹ xã hội', 'Mái ấm Công đoàn']);
  for (const fund of summary.funds) expect(fund.closing).toBeGreaterThanOrEqual(0);
});

test('the 20 awards of 2019-2020 are counted and the 2 of 2018-2019 are not', () => {
  expect(summary.awards.collective + summary.awards.individual).toBe(20);
});
