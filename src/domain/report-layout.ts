// Lays out "Báo cáo <kỳ>": the union's year-end report in the administrative format, its paragraphs written from the summary's figures (pure).
import { amountInWords } from './amount-words';
import { nationalHeading, PaperGrid, recipients, sideBySide, signature } from './paper-layout';
import type { PaperLayout } from './paper-layout';
import { comparisonLines } from './previous-period';
import type { ComparisonLine } from './previous-period';
import { blank, count, dongVi, numberVi, percent, percentVi, points, text } from './sheet-grid';
import type { LayoutCell, TableSpec } from './sheet-grid';
import { LEVEL_NAMES, LEVELS, VISIT_REASONS } from './types';
import type { Level, Settings, YearlySummary } from './types';

/** What the report needs besides the summary: the papers' settings and the date it is made. */
export interface ReportInfo {
  unionName: string;
  papers: Settings['papers'];
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  date: string;
}

/** A: STT · B: labels and names · C–F: figures. 612 px, the printable width of A4 portrait inside the decree's margins. */
export const REPORT_COLUMN_WIDTHS: readonly number[] = [36, 204, 93, 93, 93, 93];
const COLUMNS = REPORT_COLUMN_WIDTHS.length;
/** The left block of the heading and of Nơi nhận: columns A–B. */
const SPLIT = 2;

/** "năm học 2019-2020" or "năm 2020", as the period is named in a sentence. */
export function periodPhrase(label: string): string {
  return /^\d{4}\s*-\s*\d{4}$/.test(label.trim()) ? `năm học ${label}` : `năm ${label}`;
}

/** "54 CĐCS (48,6%)": a level's count and share. */
const levelPhrase = (summary: YearlySummary, level: Level) =>
  `${numberVi(summary.classification[level], 0)} CĐCS, tỷ lệ ${percentVi(summary.classificationPercent[level])}`;

/** "tăng 5 (từ 49 lên 54)", "giảm 1.000.000 đồng", "không đổi"; the figure written by its kind. */
export function changePhrase(line: ComparisonLine): string {
  if (line.previous === null) return 'chưa có số liệu kỳ trước';
  const shown = (value: number) => (line.kind === 'vnd' ? dongVi(value) : line.kind === 'percent' ? percentVi(value) : numberVi(value, 0));
  const difference = line.current - line.previous;
  if (Math.abs(difference) < 1e-9) return `không đổi (${shown(line.current)})`;
  const delta = line.kind === 'percent' ? `${numberVi(Math.abs(difference), 1)} điểm phần trăm` : shown(Math.abs(difference));
  return `${difference > 0 ? 'tăng' : 'giảm'} ${delta} (từ ${shown(line.previous)} ${difference > 0 ? 'lên' : 'xuống'} ${shown(line.current)})`;
}

/** "Số đoàn viên" → "số đoàn viên" in a sentence; a label opening with an acronym ("HTXSNV") stays as it is. */
const lowerFirst = (label: string): string => (/^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label);

/** A table of the report, its label column (B) wrapping, and a blank line after it. */
function reportTable(grid: PaperGrid, spec: Omit<TableSpec, 'wrapColumn'>): void {
  grid.table({ ...spec, wrapColumn: 2 });
  grid.line('body', '');
}

function heading(summary: YearlySummary, info: ReportInfo, grid: PaperGrid): void {
  const code = info.papers.documentCode.trim();
  nationalHeading(
    grid,
    {
      parentName: info.papers.parentName,
      unionName: info.unionName,
      numberLine: `Số: ……/BC-${code === '' ? '……' : code}`,
      place: info.papers.place,
      date: info.date,
    },
    SPLIT,
  );
  grid.line('title', 'BÁO CÁO');
  grid.block([`Kết quả thi đua và hoạt động công đoàn ${periodPhrase(summary.period.label)}`], 'subject', 1, COLUMNS);
  // The short rule under the subject: its row is not merged, or the border of C:D would be drawn across the merged row.
  const rule = grid.line('body', '', { merge: false });
  grid.rule(rule, 3, 4);
}

function situation(summary: YearlySummary, info: ReportInfo, grid: PaperGrid): void {
  const { members, workers } = summary.membership;
  grid.line('heading', 'I. ĐẶC ĐIỂM TÌNH HÌNH');
  const share =
    workers > 0
      ? `, chiếm ${percentVi(Math.round((members / workers) * 1000) / 10)} số cán bộ, công chức, viên chức, người lao động (${numberVi(workers, 0)} người)`
      : '';
  grid.paragraph(
    `${info.unionName.trim()} có ${numberVi(summary.units, 0)} công đoàn cơ sở (CĐCS), sinh hoạt trong ${numberVi(summary.clusters.length, 0)} cụm thi đua, với ${numberVi(members, 0)} đoàn viên${share}.`,
  );
}

function classification(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('heading', 'II. KẾT QUẢ THỰC HIỆN');
  grid.line('bold', '1. Đánh giá, xếp loại công đoàn cơ sở');
  const levels = LEVELS.filter((level) => level !== 'CXL' || summary.classification.CXL > 0).map(
    (level) => `${LEVEL_NAMES[level]} (${level}): ${levelPhrase(summary, level)}`,
  );
  grid.paragraph(
    `Qua tự chấm, kiểm tra chéo trong cụm và thẩm định, ${numberVi(summary.units, 0)} CĐCS được đánh giá, xếp loại như sau: ${levels.join('; ')}.`,
  );
  reportTable(grid, {
    headers: ['STT', 'Mức xếp loại', 'Số CĐCS', 'Tỷ lệ'],
    body: LEVELS.map((level, i) => [
      count(i + 1),
      text(LEVEL_NAMES[level]),
      count(summary.classification[level]),
      percent(summary.classificationPercent[level]),
    ]),
    totals: [[blank, text('Tổng cộng'), count(summary.units), percent(summary.units > 0 ? 100 : 0)]],
    lastColumn: 4,
  });
  const proposed = summary.classification.HTXSNV;
  grid.paragraph(
    proposed > 0
      ? `Đề nghị Ban Thường vụ công nhận ${numberVi(proposed, 0)} CĐCS hoàn thành xuất sắc nhiệm vụ (tỷ lệ ${percentVi(summary.classificationPercent.HTXSNV)}), danh sách tại Phụ lục kèm theo.`
      : 'Không có CĐCS nào đủ điều kiện đề nghị công nhận hoàn thành xuất sắc nhiệm vụ.',
  );
  reportTable(grid, {
    headers: ['STT', 'Cụm', 'Số CĐCS', 'HTXSNV', 'Tỷ lệ HTXSNV', 'HTTNV'],
    body: summary.clusters.map((cluster, i) => [
      count(i + 1),
      text(cluster.name),
      count(cluster.units),
      count(cluster.classification.HTXSNV),
      percent(cluster.units > 0 ? Math.round((cluster.classification.HTXSNV / cluster.units) * 1000) / 10 : null),
      count(cluster.classification.HTTNV),
    ]),
    totals: [
      [
        blank,
        text('Toàn đơn vị'),
        count(summary.units),
        count(summary.classification.HTXSNV),
        percent(summary.units > 0 ? summary.classificationPercent.HTXSNV : null),
        count(summary.classification.HTTNV),
      ],
    ],
    lastColumn: 6,
  });
}

function membership(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('bold', '2. Phát triển đoàn viên');
  const { members, newMembers } = summary.membership;
  grid.paragraph(
    `Trong ${periodPhrase(summary.period.label)}, các CĐCS kết nạp ${numberVi(newMembers, 0)} đoàn viên mới, nâng tổng số đoàn viên lên ${numberVi(members, 0)} người.`,
  );
}

function visits(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('bold', '3. Thăm hỏi đoàn viên');
  const { visits: v } = summary;
  if (v.count === 0) {
    grid.paragraph('Trong kỳ không có lượt thăm hỏi nào được ghi nhận.');
    return;
  }
  const reasons = [...VISIT_REASONS, ...Object.keys(v.byReason).filter((r) => !(VISIT_REASONS as readonly string[]).includes(r))]
    .filter((reason) => (v.byReason[reason]?.count ?? 0) > 0)
    .map((reason) => `${reason} ${numberVi(v.byReason[reason].count, 0)} lượt, ${dongVi(v.byReason[reason].amount)}`);
  grid.paragraph(
    `Tổ chức thăm hỏi ${numberVi(v.count, 0)} lượt đoàn viên với tổng số tiền ${dongVi(v.amount)} (bằng chữ: ${amountInWords(v.amount)}); trong đó: ${reasons.join('; ')}.`,
  );
}

function funds(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('bold', '4. Tài chính công đoàn');
  if (summary.funds.length === 0) {
    grid.paragraph('Bảng tính chưa có quỹ nào.');
    return;
  }
  for (const fund of summary.funds) {
    grid.paragraph(
      `${fund.fund}: số dư đầu kỳ ${dongVi(fund.opening)}, thu ${dongVi(fund.income)}, chi ${dongVi(fund.expense)}, số dư cuối kỳ ${dongVi(fund.closing)}.`,
    );
  }
  const closing = summary.funds.reduce((sum, fund) => sum + fund.closing, 0);
  const words = closing >= 0 ? amountInWords(closing) : `Âm ${amountInWords(-closing).charAt(0).toLowerCase()}${amountInWords(-closing).slice(1)}`;
  grid.paragraph(`Tổng số dư cuối kỳ các quỹ: ${dongVi(closing)} (bằng chữ: ${words}).`);
  const money = (value: number): LayoutCell => count(value);
  reportTable(grid, {
    headers: ['STT', 'Quỹ', 'Đầu kỳ (đồng)', 'Thu (đồng)', 'Chi (đồng)', 'Cuối kỳ (đồng)'],
    body: summary.funds.map((fund, i) => [count(i + 1), text(fund.fund), money(fund.opening), money(fund.income), money(fund.expense), money(fund.closing)]),
    totals: [
      [
        blank,
        text('Tổng cộng'),
        ...(['opening', 'income', 'expense', 'closing'] as const).map((key) => money(summary.funds.reduce((sum, fund) => sum + fund[key], 0))),
      ],
    ],
    lastColumn: 6,
  });
}

function awards(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('bold', '5. Khen thưởng');
  const { collective, individual } = summary.awards;
  grid.paragraph(
    collective + individual === 0
      ? 'Trong kỳ chưa có khen thưởng nào được ghi nhận.'
      : `Trong kỳ có ${numberVi(collective, 0)} tập thể và ${numberVi(individual, 0)} cá nhân được khen thưởng.`,
  );
}

function comparison(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('bold', '6. So với kỳ trước');
  const previous = summary.previous;
  if (previous === null) {
    grid.paragraph('Bảng tính không có số liệu của kỳ trước nên báo cáo chưa so sánh được.');
    return;
  }
  const lines = comparisonLines(summary);
  const known = lines.filter((line) => line.previous !== null);
  const missing = lines.filter((line) => line.previous === null).map((line) => lowerFirst(line.label));
  const said = known.map((line) => `${lowerFirst(line.label)} ${changePhrase(line)}`);
  if (known.length === 0) {
    // A table of nothing but "Không có" says no more than one sentence.
    grid.paragraph(`Số liệu ${periodPhrase(previous.period.label)} trong bảng tính không có chỉ tiêu nào so sánh được với kỳ này nên báo cáo chưa so sánh.`);
    return;
  }
  grid.paragraph(
    `So với ${periodPhrase(previous.period.label)}: ${said.length > 0 ? said.join('; ') : 'không có chỉ tiêu nào so sánh được'}.${missing.length > 0 ? ` Chưa có số liệu kỳ trước về: ${missing.join(', ')}.` : ''}`,
  );
  reportTable(grid, {
    headers: ['STT', 'Chỉ tiêu', `Kỳ trước (${previous.period.label})`, `Kỳ này (${summary.period.label})`, 'Tăng (+) / giảm (−)'],
    body: lines.map((line, i) => {
      const cell = (value: number): LayoutCell => (line.kind === 'percent' ? percent(value) : count(value));
      return [
        count(i + 1),
        text(line.kind === 'vnd' ? `${line.label} (đồng)` : line.label),
        line.previous === null ? text('Không có') : cell(line.previous),
        cell(line.current),
        line.previous === null ? blank : cell(line.current - line.previous),
      ];
    }),
    lastColumn: 5,
  });
}

function assessment(summary: YearlySummary, grid: PaperGrid): void {
  grid.line('heading', 'III. ĐÁNH GIÁ CHUNG');
  const entries = summary.clusters.flatMap((cluster) => cluster.ranking);
  const unchecked = entries.filter((entry) => entry.flags.includes('CHUA_CHAM_CHEO')).length;
  const gaps = entries.filter((entry) => entry.flags.includes('CHENH_LECH')).length;
  const unscored = summary.classification.CXL;
  grid.paragraph(
    `Ưu điểm: ${numberVi(summary.classification.HTXSNV + summary.classification.HTTNV, 0)} CĐCS hoàn thành tốt và xuất sắc nhiệm vụ; công tác thăm hỏi, chăm lo đoàn viên được duy trì (${numberVi(summary.visits.count, 0)} lượt).`,
  );
  const shortcomings: string[] = [];
  if (unscored > 0) shortcomings.push(`${numberVi(unscored, 0)} CĐCS chưa được chấm điểm`);
  if (unchecked > 0) shortcomings.push(`${numberVi(unchecked, 0)} CĐCS chưa được kiểm tra chéo`);
  if (gaps > 0) shortcomings.push(`${numberVi(gaps, 0)} CĐCS tự chấm cao hơn kết quả kiểm tra`);
  const over = summary.funds.filter((fund) => fund.budget !== null && fund.expense > fund.budget).map((fund) => fund.fund);
  if (over.length > 0) shortcomings.push(`chi vượt dự toán ở ${over.join(', ')}`);
  grid.paragraph(`Tồn tại: ${shortcomings.length > 0 ? shortcomings.join('; ') : 'không có tồn tại nổi bật qua số liệu'}.`);
  grid.line('heading', 'IV. PHƯƠNG HƯỚNG');
  grid.paragraph(
    'Tiếp tục đẩy mạnh phong trào thi đua, nâng cao chất lượng tự chấm và kiểm tra chéo trong các cụm; chăm lo, thăm hỏi kịp thời đoàn viên; quản lý, sử dụng các quỹ đúng dự toán.',
  );
  grid.line('body', '');
}

function appendix(summary: YearlySummary, info: ReportInfo, grid: PaperGrid): void {
  const proposed = summary.clusters.flatMap((cluster) =>
    cluster.ranking.filter((entry) => entry.level === 'HTXSNV').map((entry) => ({ entry, cluster: cluster.name })),
  );
  if (proposed.length === 0) return;
  grid.newPage();
  grid.line('title', 'PHỤ LỤC');
  grid.block([`Danh sách CĐCS đề nghị công nhận hoàn thành xuất sắc nhiệm vụ ${periodPhrase(summary.period.label)}`], 'subject', 1, COLUMNS);
  grid.block([`(Kèm theo Báo cáo của ${info.unionName.trim()})`], 'dateLine', 1, COLUMNS);
  // The name over B:C, so most names take one line.
  grid.table({
    headers: ['STT', 'Tên CĐCS', '', 'Mã đơn vị', 'Cụm', 'Điểm'],
    body: proposed.map(({ entry, cluster }, i) => [count(i + 1), text(entry.name), blank, text(entry.unit), text(cluster), points(entry.finalScore)]),
    lastColumn: 6,
    mergeColumns: [2, 3],
    wrapColumn: 2,
  });
}

/**
 * The report as data, A4 portrait in Times New Roman: the national heading, the title and subject, sections I–IV written from
 * the figures (levels with counts and shares, proposals, members, visits with the total in words, funds, awards, the comparison
 * with the period before), their tables, Nơi nhận and the signature, then the appendix of units proposed for HTXSNV.
 */
export function layoutReport(summary: YearlySummary, info: ReportInfo): PaperLayout {
  const first = fillReport(new PaperGrid(COLUMNS, REPORT_COLUMN_WIDTHS), summary, info);
  // Figures wider than their column (very large amounts) widen it; the page is then printed scaled to its width.
  const measured = first.measure(REPORT_COLUMN_WIDTHS);
  const fits = measured.every((width, i) => width <= REPORT_COLUMN_WIDTHS[i]);
  return (fits ? first : fillReport(new PaperGrid(COLUMNS, measured), summary, info)).paper();
}

function fillReport(grid: PaperGrid, summary: YearlySummary, info: ReportInfo): PaperGrid {
  heading(summary, info, grid);
  situation(summary, info, grid);
  classification(summary, grid);
  membership(summary, grid);
  visits(summary, grid);
  funds(summary, grid);
  awards(summary, grid);
  comparison(summary, grid);
  assessment(summary, grid);
  const parent = info.papers.parentName.trim();
  const title = info.papers.signerTitle.trim().toUpperCase() || 'CHỦ TỊCH';
  sideBySide(
    grid,
    recipients([...(parent === '' ? [] : [`- ${parent};`]), '- Các CĐCS;', '- Lưu: VT.']),
    signature('TM. BAN THƯỜNG VỤ', title, info.papers.signerName),
    SPLIT,
  );
  appendix(summary, info, grid);
  return grid;
}
