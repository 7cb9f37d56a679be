// Writes the "Tổng hợp <kỳ>" sheet from the summary layout in a constant number of Spreadsheet calls; replaced whole on each run, source sheets never touched.
import { SHOWN_MINUTE_PATTERN } from '../../domain/cell-formats';
import { layoutSummary } from '../../domain/summary-layout';
import type { ChartSpec, SummaryLayout } from '../../domain/summary-layout';
import { matchKey } from '../../domain/text';
import type { YearlySummary } from '../../domain/types';
import { findSheet } from './sheets';
import { writePrintSetup } from './print-setup';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummarySheetInfo {
  unionName: string;
  madeAt: Date;
  timeZone: string;
  /** Chi theo khoản mục (funds.ts spendingByCategory), for the spending table and its bar chart. */
  spending?: { category: string; amount: number }[];
}

export function summarySheetName(label: string): string {
  return `Tổng hợp ${label}`;
}

/**
 * Builds the layout and writes it. The cost does not depend on the number of units, clusters, visits or warnings: the grid in
 * one call per property, every table's borders in one RangeList call, one call per merge (RangeList has no merge), the
 * column widths by runs, two charts; plus one getSheetId per source sheet named by a warning, from the index of sheets the
 * reading already made.
 */
export function writeSummarySheet(spreadsheet: Spreadsheet, summary: YearlySummary, info: SummarySheetInfo, index: Map<string, Sheet>): Sheet {
  const layout = layoutSummary(summary, {
    unionName: info.unionName,
    madeAtText: Utilities.formatDate(info.madeAt, info.timeZone, SHOWN_MINUTE_PATTERN),
    sheetIds: readSheetIds(
      index,
      summary.warnings.map((w) => w.sheet),
    ),
    spending: info.spending,
  });
  const sheet = prepareSummarySheet(spreadsheet, summarySheetName(summary.period.label), layout.values.length, layout.columnWidths.length);
  writeSummaryLayout(sheet, layout);
  return sheet;
}

/** Sheet name → sheet id (gid) of the sheets named (found tolerantly in the index): one getSheetId per distinct name found. */
export function readSheetIds(index: Map<string, Sheet>, names: readonly string[]): Record<string, number> {
  const ids: Record<string, number> = {};
  for (const name of new Set(names)) {
    const sheet = findSheet(index, name);
    if (sheet) ids[name] = sheet.getSheetId();
  }
  return ids;
}

/**
 * The summary sheet already there under this name or another spelling of it ("TỔNG HỢP 2024", "Tong hop 2024": sheet names are
 * fixed vocabulary): getSheetByName first, and only when it finds nothing one pass over the tabs; a sheet found so is renamed.
 */
function findSummarySheet(spreadsheet: Spreadsheet, name: string): Sheet | null {
  const exact = spreadsheet.getSheetByName(name);
  if (exact) return exact;
  const key = matchKey(name);
  const other = spreadsheet.getSheets().find((sheet) => matchKey(sheet.getName()) === key) ?? null;
  // Renamed to the contract's spelling, so the messages and links that name "Tổng hợp <kỳ>" find it.
  other?.setName(name);
  return other;
}

/**
 * The summary sheet, empty and at least rows × columns large. An existing one is kept and emptied (values, formats, merges,
 * charts) rather than deleted and recreated: its gid, its place among the tabs, its protection and any link an officer has
 * shared to it stay valid. A new one is added after the last sheet.
 */
export function prepareSummarySheet(spreadsheet: Spreadsheet, name: string, rows: number, columns: number): Sheet {
  const existing = findSummarySheet(spreadsheet, name);
  const sheet = existing ?? spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (existing) {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.getRange(1, 1, maxRows, maxColumns).breakApart();
    sheet.clear();
  }
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return sheet;
}

/**
 * Writes a layout into an empty sheet. Number formats go first, so text cells are already "@" when the values arrive and a
 * name such as "=SUM(A1)" stays text; each grid property is one call over the whole grid.
 */
export function writeSummaryLayout(sheet: Sheet, layout: SummaryLayout): void {
  const grid = sheet.getRange(1, 1, layout.values.length, layout.columnWidths.length);
  grid.setNumberFormats(layout.numberFormats);
  grid.setValues(layout.values);
  grid.setFontWeights(layout.fontWeights);
  // Apps Script takes null in the grid to mean "no fill"; its types say string.
  grid.setBackgrounds(layout.backgrounds as string[][]);
  grid.setHorizontalAlignments(layout.alignments);
  grid.setWraps(layout.wraps);
  grid.setVerticalAlignment('middle');
  sheet.getRange(layout.titleRange).setFontSize(layout.titleFontSize);
  for (const a1 of layout.merges) sheet.getRange(a1).mergeAcross();
  if (layout.borders.length > 0) sheet.getRangeList(layout.borders).setBorder(true, true, true, true, true, true);
  sheet.setFrozenRows(layout.frozenRows);
  for (const run of widthRuns(layout.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  for (const chart of layout.charts) insertSummaryChart(sheet, chart);
  writePrintSetup(sheet, layout);
}

/** Neighbouring columns of equal width as one setColumnWidths call. */
function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count += 1;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

/** One chart of the layout: about ten builder calls. */
export function insertSummaryChart(sheet: Sheet, spec: ChartSpec): void {
  const typed = spec.kind === 'pie' ? sheet.newChart().asPieChart() : sheet.newChart().asBarChart();
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = typed;
  for (const a1 of spec.ranges) builder = builder.addRange(sheet.getRange(a1));
  builder = builder
    .setPosition(spec.row, spec.column, 0, 0)
    .setOption('title', spec.title)
    .setOption('width', spec.width)
    .setOption('height', spec.height)
    .setOption('legend', { position: spec.kind === 'pie' ? 'right' : 'none' });
  sheet.insertChart(builder.build());
}
