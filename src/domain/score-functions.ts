// Pure cores of the scoring custom functions: raw Sheets cells in (numbers, "" for blanks, text), 2-D arrays out, errors as Vietnamese text.
import { levelForScore } from './classification';
import { cardTotal, roundScore } from './scoring';
import { formatDecimal, isBlank, matchOption, parseDecimal } from './text';
import { CRITERION_KIND_NAMES, DEFAULT_SETTINGS, type Criterion, type CriterionKind } from './types';

export const NOT_A_NUMBER = 'Lỗi: điểm không phải số';
export const BAD_THRESHOLDS = 'Lỗi: ngưỡng xếp loại không hợp lệ (cần số, xuất sắc ≥ tốt ≥ hoàn thành)';
export const SHAPE_MISMATCH = 'Lỗi: hai vùng không cùng kích thước';

type Cell = number | string;
type Read = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'text' };

/** A value or range as Sheets passes it, always as rows of cells (a single cell becomes [[cell]]). */
export function toGrid(input: unknown): unknown[][] {
  if (!Array.isArray(input)) return [[input]];
  return input.map((row) => (Array.isArray(row) ? row : [row]));
}

/** A cell as a number: numbers, and text such as "8" or "7,5"; blank cells are blank; anything else is text. */
export function readNumber(cell: unknown): Read {
  if (isBlank(cell)) return { kind: 'blank' };
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell } : { kind: 'text' };
  const decimal = typeof cell === 'string' ? parseDecimal(cell) : undefined;
  return decimal === undefined ? { kind: 'text' } : { kind: 'number', value: decimal };
}

/** The cells of a range, row by row, as one list (a rubric column or row). */
function flatten(input: unknown): unknown[] {
  return toGrid(input).reduce<unknown[]>((all, row) => all.concat(row), []);
}

const KIND_BY_NAME = new Map<string, CriterionKind>((Object.keys(CRITERION_KIND_NAMES) as CriterionKind[]).map((kind) => [CRITERION_KIND_NAMES[kind], kind]));

/** The rubric as criteria C1, C2, … from its maxima and kinds, or an error text. */
function rubricOf(maxima: unknown, kinds: unknown): Criterion[] | string {
  const maxCells = flatten(maxima);
  const given = kinds === undefined ? [] : flatten(kinds);
  const kindCells = given.every(isBlank) ? [] : given;
  if (kindCells.length > 0 && kindCells.length !== maxCells.length) return `Lỗi: ${kindCells.length} loại tiêu chí nhưng ${maxCells.length} điểm tối đa`;
  const criteria: Criterion[] = [];
  for (let i = 0; i < maxCells.length; i += 1) {
    const max = readNumber(maxCells[i]);
    if (max.kind !== 'number' || max.value <= 0) return `Lỗi: điểm tối đa thứ ${i + 1} không hợp lệ`;
    const kindCell = kindCells[i];
    let kind: CriterionKind = 'standard';
    if (!isBlank(kindCell)) {
      const name = matchOption(String(kindCell), [...KIND_BY_NAME.keys()]);
      if (name === undefined) return `Lỗi: loại tiêu chí "${String(kindCell)}" không hợp lệ`;
      kind = KIND_BY_NAME.get(name) ?? 'standard';
    }
    criteria.push({ code: `C${i + 1}`, group: '', content: '', max: max.value, kind, row: i + 1 });
  }
  return criteria;
}

/** The total of one score row against the rubric, "" for an all-blank row, or an error text naming the column. */
function rowTotal(row: readonly unknown[], criteria: readonly Criterion[]): Cell {
  if (row.every(isBlank)) return '';
  if (row.length !== criteria.length) return `Lỗi: ${row.length} cột điểm nhưng ${criteria.length} tiêu chí`;
  const scores: Record<string, number> = {};
  for (let i = 0; i < criteria.length; i += 1) {
    const cell = readNumber(row[i]);
    if (cell.kind === 'blank') continue;
    if (cell.kind === 'text') return `${NOT_A_NUMBER} (cột ${i + 1})`;
    if (cell.value < 0) return `Lỗi: điểm âm ở cột ${i + 1}`;
    if (cell.value > criteria[i].max) return `Lỗi: cột ${i + 1} vượt điểm tối đa (${formatDecimal(cell.value)} > ${formatDecimal(criteria[i].max)})`;
    scores[criteria[i].code] = cell.value;
  }
  return cardTotal(scores, criteria);
}

/**
 * Tổng điểm of each score row: Chuẩn + Thưởng − Trừ against the maxima (a rubric row or column) and kinds (Chuẩn ·
 * Thưởng · Trừ · Điều kiện, blank = Chuẩn). One cell per row; a rubric error is repeated on every row.
 */
export function totalOfRows(scores: unknown[][], maxima: unknown[][], kinds?: unknown[][]): Cell[][] {
  const criteria = rubricOf(maxima, kinds);
  return toGrid(scores).map((row) => [typeof criteria === 'string' ? criteria : rowTotal(row, criteria)]);
}

/** A threshold argument: blank or missing gives the default. */
function thresholdOf(value: unknown, fallback: number): number | null {
  const cell = readNumber(toGrid(value)[0]?.[0]);
  if (cell.kind === 'blank') return fallback;
  return cell.kind === 'number' ? cell.value : null;
}

/** Maps each cell of a grid: blanks stay "", text becomes NOT_A_NUMBER, numbers go through `map`. */
function mapNumbers(input: unknown, map: (value: number) => Cell): Cell[][] {
  return toGrid(input).map((row) =>
    row.map((cell) => {
      const read = readNumber(cell);
      if (read.kind === 'blank') return '';
      return read.kind === 'text' ? NOT_A_NUMBER : map(read.value);
    }),
  );
}

/** The level code (HTXSNV, HTTNV, HTNV, KHTNV) of each score, same shape as the input; thresholds default to 90/70/50. */
export function levelOf(scores: unknown, excellent?: unknown, good?: unknown, completed?: unknown): string[][] {
  const defaults = DEFAULT_SETTINGS.thresholds;
  const thresholds = {
    excellent: thresholdOf(excellent, defaults.excellent),
    good: thresholdOf(good, defaults.good),
    completed: thresholdOf(completed, defaults.completed),
  };
  const { excellent: e, good: g, completed: c } = thresholds;
  if (e === null || g === null || c === null || !(e >= g && g >= c)) return toGrid(scores).map((row) => row.map(() => BAD_THRESHOLDS));
  return mapNumbers(scores, (value) => levelForScore(value, { excellent: e, good: g, completed: c })) as string[][];
}

/** The competition rank (1, 2, 2, 4) of each score among the numbers of `range` (blanks and text there are ignored). */
export function rankWithin(scores: unknown, range: unknown[][]): Cell[][] {
  const others: number[] = [];
  for (const cell of flatten(range)) {
    const read = readNumber(cell);
    if (read.kind === 'number') others.push(roundScore(read.value));
  }
  return mapNumbers(scores, (value) => {
    const score = roundScore(value);
    return 1 + others.filter((other) => other > score).length;
  });
}

/** Chênh lệch of each row: self-score − final score (2 decimals); "" when either is blank. A single final cell applies to every row. */
export function gapOf(selfScores: unknown, finalScores: unknown): Cell[][] {
  const self = toGrid(selfScores);
  const final = toGrid(finalScores);
  const single = final.length === 1 && final[0].length === 1;
  const sameShape = final.length === self.length && self.every((row, r) => row.length === final[r].length);
  if (!single && !sameShape) return self.map((row) => row.map(() => SHAPE_MISMATCH));
  return self.map((row, r) =>
    row.map((cell, c) => {
      const a = readNumber(cell);
      const b = readNumber(single ? final[0][0] : final[r][c]);
      if (a.kind === 'blank' || b.kind === 'blank') return '';
      if (a.kind === 'text' || b.kind === 'text') return NOT_A_NUMBER;
      return roundScore(a.value - b.value);
    }),
  );
}
