// Tests the yearly summary's write side through the built dist/Code.js: the Spreadsheet calls after the workbook is read stay within a fixed count at two workbook sizes (issue 13).
import { runtimeOf, adminOf } from '../../bench/actions';
import { generateUnionBook, LARGE_OPTIONS, scaleOptions } from '../../examples/generator';
import { loadAddin } from '../../local/load-addin';
import type { CallRecord } from '../../local/runtime/counter';

// dist/Code.js is built once by test/global-setup.js.

/** Calls of the write side of a new summary sheet (docs/decisions.md, "Summary sheet writes: calls"), whatever the rows. */
const NEW_SHEET_BUDGET = 52;
/** Again on the existing sheet: emptying it (charts, merges, formats) costs a few calls more. */
const EXISTING_SHEET_BUDGET = 61;

/** The calls after the last one that read cells: the write side, since the reading ends by reading the sheets' cells. */
function writeSide(calls: CallRecord[]): CallRecord[] {
  let last = -1;
  calls.forEach((call, i) => {
    if (call.read > 0) last = i;
  });
  return calls.slice(last + 1);
}

/** Calls by method name. */
function tally(calls: CallRecord[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
  return counts;
}

/** One summary on a new sheet, then one more on the sheet it made, on the bench's generated workbook at `scale`. */
function summaryRuns(scale: number): { first: CallRecord[]; again: CallRecord[]; rows: number } {
  const book = generateUnionBook(scaleOptions(LARGE_OPTIONS, scale));
  const runtime = runtimeOf(book);
  const addin = loadAddin(runtime);
  runtime.setActiveUser(adminOf(book));
  runtime.counter.reset();
  addin.runYearlySummary('');
  const first = writeSide(runtime.counter.calls());
  runtime.counter.reset();
  addin.runYearlySummary('');
  const again = writeSide(runtime.counter.calls());
  const summary = runtime.spreadsheet.getSheets().find((sheet) => sheet.getName().startsWith('Tổng hợp'));
  return { first, again, rows: summary?.getLastRow() ?? 0 };
}

describe('the yearly summary writes its sheet in a fixed number of calls', () => {
  const small = summaryRuns(0.01);
  const large = summaryRuns(0.1);

  test('the two workbooks give summaries of very different lengths', () => {
    expect(small.rows).toBeGreaterThan(50);
    expect(large.rows).toBeGreaterThan(small.rows * 3);
  });

  test(`a new sheet: at most ${NEW_SHEET_BUDGET} calls after the reading, at both sizes`, () => {
    expect(small.first.length).toBeLessThanOrEqual(NEW_SHEET_BUDGET);
    expect(large.first.length).toBeLessThanOrEqual(NEW_SHEET_BUDGET);
    // The write side starts where the sheet is written: nothing in it reads cells, and it ends with the flush of the lock.
    expect(large.first.some((call) => call.method === 'Range.setValues')).toBe(true);
    expect(large.first[large.first.length - 1].method).toBe('SpreadsheetApp.flush');
  });

  test(`the existing sheet again: at most ${EXISTING_SHEET_BUDGET} calls after the reading, at both sizes`, () => {
    expect(small.again.length).toBeLessThanOrEqual(EXISTING_SHEET_BUDGET);
    expect(large.again.length).toBeLessThanOrEqual(EXISTING_SHEET_BUDGET);
  });

  test('no call grows with the rows: only growing the new sheet and the gids of the sheets warnings name differ', () => {
    // The layout's own lists (merges, border ranges, charts, width runs) are fixed; a gid per source sheet a warning names
    // (at most the source sheets); a summary longer than a new sheet's 1,000 rows grows it once.
    const steady = (calls: CallRecord[]) => {
      const { ['Sheet.getSheetId']: ids = 0, ['Sheet.insertRowsAfter']: grow = 0 } = tally(calls);
      return calls.length - ids - grow;
    };
    expect(steady(large.first)).toBe(steady(small.first));
    expect(steady(large.again)).toBe(steady(small.again));
    expect(tally(large.first)['Sheet.insertRowsAfter'] ?? 0).toBeLessThanOrEqual(1);
    expect(tally(large.first)['Sheet.getSheetId'] ?? 0).toBeLessThanOrEqual(10);
    // One call per grid property, a single call for every border.
    for (const method of ['Range.setValues', 'Range.setNumberFormats', 'Range.setFontWeights', 'Range.setBackgrounds', 'RangeList.setBorder'])
      expect(tally(large.first)[method]).toBe(1);
  });
});
