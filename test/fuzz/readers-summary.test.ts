// Fuzz of the readers and the yearly summary in pure code: random hostile workbooks never crash, warnings name a real sheet and cell, figures add up.
import fc from 'fast-check';
import { WorkbookError } from '../../src/app/errors';
import { locateTables, readWorkbookTables } from '../../src/app/load-workbook';
import { choosePeriod, composeSummary } from '../../src/domain/summary';
import { LEVELS, type YearlySummary } from '../../src/domain/types';
import { SHEET } from '../../src/workbook/schema';
import { columnIndex, CONTRACT_SHEET_NAMES, fuzzWorkbook, keyOfSheet, picker, runs, type FuzzWorkbook } from './arbitraries';

/** Dates are read as UTC calendar days: the generators write Dates at UTC midnight. */
const readUtcDate = (date: Date) => date.toISOString().slice(0, 10);
const TODAY = '2024-06-01';

/** What loadWorkbook + runYearlySummary do, minus the spreadsheet: locate, read, choose the period, compose. */
function summarise(workbook: FuzzWorkbook, label: string | undefined): YearlySummary {
  const located = locateTables(workbook.values);
  const data = readWorkbookTables(located.tables, readUtcDate);
  const input = { ...data, warnings: [...located.warnings, ...data.warnings] };
  const period = choosePeriod(input, label, TODAY);
  if (!period.ok) throw new Error(`period refused: ${period.message}`);
  return composeSummary(input, period.value);
}

/** A Vietnamese sentence: at least one letter with a Vietnamese diacritic (every message the add-in writes has one). */
const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
const ENGLISH = /\b(invalid|expected|received|undefined|NaN|Infinity|object Object|required)\b/i;
const A1 = /^[A-Z]{1,3}[1-9][0-9]*$/;

/** Runs the summary; a throw is allowed only for a fatal Đơn vị, and then must be a WorkbookError naming it in Vietnamese. */
function summariseOrFatal(workbook: FuzzWorkbook, label: string | undefined): YearlySummary | null {
  try {
    const summary = summarise(workbook, label);
    expect(workbook.fatal).toBe(false);
    return summary;
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
    expect(workbook.fatal).toBe(true);
    expect(error.name).toBe('WorkbookError');
    expect(error.sheet).toBe(SHEET.units);
    expect(error.message).toContain(`"${SHEET.units}"`);
    expect(error.message).toMatch(VIETNAMESE);
    expect(error.cell === '' || A1.test(error.cell)).toBe(true);
    return null;
  }
}

const labels = fc.constantFrom<string | undefined>('2020', undefined, '2019-2020', '2021');

describe('fuzz: readers and the yearly summary on random hostile workbooks', () => {
  test('property 1: never throws but WorkbookError for a fatal Đơn vị; every warning names a contract sheet and a cell that exists, in Vietnamese', () => {
    fc.assert(
      fc.property(fc.gen(), labels, (g, label) => {
        const workbook = fuzzWorkbook(picker(g));
        const summary = summariseOrFatal(workbook, label);
        if (!summary) return;
        for (const warning of summary.warnings) {
          expect(CONTRACT_SHEET_NAMES.has(warning.sheet)).toBe(true);
          expect(typeof warning.message).toBe('string');
          expect(warning.message.trim()).not.toBe('');
          expect(warning.message).toMatch(VIETNAMESE);
          expect(warning.message).not.toMatch(ENGLISH);
          expect(warning.message.length).toBeLessThan(400);
          if (warning.cell === '') continue;
          expect(warning.cell).toMatch(A1);
          const values = workbook.values[keyOfSheet(warning.sheet)!];
          // A cell can only be named in a sheet that is there.
          expect(values).toBeDefined();
          const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(warning.cell)!;
          expect(Number(row)).toBeLessThanOrEqual(values!.length);
          expect(columnIndex(letters)).toBeLessThan(Math.max(0, ...values!.map((r) => r.length)));
        }
      }),
      runs(20240701, 1000),
    );
  });

  test('property 2: every number is finite, levels add up to the units, percentages to 100.0, amounts are whole, the JSON is plain', () => {
    fc.assert(
      fc.property(fc.gen(), labels, (g, label) => {
        const workbook = fuzzWorkbook(picker(g));
        const summary = summariseOrFatal(workbook, label);
        if (!summary) return;
        const numbers: number[] = [];
        const walk = (value: unknown): void => {
          if (typeof value === 'number') numbers.push(value);
          else if (Array.isArray(value)) value.forEach(walk);
          else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(summary);
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        // Nothing but plain data: a JSON round trip gives the same summary (no functions or prototypes slipped in as entries).
        const json = JSON.parse(JSON.stringify(summary)) as YearlySummary;
        expect(json).toEqual(summary);

        const sum = (counts: Record<string, number>) => LEVELS.reduce((s, level) => s + counts[level], 0);
        expect(sum(summary.classification)).toBe(summary.units);
        expect(summary.clusters.reduce((s, c) => s + c.units, 0)).toBe(summary.units);
        for (const cluster of summary.clusters) {
          expect(sum(cluster.classification)).toBe(cluster.units);
          expect(cluster.ranking).toHaveLength(cluster.units);
        }
        if (summary.units > 0) expect(Math.round(sum(summary.classificationPercent) * 10)).toBe(1000);
        for (const level of LEVELS) expect(Math.round(summary.classificationPercent[level] * 10)).toBeCloseTo(summary.classificationPercent[level] * 10, 9);

        const { visits, funds, awards, membership } = summary;
        const amounts = [
          visits.amount,
          ...Object.values(json.visits.byReason).map((t) => t.amount),
          ...Object.values(json.visits.byUnit).map((t) => t.amount),
          ...funds.flatMap((f) => [f.opening, f.income, f.expense, f.closing, ...(f.budget === null ? [] : [f.budget])]),
        ];
        for (const amount of amounts) expect(Number.isInteger(amount)).toBe(true);
        for (const count of [membership.members, membership.workers, membership.newMembers]) expect(Number.isSafeInteger(count) && count >= 0).toBe(true);
        // The breakdowns add up to the totals, as the JSON reader sees them.
        const tally = (t: Record<string, { count: number; amount: number }>) => Object.values(t).reduce((s, x) => [s[0] + x.count, s[1] + x.amount], [0, 0]);
        expect(tally(json.visits.byReason)).toEqual([visits.count, visits.amount]);
        expect(tally(json.visits.byUnit)).toEqual([visits.count, visits.amount]);
        const targets = (t: Record<string, { collective: number; individual: number }>) =>
          Object.values(t).reduce((s, x) => [s[0] + x.collective, s[1] + x.individual], [0, 0]);
        expect(targets(json.awards.byForm)).toEqual([awards.collective, awards.individual]);
        expect(targets(json.awards.byLevel)).toEqual([awards.collective, awards.individual]);
        for (const fund of funds) expect(fund.closing).toBe(fund.opening + fund.income - fund.expense);
      }),
      runs(7_2_2020, 1000),
    );
  });

  test('property 3: a bad cell never counts as 0: the 2020 visits are exactly the rows known to be valid, of known units and funds', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const workbook = fuzzWorkbook(picker(g));
        const summary = summariseOrFatal(workbook, '2020');
        if (!summary) return;
        expect(summary.visits.count).toBe(workbook.countedVisits2020);
        expect(summary.visits.amount).toBe(workbook.countedVisitAmount2020);
      }),
      runs(1_500_000, 1000),
    );
  });

  test('the generators reach every case: fatal and usable workbooks, counted and dropped visits', () => {
    let fatal = 0;
    let counted = 0;
    let warnings = 0;
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const workbook = fuzzWorkbook(picker(g));
        if (workbook.fatal) fatal += 1;
        counted += workbook.countedVisits2020;
        if (!workbook.fatal) warnings += summarise(workbook, '2020').warnings.length;
      }),
      runs(99, 100),
    );
    expect(fatal).toBeGreaterThan(5);
    expect(fatal).toBeLessThan(60);
    expect(counted).toBeGreaterThan(20);
    expect(warnings).toBeGreaterThan(100);
  });
});
