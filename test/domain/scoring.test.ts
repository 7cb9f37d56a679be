// Tests of card totals, the latest row per scorer, final-score precedence and the CHUA_CHAM_CHEO / CHENH_LECH flags.
import { cardTotal, latestRows, roundScore, scoreUnits } from '../../src/domain/scoring';
import { DEFAULT_SETTINGS, type Criterion, type CriterionKind, type ScoreForm, type ScoreRow, type Settings, type Unit } from '../../src/domain/types';

const criterion = (code: string, kind: CriterionKind, max: number, group = ''): Criterion => ({ code, group, content: '', max, kind, row: 2 });
const RUBRIC: Criterion[] = [
  criterion('A1', 'standard', 10, 'Nhóm A'),
  criterion('A2', 'standard', 10, 'Nhóm A'),
  criterion('B1', 'standard', 80, 'Nhóm B'),
  criterion('T1', 'bonus', 10),
  criterion('P1', 'penalty', 10),
  criterion('DK1', 'condition', 1),
];
/** A one-criterion rubric, so a card's total is simply its S value. */
const SIMPLE: Criterion[] = [criterion('S', 'standard', 100)];
const UNIT: Unit = { code: 'U1', name: 'CĐCS Trường A', cluster: 'Cụm 1', members: 10, workers: 10, newMembers: 0, row: 2 };
let nextRow = 2;
const card = (form: ScoreForm, scorer: string, scores: Record<string, number>, row = nextRow++): ScoreRow => ({
  period: '2020',
  unit: 'U1',
  form,
  scorer,
  scores,
  note: '',
  row,
});
const simple = (form: ScoreForm, scorer: string, points: number, row?: number) => card(form, scorer, { S: points }, row);
const score = (rows: ScoreRow[], settings: Partial<Settings> = {}, criteria = SIMPLE) =>
  scoreUnits([UNIT], criteria, rows, { ...DEFAULT_SETTINGS, ...settings }).get('U1');

describe('roundScore', () => {
  it('rounds to 2 decimals without float noise', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(200 / 3)).toBe(66.67);
    expect(roundScore(-0.001)).toBe(0);
  });
});

describe('cardTotal', () => {
  it('adds Chuẩn and Thưởng, subtracts Trừ, ignores Điều kiện', () => {
    expect(cardTotal({ A1: 10, A2: 10, B1: 70, T1: 5, P1: 3, DK1: 1 }, RUBRIC)).toBe(92);
  });

  it('counts a blank criterion as 0, so an empty card is 0', () => {
    expect(cardTotal({ B1: 60 }, RUBRIC)).toBe(60);
    expect(cardTotal({}, RUBRIC)).toBe(0);
    expect(cardTotal({ S: 50 }, [])).toBe(0);
  });

  it('does not clamp: bonus and penalty at their maxima go above 100 and below 0', () => {
    expect(cardTotal({ A1: 10, A2: 10, B1: 80, T1: 10 }, RUBRIC)).toBe(110);
    expect(cardTotal({ P1: 10 }, RUBRIC)).toBe(-10);
  });

  it('rounds the total to 2 decimals', () => {
    expect(cardTotal({ A1: 0.1, A2: 0.2 }, RUBRIC)).toBe(0.3);
  });
});

describe('latestRows', () => {
  it('keeps the largest row of each unit, form and scorer (scorer compared by lowercase, trimmed)', () => {
    const early = simple('cross', 'Nguyễn A', 60, 5);
    const late = simple('cross', '  nguyễn a ', 80, 9);
    const other = simple('cross', 'Trần B', 70, 3);
    const self = simple('self', 'Nguyễn A', 90, 4);
    expect(
      latestRows([late, early, other, self])
        .map((r) => r.row)
        .sort(),
    ).toEqual([3, 4, 9]);
  });
});

describe('scoreUnits: precedence', () => {
  it('takes Cấp trên over everything, and the latest superior row when there are several', () => {
    const rows = [
      simple('self', 'a', 95),
      simple('cross', 'b', 80),
      simple('leader', 'c', 85),
      simple('superior', 'd', 70, 50),
      simple('superior', 'e', 75, 40),
    ];
    expect(score(rows)).toMatchObject({ selfScore: 95, finalScore: 70, source: 'superior', crossChecks: 1 });
  });

  it('takes Cụm trưởng over the cross-checks, the latest leader row', () => {
    const rows = [simple('cross', 'b', 80), simple('leader', 'c', 85, 30), simple('leader', 'x', 88, 31)];
    expect(score(rows)).toMatchObject({ selfScore: null, finalScore: 88, source: 'leader' });
  });

  it('takes the mean of the distinct cross scorers, each by their latest row', () => {
    const rows = [simple('self', 'a', 95), simple('cross', 'B', 50, 10), simple('cross', 'b ', 80, 11), simple('cross', 'c', 91, 12)];
    expect(score(rows)).toMatchObject({ finalScore: 85.5, source: 'cross', crossChecks: 2, flags: [] });
  });

  it('rounds the cross mean to 2 decimals', () => {
    expect(score([simple('cross', 'a', 80), simple('cross', 'b', 80), simple('cross', 'c', 81)])?.finalScore).toBe(80.33);
  });

  it('falls back to the latest self row and flags CHUA_CHAM_CHEO', () => {
    const rows = [simple('self', 'a', 60, 3), simple('self', 'a', 92, 8)];
    expect(score(rows)).toMatchObject({ selfScore: 92, finalScore: 92, source: 'self', crossChecks: 0, flags: ['CHUA_CHAM_CHEO'] });
  });

  it('leaves a unit without rows unscored', () => {
    expect(score([])).toEqual({ unit: 'U1', selfScore: null, finalScore: null, finalCard: null, source: null, crossChecks: 0, flags: [], leftOut: [] });
  });

  it('gives every unit an entry and scores each only from its own rows', () => {
    const other: Unit = { ...UNIT, code: 'U2' };
    const result = scoreUnits([UNIT, other], SIMPLE, [{ ...simple('self', 'a', 77), unit: 'U2' }], DEFAULT_SETTINGS);
    expect(result.get('U1')?.finalScore).toBeNull();
    expect(result.get('U2')?.finalScore).toBe(77);
  });
});

describe('scoreUnits: trimmed mean of cross-checks', () => {
  const trimmed = { crossCheckAggregation: 'trimmedMean' } as const;

  it('drops the highest and the lowest with 3 cross-checks', () => {
    const rows = [simple('cross', 'a', 80), simple('cross', 'b', 90), simple('cross', 'c', 60)];
    expect(score(rows, trimmed)?.finalScore).toBe(80);
    expect(score(rows)?.finalScore).toBe(76.67); // plain mean 230 / 3
  });

  it('keeps the plain mean with 2 cross-checks', () => {
    expect(score([simple('cross', 'a', 80), simple('cross', 'b', 90)], trimmed)?.finalScore).toBe(85);
  });

  it('drops one card only at each end with 4 cross-checks, and still counts every scorer', () => {
    const rows = [simple('cross', 'a', 60), simple('cross', 'b', 100), simple('cross', 'c', 70), simple('cross', 'd', 80)];
    expect(score(rows, trimmed)).toMatchObject({ finalScore: 75, crossChecks: 4 });
  });
});

describe('scoreUnits: final card', () => {
  it('is the per-criterion mean of the deciding cards, blank Thưởng counting 0', () => {
    const rows = [card('cross', 'a', { A1: 10, A2: 5, B1: 60, T1: 4 }), card('cross', 'b', { A1: 6, A2: 5, B1: 70 })];
    const result = score(rows, {}, RUBRIC);
    expect(result?.finalCard).toEqual({ A1: 8, A2: 5, B1: 65, T1: 2 });
    expect(result?.finalScore).toBe(80); // (79 + 81) / 2
  });

  it('averages a condition over the cards that filled it, so one 0 fails it', () => {
    const full = { A1: 10, A2: 10, B1: 80 };
    const rows = [card('cross', 'a', { ...full, DK1: 1 }), card('cross', 'b', { ...full, DK1: 0 }), card('cross', 'c', full)];
    expect(score(rows, {}, RUBRIC)?.finalCard).toEqual({ ...full, DK1: 0.5 });
  });
});

describe('scoreUnits: CHENH_LECH', () => {
  it('is not flagged at exactly the gap, and is flagged above it', () => {
    expect(score([simple('self', 'a', 90), simple('cross', 'b', 80)])?.flags).toEqual([]);
    expect(score([simple('self', 'a', 90.5), simple('cross', 'b', 80)])?.flags).toEqual(['CHENH_LECH']);
  });

  it('compares rounded scores, so 80.3 − 70.3 is exactly 10 and not flagged', () => {
    expect(score([simple('self', 'a', 80.3), simple('superior', 'b', 70.3)])?.flags).toEqual([]);
  });

  it('follows the gap setting and ignores a self-score below the final score', () => {
    expect(score([simple('self', 'a', 86), simple('leader', 'b', 80)], { gapThreshold: 5 })?.flags).toEqual(['CHENH_LECH']);
    expect(score([simple('self', 'a', 50), simple('leader', 'b', 80)])?.flags).toEqual([]);
  });
});

describe('criterion codes that are names of Object members', () => {
  const ODD: Criterion[] = [criterion('toString', 'standard', 10), criterion('__proto__', 'standard', 10), criterion('constructor', 'bonus', 5)];

  it('a blank "toString" or "constructor" criterion counts 0, not the inherited function', () => {
    expect(cardTotal({ S: 5 }, [...ODD, criterion('S', 'standard', 10)])).toBe(5);
    expect(cardTotal(JSON.parse('{"__proto__": 7}') as Record<string, number>, ODD)).toBe(7);
  });

  it('the final card keeps a "__proto__" criterion as a score of its own', () => {
    const scores = JSON.parse('{"__proto__": 6, "toString": 4}') as Record<string, number>;
    const result = score([card('superior', 'a', scores)], {}, ODD);
    expect(result?.finalScore).toBe(10);
    expect(Object.getOwnPropertyDescriptor(result?.finalCard, '__proto__')?.value).toBe(6);
  });
});

describe('scoreUnits: cards that are not complete', () => {
  const full = { A1: 10, A2: 10, B1: 70 };

  it('leaves out a row with every criterion blank, so the other cards decide', () => {
    // Two Chấm chéo cards of 90 and an empty third: the mean stays 90 (an empty card counted as 0 would give 60).
    const rows = [card('cross', 'a', full, 10), card('cross', 'b', full, 11), card('cross', 'c', {}, 12)];
    const result = score(rows, {}, RUBRIC);
    expect(result).toMatchObject({ finalScore: 90, source: 'cross', crossChecks: 2 });
    expect(result?.leftOut).toEqual([{ row: rows[2], blank: true, missing: ['A1', 'A2', 'B1'] }]);
  });

  it('leaves out a card missing a Chuẩn criterion, and the next form in the precedence decides', () => {
    // The leader typed only A1 = 5: without the rule the unit would end at 5 (KHTNV); the Chấm chéo card (95) decides instead.
    const rows = [card('cross', 'a', { ...full, T1: 5 }, 20), card('leader', 'l', { A1: 5 }, 21)];
    const result = score(rows, {}, RUBRIC);
    expect(result).toMatchObject({ finalScore: 95, source: 'cross' });
    expect(result?.leftOut).toEqual([{ row: rows[1], blank: false, missing: ['A2', 'B1'] }]);
  });

  it('keeps a card whose only blanks are Thưởng, Trừ and Điều kiện (0, 0 and met)', () => {
    expect(score([card('leader', 'l', full)], {}, RUBRIC)).toMatchObject({ finalScore: 90, source: 'leader', leftOut: [] });
  });

  it('leaves a unit whose only rows are incomplete unscored, with the rows to warn about', () => {
    const result = score([card('self', 's', { A1: 10 }, 30)], {}, RUBRIC);
    expect(result).toMatchObject({ finalScore: null, source: null });
    expect(result?.leftOut.map((l) => l.missing)).toEqual([['A2', 'B1']]);
  });
});
