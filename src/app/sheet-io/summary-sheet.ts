// Writes the "Tổng hợp <kỳ>" sheet from the summary layout in a constant number of Spreadsheet calls; replaced whole on each run, source sheets never touched.
import { SHOWN_MINUTE_PATTERN } from '../../domain/cell-formats';
import { a1Range, layoutSummary } from '../../domain/summary-layout';
import type { ChartSpec, SummaryLayout } from '../../domain/summary-layout';
import { matchKey } from '../../domain/text';
import type { YearlySummary } from '../../domain/types';
import { findSheet, SheetIndex, SheetLookup } from './sheets';
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
 * Builds the layout and writes it. The cost does not depend on the number of units, clusters, visits or warnings (the calls
 * are listed in docs/decisions.md, "Summary sheet writes: calls"): one getSheetId per source sheet named by a warning, from
 * the index of sheets the reading already made, which also finds the summary sheet and places a new one.
 */
export function writeSummarySheet(spreadsheet: Spreadsheet, summary: YearlySummary, info: SummarySheetInfo, index: Map<string, Sheet>): PreparedSheet {
  const layout = layoutSummary(summary, {
    unionName: info.unionName,
    madeAtText: Utilities.formatDate(info.madeAt, info.timeZone, SHOWN_MINUTE_PATTERN),
    sheetIds: readSheetIds(
      index,
      summary.warnings.map((w) => w.sheet),
    ),
    spending: info.spending,
  });
  const prepared = prepareSummarySheet(spreadsheet, summarySheetName(summary.period.label), layout.values.length, layout.columnWidths.length, index);
  writeSummaryLayout(prepared, layout);
  return prepared;
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

/** A sheet ready to be written, and whether it was just added (then it holds Sheets' defaults and nothing to remove). */
export interface PreparedSheet {
  sheet: Sheet;
  added: boolean;
}

/** What Sheets gives a sheet it adds: 1000 rows × 26 columns, every cell in the default format. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

/**
 * The summary sheet already there under this name or another spelling of it ("TỔNG HỢP 2024", "Tong hop 2024": sheet names are
 * fixed vocabulary); a sheet found so is renamed. With the index of sheets the reading made, this costs no call (but the
 * rename); without one, getSheetByName and, only when it finds nothing, one pass over the tabs.
 */
function findSummarySheet(spreadsheet: Spreadsheet, name: string, index?: Map<string, Sheet>): Sheet | null {
  // Renamed to the contract's spelling, so the messages and links that name "Tổng hợp <kỳ>" find it.
  if (index) {
    const found = findSheet(index, name);
    if (!found) return null;
    const spelled = index instanceof SheetIndex ? index.names.get(found) : undefined;
    if ((spelled ?? found.getName()) !== name) found.setName(name);
    return found;
  }
  const exact = spreadsheet.getSheetByName(name);
  if (exact) return exact;
  const key = matchKey(name);
  const other = spreadsheet.getSheets().find((sheet) => matchKey(sheet.getName()) === key) ?? null;
  other?.setName(name);
  return other;
}

/**
 * The summary sheet, empty and at least rows × columns large. An existing one is kept and emptied (values, formats, merges,
 * charts) rather than deleted and recreated: its gid, its place among the tabs, its protection and any link an officer has
 * shared to it stay valid. A new one is added after the last sheet (the index counts the tabs) with Sheets' known size.
 */
export function prepareSummarySheet(spreadsheet: Spreadsheet, name: string, rows: number, columns: number, index?: Map<string, Sheet>): PreparedSheet {
  const existing = findSummarySheet(spreadsheet, name, index);
  let sheet: Sheet;
  let maxRows = NEW_SHEET_ROWS;
  let maxColumns = NEW_SHEET_COLUMNS;
  if (existing) {
    sheet = existing;
    maxRows = sheet.getMaxRows();
    maxColumns = sheet.getMaxColumns();
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    sheet.getRange(1, 1, maxRows, maxColumns).breakApart();
    sheet.clear();
  } else {
    // A full index (indexSheets) names every tab; a SheetLookup names only those it looked up.
    const tabs = index instanceof SheetIndex && !(index instanceof SheetLookup) ? index.names.size : spreadsheet.getNumSheets();
    sheet = spreadsheet.insertSheet(name, tabs);
  }
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  return { sheet, added: existing === null };
}

/** The font size Sheets gives every cell of a new or cleared sheet. */
const DEFAULT_FONT_SIZE = 10;

/** A grid that holds only `value` needs no call on an empty sheet: every cell has it already. */
const only = <T>(grid: readonly (readonly T[])[], value: T): boolean => grid.every((row) => row.every((cell) => cell === value));

/**
 * Writes a layout into an empty sheet. Every range it needs (the grid, the merges, the charts' data) comes from one
 * getRangeList; number formats go first, so text cells are already "@" when the values arrive and a name such as "=SUM(A1)"
 * stays text; each grid property is one call over the whole grid, left out where every cell keeps Sheets' default.
 */
export function writeSummaryLayout({ sheet, added }: PreparedSheet, layout: SummaryLayout): void {
  const chartRanges = layout.charts.flatMap((chart) => chart.ranges);
  const [grid, ...ranges] = sheet.getRangeList([a1Range(1, 1, layout.values.length, layout.columnWidths.length), ...layout.merges, ...chartRanges]).getRanges();
  grid.setNumberFormats(layout.numberFormats);
  grid.setValues(layout.values);
  if (!only(layout.fontWeights, 'normal')) grid.setFontWeights(layout.fontWeights);
  if (!only(layout.fontSizes, DEFAULT_FONT_SIZE)) grid.setFontSizes(layout.fontSizes);
  if (!only(layout.fontStyles, 'normal')) grid.setFontStyles(layout.fontStyles);
  if (layout.fontFamily) grid.setFontFamily(layout.fontFamily);
  // Apps Script takes null in the grid to mean "no fill"; its types say string.
  if (!only(layout.backgrounds, null)) grid.setBackgrounds(layout.backgrounds as string[][]);
  if (!only(layout.alignments, null)) grid.setHorizontalAlignments(layout.alignments);
  if (!only(layout.wraps, false)) grid.setWraps(layout.wraps);
  grid.setVerticalAlignment('middle');
  // RangeList has no merge in Apps Script: one mergeAcross per range, each a whole table's span (every row of it at once).
  for (const range of ranges.slice(0, layout.merges.length)) range.mergeAcross();
  if (layout.borders.length > 0) sheet.getRangeList(layout.borders).setBorder(true, true, true, true, true, true);
  // A new sheet has nothing frozen; an emptied one keeps what it had.
  if (layout.frozenRows > 0 || !added) sheet.setFrozenRows(layout.frozenRows);
  for (const run of widthRuns(layout.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.width);
  let next = layout.merges.length;
  for (const chart of layout.charts) {
    insertSummaryChart(sheet, chart, ranges.slice(next, next + chart.ranges.length));
    next += chart.ranges.length;
  }
  writePrintSetup({ sheet, added }, layout);
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

/**
 * One chart of the layout over its data ranges, at Sheets' default size: the type, the ranges, the anchor, the title, and for
 * the bar chart (one series, named by its header) no legend; a pie's legend stands at the right by default.
 */
export function insertSummaryChart(sheet: Sheet, spec: ChartSpec, ranges: readonly GoogleAppsScript.Spreadsheet.Range[]): void {
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = spec.kind === 'pie' ? sheet.newChart().asPieChart() : sheet.newChart().asBarChart();
  for (const range of ranges) builder = builder.addRange(range);
  builder = builder.setPosition(spec.row, spec.column, 0, 0).setOption('title', spec.title);
  if (spec.kind === 'bar') builder = builder.setOption('legend', { position: 'none' });
  sheet.insertChart(builder.build());
}
