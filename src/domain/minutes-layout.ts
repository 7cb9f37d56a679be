// Lays out "Biên bản <cụm> <kỳ>": the cross-check minutes of one cluster, one printable block per unit with every criterion's scores and the signatures (pure).
import { evaluateEmulation } from './emulation';
import { nationalHeading, PaperGrid, sideBySide, signature } from './paper-layout';
import type { PaperLayout } from './paper-layout';
import { periodPhrase } from './report-layout';
import { cardTotal, latestOf, latestRows, scoreUnits } from './scoring';
import { blank, count, numberVi, points, text } from './sheet-grid';
import type { LayoutCell } from './sheet-grid';
import { rankingNote } from './summary-layout';
import { codeKey, nameKey, ownValue } from './text';
import { LEVEL_NAMES } from './types';
import type { Criterion, Period, RankingEntry, ScoreRow, Settings, Unit } from './types';

/** At most this many cross-check columns; a unit with more shows their mean in the last one (said under its table). */
export const MAX_CROSS_COLUMNS = 3;

/** One unit's block: its cards by form and its result. */
export interface MinutesUnit {
  unit: Unit;
  self: ScoreRow | undefined;
  cross: ScoreRow[];
  leader: ScoreRow | undefined;
  superior: ScoreRow | undefined;
  finalCard: Record<string, number> | null;
  result: RankingEntry;
}

export interface Minutes {
  cluster: string;
  period: Period;
  criteria: Criterion[];
  units: MinutesUnit[];
}

/**
 * The minutes of a cluster (matched by its name key) for a period: each unit of the cluster in Đơn vị order, its latest card
 * of each form and scorer, the per-criterion final card and the result as the summary ranks it (the whole period is evaluated, so
 * a cap on HTXSNV counts every unit). null when no unit is in that cluster.
 */
export function composeMinutes(
  input: { units: Unit[]; criteria: Criterion[]; scores: ScoreRow[]; settings: Settings },
  period: Period,
  cluster: string,
): Minutes | null {
  const key = nameKey(cluster);
  const units = input.units.filter((unit) => nameKey(unit.cluster) === key);
  if (units.length === 0) return null;
  const rows = input.scores.filter((row) => row.period === period.label);
  const emulation = evaluateEmulation(input.units, input.criteria, rows, input.settings);
  const scores = scoreUnits(units, input.criteria, rows, input.settings);
  const latest = latestRows(rows);
  return {
    cluster: units[0].cluster,
    period,
    criteria: input.criteria,
    units: units.map((unit) => {
      const own = latest.filter((row) => codeKey(row.unit) === codeKey(unit.code));
      const result = emulation.results.get(unit.code) as RankingEntry;
      return {
        unit,
        self: latestOf(own.filter((row) => row.form === 'self')),
        cross: own.filter((row) => row.form === 'cross').sort((a, b) => a.row - b.row),
        leader: latestOf(own.filter((row) => row.form === 'leader')),
        superior: latestOf(own.filter((row) => row.form === 'superior')),
        finalCard: scores.get(unit.code)?.finalCard ?? null,
        result,
      };
    }),
  };
}

/** A: STT · B: criterion · C: maximum · D: self · E–G: cross-checks · H: leader · I: final. */
export const MINUTES_COLUMN_WIDTHS: readonly number[] = [28, 214, 52, 52, 52, 52, 52, 52, 58];
const COLUMNS = MINUTES_COLUMN_WIDTHS.length;
const SPLIT = 3;

const score = (card: ScoreRow | Record<string, number> | null | undefined, code: string): LayoutCell => {
  if (!card) return blank;
  const values = 'scores' in card && typeof card.scores === 'object' ? (card as ScoreRow).scores : (card as Record<string, number>);
  const value = ownValue(values, code);
  return value === undefined ? blank : points(Math.round(value * 100) / 100);
};

function unitBlock(grid: PaperGrid, minutes: Minutes, block: MinutesUnit, index: number): void {
  if (index > 0) grid.newPage();
  const { unit, result } = block;
  grid.line('heading', `${index + 1}. ${unit.name} (mã ${unit.code})`);
  const crossShown = block.cross.slice(0, MAX_CROSS_COLUMNS);
  const crossMean = block.cross.length > MAX_CROSS_COLUMNS;
  const crossCell = (criterion: Criterion, i: number): LayoutCell => {
    if (crossMean && i === MAX_CROSS_COLUMNS - 1) {
      const rest = block.cross
        .slice(MAX_CROSS_COLUMNS - 1)
        .map((row) => ownValue(row.scores, criterion.code))
        .filter((v): v is number => v !== undefined);
      return rest.length === 0 ? blank : points(Math.round((rest.reduce((a, b) => a + b, 0) / rest.length) * 100) / 100);
    }
    return score(crossShown[i], criterion.code);
  };
  const crossHeaders = Array.from({ length: MAX_CROSS_COLUMNS }, (_, i) =>
    crossMean && i === MAX_CROSS_COLUMNS - 1 ? `Chấm chéo ${i + 1}–${block.cross.length} (TB)` : `Chấm chéo ${i + 1}`,
  );
  const leaderCard = block.superior ?? block.leader;
  const totalOf = (card: ScoreRow | undefined): LayoutCell => (card ? points(Math.round(cardTotal(card.scores, minutes.criteria) * 100) / 100) : blank);
  grid.table({
    headers: ['TT', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', ...crossHeaders, block.superior ? 'Cấp trên' : 'Cụm trưởng', 'Kết quả'],
    body: minutes.criteria.map((criterion, i) => [
      count(i + 1),
      text(`${criterion.code}. ${criterion.content}`.trim()),
      points(criterion.max),
      score(block.self, criterion.code),
      ...Array.from({ length: MAX_CROSS_COLUMNS }, (_, j) => crossCell(criterion, j)),
      score(leaderCard, criterion.code),
      score(block.finalCard, criterion.code),
    ]),
    totals: [
      [
        blank,
        text('Tổng điểm'),
        blank,
        totalOf(block.self),
        ...Array.from({ length: MAX_CROSS_COLUMNS }, (_, j) => (crossMean && j === MAX_CROSS_COLUMNS - 1 ? blank : totalOf(crossShown[j]))),
        totalOf(leaderCard),
        points(result.finalScore),
      ],
    ],
    lastColumn: COLUMNS,
    wrapColumn: 2,
  });
  const scorers = block.cross.map((row) => row.scorer.trim()).filter((s) => s !== '');
  grid.paragraph(`Người chấm chéo: ${scorers.length > 0 ? scorers.join(', ') : 'chưa có'}.`, 'body', false);
  const final = result.finalScore === null ? 'chưa có' : numberVi(result.finalScore, 2);
  grid.paragraph(`Điểm cuối cùng: ${final}; xếp loại: ${LEVEL_NAMES[result.level]} (${result.level}).`, 'bold', false);
  const note = rankingNote(result);
  if (note !== '') grid.paragraph(`Ghi chú: ${note}.`, 'italic', false);
  grid.line('body', '');
  sideBySide(grid, signature('', 'CHỦ TỊCH CĐCS', ''), signature('', 'CỤM TRƯỞNG', ''), SPLIT);
}

/**
 * The minutes as data, A4 portrait in Times New Roman: the national heading, the title "BIÊN BẢN" and its subject, a short
 * opening, then one block per unit starting on its own page (criteria with their maxima, the self-score, each cross-check, the
 * leader's or superior's card, the result, flags) with signature lines for the cluster leader and the unit's chair.
 */
export function layoutMinutes(minutes: Minutes, info: { unionName: string; papers: Settings['papers']; date: string }): PaperLayout {
  const first = fillMinutes(new PaperGrid(COLUMNS, MINUTES_COLUMN_WIDTHS), minutes, info);
  // Scores wider than their column widen it (no ### in print); the page is then printed scaled to its width.
  const measured = first.measure(MINUTES_COLUMN_WIDTHS);
  const fits = measured.every((width, i) => width <= MINUTES_COLUMN_WIDTHS[i]);
  return (fits ? first : fillMinutes(new PaperGrid(COLUMNS, measured), minutes, info)).paper();
}

function fillMinutes(grid: PaperGrid, minutes: Minutes, info: { unionName: string; papers: Settings['papers']; date: string }): PaperGrid {
  nationalHeading(grid, { parentName: info.unionName, unionName: minutes.cluster, numberLine: '', place: info.papers.place, date: info.date }, SPLIT);
  grid.line('title', 'BIÊN BẢN');
  grid.block([`Kiểm tra chéo thi đua ${periodPhrase(minutes.period.label)} – ${minutes.cluster}`], 'subject', 1, COLUMNS);
  grid.line('body', '');
  grid.paragraph(
    `Thực hiện kế hoạch thi đua ${periodPhrase(minutes.period.label)}, ${minutes.cluster} tổ chức kiểm tra chéo ${numberVi(minutes.units.length, 0)} công đoàn cơ sở theo bộ tiêu chí gồm ${numberVi(minutes.criteria.length, 0)} tiêu chí. Kết quả từng đơn vị như sau:`,
  );
  grid.line('body', '');
  minutes.units.forEach((block, i) => {
    unitBlock(grid, minutes, block, i);
  });
  return grid;
}
