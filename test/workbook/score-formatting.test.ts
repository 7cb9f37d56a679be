// Tests the conditional-format specs of Chấm điểm: out-of-range scores per maximum, and the self-score drift formula.
import { driftFormula, scoreFormatRules, criterionWeight, type ScoreSheetPlacement } from '../../src/workbook/score-formatting';
import type { Criterion } from '../../src/domain/types';

function criterion(code: string, kind: Criterion['kind'], max: number): Criterion {
  return { code, group: 'A', content: '', max, kind, row: 2 } as Criterion;
}

const TC1 = criterion('TC1', 'standard', 10);
const TC2 = criterion('TC2', 'bonus', 10);
const TC3 = criterion('TC3', 'penalty', 5);
const DK = criterion('DK', 'condition', 1);

/** The layout "Khởi tạo bảng tính" creates: A Kỳ, B Mã đơn vị, C Hình thức, D Người chấm, E..H criteria, I Ghi chú, J Thời điểm. */
const STANDARD: ScoreSheetPlacement = {
  firstDataRow: 2,
  period: 0,
  unit: 1,
  form: 2,
  width: 10,
  criteria: [
    { criterion: TC1, column: 4 },
    { criterion: TC2, column: 5 },
    { criterion: TC3, column: 6 },
    { criterion: DK, column: 7 },
  ],
};

const OTHERS_2 = '($A$2:$A=$A2)*($B$2:$B=$B2)*($C$2:$C<>"Tự chấm")*($C$2:$C<>"")';

describe('criterionWeight', () => {
  test('Chuẩn and Thưởng add, Trừ subtracts, Điều kiện adds nothing', () => {
    expect([TC1, TC2, TC3, DK].map(criterionWeight)).toEqual([1, 1, -1, 0]);
  });
});

describe('driftFormula', () => {
  test('the standard layout: own total minus the mean of the other rows of the same unit and period, against the gap', () => {
    expect(driftFormula(STANDARD, 10)).toBe(
      '=AND($C2="Tự chấm",' +
        `SUMPRODUCT(${OTHERS_2})>0,` +
        'SUMPRODUCT($E2:$H2,{1,1,-1,0})' +
        `-(SUMPRODUCT(${OTHERS_2}*$E$2:$H*{1,1,-1,0}))` +
        `/SUMPRODUCT(${OTHERS_2})>10)`,
    );
  });

  test('columns in any order, criteria split by other columns, header on row 3, a fractional gap', () => {
    // A Ghi chú, B TC3, C TC1, D Hình thức, E Kỳ, F DK, G Mã đơn vị; header on row 3 so data starts on row 4.
    const placement: ScoreSheetPlacement = {
      firstDataRow: 4,
      period: 4,
      unit: 6,
      form: 3,
      width: 7,
      criteria: [
        { criterion: TC1, column: 2 },
        { criterion: DK, column: 5 },
        { criterion: TC3, column: 1 },
      ],
    };
    const others = '($E$4:$E=$E4)*($G$4:$G=$G4)*($D$4:$D<>"Tự chấm")*($D$4:$D<>"")';
    expect(driftFormula(placement, 7.5)).toBe(
      '=AND($D4="Tự chấm",' +
        `SUMPRODUCT(${others})>0,` +
        'SUMPRODUCT($B4:$C4,{-1,1})+SUMPRODUCT($F4:$F4,{0})' +
        `-(SUMPRODUCT(${others}*$B$4:$C*{-1,1})+SUMPRODUCT(${others}*$F$4:$F*{0}))` +
        `/SUMPRODUCT(${others})>7.5)`,
    );
  });

  test('no criterion column: no formula', () => {
    expect(driftFormula({ ...STANDARD, criteria: [] }, 10)).toBeNull();
  });

  test('columns beyond Z use two letters', () => {
    const formula = driftFormula(
      {
        ...STANDARD,
        width: 30,
        criteria: [
          { criterion: TC1, column: 26 },
          { criterion: TC2, column: 27 },
        ],
      },
      10,
    );
    expect(formula).toContain('SUMPRODUCT($AA2:$AB2,{1,1})');
    expect(formula).toContain('*$AA$2:$AB*{1,1}');
  });
});

describe('scoreFormatRules', () => {
  test('one "above" rule per distinct maximum (1 for a condition), then "below 0" over every criterion, then the row rule', () => {
    const rules = scoreFormatRules(STANDARD, 10);
    expect(rules.map((r) => [r.kind, 'threshold' in r ? r.threshold : null, r.columns])).toEqual([
      ['numberAbove', 1, [{ column: 7, numColumns: 1 }]],
      ['numberAbove', 5, [{ column: 6, numColumns: 1 }]],
      ['numberAbove', 10, [{ column: 4, numColumns: 2 }]],
      ['numberBelow', 0, [{ column: 4, numColumns: 4 }]],
      ['formula', null, [{ column: 0, numColumns: 10 }]],
    ]);
    expect(rules[0].background).toBe('#f4c7c3');
    expect(rules[4].background).not.toBe(rules[0].background);
  });

  test('a condition whose maximum was typed as 5 is still marked above 1', () => {
    const rules = scoreFormatRules({ ...STANDARD, criteria: [{ criterion: criterion('DK2', 'condition', 5), column: 4 }] }, 10);
    expect(rules[0]).toMatchObject({ kind: 'numberAbove', threshold: 1 });
  });

  test('criteria with the same maximum in separate columns share one rule with two ranges', () => {
    const rules = scoreFormatRules(
      {
        ...STANDARD,
        criteria: [
          { criterion: TC1, column: 9 },
          { criterion: TC2, column: 4 },
        ],
      },
      10,
    );
    expect(rules[0]).toMatchObject({
      kind: 'numberAbove',
      threshold: 10,
      columns: [
        { column: 4, numColumns: 1 },
        { column: 9, numColumns: 1 },
      ],
    });
  });

  test('an empty rubric gives no rule at all', () => {
    expect(scoreFormatRules({ ...STANDARD, criteria: [] }, 10)).toEqual([]);
  });

  test('the same input gives the same rules (running the menu twice changes nothing)', () => {
    expect(scoreFormatRules(STANDARD, 10)).toEqual(scoreFormatRules(STANDARD, 10));
  });
});
