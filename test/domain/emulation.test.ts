// Tests of the whole per-period computation: levels, the union-wide cap, cluster rankings, counts and percentages.
import { evaluateEmulation } from '../../src/domain/emulation';
import { DEFAULT_SETTINGS, type Criterion, type ScoreForm, type ScoreRow, type Settings, type Unit } from '../../src/domain/types';

const unit = (code: string, cluster = 'Cụm 1'): Unit => ({ code, name: `CĐCS ${code}`, cluster, members: 1, workers: 1, newMembers: 0, row: 2 });
let nextRow = 2;
const row = (unitCode: string, form: ScoreForm, scorer: string, scores: Record<string, number>): ScoreRow => ({
  period: '2020',
  unit: unitCode,
  form,
  scorer,
  scores,
  note: '',
  row: nextRow++,
});
const SIMPLE: Criterion[] = [{ code: 'S', group: 'Nhóm 1', content: '', max: 100, kind: 'standard', row: 2 }];
/** One cross-check of `points` for each unit that has a score (null = no row). */
const crossRows = (scores: Record<string, number | null>) =>
  Object.entries(scores).flatMap(([code, points]) => (points === null ? [] : [row(code, 'cross', 'cum-truong-khac', { S: points })]));
const run = (units: Unit[], rows: ScoreRow[], settings: Partial<Settings> = {}, criteria = SIMPLE) =>
  evaluateEmulation(units, criteria, rows, { ...DEFAULT_SETTINGS, groupFloorPercent: 0, ...settings });

describe('evaluateEmulation: the HTXSNV cap', () => {
  // Ten units; U04 and U05 sit in another cluster, so a per-cluster cap would have kept them.
  const units = ['U01', 'U02', 'U03', 'U04', 'U05', 'U06', 'U07', 'U08', 'U09', 'U10'].map((c) => unit(c, c === 'U04' || c === 'U05' ? 'Cụm 2' : 'Cụm 1'));
  const points = { U01: 99, U02: 97, U03: 95, U04: 93, U05: 91, U06: 80, U07: 75, U08: 60, U09: 40, U10: null };

  it('without a cap counts every unit at 90 or more as HTXSNV', () => {
    const result = run(units, crossRows(points));
    expect(result.classification).toEqual({ HTXSNV: 5, HTTNV: 2, HTNV: 1, KHTNV: 1, CXL: 1 });
    expect(result.classificationPercent).toEqual({ HTXSNV: 50, HTTNV: 20, HTNV: 10, KHTNV: 10, CXL: 10 });
  });

  it('with 30% of 10 units keeps the best 3 union-wide and drops the rest to HTTNV with a reason', () => {
    const result = run(units, crossRows(points), { excellentCapPercent: 30 });
    expect(result.classification).toEqual({ HTXSNV: 3, HTTNV: 4, HTNV: 1, KHTNV: 1, CXL: 1 });
    expect(result.classificationPercent).toEqual({ HTXSNV: 30, HTTNV: 40, HTNV: 10, KHTNV: 10, CXL: 10 });
    expect(result.results.get('U03')?.level).toBe('HTXSNV');
    expect(result.results.get('U04')).toMatchObject({
      level: 'HTTNV',
      rank: 1,
      flags: ['VUOT_GIOI_HAN'],
      reasons: ['Vượt giới hạn HTXSNV 30% (tối đa 3/10 đơn vị), hạ xuống HTTNV'],
    });
    expect(result.clusters.find((c) => c.name === 'Cụm 2')?.classification).toEqual({ HTXSNV: 0, HTTNV: 2, HTNV: 0, KHTNV: 0, CXL: 0 });
  });

  it('drops units tied at the boundary together, so only 2 stay HTXSNV', () => {
    const result = run(units, crossRows({ ...points, U04: 95 }), { excellentCapPercent: 30 });
    expect(result.classification.HTXSNV).toBe(2);
    expect(result.results.get('U03')?.level).toBe('HTTNV');
    expect(result.results.get('U04')?.level).toBe('HTTNV');
  });
});

describe('evaluateEmulation: clusters and ranking', () => {
  const units = [
    unit('K3', 'Cụm 10'),
    unit('K1', 'Cụm 10'),
    unit('K2', 'Cụm 10'),
    unit('K5', 'Cụm 10'),
    unit('K4', 'Cụm 10'),
    unit('M1', 'Cụm 2'),
    unit('N1', 'Cụm 1'),
  ];
  const result = run(units, crossRows({ K3: 80, K1: 90, K2: 80, M1: 70, N1: 50 }));

  it('orders clusters naturally: Cụm 1, Cụm 2, Cụm 10', () => {
    expect(result.clusters.map((c) => [c.name, c.units])).toEqual([
      ['Cụm 1', 1],
      ['Cụm 2', 1],
      ['Cụm 10', 5],
    ]);
  });

  it('ranks by final score with shared ranks, ties by unit code, unscored units last with no rank', () => {
    const ranking = result.clusters[2].ranking;
    expect(ranking.map((e) => [e.unit, e.rank, e.level])).toEqual([
      ['K1', 1, 'HTXSNV'],
      ['K2', 2, 'HTTNV'],
      ['K3', 2, 'HTTNV'],
      ['K4', null, 'CXL'],
      ['K5', null, 'CXL'],
    ]);
    expect(ranking[3]).toEqual({
      unit: 'K4',
      name: 'CĐCS K4',
      selfScore: null,
      finalScore: null,
      rank: null,
      level: 'CXL',
      flags: [],
      reasons: ['Chưa có điểm'],
    });
  });

  it('counts all units, unclassified included, and percentages sum to 100 by largest remainder', () => {
    // 1, 3, 1, 0, 2 of 7: floors 142 + 428 + 142 + 285 = 997 tenths; remainders 6, 4, 6, 0, 5 sevenths → +1 to HTXSNV, HTNV, CXL.
    expect(result.units).toBe(7);
    expect(result.classification).toEqual({ HTXSNV: 1, HTTNV: 3, HTNV: 1, KHTNV: 0, CXL: 2 });
    expect(result.classificationPercent).toEqual({ HTXSNV: 14.3, HTTNV: 42.8, HTNV: 14.3, KHTNV: 0, CXL: 28.6 });
    expect(result.clusters[2].classification).toEqual({ HTXSNV: 1, HTTNV: 2, HTNV: 0, KHTNV: 0, CXL: 2 });
    expect([...result.results.keys()].sort()).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'M1', 'N1']);
  });
});

describe('evaluateEmulation: whole rows', () => {
  const rubric: Criterion[] = [
    { code: 'A1', group: 'Nhóm A', content: 'Công tác tổ chức', max: 30, kind: 'standard', row: 2 },
    { code: 'B1', group: 'Nhóm B', content: 'Chăm lo đời sống', max: 70, kind: 'standard', row: 3 },
    { code: 'T1', group: '', content: 'Cờ thi đua', max: 10, kind: 'bonus', row: 4 },
    { code: 'DK1', group: '', content: 'Không có tai nạn lao động chết người', max: 1, kind: 'condition', row: 5 },
  ];
  const units = [unit('A'), unit('B'), unit('C'), unit('D')];
  const rows = [
    row('A', 'self', 'a', { A1: 30, B1: 70, T1: 10, DK1: 1 }), // self 110
    row('A', 'cross', 'x', { A1: 25, B1: 70, DK1: 1 }), // 95
    row('A', 'cross', 'y', { A1: 25, B1: 70, DK1: 0 }), // 95, condition failed by one deciding scorer
    row('B', 'self', 'b', { A1: 5, B1: 70, T1: 10 }), // 85, never cross-checked
    row('C', 'leader', 'z', { A1: 14, B1: 70, T1: 10, DK1: 1 }), // 94, but Nhóm A 14 of 30 is under 15
    row('D', 'leader', 'z', { A1: 15, B1: 70, T1: 10 }), // 95, Nhóm A exactly at the floor
  ];
  const result = run(units, rows, { groupFloorPercent: 50 }, rubric);

  it('flags the gap and blocks HTXSNV on a failed condition', () => {
    expect(result.results.get('A')).toMatchObject({
      selfScore: 110,
      finalScore: 95,
      level: 'HTTNV',
      flags: ['CHENH_LECH', 'KHONG_DAT_DIEU_KIEN'],
      reasons: ['Không đạt điều kiện "DK1: Không có tai nạn lao động chết người"'],
    });
  });

  it('flags a unit scored only by itself', () => {
    expect(result.results.get('B')).toMatchObject({ selfScore: 85, finalScore: 85, level: 'HTTNV', flags: ['CHUA_CHAM_CHEO'] });
  });

  it('drops a unit under the group floor whose bonus lifts the total, and keeps one exactly at it', () => {
    expect(result.results.get('C')).toMatchObject({
      selfScore: null,
      finalScore: 94,
      level: 'HTTNV',
      flags: ['DUOI_SAN_NHOM'],
      reasons: ['Nhóm "Nhóm A" chỉ đạt 14/30 điểm (46,7%), dưới sàn 50%'],
    });
    expect(result.results.get('D')).toMatchObject({ finalScore: 95, level: 'HTXSNV', flags: [] });
  });

  it('ranks the four in one cluster by final score: D and A share rank 1', () => {
    expect(result.clusters[0].ranking.map((e) => [e.unit, e.rank])).toEqual([
      ['A', 1],
      ['D', 1],
      ['C', 3],
      ['B', 4],
    ]);
  });
});

describe('evaluateEmulation: edges', () => {
  it('with an empty rubric totals 0 for scored units (KHTNV) and CXL for the others', () => {
    const result = run([unit('U1'), unit('U2')], [row('U1', 'self', 'a', {})], {}, []);
    expect(result.results.get('U1')).toMatchObject({ finalScore: 0, selfScore: 0, rank: 1, level: 'KHTNV', flags: ['CHUA_CHAM_CHEO'] });
    expect(result.results.get('U2')).toMatchObject({ finalScore: null, rank: null, level: 'CXL' });
    expect(result.classificationPercent).toEqual({ HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 50, CXL: 50 });
  });

  it('with no units gives zeros and no clusters', () => {
    const result = run([], []);
    expect(result).toEqual({
      units: 0,
      classification: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, CXL: 0 },
      classificationPercent: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, CXL: 0 },
      clusters: [],
      results: new Map(),
      warnings: [],
    });
  });
});

describe('evaluateEmulation: rows that are not complete cards', () => {
  const TWO: Criterion[] = [
    { code: 'TC01', group: '', content: '', max: 50, kind: 'standard', row: 2 },
    { code: 'TC02', group: '', content: '', max: 50, kind: 'standard', row: 3 },
  ];
  const at = (unitCode: string, form: ScoreForm, scorer: string, scores: Record<string, number>, sheetRow: number): ScoreRow => ({
    period: '2020',
    unit: unitCode,
    form,
    scorer,
    scores,
    note: '',
    row: sheetRow,
  });

  it('warns once per left-out row, naming the row, the missing criteria and what decided instead', () => {
    const rows = [
      at('U1', 'cross', 'a', { TC01: 45, TC02: 50 }, 2),
      at('U1', 'cross', 'b', {}, 3), // every criterion blank: not a card
      at('U1', 'leader', 'l', { TC01: 5 }, 4), // TC02 blank: incomplete
      at('U2', 'self', 's', { TC02: 40 }, 5), // the only row of U2
    ];
    const result = run([unit('U1'), unit('U2')], rows, {}, TWO);
    expect(result.results.get('U1')).toMatchObject({ finalScore: 95, level: 'HTXSNV' });
    expect(result.results.get('U2')).toMatchObject({
      finalScore: null,
      level: 'CXL',
      reasons: ['Chưa có phiếu chấm đủ các tiêu chí Chuẩn (xem cảnh báo trang Chấm điểm)'],
    });
    expect(result.warnings).toEqual([
      {
        sheet: 'Chấm điểm',
        cell: 'B3',
        message:
          'Dòng 3 (Chấm chéo cho U1, người chấm b) không có điểm tiêu chí nào: đây không phải phiếu chấm, dòng này không được tính; điểm chính thức của U1 lấy từ phiếu Chấm chéo: 95 điểm.',
      },
      {
        sheet: 'Chấm điểm',
        cell: 'B4',
        message:
          'Dòng 4 (Cụm trưởng cho U1, người chấm l) thiếu điểm tiêu chí Chuẩn TC02 (ô trống hoặc không đọc được): phiếu chưa đủ nên không được tính vào điểm chính thức; điểm chính thức của U1 lấy từ phiếu Chấm chéo: 95 điểm.',
      },
      {
        sheet: 'Chấm điểm',
        cell: 'B5',
        message:
          'Dòng 5 (Tự chấm cho U2, người chấm s) thiếu điểm tiêu chí Chuẩn TC01 (ô trống hoặc không đọc được): phiếu chưa đủ nên không được tính vào điểm chính thức; đơn vị U2 không còn phiếu nào đủ nên chưa xếp loại (CXL).',
      },
    ]);
  });
});
