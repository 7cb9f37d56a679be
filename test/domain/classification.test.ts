// Tests of levels by thresholds, failed conditions, the group floor on Chuẩn points and the HTXSNV cap.
import {
  formatPercent,
  capReason,
  classifyUnit,
  excellentAllowance,
  formatPoints,
  groupShares,
  levelForScore,
  unitsOverCap,
} from '../../src/domain/classification';
import type { UnitScore } from '../../src/domain/scoring';
import { DEFAULT_SETTINGS, type Criterion, type CriterionKind, type Settings } from '../../src/domain/types';

const criterion = (code: string, kind: CriterionKind, max: number, group = '', content = ''): Criterion => ({ code, group, content, max, kind, row: 2 });
const RUBRIC: Criterion[] = [
  criterion('A1', 'standard', 10, 'Nhóm A'),
  criterion('A2', 'standard', 10, 'Nhóm A'),
  criterion('B1', 'standard', 80, 'Nhóm B'),
  // A bonus labelled with a group still never counts towards that group.
  criterion('T1', 'bonus', 10, 'Nhóm A'),
  criterion('P1', 'penalty', 10),
  criterion('DK1', 'condition', 1, '', 'Không có tai nạn lao động chết người'),
  criterion('DK2', 'condition', 1, '', 'Không có đoàn viên bị kỷ luật từ cảnh cáo trở lên'),
];
const T = DEFAULT_SETTINGS.thresholds;
const scored = (finalCard: Record<string, number>, finalScore: number): UnitScore => ({
  unit: 'U1',
  selfScore: null,
  finalScore,
  finalCard,
  source: 'cross',
  crossChecks: 2,
  flags: [],
  leftOut: [],
});
const classify = (finalCard: Record<string, number>, finalScore: number, settings: Partial<Settings> = {}) =>
  classifyUnit(scored(finalCard, finalScore), RUBRIC, { ...DEFAULT_SETTINGS, ...settings });

describe('levelForScore', () => {
  it.each([
    [90, 'HTXSNV'],
    [110, 'HTXSNV'],
    [89.5, 'HTTNV'],
    [89.99, 'HTTNV'],
    [70, 'HTTNV'],
    [69.99, 'HTNV'],
    [50, 'HTNV'],
    [49.99, 'KHTNV'],
    [0, 'KHTNV'],
    [-5, 'KHTNV'],
  ])('%p points → %s under 90/70/50', (points, level) => {
    expect(levelForScore(points, T)).toBe(level);
  });

  it('compares the score rounded to 2 decimals, so 89.999 counts as 90', () => {
    expect(levelForScore(89.999, T)).toBe('HTXSNV');
  });

  it('follows other thresholds (85/70/50)', () => {
    expect(levelForScore(85, { excellent: 85, good: 70, completed: 50 })).toBe('HTXSNV');
    expect(levelForScore(84.99, { excellent: 85, good: 70, completed: 50 })).toBe('HTTNV');
  });
});

describe('classifyUnit: conditions', () => {
  it('makes a unit at 95 points that failed a condition HTTNV, naming the condition', () => {
    expect(classify({ A1: 10, A2: 10, B1: 75, DK1: 0 }, 95)).toEqual({
      level: 'HTTNV',
      flags: ['KHONG_DAT_DIEU_KIEN'],
      reasons: ['Không đạt điều kiện "DK1: Không có tai nạn lao động chết người"'],
    });
  });

  it('counts a blank condition as met and a mean below 1 as failed', () => {
    expect(classify({ A1: 10, A2: 10, B1: 75 }, 95).level).toBe('HTXSNV');
    expect(classify({ A1: 10, A2: 10, B1: 75, DK1: 1, DK2: 0.5 }, 95).reasons).toEqual([
      'Không đạt điều kiện "DK2: Không có đoàn viên bị kỷ luật từ cảnh cáo trở lên"',
    ]);
  });

  it('does not touch a unit already below HTXSNV by points', () => {
    expect(classify({ A1: 10, A2: 10, B1: 65, DK1: 0 }, 85)).toEqual({ level: 'HTTNV', flags: [], reasons: [] });
  });

  it('names a condition without content by its code', () => {
    const bare = [criterion('DK9', 'condition', 1)];
    expect(classifyUnit(scored({ DK9: 0 }, 92), bare, DEFAULT_SETTINGS).reasons).toEqual(['Không đạt điều kiện "DK9"']);
  });
});

describe('classifyUnit: group floor', () => {
  it('drops a unit at HTXSNV by points whose group is under 50%; the bonus does not lift the group', () => {
    // Nhóm A: 4 + 5 = 9 of 20 (45%), under 10; total 9 + 80 + 10 bonus = 99.
    expect(classify({ A1: 4, A2: 5, B1: 80, T1: 10 }, 99)).toEqual({
      level: 'HTTNV',
      flags: ['DUOI_SAN_NHOM'],
      reasons: ['Nhóm "Nhóm A" chỉ đạt 9/20 điểm (45%), dưới sàn 50%'],
    });
  });

  it('keeps HTXSNV at exactly the floor', () => {
    expect(classify({ A1: 5, A2: 5, B1: 80, T1: 10 }, 100).level).toBe('HTXSNV');
  });

  it('is off at 0% and follows another floor', () => {
    expect(classify({ A1: 4, A2: 5, B1: 80, T1: 10 }, 99, { groupFloorPercent: 0 }).level).toBe('HTXSNV');
    expect(classify({ A1: 4, A2: 5, B1: 80, T1: 10 }, 99, { groupFloorPercent: 40 }).level).toBe('HTXSNV');
  });

  it('gives both reasons when a condition fails and a group is under the floor, still only one level down', () => {
    const result = classify({ A1: 4, A2: 5, B1: 80, T1: 10, DK1: 0 }, 99);
    expect(result.level).toBe('HTTNV');
    expect(result.flags).toEqual(['KHONG_DAT_DIEU_KIEN', 'DUOI_SAN_NHOM']);
  });

  it('sums Chuẩn points and maxima per named group only', () => {
    expect(groupShares({ A1: 4, A2: 5.5, B1: 70, T1: 10, P1: 3 }, RUBRIC)).toEqual([
      { group: 'Nhóm A', points: 9.5, max: 20 },
      { group: 'Nhóm B', points: 70, max: 80 },
    ]);
  });
});

describe('classifyUnit: unscored', () => {
  it('is CXL for a unit with no final score', () => {
    const none: UnitScore = { unit: 'U1', selfScore: null, finalScore: null, finalCard: null, source: null, crossChecks: 0, flags: [], leftOut: [] };
    expect(classifyUnit(none, RUBRIC, DEFAULT_SETTINGS)).toEqual({ level: 'CXL', flags: [], reasons: [] });
  });
});

describe('the HTXSNV cap', () => {
  it('allows floor(cap% × units): 30% of 10 → 3, 30% of 11 → 3, 35% of 20 → 7, no cap → null', () => {
    expect(excellentAllowance(30, 10)).toBe(3);
    expect(excellentAllowance(30, 11)).toBe(3);
    expect(excellentAllowance(35, 20)).toBe(7);
    expect(excellentAllowance(null, 10)).toBeNull();
  });

  const excellent = (...scores: number[]) => scores.map((finalScore, i) => ({ unit: `U${i + 1}`, finalScore }));

  it('drops the lowest scores over the allowance', () => {
    expect([...unitsOverCap(excellent(99, 91, 97, 93, 95), 3)].sort()).toEqual(['U2', 'U4']);
  });

  it('drops units tied at the boundary together, leaving fewer than the allowance', () => {
    expect([...unitsOverCap(excellent(99, 97, 95, 95, 91), 3)].sort()).toEqual(['U3', 'U4', 'U5']);
  });

  it('keeps everyone at or under the allowance, or without a cap, and drops all at 0', () => {
    expect(unitsOverCap(excellent(99, 97, 95), 3).size).toBe(0);
    expect(unitsOverCap(excellent(99, 97, 95), null).size).toBe(0);
    expect(unitsOverCap(excellent(99, 97), 0).size).toBe(2);
  });

  it('says why in Vietnamese', () => {
    expect(capReason(30, 3, 10)).toBe('Vượt giới hạn HTXSNV 30% (tối đa 3/10 đơn vị), hạ xuống HTTNV');
    expect(formatPoints(12.5)).toBe('12,5');
  });
});

describe('formatPercent', () => {
  it('groups thousands with dots and keeps one decimal with a comma', () => {
    expect(formatPercent(3086474.7)).toBe('3.086.474,7');
    expect(formatPercent(46.6667)).toBe('46,7');
    expect(formatPercent(50)).toBe('50');
    expect(formatPercent(1000)).toBe('1.000');
  });
});
