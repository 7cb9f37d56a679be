// Hand-built YearlySummary objects for the summary layout and summary sheet tests: a small one with known figures and a generated one of any size.
import type { ClusterSummary, Level, LevelCounts, RankingEntry, YearlySummary } from '../../src/domain/types';

export function levelCounts(counts: Partial<LevelCounts>): LevelCounts {
  return { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0, CXL: 0, ...counts };
}

export function entry(
  unit: string,
  name: string,
  self: number | null,
  final: number | null,
  rank: number | null,
  level: Level,
  more: Partial<RankingEntry> = {},
): RankingEntry {
  return { unit, name, selfScore: self, finalScore: final, rank, level, flags: [], reasons: [], ...more };
}

/**
 * A school-year summary of 5 units in 2 clusters. Cụm 1: CD01 HTXSNV, CD02 HTTNV (self 95 vs 80: CHENH_LECH), CD03 CXL.
 * Cụm 2: CD04 HTTNV (dropped by the group floor), CD05 named "=SUM(A1:A9)" at HTXSNV without cross-check.
 * Overall 2/2/0/0/1 of 5 → 40/40/0/0/20 %.
 */
export function smallSummary(): YearlySummary {
  const cluster1: ClusterSummary = {
    name: 'Cụm 1',
    units: 3,
    classification: levelCounts({ HTXSNV: 1, HTTNV: 1, CXL: 1 }),
    ranking: [
      entry('CD01', 'Trường THCS Lê Lợi', 95, 92.5, 1, 'HTXSNV'),
      entry('CD02', 'Trường TH Kim Đồng', 95, 80, 2, 'HTTNV', { flags: ['CHENH_LECH'] }),
      entry('CD03', 'Trường MN Hoa Sen', null, null, null, 'CXL'),
    ],
  };
  const cluster2: ClusterSummary = {
    name: 'Cụm 2',
    units: 2,
    classification: levelCounts({ HTXSNV: 1, HTTNV: 1 }),
    ranking: [
      entry('CD05', '=SUM(A1:A9)', 91, 91, 1, 'HTXSNV', { flags: ['CHUA_CHAM_CHEO'] }),
      entry('CD04', 'Trường THPT Nguyễn Du', 90, 90, 2, 'HTTNV', {
        flags: ['DUOI_SAN_NHOM'],
        reasons: ['Nhóm "Tài chính" chỉ đạt 4/10 điểm (40%), dưới sàn 50%'],
      }),
    ],
  };
  return {
    signOff: null,
    period: { label: '2019-2020', start: '2019-09-01', end: '2020-08-31' },
    units: 5,
    classification: levelCounts({ HTXSNV: 2, HTTNV: 2, CXL: 1 }),
    classificationPercent: levelCounts({ HTXSNV: 40, HTTNV: 40, CXL: 20 }),
    clusters: [cluster1, cluster2],
    membership: { members: 3599, workers: 3607, newMembers: 70 },
    visits: {
      count: 4,
      amount: 2_300_000,
      // Deliberately out of the contract's order: the layout must list Ốm đau before Hiếu.
      byReason: { Hiếu: { count: 1, amount: 1_000_000 }, 'Ốm đau': { count: 3, amount: 1_300_000 } },
      byUnit: { CD02: { count: 3, amount: 1_800_000 }, CD01: { count: 0, amount: 0 }, CD04: { count: 1, amount: 500_000 } },
    },
    spending: [],
    funds: [
      { fund: 'Quỹ CĐCS', opening: 5_000_000, income: 20_000_000, expense: 18_000_000, closing: 7_000_000, budget: 24_000_000 },
      { fund: 'Quỹ tương trợ', opening: 1_000_000, income: 500_000, expense: 300_000, closing: 1_200_000, budget: null },
    ],
    awards: {
      collective: 3,
      individual: 2,
      byForm: { 'Giấy khen': { collective: 2, individual: 1 }, 'Bằng khen': { collective: 1, individual: 1 } },
      byLevel: { 'LĐLĐ huyện': { collective: 2, individual: 1 }, 'LĐLĐ tỉnh': { collective: 1, individual: 1 } },
    },
    warnings: [
      { sheet: 'Thăm hỏi', cell: 'E7', message: 'Số tiền không hợp lệ: "abc"' },
      { sheet: 'Đơn vị', cell: 'B3', message: '=HACK() là tên không hợp lệ' },
      { sheet: 'Khen thưởng', cell: '', message: 'Thiếu trang tính "Khen thưởng"' },
    ],
    previous: {
      period: { label: '2018-2019', start: '2018-09-01', end: '2019-08-31' },
      units: 5,
      classification: levelCounts({ HTXSNV: 1, HTTNV: 3, CXL: 1 }),
      classificationPercent: levelCounts({ HTXSNV: 20, HTTNV: 60, CXL: 20 }),
      membership: null,
      visits: { count: 2, amount: 1_000_000, byReason: { 'Ốm đau': { count: 2, amount: 1_000_000 } } },
      funds: null,
    },
  };
}

/** A calendar-year summary of `clusters` × `unitsPerCluster` units with scores spread over all levels, visits and warnings on every unit. */
export function generatedSummary(clusters: number, unitsPerCluster: number): YearlySummary {
  const levels: Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'CXL'];
  const all = levelCounts({});
  const clusterList: ClusterSummary[] = [];
  const byUnit: YearlySummary['visits']['byUnit'] = {};
  const warnings: YearlySummary['warnings'] = [];
  for (let c = 1; c <= clusters; c += 1) {
    const counts = levelCounts({});
    const ranking: RankingEntry[] = [];
    for (let u = 1; u <= unitsPerCluster; u += 1) {
      const code = `CD${c}-${u}`;
      const level = levels[u % levels.length];
      counts[level] += 1;
      all[level] += 1;
      const score = level === 'CXL' ? null : 100 - u;
      ranking.push(
        entry(code, `Đơn vị ${c}.${u}`, score === null ? null : score + 1, score, score === null ? null : u, level, {
          flags: score === null ? [] : ['CHUA_CHAM_CHEO'],
        }),
      );
      byUnit[code] = { count: 1, amount: 100_000 };
      warnings.push({ sheet: 'Chấm điểm', cell: `E${c * unitsPerCluster + u}`, message: 'Điểm vượt mức tối đa' });
    }
    clusterList.push({ name: `Cụm ${c}`, units: unitsPerCluster, classification: counts, ranking });
  }
  const units = clusters * unitsPerCluster;
  const pct = (n: number) => Math.round((n / units) * 1000) / 10;
  return {
    signOff: null,
    period: { label: '2020', start: '2020-01-01', end: '2020-12-31' },
    units,
    classification: all,
    classificationPercent: levelCounts({ HTXSNV: pct(all.HTXSNV), HTTNV: pct(all.HTTNV), HTNV: pct(all.HTNV), KHTNV: pct(all.KHTNV), CXL: pct(all.CXL) }),
    clusters: clusterList,
    membership: { members: units * 30, workers: units * 31, newMembers: units },
    visits: { count: units, amount: units * 100_000, byReason: { 'Ốm đau': { count: units, amount: units * 100_000 } }, byUnit },
    funds: [{ fund: 'Quỹ CĐCS', opening: 1_000_000, income: 2_000_000, expense: units * 100_000, closing: 3_000_000 - units * 100_000, budget: 5_000_000 }],
    spending: [{ category: 'Thăm hỏi', amount: units * 100_000 }],
    awards: {
      collective: 1,
      individual: 1,
      byForm: { 'Giấy khen': { collective: 1, individual: 1 } },
      byLevel: { 'LĐLĐ huyện': { collective: 1, individual: 1 } },
    },
    warnings,
    previous: null,
  };
}
