// Lays out the yearly summary as the "Tổng hợp <kỳ>" report sheet: one grid of values with per-cell formats, plus merges, table borders, wraps and charts (pure).
import { columnLetter } from './a1';
import { formatDateVi } from './dates';
import { VND_FORMAT } from './money';
import { largestRemainderPercents } from './ranking';
import { matchKey } from './text';
import { AWARD_FORMS, LEVEL_NAMES, LEVELS, VISIT_REASONS } from './types';
import type { LevelCounts, RankingEntry, ResultFlag, YearlySummary } from './types';

/** What the layout needs besides the summary; the writer supplies the sheet ids and the formatted time. */
export interface SummaryLayoutInfo {
  /** Tên công đoàn, shown upper-case as the first title row. */
  unionName: string;
  /** "dd/mm/yyyy HH:mm" in the spreadsheet's time zone. */
  madeAtText: string;
  /** Sheet name → sheet id (gid), for the links of section VIII; names are matched as matchKey does. */
  sheetIds: Record<string, number>;
  /** Chi theo khoản mục (funds.ts spendingByCategory); when absent the spending table and its chart are left out. */
  spending?: { category: string; amount: number }[];
}

export type LayoutValue = string | number;
export type HorizontalAlignment = 'center' | null;
export type FontWeight = 'bold' | 'normal';

/** One chart over ranges of the grid (A1 without sheet name); the first range holds the labels, the header row included. */
export interface ChartSpec {
  kind: 'pie' | 'bar';
  title: string;
  ranges: string[];
  /** Anchor cell of the chart's top-left corner (1-based). */
  row: number;
  column: number;
  width: number;
  height: number;
}

/**
 * The whole sheet: rectangular grids of the same size (one batched call each), and short lists of A1 ranges. The lists do not
 * grow with units or clusters: every section is a fixed number of tables, clusters being group rows inside them.
 */
export interface SummaryLayout {
  values: LayoutValue[][];
  numberFormats: string[][];
  fontWeights: FontWeight[][];
  /** null leaves the cell without fill. */
  backgrounds: (string | null)[][];
  /** null leaves the default (numbers right, text left). */
  alignments: HorizontalAlignment[][];
  /** Ranges whose cells are merged row by row (Range.mergeAcross): one range per table, not per row. */
  merges: string[];
  /** Tables: a full grid of borders. */
  borders: string[];
  /** Cells whose text wraps (table headers, notes, warning messages). */
  wraps: boolean[][];
  /** The title rows, shown in a larger font. */
  titleRange: string;
  titleFontSize: number;
  /** Rows frozen at the top: the title block. */
  frozenRows: number;
  /** Pixel width of each column, for A4 landscape printing. */
  columnWidths: number[];
  charts: ChartSpec[];
  /** Where each section's heading stands (1-based row), in order. */
  sections: { title: string; row: number }[];
}

/** A: STT/Hạng · B: codes · C: names · D–H: figures · I: notes and links. About 1,000 px in all, the printable width of A4 landscape. */
export const SUMMARY_COLUMN_WIDTHS: readonly number[] = [48, 92, 215, 92, 92, 92, 92, 92, 180];
const COLUMNS = SUMMARY_COLUMN_WIDTHS.length;
const TITLE_ROWS = 4;

export const SUMMARY_FORMATS = {
  text: '@',
  count: '#,##0',
  vnd: VND_FORMAT,
  percent: '0.0%',
  points: '0.00',
  gap: '+0.00;-0.00;0.00',
  general: 'General',
} as const;
type FormatKind = keyof typeof SUMMARY_FORMATS;

const SECTION_FILL = '#c9daf8';
const HEADER_FILL = '#e8f0fe';
const TOTAL_FILL = '#f3f3f3';
const GROUP_FILL = '#fef7e0';
/** Blank rows kept under a table for the chart drawn over them (16 × 21 px ≈ the chart's height). */
const CHART_ROWS = 16;
const CHART_SIZE = { width: 600, height: 320 };

const FLAG_TEXT: Record<ResultFlag, string> = {
  CHUA_CHAM_CHEO: 'Chưa được chấm chéo',
  CHENH_LECH: 'Tự chấm cao hơn kết quả kiểm tra',
  KHONG_DAT_DIEU_KIEN: 'Không đạt điều kiện xếp loại HTXSNV',
  DUOI_SAN_NHOM: 'Có nhóm tiêu chí dưới sàn điểm',
  VUOT_GIOI_HAN: 'Vượt giới hạn tỷ lệ HTXSNV',
};
/** Flags whose explanation is in the entry's reasons; their own text is the fallback when no reason was given. */
const FLAGS_EXPLAINED_BY_REASONS: readonly ResultFlag[] = ['KHONG_DAT_DIEU_KIEN', 'DUOI_SAN_NHOM', 'VUOT_GIOI_HAN'];

interface LayoutCell {
  value: LayoutValue;
  format: FormatKind;
}
type RowStyle = 'title' | 'section' | 'caption' | 'header' | 'group' | 'body' | 'total';
/** A cluster's heading row inside a table; its label stands in the wide name column C. */
interface GroupRow {
  group: string;
}

const blank: LayoutCell = { value: '', format: 'general' };
const text = (value: string): LayoutCell => (value === '' ? blank : { value, format: 'text' });
const count = (value: number): LayoutCell => ({ value, format: 'count' });
const vnd = (value: number): LayoutCell => ({ value, format: 'vnd' });
const points = (value: number | null): LayoutCell => (value === null ? blank : { value, format: 'points' });
/** A share in one-decimal percent (48.6) as the ratio Sheets shows with 0.0% (0.486), free of float noise. */
const percent = (value: number | null): LayoutCell => (value === null ? blank : { value: Math.round(value * 10) / 1000, format: 'percent' });
const ratio = (part: number, whole: number): LayoutCell => (whole > 0 ? percent(Math.round((part / whole) * 1000) / 10) : blank);
const formula = (value: string): LayoutCell => ({ value, format: 'general' });
/** Chênh lệch = self − final, shown with its sign; blank unless both scores exist. */
const scoreGap = (self: number | null, final: number | null): LayoutCell => (self === null || final === null ? blank : { value: Math.round((self - final) * 100) / 100, format: 'gap' });

/** "A1:C4" for 1-based rows and columns. */
export function a1Range(row: number, column: number, lastRow: number, lastColumn: number): string {
  return `${columnName(column)}${row}:${columnName(lastColumn)}${lastRow}`;
}

/** The letter of a 1-based column. */
const columnName = (column: number): string => columnLetter(column - 1);

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

/** Collects rows and the ranges that share a treatment while the sections are laid out top to bottom. */
class SheetGrid {
  /** `fill`: how many columns from A carry the row's fill (a section: all; a table's header and total: the table's width). */
  readonly rows: { cells: LayoutCell[]; style: RowStyle; fill: number; wraps: boolean[] }[] = [];
  readonly merges: string[] = [];
  readonly borders: string[] = [];
  readonly charts: ChartSpec[] = [];
  readonly sections: { title: string; row: number }[] = [];

  get lastRow(): number {
    return this.rows.length;
  }

  /** Adds a row; cells are given from column A, missing ones are blank. Returns its 1-based row. */
  add(style: RowStyle, cells: LayoutCell[] = [], fill = 0): number {
    const full = Array.from({ length: COLUMNS }, (_, i) => cells[i] ?? blank);
    this.rows.push({ cells: full, style, fill, wraps: full.map(() => false) });
    return this.rows.length;
  }

  gap(rows = 1): void {
    for (let i = 0; i < rows; i += 1) this.add('body');
  }

  section(title: string): void {
    this.gap();
    this.sections.push({ title, row: this.add('section', [text(title)], COLUMNS) });
  }

  caption(title: string): number {
    return this.add('caption', [text(title)]);
  }

  /**
   * A bordered table from column A to `lastColumn`: header, body and total rows. `mergeColumns` [from, to]
   * merges those columns on every row of the table (the label spans the narrow code column and the wide name column).
   */
  table(spec: { headers: string[]; body: (LayoutCell[] | GroupRow)[]; totals?: LayoutCell[][]; lastColumn: number; mergeColumns?: [number, number]; wrapColumn?: number }): { header: number; last: number } {
    const header = this.add('header', spec.headers.map(text), spec.lastColumn);
    this.rows[header - 1].wraps.fill(true, 0, spec.lastColumn);
    for (const row of spec.body) {
      const r = Array.isArray(row) ? this.add('body', row) : this.add('group', [blank, blank, text(row.group)], spec.lastColumn);
      if (Array.isArray(row) && spec.wrapColumn !== undefined) this.rows[r - 1].wraps[spec.wrapColumn - 1] = true;
    }
    for (const cells of spec.totals ?? []) this.add('total', cells, spec.lastColumn);
    const last = this.lastRow;
    this.borders.push(a1Range(header, 1, last, spec.lastColumn));
    if (spec.mergeColumns) this.merges.push(a1Range(header, spec.mergeColumns[0], last, spec.mergeColumns[1]));
    return { header, last };
  }

  /** Keeps blank rows for a chart drawn over them. */
  chart(spec: Omit<ChartSpec, 'row' | 'column' | 'width' | 'height'>): void {
    this.gap();
    this.charts.push({ ...spec, row: this.lastRow + 1, column: 2, ...CHART_SIZE });
    this.gap(CHART_ROWS);
  }
}

/** A row of a label table (STT, then the label in B, merged over C): cells from column D on follow. */
function labelled(index: number | '', label: string, figures: LayoutCell[]): LayoutCell[] {
  return [index === '' ? blank : count(index), text(label), blank, ...figures];
}

function titleBlock(grid: SheetGrid, summary: YearlySummary, info: SummaryLayoutInfo): void {
  grid.add('title', [text(info.unionName.trim().toUpperCase())]);
  grid.add('title', [text('BÁO CÁO TỔNG HỢP')]);
  grid.add('title', [text(periodHeading(summary.period))]);
  grid.add('title', [text(`Lập lúc ${info.madeAtText}`)]);
}

function levelCountCells(counts: LevelCounts): LayoutCell[] {
  return LEVELS.map((level) => count(counts[level]));
}

function classificationSection(grid: SheetGrid, summary: YearlySummary): void {
  grid.section('I. XẾP LOẠI CÔNG ĐOÀN CƠ SỞ');
  grid.caption(`1. Toàn đơn vị: ${summary.units} CĐCS`);
  const overall = grid.table({
    headers: ['STT', 'Mã', 'Xếp loại', 'Số đơn vị', 'Tỷ lệ'],
    body: LEVELS.map((level, i) => [count(i + 1), text(level), text(LEVEL_NAMES[level]), count(summary.classification[level]), percent(summary.classificationPercent[level])]),
    totals: [[blank, blank, text('Tổng cộng'), count(summary.units), percent(LEVELS.reduce((sum, level) => sum + summary.classificationPercent[level], 0))]],
    lastColumn: 5,
  });
  grid.chart({ kind: 'pie', title: 'Xếp loại CĐCS', ranges: [a1Range(overall.header, 3, overall.last - 1, 4)] });

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

function rankingSection(grid: SheetGrid, summary: YearlySummary): void {
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
        text(rankingNote(entry)),
      ]);
    }
  }
  // One table for all clusters, each opened by a group row; Ghi chú spans H:I.
  grid.table({
    headers: ['Hạng', 'Mã đơn vị', 'Tên đơn vị', 'Tự chấm', 'Điểm cuối cùng', 'Chênh lệch', 'Xếp loại', 'Ghi chú', ''],
    body,
    lastColumn: 9,
    mergeColumns: [8, 9],
    wrapColumn: 8,
  });
}

function proposalSection(grid: SheetGrid, summary: YearlySummary): void {
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

function membershipSection(grid: SheetGrid, summary: YearlySummary): void {
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

function visitSection(grid: SheetGrid, summary: YearlySummary): void {
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

function fundSection(grid: SheetGrid, summary: YearlySummary, spending: SummaryLayoutInfo['spending']): void {
  grid.section('VI. TÀI CHÍNH CÔNG ĐOÀN');
  grid.caption('1. Các quỹ');
  const funds = summary.funds;
  const sum = (pick: (fund: (typeof funds)[number]) => number) => funds.reduce((total, fund) => total + pick(fund), 0);
  const budgeted = funds.filter((fund) => fund.budget !== null);
  const budget = budgeted.reduce((total, fund) => total + (fund.budget ?? 0), 0);
  grid.table({
    headers: ['STT', 'Quỹ', '', 'Số dư đầu kỳ', 'Thu', 'Chi', 'Số dư cuối kỳ', 'Dự toán chi', 'Tỷ lệ chi so với dự toán'],
    body: funds.map((fund, i) =>
      labelled(i + 1, fund.fund, [vnd(fund.opening), vnd(fund.income), vnd(fund.expense), vnd(fund.closing), fund.budget === null ? blank : vnd(fund.budget), fund.budget === null ? blank : ratio(fund.expense, fund.budget)]),
    ),
    // The total's share compares the spending of the funds that have a budget with the sum of those budgets.
    totals: [labelled('', 'Tổng cộng', [
      vnd(sum((f) => f.opening)), vnd(sum((f) => f.income)), vnd(sum((f) => f.expense)), vnd(sum((f) => f.closing)),
      budgeted.length > 0 ? vnd(budget) : blank,
      budgeted.length > 0 ? ratio(budgeted.reduce((total, fund) => total + fund.expense, 0), budget) : blank,
    ])],
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
  grid.chart({ kind: 'bar', title: 'Chi theo khoản mục', ranges: [a1Range(table.header, 2, table.last - 1, 2), a1Range(table.header, 4, table.last - 1, 4)] });
}

function awardSection(grid: SheetGrid, summary: YearlySummary): void {
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
      body: orderedKeys(tally, order).map((key, i) => labelled(i + 1, key, [count(tally[key].collective), count(tally[key].individual), count(tally[key].collective + tally[key].individual)])),
      totals: [labelled('', 'Tổng cộng', [count(awards.collective), count(awards.individual), count(awards.collective + awards.individual)])],
      lastColumn: 6,
      mergeColumns: [2, 3],
    });
  };
  byKind('1. Theo hình thức', 'Hình thức', awards.byForm, AWARD_FORMS);
  grid.gap();
  byKind('2. Theo cấp khen', 'Cấp khen', awards.byLevel, []);
}

function warningSection(grid: SheetGrid, summary: YearlySummary, sheetIds: Record<string, number>): void {
  grid.section('VIII. CẢNH BÁO');
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

const STYLE: Record<RowStyle, { weight: FontWeight; fill: string | null; align: HorizontalAlignment }> = {
  title: { weight: 'bold', fill: null, align: 'center' },
  section: { weight: 'bold', fill: SECTION_FILL, align: null },
  caption: { weight: 'bold', fill: null, align: null },
  group: { weight: 'bold', fill: GROUP_FILL, align: null },
  header: { weight: 'bold', fill: HEADER_FILL, align: 'center' },
  body: { weight: 'normal', fill: null, align: null },
  total: { weight: 'bold', fill: TOTAL_FILL, align: null },
};

/** The "Tổng hợp <kỳ>" sheet as data: sections I–VIII under a title block, every text cell in the "@" format so it stays text. */
export function layoutSummary(summary: YearlySummary, info: SummaryLayoutInfo): SummaryLayout {
  const grid = new SheetGrid();
  titleBlock(grid, summary, info);
  classificationSection(grid, summary);
  rankingSection(grid, summary);
  proposalSection(grid, summary);
  membershipSection(grid, summary);
  visitSection(grid, summary);
  fundSection(grid, summary, info.spending);
  awardSection(grid, summary);
  warningSection(grid, summary, info.sheetIds);
  grid.merges.unshift(a1Range(1, 1, TITLE_ROWS, COLUMNS));

  const rows = grid.rows;
  return {
    values: rows.map((row) => row.cells.map((cell) => cell.value)),
    numberFormats: rows.map((row) => row.cells.map((cell) => SUMMARY_FORMATS[cell.format])),
    fontWeights: rows.map((row) => row.cells.map(() => STYLE[row.style].weight)),
    backgrounds: rows.map((row) => row.cells.map((_, i) => (i < row.fill ? STYLE[row.style].fill : null))),
    alignments: rows.map((row) => row.cells.map(() => STYLE[row.style].align)),
    merges: grid.merges,
    borders: grid.borders,
    wraps: rows.map((row) => row.wraps),
    titleRange: a1Range(1, 1, 2, COLUMNS),
    titleFontSize: 14,
    frozenRows: TITLE_ROWS,
    columnWidths: [...SUMMARY_COLUMN_WIDTHS],
    charts: grid.charts,
    sections: grid.sections,
  };
}
