// Tests of the summary sheet writer on the local runtime: what lands in the sheet, a second run replacing it whole, text safety, charts and the call count.
import { createRuntime, type LocalRuntime } from '../../local/runtime/index';
import { indexSheets } from '../../src/app/sheet-io/sheets';
import { summarySheetName, writeSummarySheet } from '../../src/app/sheet-io/summary-sheet';
import { layoutSummary, SUMMARY_COLUMN_WIDTHS } from '../../src/domain/summary-layout';
import type { YearlySummary } from '../../src/domain/types';
import { generatedSummary, smallSummary } from '../domain/summary-layout.fixture';
import { asAppsScript } from '../helpers/apps-script';

// src/app/sheet-io/summary-sheet.ts uses the Apps Script globals (Utilities), so each test puts the runtime's globals on globalThis.
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MADE_AT = new Date('2020-09-05T07:30:00Z'); // 14:30 in Asia/Ho_Chi_Minh
const SPENDING = [
  { category: 'Thăm hỏi', amount: 2_300_000 },
  { category: 'Khen thưởng', amount: 1_700_000 },
];

function setUp(): { runtime: LocalRuntime; ss: Spreadsheet } {
  const runtime = createRuntime({ timeZone: 'Asia/Ho_Chi_Minh' });
  Object.assign(globalThis, { Utilities: runtime.globals.Utilities, SpreadsheetApp: runtime.globals.SpreadsheetApp });
  const ss = asAppsScript(runtime.spreadsheet);
  // Source sheets that warnings point at, with some content that must stay as it is.
  ss.insertSheet('Đơn vị')
    .getRange(1, 1, 2, 2)
    .setValues([
      ['Mã đơn vị', 'Tên đơn vị'],
      ['CD01', 'Trường THCS Lê Lợi'],
    ]);
  ss.insertSheet('Thăm hỏi')
    .getRange(1, 1, 1, 2)
    .setValues([['Ngày', 'Số tiền']]);
  ss.insertSheet('Chấm điểm');
  runtime.counter.reset();
  return { runtime, ss };
}

function write(ss: Spreadsheet, summary: YearlySummary = smallSummary()): Sheet {
  return writeSummarySheet(
    ss,
    summary,
    { unionName: 'Công đoàn Giáo dục huyện Đức Phổ', madeAt: MADE_AT, timeZone: 'Asia/Ho_Chi_Minh', spending: SPENDING },
    indexSheets(ss),
  ).sheet;
}

function findRow(sheet: Sheet, column: number, value: unknown): number {
  const values = sheet.getRange(1, column, sheet.getLastRow(), 1).getValues();
  const index = values.findIndex((row) => row[0] === value);
  if (index < 0) throw new Error(`"${String(value)}" not in column ${column}`);
  return index + 1;
}

describe('writeSummarySheet', () => {
  test('a new sheet after the others, with the title block, frozen header and print widths', () => {
    const { ss } = setUp();
    const sheet = write(ss);
    expect(sheet.getName()).toBe('Tổng hợp 2019-2020');
    expect(summarySheetName('2020')).toBe('Tổng hợp 2020');
    expect(
      ss
        .getSheets()
        .map((s) => s.getName())
        .pop(),
    ).toBe('Tổng hợp 2019-2020');
    expect(
      sheet
        .getRange('A1:A4')
        .getValues()
        .map((r) => r[0]),
    ).toEqual(['CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐỨC PHỔ', 'BÁO CÁO TỔNG HỢP', 'Năm học 2019-2020 (01/09/2019 – 31/08/2020)', 'Lập lúc 05/09/2020 14:30']);
    expect(sheet.getFrozenRows()).toBe(4);
    expect(sheet.getRange('A1').getFontSize()).toBe(14);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(
      sheet
        .getRange('A1:I1')
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['A1:I1']);
    // Widths from the longest formatted content, never under the least widths, filling A4 landscape's printable width.
    const widths = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => sheet.getColumnWidth(c));
    widths.forEach((width, i) => {
      expect(width).toBeGreaterThanOrEqual(SUMMARY_COLUMN_WIDTHS[i]);
    });
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1040);
  });

  test('figures land with their formats: đồng, percent, points', () => {
    const { ss } = setUp();
    const sheet = write(ss);
    const reason = findRow(sheet, 2, 'Ốm đau');
    expect(sheet.getRange(reason, 1, 1, 5).getValues()[0]).toEqual([1, 'Ốm đau', '', 3, 1_300_000]);
    expect(sheet.getRange(reason, 5).getNumberFormat()).toBe('#,##0 "₫"');
    const level = findRow(sheet, 2, 'HTXSNV');
    expect(sheet.getRange(level, 4, 1, 2).getValues()[0]).toEqual([2, 0.4]);
    expect(sheet.getRange(level, 5).getNumberFormat()).toBe('0.0%');
    const unit = findRow(sheet, 2, 'CD01');
    expect(sheet.getRange(unit, 4, 1, 3).getValues()[0]).toEqual([95, 92.5, 2.5]);
    expect(sheet.getRange(unit, 5).getNumberFormat()).toBe('0.00');
  });

  test('names and messages that look like formulas stay text; links point at the real sheet ids', () => {
    const { ss } = setUp();
    const sheet = write(ss);
    const name = sheet.getRange(findRow(sheet, 3, '=SUM(A1:A9)'), 3);
    expect(name.getFormula()).toBe('');
    expect(name.getValue()).toBe('=SUM(A1:A9)');
    const message = findRow(sheet, 3, '=HACK() là tên không hợp lệ');
    expect(sheet.getRange(message, 3).getFormula()).toBe('');
    const gid = ss.getSheetByName('Đơn vị')!.getSheetId();
    expect(sheet.getRange(message, 9).getFormula()).toBe(`=HYPERLINK("#gid=${gid}&range=B3","Mở")`);
    expect(sheet.getRange(message, 9).getValue()).toBe('Mở');
    expect(
      sheet
        .getRange(message, 3, 1, 5)
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual([`C${message}:G${message}`]);
  });

  test('a pie of the classification and a bar chart of spending, over the tables in the sheet', () => {
    const { ss } = setUp();
    const sheet = write(ss);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(2);
    const header = findRow(sheet, 3, 'Xếp loại');
    const [pie, bar] = charts;
    expect(pie.getOptions().get('title')).toBe('Xếp loại CĐCS');
    expect(pie.getRanges().map((r) => r.getA1Notation())).toEqual([`C${header}:D${header + 5}`]);
    const spending = findRow(sheet, 2, 'Khoản mục');
    expect(bar.getRanges().map((r) => r.getA1Notation())).toEqual([`B${spending}:B${spending + 2}`, `D${spending}:D${spending + 2}`]);
    // Beside its table, right of the printed columns: no blank rows are kept under the table for it.
    expect(bar.getContainerInfo().getAnchorRow()).toBe(spending);
    expect(bar.getContainerInfo().getAnchorColumn()).toBe(10);
    expect(sheet.getRange(spending + 5, 1).getValue()).toBe('VII. KHEN THƯỞNG');
  });

  test('running again replaces the sheet whole: same gid, no stale rows, merges, formats or charts; sources unchanged', () => {
    const { ss } = setUp();
    const first = write(ss);
    const gid = first.getSheetId();
    const sources = ['Đơn vị', 'Thăm hỏi'].map((n) => ss.getSheetByName(n)!.getDataRange().getValues());
    const shorter: YearlySummary = { ...smallSummary(), warnings: [] };
    const oldLast = first.getLastRow();
    const second = write(ss, shorter);
    expect(second.getSheetId()).toBe(gid);
    expect(ss.getSheets().filter((s) => s.getName() === 'Tổng hợp 2019-2020')).toHaveLength(1);
    const expected = layoutSummary(shorter, { unionName: 'x', madeAtText: 'x', sheetIds: {}, spending: SPENDING });
    expect(second.getLastRow()).toBe(expected.values.length);
    expect(oldLast).toBeGreaterThan(expected.values.length);
    // Rows the first run wrote below the new end carry nothing: no value, format, border or merge.
    const below = second.getRange(expected.values.length + 1, 1, oldLast - expected.values.length, 9);
    expect(
      below
        .getValues()
        .flat()
        .every((v) => v === ''),
    ).toBe(true);
    expect(
      below
        .getBackgrounds()
        .flat()
        .every((c) => c === '#ffffff'),
    ).toBe(true);
    expect(below.getMergedRanges()).toHaveLength(0);
    expect(second.getRange(1, 1, expected.values.length, 9).getMergedRanges()).toHaveLength(expected.merges.reduce((n, a1) => n + rowsOf(a1), 0));
    expect(second.getCharts()).toHaveLength(2);
    expect(['Đơn vị', 'Thăm hỏi'].map((n) => ss.getSheetByName(n)!.getDataRange().getValues())).toEqual(sources);
  });

  test('a sheet too short for the layout grows first', () => {
    const { ss } = setUp();
    const sheet = write(ss, generatedSummary(40, 50));
    expect(sheet.getMaxRows()).toBeGreaterThan(1000);
    expect(sheet.getRange(sheet.getLastRow(), 2).getValue()).toBe('Chấm điểm');
  });
});

/** How many one-row merges mergeAcross makes of an A1 range ("B3:C7" → 5). */
function rowsOf(a1: string): number {
  const [from, to] = a1.split(':').map((ref) => Number(/\d+/.exec(ref)![0]));
  return to - from + 1;
}

describe('cost', () => {
  function measure(summary: YearlySummary): { first: number; again: number; byMethod: Record<string, number> } {
    const { runtime, ss } = setUp();
    write(ss, summary);
    const first = runtime.counter.total('Spreadsheet');
    const byMethod = runtime.counter.byMethod();
    runtime.counter.reset();
    write(ss, summary);
    return { first, again: runtime.counter.total('Spreadsheet'), byMethod };
  }

  test('3 clusters × 10 units and 40 clusters × 50 units cost the same calls, but for growing the sheet once', () => {
    const small = measure(generatedSummary(3, 10));
    const large = measure(generatedSummary(40, 50));
    // The large layout (over 2,000 rows) does not fit the new sheet's 1,000 rows: one Sheet.insertRowsAfter more.
    expect(large.byMethod['Sheet.insertRowsAfter']).toBe(1);
    expect(small.byMethod['Sheet.insertRowsAfter']).toBeUndefined();
    // Column widths follow the content: one call per run of equal widths, at most one per column.
    const widthCalls = (m: { byMethod: Record<string, number> }) => m.byMethod['Sheet.setColumnWidths'] ?? 0;
    expect(widthCalls(large)).toBeLessThanOrEqual(9);
    expect(large.first - widthCalls(large)).toBe(small.first - widthCalls(small) + 1);
    // Again on the existing sheet (already large enough): emptying it costs the same for both.
    expect(large.again - widthCalls(large)).toBe(small.again - widthCalls(small));
    // One write of each grid property, whatever the size.
    for (const method of ['Range.setValues', 'Range.setNumberFormats', 'Range.setFontWeights', 'Range.setBackgrounds', 'Range.setWraps']) {
      expect(large.byMethod[method]).toBe(1);
    }
    // About 50 in all (it was about 100): 2 for every range, 8 grid properties, one call per merge (10), 2 for every border,
    // 16 for two charts, the widths by runs, a gid per sheet a warning names (docs/decisions.md, "Summary sheet writes: calls").
    expect(small.first).toBeLessThanOrEqual(51);
  });
});
