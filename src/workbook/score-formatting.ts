// The conditional-format rules of Chấm điểm, as pure specs: scores outside 0..maximum, and self-score rows that drift from the other scorers.
import { DRIFT_FILL, OUT_OF_RANGE_FILL, OUT_OF_RANGE_FONT } from '../domain/cell-formats';
import { SCORE_FORM_NAMES, type Criterion } from '../domain/types';
import { criterionCeiling } from './layout';
import { columnLetter } from './table';

/** Where the columns of an existing (or new) Chấm điểm sheet stand: 0-based columns, 1-based first data row. */
export interface ScoreSheetPlacement {
  firstDataRow: number;
  period: number;
  unit: number;
  form: number;
  /** Number of columns the row rule spans, from column A. */
  width: number;
  /** The rubric's criteria that have a column, with that column. */
  criteria: readonly { criterion: Criterion; column: number }[];
}

/** A block of whole columns from the first data row to the sheet's last row. */
export interface ColumnBlock {
  column: number;
  numColumns: number;
}

export type ScoreRuleSpec =
  | { kind: 'numberAbove'; threshold: number; columns: ColumnBlock[]; background: string; fontColor: string }
  | { kind: 'numberBelow'; threshold: number; columns: ColumnBlock[]; background: string; fontColor: string }
  | { kind: 'formula'; formula: string; columns: ColumnBlock[]; background: string };

/** Signs of a criterion in a card total (scoring.ts cardTotal): Chuẩn and Thưởng add, Trừ subtracts, Điều kiện adds nothing. */
export function criterionWeight(criterion: Pick<Criterion, 'kind'>): number {
  if (criterion.kind === 'penalty') return -1;
  if (criterion.kind === 'condition') return 0;
  return 1;
}

/** Formats a number for a formula in the spreadsheet's formula syntax (en_US: point decimal, no grouping). */
function formulaNumber(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** Consecutive column runs of the criteria, in column order, each with its weights. */
function weightedRuns(criteria: ScoreSheetPlacement['criteria']): { first: number; last: number; weights: number[] }[] {
  const sorted = [...criteria].sort((a, b) => a.column - b.column);
  const runs: { first: number; last: number; weights: number[] }[] = [];
  for (const { criterion, column } of sorted) {
    const run = runs[runs.length - 1];
    if (run && run.last + 1 === column) {
      run.last = column;
      run.weights.push(criterionWeight(criterion));
    } else runs.push({ first: column, last: column, weights: [criterionWeight(criterion)] });
  }
  return runs;
}

/** Groups columns into adjacent blocks, so one rule covers several columns with few ranges. */
function columnBlocks(columns: readonly number[]): ColumnBlock[] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const blocks: ColumnBlock[] = [];
  for (const column of sorted) {
    const block = blocks[blocks.length - 1];
    if (block && block.column + block.numColumns === column) block.numColumns++;
    else blocks.push({ column, numColumns: 1 });
  }
  return blocks;
}

/**
 * The formula of the drift rule, for the first data row r (Sheets shifts the relative row for each row of the range):
 *   =AND($C2="Tự chấm", N>0, T - S/N > gap)
 * where T is the row's own total, SUMPRODUCT($E2:$H2,{1,1,-1,0}) per run of adjacent criterion columns, S the sum of the totals of
 * the other rows of the same Kỳ and Mã đơn vị whose Hình thức is set and is not Tự chấm (conditions times the score block times the
 * weights), and N how many such rows there are.
 *
 * Written in the en_US formula syntax (',' between arguments and in array constants), which Apps Script takes whatever the
 * spreadsheet's locale, and relying on Sheets broadcasting a column of conditions over a block of scores and a row of weights
 * inside SUMPRODUCT; both UNVERIFIED against live Sheets here (the local runtime has no formula engine).
 *
 * This is a visual hint only: it takes the plain mean of every non-self row and ignores the replacement of earlier rows and the caps.
 * The authoritative CHENH_LECH flag is in the yearly summary, which follows the full precedence (Cấp trên, Cụm trưởng, mean of
 * Chấm chéo) and the latest row of each scorer.
 */
export function driftFormula(placement: ScoreSheetPlacement, gap: number): string | null {
  const runs = weightedRuns(placement.criteria);
  if (runs.length === 0) return null;
  const r = placement.firstDataRow;
  const col = (index: number) => columnLetter(index);
  const whole = (index: number) => `$${col(index)}$${r}:$${col(index)}`;
  const self = SCORE_FORM_NAMES.self;
  const others =
    `(${whole(placement.period)}=$${col(placement.period)}${r})` +
    `*(${whole(placement.unit)}=$${col(placement.unit)}${r})` +
    `*(${whole(placement.form)}<>"${self}")*(${whole(placement.form)}<>"")`;
  const weights = (run: { weights: number[] }) => `{${run.weights.join(',')}}`;
  const ownTotal = runs.map((run) => `SUMPRODUCT($${col(run.first)}${r}:$${col(run.last)}${r},${weights(run)})`).join('+');
  const othersSum = runs.map((run) => `SUMPRODUCT(${others}*$${col(run.first)}$${r}:$${col(run.last)}*${weights(run)})`).join('+');
  const othersCount = `SUMPRODUCT(${others})`;
  return `=AND($${col(placement.form)}${r}="${self}",${othersCount}>0,${ownTotal}-(${othersSum})/${othersCount}>${formulaNumber(gap)})`;
}

/**
 * Every rule of Chấm điểm, in priority order (Sheets applies the first that matches a cell):
 * 1. a criterion score above its maximum (1 for a condition): one rule per distinct maximum, over all columns sharing it;
 * 2. a criterion score below 0;
 * 3. the drift of a self-score row beyond `gap` points (driftFormula), over the whole row.
 */
export function scoreFormatRules(placement: ScoreSheetPlacement, gap: number): ScoreRuleSpec[] {
  const rules: ScoreRuleSpec[] = [];
  const byCeiling = new Map<number, number[]>();
  for (const { criterion, column } of placement.criteria) {
    const ceiling = criterionCeiling(criterion);
    byCeiling.set(ceiling, [...(byCeiling.get(ceiling) ?? []), column]);
  }
  for (const [ceiling, columns] of [...byCeiling.entries()].sort(([a], [b]) => a - b)) {
    rules.push({ kind: 'numberAbove', threshold: ceiling, columns: columnBlocks(columns), background: OUT_OF_RANGE_FILL, fontColor: OUT_OF_RANGE_FONT });
  }
  if (placement.criteria.length > 0) {
    rules.push({
      kind: 'numberBelow',
      threshold: 0,
      columns: columnBlocks(placement.criteria.map((c) => c.column)),
      background: OUT_OF_RANGE_FILL,
      fontColor: OUT_OF_RANGE_FONT,
    });
  }
  const formula = driftFormula(placement, gap);
  if (formula) rules.push({ kind: 'formula', formula, columns: [{ column: 0, numColumns: placement.width }], background: DRIFT_FILL });
  return rules;
}
