// Xếp loại: levels from the final score, failed conditions, the group floor on Chuẩn points and the cap on HTXSNV.
import { roundScore, type UnitScore } from './scoring';
import { SHEET } from './sheet-names';
import type { Criterion, Level, ResultFlag, Settings, Warning } from './types';
import { clip, listSome, ownValue } from './text';

/** What a unit ends at before the cap, and why it is below its points. */
export interface Classification {
  level: Level;
  flags: ResultFlag[];
  reasons: string[];
}

/** Points in Vietnamese style: decimal comma, no needless zeros (12.5 → "12,5", 40 → "40"). */
export function formatPoints(points: number): string {
  return String(roundScore(points)).replace('.', ',');
}

/** A percentage in Vietnamese style with thousands grouped and at most 1 decimal (3086474.7 → "3.086.474,7"; 46.67 → "46,7"). */
export function formatPercent(percent: number): string {
  const [whole, decimals] = (Math.round(percent * 10) / 10).toFixed(1).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return decimals === '0' ? grouped : `${grouped},${decimals}`;
}

/**
 * A warning when no unit can reach HTXSNV: the highest total the counted rubric allows (Chuẩn plus Thưởng maxima, less the
 * criteria that have no column in Chấm điểm) is below the HTXSNV threshold, so every level is off. It names the likely causes:
 * the Tiêu chí cells whose rows were left out (`rubricCells`) and the criteria without a column (`withoutColumn`).
 */
export function excellenceOutOfReach(
  criteria: readonly Criterion[],
  settings: Settings,
  causes: { rubricCells: readonly string[]; withoutColumn: readonly string[] },
): Warning | null {
  const counted = criteria.filter((c) => !causes.withoutColumn.includes(c.code));
  const sum = (kind: Criterion['kind']) => roundScore(counted.filter((c) => c.kind === kind).reduce((total, c) => total + c.max, 0));
  const standard = sum('standard');
  const reachable = roundScore(standard + sum('bonus'));
  const threshold = settings.thresholds.excellent;
  if (criteria.length === 0 || reachable >= threshold) return null;
  const why = [
    ...causes.rubricCells.map((cell) => `ô ${cell} của trang ${SHEET.rubric} sai nên tiêu chí của dòng đó không được tính`),
    ...causes.withoutColumn.map((code) => `trang ${SHEET.scores} không có cột cho tiêu chí "${clip(code)}"`),
  ];
  const because = why.length > 0 ? ` Nguyên nhân: ${listSome(why, 'nguyên nhân', 2, '; ')}.` : ` Hãy kiểm tra cột Điểm tối đa của trang ${SHEET.rubric}.`;
  return {
    sheet: SHEET.rubric,
    cell: causes.rubricCells[0] ?? '',
    message:
      `Điểm cao nhất có thể đạt theo các tiêu chí được tính chỉ là ${formatPoints(reachable)} (Chuẩn ${formatPoints(standard)}), dưới ngưỡng HTXSNV ` +
      `${formatPoints(threshold)} điểm: không đơn vị nào có thể đạt HTXSNV, nên xếp loại của bản tổng hợp này không đúng.${because}`,
  };
}

/** The level the points alone give: ≥ excellent → HTXSNV, ≥ good → HTTNV, ≥ completed → HTNV, else KHTNV. */
export function levelForScore(score: number, thresholds: Settings['thresholds']): Exclude<Level, 'CXL'> {
  const points = roundScore(score);
  if (points >= thresholds.excellent) return 'HTXSNV';
  if (points >= thresholds.good) return 'HTTNV';
  if (points >= thresholds.completed) return 'HTNV';
  return 'KHTNV';
}

/** Điều kiện criteria the final card fails (value < 1); a blank condition counts as met. */
export function failedConditions(finalCard: Record<string, number>, criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => {
    const value = ownValue(finalCard, c.code);
    return c.kind === 'condition' && value !== undefined && value < 1;
  });
}

/** One group's Chuẩn points against its Chuẩn maximum. */
export interface GroupShare {
  group: string;
  points: number;
  max: number;
}

/** Chuẩn points and maxima per named group (Nhóm), in rubric order; bonus, penalty and conditions never count. */
export function groupShares(finalCard: Record<string, number>, criteria: readonly Criterion[]): GroupShare[] {
  const shares = new Map<string, GroupShare>();
  for (const criterion of criteria) {
    const group = criterion.group.trim();
    if (criterion.kind !== 'standard' || group === '') continue;
    const share = shares.get(group) ?? { group, points: 0, max: 0 };
    share.points += ownValue(finalCard, criterion.code) ?? 0;
    share.max += criterion.max;
    shares.set(group, share);
  }
  return [...shares.values()].map((s) => ({ group: s.group, points: roundScore(s.points), max: roundScore(s.max) }));
}

/** Groups whose Chuẩn points are strictly below floorPercent % of their Chuẩn maximum; none when the floor is 0. */
export function groupsBelowFloor(finalCard: Record<string, number>, criteria: readonly Criterion[], floorPercent: number): GroupShare[] {
  if (floorPercent <= 0) return [];
  return groupShares(finalCard, criteria).filter((s) => s.max > 0 && s.points < roundScore((s.max * floorPercent) / 100));
}

function conditionReason(criterion: Criterion): string {
  const label = criterion.content.trim() === '' ? criterion.code : `${criterion.code}: ${criterion.content.trim()}`;
  return `Không đạt điều kiện "${label}"`;
}

function floorReason(share: GroupShare, floorPercent: number): string {
  const percent = formatPercent(roundScore((share.points / share.max) * 100));
  return `Nhóm "${share.group}" chỉ đạt ${formatPoints(share.points)}/${formatPoints(share.max)} điểm (${percent}%), dưới sàn ${formatPercent(floorPercent)}%`;
}

/**
 * The level of one scored unit before the cap. Unscored units are CXL. A unit at HTXSNV by points that fails a
 * condition, or falls under the group floor, is HTTNV; both reasons are given when both apply.
 */
export function classifyUnit(score: UnitScore, criteria: readonly Criterion[], settings: Settings): Classification {
  if (score.finalScore === null || score.finalCard === null) return { level: 'CXL', flags: [], reasons: [] };
  const level = levelForScore(score.finalScore, settings.thresholds);
  if (level !== 'HTXSNV') return { level, flags: [], reasons: [] };
  const flags: ResultFlag[] = [];
  const reasons: string[] = [];
  const failed = failedConditions(score.finalCard, criteria);
  if (failed.length > 0) {
    flags.push('KHONG_DAT_DIEU_KIEN');
    reasons.push(...failed.map(conditionReason));
  }
  const below = groupsBelowFloor(score.finalCard, criteria, settings.groupFloorPercent);
  if (below.length > 0) {
    flags.push('DUOI_SAN_NHOM');
    reasons.push(...below.map((share) => floorReason(share, settings.groupFloorPercent)));
  }
  return { level: flags.length > 0 ? 'HTTNV' : 'HTXSNV', flags, reasons };
}

/** How many units may be HTXSNV: floor(cap % × all units of the period); null when there is no cap. */
export function excellentAllowance(capPercent: number | null, unitCount: number): number | null {
  if (capPercent === null) return null;
  return Math.floor(Number(((capPercent * unitCount) / 100).toFixed(6)));
}

/**
 * The units that the cap drops from HTXSNV to HTTNV, from the lowest final score up. Units tied with the first unit
 * over the allowance are dropped with it (equal scores, equal levels), so fewer than the allowance may remain.
 */
export function unitsOverCap(excellent: readonly { unit: string; finalScore: number }[], allowance: number | null): Set<string> {
  if (allowance === null || excellent.length <= allowance) return new Set();
  const scores = excellent.map((e) => e.finalScore).sort((a, b) => b - a);
  const boundary = scores[Math.max(allowance, 0)];
  return new Set(excellent.filter((e) => e.finalScore <= boundary).map((e) => e.unit));
}

/** The reason shown on a unit dropped by the cap. */
export function capReason(capPercent: number, allowance: number, unitCount: number): string {
  return `Vượt giới hạn HTXSNV ${formatPercent(capPercent)}% (tối đa ${allowance}/${unitCount} đơn vị), hạ xuống HTTNV`;
}
