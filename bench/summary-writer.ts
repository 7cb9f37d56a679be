// The two ways of writing the summary sheet that `npm run bench` compares: the add-in's batched writer and a naive row-by-row writer of the same layout.
import { insertSummaryChart, prepareSummarySheet, summarySheetName, writeSummaryLayout } from '../src/app/sheet-io/summary-sheet';
import { layoutSummary } from '../src/domain/summary-layout';
import type { SummaryLayout, SummaryLayoutInfo } from '../src/domain/summary-layout';
import type { YearlySummary } from '../src/domain/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What the add-in does (src/app/sheet-io/summary-sheet.ts): one call per grid property, a fixed list of merges and tables. */
export function writeSummaryBatched(spreadsheet: Spreadsheet, summary: YearlySummary, info: SummaryLayoutInfo): Sheet {
  const layout = layoutSummary(summary, info);
  const prepared = prepareSummarySheet(spreadsheet, summarySheetName(summary.period.label), layout.values.length, layout.columnWidths.length);
  writeSummaryLayout(prepared, layout);
  return prepared.sheet;
}

/**
 * The same layout written the way a first script often does it: each row on its own (values and every format property by
 * row), each merged row and each table row's borders on their own. The sheet preparation, widths and charts are the batched
 * writer's, so the difference in calls is the writing of the rows alone. Used only by the benchmark.
 */
export function writeSummaryNaive(spreadsheet: Spreadsheet, summary: YearlySummary, info: SummaryLayoutInfo): Sheet {
  const layout = layoutSummary(summary, info);
  const width = layout.columnWidths.length;
  const { sheet } = prepareSummarySheet(spreadsheet, summarySheetName(summary.period.label), layout.values.length, width);
  layout.values.forEach((values, i) => {
    const row = sheet.getRange(i + 1, 1, 1, width);
    row.setNumberFormats([layout.numberFormats[i]]);
    row.setValues([values]);
    row.setFontWeights([layout.fontWeights[i]]);
    row.setFontSizes([layout.fontSizes[i]]);
    row.setBackgrounds([layout.backgrounds[i]] as string[][]);
    row.setHorizontalAlignments([layout.alignments[i]]);
    row.setWraps([layout.wraps[i]]);
    row.setVerticalAlignment('middle');
  });
  for (const rect of layout.merges.map(parseRect)) {
    for (let r = rect.row; r < rect.row + rect.numRows; r += 1) sheet.getRange(r, rect.column, 1, rect.numColumns).merge();
  }
  for (const rect of layout.borders.map(parseRect)) {
    for (let r = rect.row; r < rect.row + rect.numRows; r += 1)
      sheet.getRange(r, rect.column, 1, rect.numColumns).setBorder(true, true, true, true, true, true);
  }
  finishLikeBatched(sheet, layout);
  return sheet;
}

/** Frozen rows, widths (one call per column) and charts: a small constant in both writers. */
function finishLikeBatched(sheet: Sheet, layout: SummaryLayout): void {
  sheet.setFrozenRows(layout.frozenRows);
  for (const [i, px] of layout.columnWidths.entries()) sheet.setColumnWidth(i + 1, px);
  for (const chart of layout.charts)
    insertSummaryChart(
      sheet,
      chart,
      chart.ranges.map((a1) => sheet.getRange(a1)),
    );
}

/** "B3:C7" → its first row and column and its size. */
function parseRect(a1: string): { row: number; column: number; numRows: number; numColumns: number } {
  const [from, to] = a1.split(':').map((ref) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!match) throw new Error(`Not an A1 cell: ${ref}`);
    const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(match[2]), column };
  });
  return { row: from.row, column: from.column, numRows: to.row - from.row + 1, numColumns: to.column - from.column + 1 };
}
