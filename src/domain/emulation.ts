// One period's emulation (thi đua) result: scores, levels, the union-wide cap, cluster rankings, counts and percentages.
import { capReason, classifyUnit, excellentAllowance, formatPoints, unitsOverCap } from './classification';
import { competitionRanks, largestRemainderPercents, naturalCompare } from './ranking';
import { scoreUnits, type UnitScore } from './scoring';
import { SHEET } from './sheet-names';
import { clip, listSome, nameKey } from './text';
import {
  LEVELS,
  SCORE_FORM_NAMES,
  type ClusterSummary,
  type Criterion,
  type LevelCounts,
  type RankingEntry,
  type ScoreRow,
  type Settings,
  type Unit,
  type Warning,
} from './types';

/** The scoring part of the yearly summary. `results` maps unit code to the unit's line (rank within its cluster). */
export interface EmulationResult {
  units: number;
  classification: LevelCounts;
  classificationPercent: LevelCounts;
  clusters: ClusterSummary[];
  results: Map<string, RankingEntry>;
  /** One warning per score row left out as not a complete card, saying what decided the unit instead. */
  warnings: Warning[];
}

/** The reason on a CXL line: no score row at all, or only rows that are not complete cards. */
export const NO_SCORE_REASON = 'Chưa có điểm';
const NO_COMPLETE_CARD_REASON = 'Chưa có phiếu chấm đủ các tiêu chí Chuẩn (xem cảnh báo trang Chấm điểm)';

/** What decided the unit once its incomplete rows were left out, as the end of their warning. */
function usedInstead(score: UnitScore): string {
  if (score.source === null || score.finalScore === null) return `đơn vị ${clip(score.unit)} không còn phiếu nào đủ nên chưa xếp loại (CXL).`;
  const from =
    score.source === 'cross' && score.crossChecks > 1 ? `trung bình ${score.crossChecks} phiếu Chấm chéo` : `phiếu ${SCORE_FORM_NAMES[score.source]}`;
  return `điểm chính thức của ${clip(score.unit)} lấy từ ${from}: ${formatPoints(score.finalScore)} điểm.`;
}

/** One warning per left-out row of the unit, at the row's Mã đơn vị cell (column `unitColumn`). */
function leftOutWarnings(score: UnitScore, unitColumn: string): Warning[] {
  return score.leftOut.map(({ row, blank, missing }) => {
    const card = `Dòng ${row.row} (${SCORE_FORM_NAMES[row.form]} cho ${clip(score.unit)}${row.scorer.trim() === '' ? '' : `, người chấm ${clip(row.scorer.trim())}`})`;
    const message = blank
      ? `${card} không có điểm tiêu chí nào: đây không phải phiếu chấm, dòng này không được tính; ${usedInstead(score)}`
      : `${card} thiếu điểm tiêu chí Chuẩn ${listSome(
          missing.map((code) => clip(code)),
          'tiêu chí',
          5,
        )} (ô trống hoặc không đọc được): phiếu chưa đủ nên không được tính vào điểm chính thức; ${usedInstead(score)}`;
    return { sheet: SHEET.scores, cell: `${unitColumn}${row.row}`, message };
  });
}

/** Zero for each of the five levels. */
export function emptyLevelCounts(): LevelCounts {
  return { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, CXL: 0 };
}

function countLevels(entries: readonly RankingEntry[]): LevelCounts {
  const counts = emptyLevelCounts();
  for (const entry of entries) counts[entry.level] += 1;
  return counts;
}

/** Each unit's line before ranking: points, level after conditions and group floor, flags and reasons. */
function entriesBeforeCap(
  units: readonly Unit[],
  criteria: readonly Criterion[],
  rows: readonly ScoreRow[],
  settings: Settings,
  unitColumn: string,
): { entries: RankingEntry[]; warnings: Warning[] } {
  const scores = scoreUnits(units, criteria, rows, settings);
  const warnings: Warning[] = [];
  const entries = units.map((unit): RankingEntry => {
    const score = scores.get(unit.code);
    if (score === undefined) throw new Error(`scoreUnits left out ${unit.code}`);
    warnings.push(...leftOutWarnings(score, unitColumn));
    const classified = classifyUnit(score, criteria, settings);
    const cxlReason = score.leftOut.length > 0 ? NO_COMPLETE_CARD_REASON : NO_SCORE_REASON;
    return {
      unit: unit.code,
      name: unit.name,
      selfScore: score.selfScore,
      finalScore: score.finalScore,
      rank: null,
      level: classified.level,
      flags: [...score.flags, ...classified.flags],
      reasons: classified.level === 'CXL' ? [cxlReason] : classified.reasons,
    };
  });
  return { entries, warnings: warnings.sort((a, b) => rowOf(a) - rowOf(b)) };
}

const rowOf = (warning: Warning): number => Number(warning.cell.replace(/^[A-Z]+/, ''));

/** Applies the union-wide cap on HTXSNV (Giới hạn tỷ lệ HTXSNV) in place. */
function applyCap(entries: RankingEntry[], settings: Settings): void {
  const capPercent = settings.excellentCapPercent;
  const allowance = excellentAllowance(capPercent, entries.length);
  if (capPercent === null || allowance === null) return;
  const excellent = entries.flatMap((e) => (e.level === 'HTXSNV' && e.finalScore !== null ? [{ unit: e.unit, finalScore: e.finalScore }] : []));
  const over = unitsOverCap(excellent, allowance);
  for (const entry of entries) {
    if (!over.has(entry.unit)) continue;
    entry.level = 'HTTNV';
    entry.flags.push('VUOT_GIOI_HAN');
    entry.reasons.push(capReason(capPercent, allowance, entries.length));
  }
}

/** Orders a cluster's lines (final score descending, then unit code; CXL last) and sets competition ranks. */
function rankCluster(entries: readonly RankingEntry[]): RankingEntry[] {
  const scored = entries.filter((e) => e.finalScore !== null);
  const unscored = entries.filter((e) => e.finalScore === null).sort((a, b) => naturalCompare(a.unit, b.unit));
  scored.sort((a, b) => (b.finalScore as number) - (a.finalScore as number) || naturalCompare(a.unit, b.unit));
  const ranks = competitionRanks(scored.map((e) => e.finalScore));
  scored.forEach((entry, i) => {
    entry.rank = ranks[i];
  });
  return [...scored, ...unscored];
}

/**
 * The whole per-period computation. `units` (Đơn vị order) are the universe; `rows` are the period's score rows for known
 * units. Every unit is counted, unclassified (CXL) ones included; percentages are of all units and sum to 100.0. `unitColumn` is
 * the letter of Chấm điểm's Mã đơn vị column, where the warnings about left-out rows point.
 */
export function evaluateEmulation(
  units: readonly Unit[],
  criteria: readonly Criterion[],
  rows: readonly ScoreRow[],
  settings: Settings,
  unitColumn = 'B',
): EmulationResult {
  const { entries, warnings } = entriesBeforeCap(units, criteria, rows, settings, unitColumn);
  applyCap(entries, settings);
  const unitsOf = new Map(units.map((u) => [u.code, u]));
  // Clusters group by nameKey, as roles compare them, and show the first spelling in Đơn vị order.
  const byCluster = new Map<string, { name: string; entries: RankingEntry[] }>();
  for (const entry of entries) {
    const cluster = unitsOf.get(entry.unit)?.cluster ?? '';
    const group = byCluster.get(nameKey(cluster));
    if (group === undefined) byCluster.set(nameKey(cluster), { name: cluster, entries: [entry] });
    else group.entries.push(entry);
  }
  const clusters: ClusterSummary[] = [...byCluster.values()]
    .sort((a, b) => naturalCompare(a.name, b.name))
    .map(({ name, entries: members }) => {
      const ranking = rankCluster(members);
      return { name, units: ranking.length, classification: countLevels(ranking), ranking };
    });
  const classification = countLevels(entries);
  return {
    units: entries.length,
    classification,
    classificationPercent: largestRemainderPercents(classification, LEVELS),
    clusters,
    results: new Map(entries.map((e) => [e.unit, e])),
    warnings,
  };
}
