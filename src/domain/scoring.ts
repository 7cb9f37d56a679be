// Score cards: card totals, the latest row per scorer, final-score precedence (Cấp trên > Cụm trưởng > Chấm chéo > Tự chấm) and flags.
import type { Criterion, ResultFlag, ScoreForm, ScoreRow, Settings, Unit } from './types';
import { clip, codeKey, emailKey, emptyRecord, listSome, nameKey, ownValue } from './text';

/**
 * Rounds points to 2 decimals (Math.round, halves up), first cutting float noise from the hundredths:
 * 0.1 + 0.2 → 0.3, and 1.005 (stored as 1.00499…) → 1.01 as written. Never returns -0.
 */
export function roundScore(points: number): number {
  const hundredths = Number((points * 100).toFixed(6));
  return Math.round(hundredths) / 100 || 0;
}

/**
 * Tổng điểm of one card: Chuẩn + Thưởng − Trừ; Điều kiện adds nothing; a blank (absent) criterion counts 0.
 * Not clamped; rounded to 2 decimals. Values are trusted to be within 0..max (the reader rejects others).
 */
export function cardTotal(scores: Record<string, number>, criteria: readonly Criterion[]): number {
  let total = 0;
  for (const criterion of criteria) {
    const value = ownValue(scores, criterion.code) ?? 0;
    if (criterion.kind === 'standard' || criterion.kind === 'bonus') total += value;
    else if (criterion.kind === 'penalty') total -= value;
  }
  return roundScore(total);
}

/** The scoring outcome of one unit for the period, before levels. All scores are rounded to 2 decimals. */
export interface UnitScore {
  unit: string;
  /** Total of the latest Tự chấm row, null if none. */
  selfScore: number | null;
  /** Total of the final card, null when the unit has no row in the period. */
  finalScore: number | null;
  /** Per-criterion mean of the deciding cards (see scoreUnits), null when unscored. */
  finalCard: Record<string, number> | null;
  /** The form that decided the final score. */
  source: ScoreForm | null;
  /** Number of distinct Chấm chéo scorers (before any trimming). */
  crossChecks: number;
  flags: ResultFlag[];
  /** The unit's rows of the period left out because they are not complete cards (see cardGaps), in sheet order. */
  leftOut: LeftOutCard[];
}

/**
 * A score row that is not counted: `missing` lists the Chuẩn criteria blank or unreadable on it; a row with no criterion
 * readable at all (every cell blank) has `blank` set and is not a card.
 */
export interface LeftOutCard {
  row: ScoreRow;
  blank: boolean;
  missing: string[];
}

/** The Chuẩn criteria a card leaves blank (absent), in rubric order: a card with any is not counted (cardGaps). */
export function missingStandard(scores: Record<string, number | null>, criteria: readonly Pick<Criterion, 'code' | 'kind'>[]): string[] {
  return criteria.filter((c) => c.kind === 'standard' && (ownValue(scores, c.code) ?? null) === null).map((c) => c.code);
}

/** Why a card missing Chuẩn criteria is not saved (sidebar and server say the same; no final full stop). */
export function incompleteCardMessage(missing: readonly string[]): string {
  return `Chưa lưu: phiếu còn thiếu điểm tiêu chí Chuẩn ${listSome(
    missing.map((code) => clip(code)),
    'tiêu chí',
    8,
  )}. Phiếu thiếu tiêu chí Chuẩn không được tính vào điểm chính thức; hãy nhập đủ rồi lưu`;
}

/**
 * Why a row is not a complete card, or null when it is: no criterion of any kind readable (blank: not a card), or some
 * Chuẩn criteria absent (blank or unreadable: an unfinished card). Thưởng/Trừ blank is 0 and Điều kiện blank is met.
 */
export function cardGaps(row: ScoreRow, criteria: readonly Criterion[]): LeftOutCard | null {
  const blank = criteria.length > 0 && criteria.every((c) => ownValue(row.scores, c.code) === undefined);
  const missing = missingStandard(row.scores, criteria);
  return blank || missing.length > 0 ? { row, blank, missing } : null;
}

/** The scorer as a key: an email by emailKey ("  Nguyen@X.vn " is "nguyen@x.vn"), a name typed from a paper form by nameKey. */
export function scorerKey(scorer: string): string {
  return scorer.includes('@') ? emailKey(scorer) : nameKey(scorer);
}

/** Keeps only the latest row (largest sheet row) of each unit, form and scorer. */
export function latestRows(rows: readonly ScoreRow[]): ScoreRow[] {
  const latest = new Map<string, ScoreRow>();
  for (const row of rows) {
    const key = JSON.stringify([codeKey(row.unit), row.form, scorerKey(row.scorer)]);
    const kept = latest.get(key);
    if (kept === undefined || row.row > kept.row) latest.set(key, row);
  }
  return [...latest.values()];
}

/** The row lowest in the sheet, the latest entered; undefined for none. */
export function latestOf(rows: readonly ScoreRow[]): ScoreRow | undefined {
  return rows.reduce<ScoreRow | undefined>((best, row) => (best === undefined || row.row > best.row ? row : best), undefined);
}

/**
 * The per-criterion mean of the deciding cards. A point criterion blank on some cards counts 0 there (so the card's
 * total is the mean of the totals); a condition is averaged over the cards that filled it (blank = met). A criterion
 * blank on every card stays absent.
 */
export function meanCard(cards: readonly ScoreRow[], criteria: readonly Criterion[]): Record<string, number> {
  const card = emptyRecord<number>();
  for (const criterion of criteria) {
    const values = cards.map((c) => ownValue(c.scores, criterion.code)).filter((v): v is number => v !== undefined);
    if (values.length === 0) continue;
    const sum = values.reduce((a, b) => a + b, 0);
    card[criterion.code] = sum / (criterion.kind === 'condition' ? values.length : cards.length);
  }
  return card;
}

/** The Chấm chéo cards that count: one per scorer; trimmed of the highest and lowest total when asked and ≥ 3. */
function countedCrossCards(cross: readonly ScoreRow[], criteria: readonly Criterion[], settings: Settings): ScoreRow[] {
  if (settings.crossCheckAggregation !== 'trimmedMean' || cross.length < 3) return [...cross];
  // Sorted by total, then by sheet row, so which of two equal totals is dropped does not depend on input order.
  const sorted = [...cross].sort((a, b) => cardTotal(a.scores, criteria) - cardTotal(b.scores, criteria) || a.row - b.row);
  return sorted.slice(1, -1);
}

/** The deciding cards and their form, by precedence: Cấp trên, Cụm trưởng, the Chấm chéo mean, Tự chấm. */
function decidingCards(rows: readonly ScoreRow[], criteria: readonly Criterion[], settings: Settings): { form: ScoreForm; cards: ScoreRow[] } | null {
  for (const form of ['superior', 'leader'] as const) {
    const latest = latestOf(rows.filter((r) => r.form === form));
    if (latest !== undefined) return { form, cards: [latest] };
  }
  const cross = rows.filter((r) => r.form === 'cross');
  if (cross.length > 0) return { form: 'cross', cards: countedCrossCards(cross, criteria, settings) };
  const self = latestOf(rows.filter((r) => r.form === 'self'));
  return self === undefined ? null : { form: 'self', cards: [self] };
}

function unscored(unit: string, leftOut: LeftOutCard[]): UnitScore {
  return { unit, selfScore: null, finalScore: null, finalCard: null, source: null, crossChecks: 0, flags: [], leftOut };
}

/**
 * Scores every unit of the period from its rows (the caller passes one period's rows). Units without rows get nulls.
 * Rows that are not complete cards (cardGaps) are left out first, so the next card in the precedence decides; they come
 * back in `leftOut` for the warning. Flags: CHUA_CHAM_CHEO when only Tự chấm decided; CHENH_LECH when selfScore − finalScore > gapThreshold and the final
 * score does not come from the self row.
 */
export function scoreUnits(units: readonly Unit[], criteria: readonly Criterion[], rows: readonly ScoreRow[], settings: Settings): Map<string, UnitScore> {
  const byUnit = new Map<string, ScoreRow[]>();
  const leftOutByUnit = new Map<string, LeftOutCard[]>();
  const complete: ScoreRow[] = [];
  for (const row of rows) {
    const gaps = cardGaps(row, criteria);
    if (gaps === null) complete.push(row);
    else leftOutByUnit.set(codeKey(row.unit), [...(leftOutByUnit.get(codeKey(row.unit)) ?? []), gaps]);
  }
  for (const row of latestRows(complete)) {
    const list = byUnit.get(codeKey(row.unit));
    if (list === undefined) byUnit.set(codeKey(row.unit), [row]);
    else list.push(row);
  }
  const result = new Map<string, UnitScore>();
  for (const unit of units) {
    const unitRows = byUnit.get(codeKey(unit.code)) ?? [];
    const leftOut = (leftOutByUnit.get(codeKey(unit.code)) ?? []).sort((a, b) => a.row.row - b.row.row);
    const decided = decidingCards(unitRows, criteria, settings);
    if (decided === null) {
      result.set(unit.code, unscored(unit.code, leftOut));
      continue;
    }
    const self = latestOf(unitRows.filter((r) => r.form === 'self'));
    const selfScore = self === undefined ? null : cardTotal(self.scores, criteria);
    const finalCard = meanCard(decided.cards, criteria);
    const finalScore = cardTotal(finalCard, criteria);
    const flags: ResultFlag[] = [];
    if (decided.form === 'self') flags.push('CHUA_CHAM_CHEO');
    else if (selfScore !== null && roundScore(selfScore - finalScore) > settings.gapThreshold) flags.push('CHENH_LECH');
    const crossChecks = unitRows.filter((r) => r.form === 'cross').length;
    result.set(unit.code, { unit: unit.code, selfScore, finalScore, finalCard, source: decided.form, crossChecks, flags, leftOut });
  }
  return result;
}
