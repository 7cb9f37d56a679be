// Lays out the yearly summary as the "Tổng hợp <kỳ>" sheet: one grid of values with per-cell formats, merges, table borders, wraps, charts beside the tables and the A4 landscape print setup (pure).
import { comparisonLines } from './previous-period';
import { GROUP_FILL, HEADER_FILL, SECTION_FILL, TOTAL_FILL } from './cell-formats';
import { largestRemainderPercents } from './ranking';
import { a1Range, A4_LANDSCAPE, blank, count, formula, pageFor, percent, points, ratio, SheetGrid, text, vnd } from './sheet-grid';
import type { GridLayout, GroupRow, LayoutCell, RowLook } from './sheet-grid';
import { formatDateVi } from './dates';
import { matchKey } from './text';
import { AWARD_FORMS, LEVEL_NAMES, LEVELS, VISIT_REASONS } from './types';
import type { LevelCounts, RankingEntry, ResultFlag, YearlySummary } from './types';

export { a1Range, SUMMARY_FORMATS } from './sheet-grid';
export type { FontWeight, HorizontalAlignment, LayoutValue } from './sheet-grid';

/** What the layout needs besides the summary; the writer supplies the sheet ids and the formatted time. */
export interface SummaryLayoutInfo {
  /** Tên công đoàn, shown upper-case as the first title row. */
  unionName: string;
  /** "dd/mm/yyyy HH:mm" in the spreadsheet's time zone. */
  madeAtText: string;
  /** Sheet name → sheet id (gid), for the links of the warnings; names are matched as matchKey does. */
  sheetIds: Record<string, number>;
  /** Chi theo khoản mục (funds.ts spendingByCategory); when absent the spending table and its chart are left out. */
  spending?: { category: string; amount: number }[];
}

/** One chart over ranges of the grid (A1 without sheet name); the first range holds the labels, the header row included. */
export interface ChartSpec {
  kind: 'pie' | 'bar';
  title: string;
  ranges: string[];
  /** Anchor cell of the chart's top-left corner (1-based); the chart has Sheets' default size. */
  row: number;
  column: number;
}

/**
 * The whole sheet: rectangular grids of the same size (one batched call each), and short lists of A1 ranges. The lists do not
 * grow with units or clusters: every section is a fixed number of tables, clusters being group rows inside them.
 */
export interface SummaryLayout extends GridLayout {
  /** Rows frozen at the top: the title block. */
  frozenRows: number;
  /** Anchored right of the printed columns, beside their table: no blank rows are kept for them, so a copy without charts has no gap. */
  charts: ChartSpec[];
  /** Where each section's heading stands (1-based row), in order. */
  sections: { title: string; row: number }[];
}

/** A: STT/Hạng · B: codes · C: names · D–H: figures · I: notes and links. The least widths; the longest content widens them. */
export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [44, 80, 230, 86, 86, 86, 86, 86, 150];
/** The widest a column grows for its longest text; longer names and notes wrap. */
const SUMMARY_MAX_WIDTHS: readonly number[] = [60, 140, 300, 150, 150, 150, 150, 150, 240];
const COLUMNS = SUMMARY_COLUMN_WIDTHS.length;
const TITLE_ROWS = 4;
const TITLE_SIZE = 14;

const FLAG_TEXT: Record<ResultFlag, string> = {
  CHUA_CHAM_CHEO: 'Chưa được chấm chéo',
  CHENH_LECH: 'Tự chấm cao hơn kết quả kiểm tra',
  KHONG_DAT_DIEU_KIEN: 'Không đạt điều kiện xếp loại HTXSNV',
  DUOI_SAN_NHOM: 'Có nhóm tiêu chí dưới sàn điểm',
  VUOT_GIOI_HAN: 'Vượt giới hạn tỷ lệ HTXSNV',
};
/** Flags whose explanation is in the entry's reasons; their own text is the fallback when no reason was given. */
const FLAGS_EXPLAINED_BY_REASONS: readonly ResultFlag[] = ['KHONG_DAT_DIEU_KIEN', 'DUOI_SAN_NHOM', 'VUOT_GIOI_HAN'];

type RowStyle = 'title' | 'subtitle' | 'section' | 'caption' | 'header' | 'group' | 'body' | 'total';

const LOOKS: Record<RowStyle, RowLook> = {
  title: { weight: 'bold', fill: null, align: 'center', size: TITLE_SIZE },
  subtitle: { weight: 'bold', fill: null, align: 'center', size: 10 },
  section: { weight: 'bold', fill: SECTION_FILL, align: null, size: 10 },
  caption: { weight: 'bold', fill: null, align: null, size: 10 },
  group: { weight: 'bold', fill: GROUP_FILL, align: null, size: 10 },
  header: { weight: 'bold', fill: HEADER_FILL, align: 'center', size: 10 },
  body: { weight: 'normal', fill: null, align: null, size: 10 },
  total: { weight: 'bold', fill: TOTAL_FILL, align: null, size: 10 },
};

/** The summary's grid: rows, tables and the sections and charts placed along the way. */
class SummaryGrid extends SheetGrid<RowStyle> {
  readonly charts: ChartSpec[] = [];
  readonly sections: { title: string; row: number }[] = [];

  section(title: string): void {
    this.gap();
    this.keep(6);
    this.sections.push({ title, row: this.line('section', title, { merge: false, fill: COLUMNS, heading: true }) });
  }

  caption(title: string): number {
    return this.line('caption', title, { merge: false, heading: true });
  }

  /** A chart beside the table that starts at `row`, right of the printed columns. */
  chart(spec: Omit<ChartSpec, 'row' | 'column'>, row: number): void {
    this.charts.push({ ...spec, row, column: COLUMNS + 1 });
  }
}
type Grid = SummaryGrid;

/** Chênh lệch = self − final, shown with its sign; blank unless both scores exist. */
const scoreGap = (self: number | null, final: number | null): LayoutCell =>
  self === null || final === null ? blank : { value: Math.round((self - final) * 100) / 100, format: 'gap' };

/** "Năm học 2019-2020" for a school year label, "Năm 2020" for a calendar year, with its dates. */
export function periodHeading(period: YearlySummary['period']): string {
  const kind = /^\d{4}\s*-\s*\d{4}$/.test(period.label.trim()) ? 'Năm học' : 'Năm';
  return `${kind} ${period.label} (${formatDateVi(period.start)} – ${formatDateVi(period.end)})`;
}

/** The Ghi chú of a ranking line: flags in Vietnamese, then the reasons that explain a level below the points. */
export function rankingNote(entry: RankingEntry): string {
  const parts = entry.flags.filter((flag) => !FLAGS_EXPLAINED_BY_REASONS.includes(flag)).map((flag) => FLAG_TEXT[flag]);
  if (entry.reasons.length > 0) parts.push(...entry.reasons);
  else parts.push(...entry.flags.filter((flag) => FLAGS_EXPLAINED_BY_REASONS.includes(flag)).map((flag) => FLAG_TEXT[flag]));
  return parts.join('; ');
}

/** A link formula to a cell of another sheet of the same spreadsheet ("#gid=…&range=E7"), or "" when the sheet is unknown. */
export function warningLink(sheetIds: Record<string, number>, sheet: string, cell: string): string {
  const key = matchKey(sheet);
  const names = Object.keys(sheetIds);
  const name = names.find((candidate) => candidate === sheet) ?? names.find((candidate) => matchKey(candidate) === key);
  if (name === undefined) return '';
  const target = `#gid=${sheetIds[name]}${cell.trim() === '' ? '' : `&range=${cell.trim()}`}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}","Mở")`;
}

/** A row of a label table (STT, then the label in B, merged over C): cells from column D on follow. */
function labelled(index: number | '', label: string, figures: LayoutCell[]): LayoutCell[] {
  return [index === '' ? blank : count(index), text(label), blank, ...figures];
}

function titleBlock(grid: Grid, summary: YearlySummary, info: SummaryLayoutInfo): void {
  grid.line('title', info.unionName.trim().toUpperCase(), { merge: false });
  grid.line('title', 'BÁO CÁO TỔNG HỢP', { merge: false });
  grid.line('subtitle', periodHeading(summary.period), { merge: false });
  grid.line('subtitle', `Lập lúc ${info.madeAtText}`, { merge: false });
  grid.merges.unshift(a1Range(1, 1, TITLE_ROWS, COLUMNS));
}

function levelCountCells(counts: LevelCounts): LayoutCell[] {
  return LEVELS.map((level) => count(counts[level]));
}

function classificationSection(grid: Grid, summary: YearlySummary): void {
  grid.section('I. XẾP LOẠI CÔNG ĐOÀN CƠ SỞ');
  grid.caption(`1. Toàn đơn vị: ${summary.units} CĐCS`);
  const overall = grid.table({
    headers: ['STT', 'Mã', 'Xếp loại', 'Số đơn vị', 'Tỷ lệ'],
    body: LEVELS.map((level, i) => [
      count(i + 1),
      text(level),
      text(LEVEL_NAMES[level]),
      count(summary.classification[level]),
      percent(summary.classificationPercent[level]),
    ]),
    totals: [[blank, blank, text('Tổng cộng'), count(summary.units), percent(LEVELS.reduce((sum, level) => sum + summary.classificationPercent[level], 0))]],
    lastColumn: 5,
  });
  grid.chart({ kind: 'pie', title: 'Xếp loại CĐCS', ranges: [a1Range(overall.header, 3, overall.last - 1, 4)] }, overall.header);

  grid.caption('2. Theo cụm (số đơn vị và tỷ lệ trên số đơn vị của cụm)');
  const body: LayoutCell[][] = [];
  summary.clusters.forEach((cluster, i) => {
    const shares = largestRemainderPercents(cluster.classification, LEVELS);
    body.push(labelled(i + 1, cluster.name, [count(cluster.units), ...levelCountCells(cluster.classification)]));
    body.push(labelled('', 'Tỷ lệ', [blank, ...LEVELS.map((level) => percent(cluster.units > 0 ? shares[level] : null))]));
  });
  grid.table({
    headers: ['STT', 'Cụm', '', 'Số đơn vị', ...LEVELS],
    body,
    totals: [
      labelled('', 'Toàn đơn vị', [count(summary.units), ...levelCountCells(summary.classification)]),
      labelled('', 'Tỷ lệ', [blank, ...LEVELS.map((level) => percent(summary.units > 0 ? summary.classificationPercent[level] : null))]),
    ],
    lastColumn: 9,
    mergeColumns: [2, 3],
  });
}

function rankingSection(grid: Grid, summary: YearlySummary): void {
  grid.section('II. BẢNG XẾP HẠNG TỪNG CỤM');
  if (summary.clusters.length === 0) {
    grid.caption('Chưa có đơn vị nào trong kỳ.');
    return;
  }
  const body: (LayoutCell[] | GroupRow)[] = [];
  for (const cluster of summary.clusters) {
    body.push({ group: `${cluster.name} (${cluster.units} đơn vị)` });
    for (const entry of cluster.ranking) {
      body.push([
        entry.rank === null ? blank : count(entry.rank),
        text(entry.unit),
        text(entry.name),
        points(entry.selfScore),
        points(entry.finalScore),
        scoreGap(entry.selfScore, entry.finalScore),
        text(entry.level),
        blank,
        text(rankingNote(entry)),
      ]);
    }
  }
  // One table for all clusters, each opened by a group row; Ghi chú stands alone in I, which Sheets grows for its wrapped text.
  grid.table({
    headers: ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Tự chấm', 'Điểm cuối cùng', 'Chênh lệch', 'Xếp loại', '', 'Ghi chú'],
    body,
    lastColumn: 9,
    wrapColumn: 9,
  });
}

function proposalSection(grid: Grid, summary: YearlySummary): void {
  grid.section('III. ĐỀ NGHỊ CÔNG NHẬN HOÀN THÀNH XUẤT SẮC NHIỆM VỤ');
  grid.caption(`Tổng số: ${summary.classification.HTXSNV}/${summary.units} CĐCS đạt HTXSNV`);
  if (summary.clusters.length === 0) return;
  const body: (LayoutCell[] | GroupRow)[] = [];
  let number = 0;
  for (const cluster of summary.clusters) {
    const proposed = cluster.ranking.filter((entry) => entry.level === 'HTXSNV');
    body.push({ group: proposed.length === 0 ? `${cluster.name}: không có đơn vị đạt HTXSNV` : `${cluster.name}: ${proposed.length} đơn vị` });
    for (const entry of proposed) body.push([count((number += 1)), text(entry.unit), text(entry.name), points(entry.finalScore)]);
  }
  grid.table({ headers: ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Điểm cuối cùng'], body, lastColumn: 4 });
}

function membershipSection(grid: Grid, summary: YearlySummary): void {
  grid.section('IV. ĐOÀN VIÊN');
  const { members, workers, newMembers } = summary.membership;
  grid.table({
    headers: ['STT', 'Chỉ tiêu', '', 'Số lượng'],
    body: [
      labelled(1, 'Số CĐCS', [count(summary.units)]),
      labelled(2, 'Số người lao động (CB,CCVC,LĐ)', [count(workers)]),
      labelled(3, 'Số đoàn viên', [count(members)]),
      labelled(4, 'Tỷ lệ đoàn viên trên người lao động', [ratio(members, workers)]),
      labelled(5, 'Kết nạp đoàn viên mới', [count(newMembers)]),
    ],
    lastColumn: 4,
    mergeColumns: [2, 3],
  });
}

function unitNames(summary: YearlySummary): Map<string, string> {
  const names = new Map<string, string>();
  for (const cluster of summary.clusters) for (const entry of cluster.ranking) names.set(entry.unit, entry.name);
  return names;
}

/** Keys in the preferred order first, then the others as they come. */
function orderedKeys(record: Record<string, unknown>, preferred: readonly string[]): string[] {
  const keys = Object.keys(record);
  return [...preferred.filter((key) => keys.includes(key)), ...keys.filter((key) => !preferred.includes(key))];
}

function visitSection(grid: Grid, summary: YearlySummary): void {
  grid.section('V. THĂM HỎI ĐOÀN VIÊN');
  const { visits } = summary;
  if (visits.count === 0) {
    grid.caption('Không có lượt thăm hỏi nào trong kỳ.');
    return;
  }
  grid.caption('1. Theo lý do');
  const reasons = orderedKeys(visits.byReason, VISIT_REASONS).filter((reason) => visits.byReason[reason].count > 0);
  grid.table({
    headers: ['STT', 'Lý do', '', 'Số lượt', 'Số tiền'],
    body: reasons.map((reason, i) => labelled(i + 1, reason, [count(visits.byReason[reason].count), vnd(visits.byReason[reason].amount)])),
    totals: [labelled('', 'Tổng cộng', [count(visits.count), vnd(visits.amount)])],
    lastColumn: 5,
    mergeColumns: [2, 3],
  });
  grid.gap();
  grid.caption('2. Theo đơn vị (đơn vị có thăm hỏi)');
  const names = unitNames(summary);
  const units = Object.keys(visits.byUnit).filter((unit) => visits.byUnit[unit].count > 0);
  grid.table({
    headers: ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Số lượt', 'Số tiền'],
    body: units.map((unit, i) => [count(i + 1), text(unit), text(names.get(unit) ?? ''), count(visits.byUnit[unit].count), vnd(visits.byUnit[unit].amount)]),
    totals: [[blank, blank, text('Tổng cộng'), count(visits.count), vnd(visits.amount)]],
    lastColumn: 5,
  });
}

function fundSection(grid: Grid, summary: YearlySummary, spending: SummaryLayoutInfo['spending']): void {
  grid.section('VI. TÀI CHÍNH CÔNG ĐOÀN');
  grid.caption('1. Các quỹ');
  const funds = summary.funds;
  const sum = (pick: (fund: (typeof funds)[number]) => number) => funds.reduce((total, fund) => total + pick(fund), 0);
  const budgeted = funds.filter((fund) => fund.budget !== null);
  const budget = budgeted.reduce((total, fund) => total + (fund.budget ?? 0), 0);
  grid.table({
    headers: ['STT', 'Quỹ', '', 'Số dư đầu kỳ', 'Thu', 'Chi', 'Số dư cuối kỳ', 'Dự toán chi', 'Tỷ lệ chi so với dự toán'],
    body: funds.map((fund, i) =>
      labelled(i + 1, fund.fund, [
        vnd(fund.opening),
        vnd(fund.income),
        vnd(fund.expense),
        vnd(fund.closing),
        fund.budget === null ? blank : vnd(fund.budget),
        fund.budget === null ? blank : ratio(fund.expense, fund.budget),
      ]),
    ),
    // The total's share compares the spending of the funds that have a budget with the sum of those budgets.
    totals: [
      labelled('', 'Tổng cộng', [
        vnd(sum((f) => f.opening)),
        vnd(sum((f) => f.income)),
        vnd(sum((f) => f.expense)),
        vnd(sum((f) => f.closing)),
        budgeted.length > 0 ? vnd(budget) : blank,
        budgeted.length > 0
          ? ratio(
              budgeted.reduce((total, fund) => total + fund.expense, 0),
              budget,
            )
          : blank,
      ]),
    ],
    lastColumn: 9,
    mergeColumns: [2, 3],
  });
  if (spending === undefined) return;
  grid.gap();
  grid.caption('2. Chi theo khoản mục');
  if (spending.length === 0) {
    grid.caption('Không có khoản chi nào trong kỳ.');
    return;
  }
  const spent = spending.reduce((total, item) => total + item.amount, 0);
  const table = grid.table({
    headers: ['STT', 'Khoản mục', '', 'Số tiền', 'Tỷ trọng'],
    body: spending.map((item, i) => labelled(i + 1, item.category, [vnd(item.amount), ratio(item.amount, spent)])),
    totals: [labelled('', 'Tổng cộng', [vnd(spent), ratio(spent, spent)])],
    lastColumn: 5,
    mergeColumns: [2, 3],
  });
  // Labels stand in B (B:C merged), amounts in D: two ranges, the total row left out.
  grid.chart(
    { kind: 'bar', title: 'Chi theo khoản mục', ranges: [a1Range(table.header, 2, table.last - 1, 2), a1Range(table.header, 4, table.last - 1, 4)] },
    table.header,
  );
}

function awardSection(grid: Grid, summary: YearlySummary): void {
  grid.section('VII. KHEN THƯỞNG');
  const { awards } = summary;
  if (awards.collective + awards.individual === 0) {
    grid.caption('Không có khen thưởng nào trong kỳ.');
    return;
  }
  const byKind = (caption: string, header: string, tally: YearlySummary['awards']['byForm'], order: readonly string[]) => {
    grid.caption(caption);
    grid.table({
      headers: ['STT', header, '', 'Tập thể', 'Cá nhân', 'Cộng'],
      body: orderedKeys(tally, order).map((key, i) =>
        labelled(i + 1, key, [count(tally[key].collective), count(tally[key].individual), count(tally[key].collective + tally[key].individual)]),
      ),
      totals: [labelled('', 'Tổng cộng', [count(awards.collective), count(awards.individual), count(awards.collective + awards.individual)])],
      lastColumn: 6,
      mergeColumns: [2, 3],
    });
  };
  byKind('1. Theo hình thức', 'Hình thức', awards.byForm, AWARD_FORMS);
  grid.gap();
  byKind('2. Theo cấp khen', 'Cấp khen', awards.byLevel, []);
}

function comparisonSection(grid: Grid, summary: YearlySummary): void {
  grid.section('VIII. SO SÁNH VỚI KỲ TRƯỚC');
  const previous = summary.previous;
  if (previous === null) {
    grid.caption('Bảng tính không có số liệu của kỳ trước.');
    return;
  }
  const cell = (value: number, kind: 'count' | 'vnd' | 'percent'): LayoutCell =>
    kind === 'vnd' ? vnd(value) : kind === 'percent' ? percent(value) : count(value);
  const change = (value: number, kind: 'count' | 'vnd' | 'percent'): LayoutCell =>
    kind === 'percent' ? { value: Math.round(value * 10) / 1000, format: 'percent' } : cell(value, kind);
  grid.table({
    headers: ['STT', 'Chỉ tiêu', '', `Kỳ trước (${previous.period.label})`, `Kỳ này (${summary.period.label})`, 'Tăng (+) / giảm (−)'],
    body: comparisonLines(summary).map((line, i) =>
      labelled(i + 1, line.label, [
        line.previous === null ? text('Không có số liệu') : cell(line.previous, line.kind),
        cell(line.current, line.kind),
        line.previous === null ? blank : change(line.current - line.previous, line.kind),
      ]),
    ),
    lastColumn: 6,
    mergeColumns: [2, 3],
  });
}

function warningSection(grid: Grid, summary: YearlySummary, sheetIds: Record<string, number>): void {
  grid.section('IX. CẢNH BÁO');
  if (summary.warnings.length === 0) {
    grid.caption('Không có cảnh báo.');
    return;
  }
  grid.caption(`Tổng số: ${summary.warnings.length} cảnh báo. Bấm "Mở" để đến ô cần sửa.`);
  grid.table({
    headers: ['STT', 'Trang tính', 'Nội dung', '', '', '', '', 'Ô', 'Liên kết'],
    body: summary.warnings.map((warning, i) => {
      const link = warningLink(sheetIds, warning.sheet, warning.cell);
      return [count(i + 1), text(warning.sheet), text(warning.message), blank, blank, blank, blank, text(warning.cell), link === '' ? blank : formula(link)];
    }),
    lastColumn: 9,
    mergeColumns: [3, 7],
    wrapColumn: 3,
  });
}

/** The sections in order, on a grid built with `widths` (null: the measuring pass). */
function fillSummary(grid: Grid, summary: YearlySummary, info: SummaryLayoutInfo): void {
  titleBlock(grid, summary, info);
  classificationSection(grid, summary);
  rankingSection(grid, summary);
  proposalSection(grid, summary);
  membershipSection(grid, summary);
  visitSection(grid, summary);
  fundSection(grid, summary, info.spending);
  awardSection(grid, summary);
  comparisonSection(grid, summary);
  warningSection(grid, summary, info.sheetIds);
}

/**
 * The "Tổng hợp <kỳ>" sheet as data: sections I–IX under a title block, every text cell in the "@" format so it stays text.
 * Laid out twice: once to measure the columns from the longest formatted content, once with those widths to count printed
 * pages, so every table's header is repeated at the top of each A4 landscape page it runs onto.
 */
export function layoutSummary(summary: YearlySummary, info: SummaryLayoutInfo): SummaryLayout {
  const measuring = new SummaryGrid(COLUMNS, LOOKS, A4_LANDSCAPE, null);
  fillSummary(measuring, summary, info);
  const widths = measuring.measure(SUMMARY_COLUMN_WIDTHS, {
    max: SUMMARY_MAX_WIDTHS,
    stretch: 3,
    fit: A4_LANDSCAPE.width,
    shrink: [9, 2, 3],
    // The figure columns D–H share one width: one setColumnWidths for the five.
    even: [4, 5, 6, 7, 8],
  });
  const grid = new SummaryGrid(COLUMNS, LOOKS, pageFor(A4_LANDSCAPE, widths), widths);
  fillSummary(grid, summary, info);
  return {
    ...grid.build(widths),
    frozenRows: TITLE_ROWS,
    charts: grid.charts,
    sections: grid.sections,
  };
}
