// One period's emulation (thi đua) result: scores, levels, the union-wide cap, cluster rankings, counts and percentages.
import { capReason, classifyUnit, excellentAllowance, unitsOverCap } from './classification';
import { competitionRanks, largestRemainderPercents, naturalCompare } from './ranking';
import { scoreUnits } from './scoring';
import { nameKey } from './text';
import { LEVELS, type ClusterSummary, type Criterion, type LevelCounts, type RankingEntry, type ScoreRow, type Settings, type Unit } from './types';

/** The scoring part of the yearly summary. `results` maps unit code to the unit's line (rank within its cluster). */
export interface EmulationResult {
  units: number;
  classification: LevelCounts;
  classificationPercent: LevelCounts;
  clusters: ClusterSummary[];
  results: Map<string, RankingEntry>;
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
function entriesBeforeCap(units: readonly Unit[], criteria: readonly Criterion[], rows: readonly ScoreRow[], settings: Settings): RankingEntry[] {
  const scores = scoreUnits(units, criteria, rows, settings);
  return units.map((unit) => {
    const score = scores.get(unit.code);
    if (score === undefined) throw new Error(`scoreUnits left out ${unit.code}`);
    const classified = classifyUnit(score, criteria, settings);
    return {
      unit: unit.code,
      name: unit.name,
      selfScore: score.selfScore,
      finalScore: score.finalScore,
      rank: null,
      level: classified.level,
      flags: [...score.flags, ...classified.flags],
      reasons: classified.reasons,
    };
  });
}

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
 * units. Every unit is counted, unclassified (CXL) ones included; percentages are of all units and sum to 100.0.
 */
export function evaluateEmulation(units: readonly Unit[], criteria: readonly Criterion[], rows: readonly ScoreRow[], settings: Settings): EmulationResult {
  const entries = entriesBeforeCap(units, criteria, rows, settings);
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
  };
}
