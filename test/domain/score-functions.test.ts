// Tests of the pure cores of the scoring custom functions, fed raw cells as Sheets passes them.
import { BAD_THRESHOLDS, gapOf, levelOf, NOT_A_NUMBER, rankWithin, SHAPE_MISMATCH, totalOfRows } from '../../src/domain/score-functions';

const MAXIMA = [[10, 10, 80, 10, 10, 1]];
const KINDS = [['Chuẩn', '', 'Chuẩn', 'Thưởng', 'Trừ', 'Điều kiện']];

describe('totalOfRows', () => {
  it('adds Chuẩn and Thưởng, subtracts Trừ and ignores Điều kiện, one total per row', () => {
    const scores = [
      [10, 10, 80, 5, 3, 1], // 102
      [8, '', 60, '', 10, 0], // 58
    ];
    expect(totalOfRows(scores, MAXIMA, KINDS)).toEqual([[102], [58]]);
  });

  it('accepts the rubric as columns, as the Tiêu chí sheet holds it', () => {
    const column = (row: unknown[]) => row.map((cell) => [cell]);
    expect(totalOfRows([[10, 10, 80, 5, 3, 1]], column(MAXIMA[0]), column(KINDS[0]))).toEqual([[102]]);
  });

  it('treats every criterion as Chuẩn without kinds, and matches kinds without diacritics', () => {
    expect(totalOfRows([[5, 3]], [[10, 10]])).toEqual([[8]]);
    expect(totalOfRows([[5, 3]], [[10, 10]], [['chuan', 'TRU']])).toEqual([[2]]);
    expect(totalOfRows([[5, 3]], [[10, 10]], [['']])).toEqual([[8]]);
  });

  it('gives "" for a blank row and reads numbers typed as text', () => {
    expect(
      totalOfRows(
        [
          ['', '', ''],
          ['7,5', ' 2 ', ''],
        ],
        [[10, 10, 10]],
      ),
    ).toEqual([[''], [9.5]]);
  });

  it('names the column of text, a negative value or a value above its maximum', () => {
    const scores = [
      [10, 'abc', 80, 0, 0, 1],
      [11, 0, 80, 0, 0, 1],
      [10, 10, 80, 0, 11, 1],
      [10, 10, 80, 0, -1, 1],
      [10, 10, 80, 0, 0, 2],
    ];
    expect(totalOfRows(scores, MAXIMA, KINDS)).toEqual([
      [`${NOT_A_NUMBER} (cột 2)`],
      ['Lỗi: cột 1 vượt điểm tối đa (11 > 10)'],
      ['Lỗi: cột 5 vượt điểm tối đa (11 > 10)'],
      ['Lỗi: điểm âm ở cột 5'],
      ['Lỗi: cột 6 vượt điểm tối đa (2 > 1)'],
    ]);
  });

  it('reports a rubric that does not fit on every row', () => {
    expect(
      totalOfRows(
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        [[10, 10]],
      ),
    ).toEqual([['Lỗi: 3 cột điểm nhưng 2 tiêu chí'], ['Lỗi: 3 cột điểm nhưng 2 tiêu chí']]);
    expect(totalOfRows([[1, 2]], [[10, 'x']])).toEqual([['Lỗi: điểm tối đa thứ 2 không hợp lệ']]);
    expect(totalOfRows([[1, 2]], [[10, 0]])).toEqual([['Lỗi: điểm tối đa thứ 2 không hợp lệ']]);
    expect(totalOfRows([[1, 2]], [[10, 10]], [['Chuẩn', 'Phạt']])).toEqual([['Lỗi: loại tiêu chí "Phạt" không hợp lệ']]);
    expect(totalOfRows([[1, 2]], [[10, 10]], [['Chuẩn']])).toEqual([['Lỗi: 1 loại tiêu chí nhưng 2 điểm tối đa']]);
  });

  it('takes a single score cell as a one-cell row', () => {
    // @ts-expect-error -- Sheets passes a custom function the value of a single cell, not a grid
    expect(totalOfRows(7, 10)).toEqual([[7]]);
  });
});

describe('levelOf', () => {
  it('gives the level of a single value', () => {
    expect(levelOf(90)).toEqual([['HTXSNV']]);
  });

  it('maps a column with blanks and text, under the default 90/70/50', () => {
    expect(levelOf([[90], [89.5], [''], ['abc'], [70], [50], [49.99]])).toEqual([['HTXSNV'], ['HTTNV'], [''], [NOT_A_NUMBER], ['HTTNV'], ['HTNV'], ['KHTNV']]);
  });

  it('uses given thresholds, and defaults for blank ones', () => {
    expect(levelOf([[86], [84]], 85, '', '')).toEqual([['HTXSNV'], ['HTTNV']]);
    expect(levelOf([[86]], [[85]], [[80]], [[60]])).toEqual([['HTXSNV']]);
  });

  it('reports thresholds that are text or out of order in every cell', () => {
    expect(levelOf([[86], [70]], 50, 70, 90)).toEqual([[BAD_THRESHOLDS], [BAD_THRESHOLDS]]);
    expect(levelOf(86, 'chín mươi')).toEqual([[BAD_THRESHOLDS]]);
  });
});

describe('rankWithin', () => {
  it('ranks each score within the range, equal scores sharing a rank (1, 2, 2, 4)', () => {
    const column = [[90], [85], [85], [70], ['']];
    expect(rankWithin(column, column)).toEqual([[1], [2], [2], [4], ['']]);
  });

  it('ignores blanks and text in the range and reports text scores', () => {
    const range = [
      [90, 'vắng'],
      ['', 80],
    ];
    expect(rankWithin([[80], ['x'], [95]], range)).toEqual([[2], [NOT_A_NUMBER], [1]]);
  });

  it('compares scores rounded to 2 decimals', () => {
    expect(rankWithin(0.1 + 0.2, [[0.3], [0.5]])).toEqual([[2]]);
  });
});

describe('gapOf', () => {
  it('subtracts the final score from the self-score row by row, "" when either is blank', () => {
    expect(gapOf([[95], [80], [''], [70]], [[85], [80], [70], ['']])).toEqual([[10], [0], [''], ['']]);
  });

  it('rounds away float noise and reports text', () => {
    expect(gapOf([[80.3], ['abc']], [[70.3], [60]])).toEqual([[10], [NOT_A_NUMBER]]);
  });

  it('applies a single final score to every row and reports ranges of different sizes', () => {
    expect(gapOf([[95], [75]], 80)).toEqual([[15], [-5]]);
    expect(gapOf([[95], [75]], [[80], [70], [60]])).toEqual([[SHAPE_MISMATCH], [SHAPE_MISMATCH]]);
  });
});
