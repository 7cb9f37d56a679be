// Seeded generator of union workbooks in the contract's layout (the bundled sample and the large benchmark book): sheets as rows, no I/O.
import { createHash } from 'node:crypto';
import { fromCivil } from '../local/runtime/civil-time';
import { describeValues } from '../src/app/sheet-io/audit-log';
import { formatDateVi, parseDateText } from '../src/domain/dates';
import { chainedDigest } from '../src/domain/integrity';
import { formatVnd, parseAmount } from '../src/domain/money';
import { parsePeriodLabel } from '../src/domain/periods';
import {
  AWARD_FORMS,
  CRITERION_KIND_NAMES,
  SCORE_FORM_NAMES,
  VISIT_REASONS,
  type AwardForm,
  type CriterionKind,
  type Period,
  type ScoreForm,
  type Settings,
  type Unit,
  type VisitReason,
} from '../src/domain/types';
import {
  AWARD_COLUMNS,
  FUND_COLUMNS,
  LEDGER_COLUMNS,
  LOG_COLUMNS,
  ROLE_COLUMNS,
  RUBRIC_COLUMNS,
  SCORE_COLUMNS,
  SETTING_COLUMNS,
  SHEET,
  UNIT_COLUMNS,
  VISIT_COLUMNS,
  headerOf,
  type ColumnSpec,
} from '../src/workbook/schema';
import { defaultSettings, SETTING_ROWS } from '../src/workbook/settings';
import { cellRef } from '../src/workbook/table';

/** What to generate. Counts are exact unless said otherwise. */
export interface UnionBookOptions {
  seed: number;
  /** Đơn vị: CĐCS, coded CD001…. */
  units: number;
  /** Cụm thi đua: "Cụm 1"…; each needs at least 4 units so cross-checks come from other units. */
  clusters: number;
  /** Tiêu chí, all kinds: criteria − 3 Chuẩn (summing to 100) plus one Thưởng, one Trừ and one Điều kiện. At least 7. */
  criteria: number;
  /** Chấm điểm rows per unit on average: the sheet holds exactly round(units × this) rows. Default 3. */
  scoreRowsPerUnit?: number;
  /** Readable Thăm hỏi rows (the deliberately bad rows come on top). */
  visits: number;
  /** Thu chi rows. */
  ledger: number;
  /** Khen thưởng rows of the period (two rows of the previous period come on top). Default 20. */
  awards?: number;
  /** Cán bộ rows in Phân quyền (besides one Quản trị and one Cụm trưởng per cluster). Default 2 per cluster. */
  officers?: number;
  /** Kỳ: "2019-2020" (school year from September) or "2020" (calendar year). */
  period: '2019-2020' | string;
  /** Tên công đoàn. Default "Công đoàn Giáo dục huyện Thăng Bình". */
  unionName?: string;
  /** Visits whose Số tiền is written as text "1.500.000 ₫" (valid per the contract). Default 0. */
  textAmounts?: number;
  /** Visits whose Ngày is written as text "dd/mm/yyyy" (valid per the contract). Default 0. */
  textDates?: number;
  /** Two deliberately unreadable visit rows at the end of Thăm hỏi (see badVisitCells). Default false. */
  badVisitRows?: boolean;
}

/** A workbook as rows: sheet name → header row, then data rows. Dates are JS Dates at UTC midnight of the civil day. */
export type UnionBook = Record<string, unknown[][]>;

/** The bundled sample (examples/mau-cong-doan.xlsx): a district education union, school year 2019-2020. */
export const SAMPLE_OPTIONS: UnionBookOptions = {
  seed: 2020,
  units: 30,
  clusters: 3,
  criteria: 12,
  scoreRowsPerUnit: 3,
  visits: 60,
  ledger: 80,
  awards: 20,
  officers: 6,
  period: '2019-2020',
  textAmounts: 3,
  textDates: 3,
  badVisitRows: true,
};

/** The large benchmark workbook (2,000 units, 100,000 visits, 50,000 ledger lines) that bench/ measures. */
export const LARGE_OPTIONS: UnionBookOptions = {
  seed: 7,
  units: 2000,
  clusters: 40,
  criteria: 40,
  scoreRowsPerUnit: 3,
  visits: 100_000,
  ledger: 50_000,
  awards: 600,
  officers: 80,
  period: '2019-2020',
  textAmounts: 500,
  textDates: 500,
  badVisitRows: false,
};

/** The same book at another size: row counts times factor (clusters kept at ≥ 4 units each); the rubric is unchanged. */
export function scaleOptions(options: UnionBookOptions, factor: number): UnionBookOptions {
  const scale = (n: number | undefined, min: number) => max(min, round((n ?? 0) * factor));
  const units = scale(options.units, 8);
  return {
    ...options,
    units,
    clusters: min(scale(options.clusters, 1), floor(units / 4)),
    visits: scale(options.visits, 1),
    ledger: scale(options.ledger, 1),
    awards: scale(options.awards ?? DEFAULT_AWARDS, 1),
    officers: scale(options.officers, 0),
    textAmounts: scale(options.textAmounts, 0),
    textDates: scale(options.textDates, 0),
  };
}

/** The funds of every generated book, in the order of the Quỹ sheet. */
export const FUNDS = { own: 'Quỹ CĐCS', social: 'Quỹ xã hội', housing: 'Mái ấm Công đoàn' } as const;

/** Math's functions held locally: global lookups are slow inside jest's vm context, and the large book draws millions of numbers. */
const { floor, imul, max, min, round } = Math;

const DEFAULT_UNION_NAME = 'Công đoàn Giáo dục huyện Thăng Bình';
const DEFAULT_AWARDS = 20;
const ADMIN_EMAIL = 'vanphong.cdgd@thangbinh.edu.vn';
const DAY_MS = 86_400_000;

/** A deliberately unreadable cell of the sample: where it is and what it holds. */
export interface BadCell {
  sheet: string;
  /** The contract column it spoils. */
  column: 'amount' | 'date';
  cell: string;
  value: string;
  why: string;
}

/** Where the deliberately bad visit rows land: the two rows after the readable visits, Số tiền of the first and Ngày of the second. */
export function badVisitCells(options: UnionBookOptions): BadCell[] {
  if (!options.badVisitRows) return [];
  const period = periodOf(options);
  const first = options.visits + 2;
  return [
    { sheet: SHEET.visits, column: 'amount', cell: cellRef(columnIndex(VISIT_COLUMNS, 'amount'), first), value: 'hai triệu', why: 'số tiền viết bằng chữ' },
    {
      sheet: SHEET.visits,
      column: 'date',
      cell: cellRef(columnIndex(VISIT_COLUMNS, 'date'), first + 1),
      value: `31/02/${period.end.slice(0, 4)}`,
      why: 'ngày không có thật',
    },
  ];
}

/** Generates the whole workbook. Output depends only on the options (no clock, no Math.random). */
export function generateUnionBook(options: UnionBookOptions): UnionBook {
  if (options.criteria < 7) throw new Error('criteria must be at least 7 (4 Chuẩn groups plus bonus, penalty and condition)');
  if (options.clusters < 1 || options.units < options.clusters * 4) throw new Error('every cluster needs at least 4 units');
  const period = periodOf(options);
  const units = makeUnits(options, new Random(options.seed, 'units'));
  const rubric = makeRubric(options.criteria);
  const plan = planScores(units, options, new Random(options.seed, 'plan'));
  const visits = makeVisits(units, period, options, new Random(options.seed, 'visits'));
  const ledger = makeLedger(period, options, visits, new Random(options.seed, 'ledger'));
  const scoreSheet = makeScoreSheet(units, rubric, plan, period, new Random(options.seed, 'scores'));
  return {
    [SHEET.units]: [headers(UNIT_COLUMNS), ...units.map((u) => rowOf(UNIT_COLUMNS, u))],
    [SHEET.rubric]: [headers(RUBRIC_COLUMNS), ...rubric.map((c) => rowOf(RUBRIC_COLUMNS, { ...c, kind: CRITERION_KIND_NAMES[c.kind] }))],
    [SHEET.scores]: scoreSheet,
    [SHEET.visits]: [headers(VISIT_COLUMNS), ...visits],
    [SHEET.ledger]: [headers(LEDGER_COLUMNS), ...ledger],
    [SHEET.funds]: [headers(FUND_COLUMNS), ...makeFunds(visits, ledger, options, new Random(options.seed, 'funds'))],
    [SHEET.awards]: [headers(AWARD_COLUMNS), ...makeAwards(units, plan, period, options, new Random(options.seed, 'awards'))],
    [SHEET.settings]: [headers(SETTING_COLUMNS), ...settingRows(options, period)],
    [SHEET.roles]: [headers(ROLE_COLUMNS), ...makeRoles(units, plan, options, new Random(options.seed, 'roles'))],
    [SHEET.log]: makeLog(scoreSheet, rubric),
  };
}

// ---------------------------------------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny 32-bit PRNG, good enough for sample data and identical on every platform. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const totalWeights = new WeakMap<readonly { weight: number }[], number>();

/** One stream per sheet (seed mixed with the stream's name), so a change in one sheet leaves the others as they were. */
class Random {
  private readonly next: () => number;
  constructor(seed: number, stream: string) {
    let hash = 2166136261;
    for (let i = 0; i < stream.length; i++) hash = imul(hash ^ stream.charCodeAt(i), 16777619);
    this.next = mulberry32((seed ^ hash) >>> 0);
  }
  /** A whole number in lo..hi, both included. */
  int(lo: number, hi: number): number {
    return lo + floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[floor(this.next() * items.length)];
  }
  weighted<T extends { weight: number }>(items: readonly T[]): T {
    let total = totalWeights.get(items);
    if (total === undefined) totalWeights.set(items, (total = items.reduce((sum, item) => sum + item.weight, 0)));
    let roll = this.next() * total;
    for (const item of items) {
      roll -= item.weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

// ---------------------------------------------------------------------------------------------------------------------------
// Shared helpers

function periodOf(options: UnionBookOptions): Period {
  const parsed = parsePeriodLabel(options.period, 9);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

/** The period before: "2019-2020" → "2018-2019", "2020" → "2019". */
function previousPeriodLabel(period: Period): string {
  const first = Number(period.start.slice(0, 4));
  return period.kind === 'school' ? `${first - 1}-${first}` : String(first - 1);
}

function headers(columns: readonly ColumnSpec[]): string[] {
  return columns.map((column) => column.header);
}

function columnIndex(columns: readonly ColumnSpec[], key: string): number {
  const index = columns.findIndex((column) => column.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return index;
}

/** A record laid out in the columns' order; a key the record lacks gives a blank cell. */
function rowOf(columns: readonly ColumnSpec[], record: object): unknown[] {
  const values = record as Record<string, unknown>;
  return columns.map((column) => values[column.key] ?? null);
}

function clusterName(index: number): string {
  return `Cụm ${index + 1}`;
}

function isoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

const periodSpans = new WeakMap<Period, { start: number; days: number }>();

/** A day of the period, uniformly. */
function dayIn(period: Period, rng: Random): Date {
  let span = periodSpans.get(period);
  if (!span) {
    const start = isoDay(period.start).getTime();
    span = { start, days: round((isoDay(period.end).getTime() - start) / DAY_MS) };
    periodSpans.set(period, span);
  }
  return new Date(span.start + rng.int(0, span.days) * DAY_MS);
}

/** n distinct positions out of 0..size−1. */
function positions(size: number, n: number, rng: Random): number[] {
  return rng.shuffle(Array.from({ length: size }, (_, i) => i)).slice(0, min(n, size));
}

/** Largest-remainder split of total into parts proportional to shares (ties to the earlier share). */
function apportion(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const parts = exact.map(floor);
  const order = exact.map((value, i) => ({ i, rest: value - floor(value) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) parts[order[k].i]++;
  return parts;
}

// ---------------------------------------------------------------------------------------------------------------------------
// Đơn vị

const FAMILY_NAMES = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Huỳnh',
  'Hoàng',
  'Phan',
  'Võ',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Trương',
];
const FEMALE_MIDDLE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Bích', 'Hoài'];
const FEMALE_GIVEN = [
  'Lan',
  'Hoa',
  'Hương',
  'Mai',
  'Hà',
  'Linh',
  'Trang',
  'Thảo',
  'Nga',
  'Hạnh',
  'Yến',
  'Phương',
  'Hằng',
  'Dung',
  'Loan',
  'Oanh',
  'Nhung',
  'Vân',
  'Thủy',
  'Tuyết',
  'Hiền',
  'Ly',
];
const MALE_MIDDLE = ['Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Ngọc'];
const MALE_GIVEN = [
  'Minh',
  'Hùng',
  'Dũng',
  'Tuấn',
  'Nam',
  'Hải',
  'Sơn',
  'Long',
  'Phúc',
  'Thắng',
  'Quang',
  'Bình',
  'Toàn',
  'Trung',
  'Khánh',
  'Vinh',
  'Hiếu',
  'Tâm',
];

/** A Vietnamese full name; the education sector is mostly women. */
function personName(rng: Random, female = rng.chance(0.72)): string {
  const [middle, given] = female ? [FEMALE_MIDDLE, FEMALE_GIVEN] : [MALE_MIDDLE, MALE_GIVEN];
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(middle)} ${rng.pick(given)}`;
}

const SCHOOL_KINDS = [
  {
    kind: 'Trường Mầm non',
    workers: [15, 40],
    names: [
      'Hoa Sen',
      'Sơn Ca',
      'Họa Mi',
      'Hoa Hồng',
      'Tuổi Thơ',
      'Bình Minh',
      'Vành Khuyên',
      'Hướng Dương',
      'Hoa Mai',
      'Sao Mai',
      'Măng Non',
      'Hoa Phượng',
      'Ánh Dương',
      'Hoa Cúc',
      'Bình Sa',
      'Bình Triều',
      'Bình Giang',
      'Bình Dương',
    ],
  },
  {
    kind: 'Trường Tiểu học',
    workers: [22, 50],
    names: [
      'Kim Đồng',
      'Võ Thị Sáu',
      'Trần Quốc Toản',
      'Lý Tự Trọng',
      'Nguyễn Văn Trỗi',
      'Nguyễn Hiền',
      'Lê Văn Tám',
      'Bế Văn Đàn',
      'Hai Bà Trưng',
      'Bà Triệu',
      'Đinh Tiên Hoàng',
      'Ngô Quyền',
      'Bình Nguyên',
      'Bình Quý',
      'Bình Phục',
      'Bình Tú',
      'Hà Lam',
      'Bình An',
    ],
  },
  {
    kind: 'Trường THCS',
    workers: [28, 70],
    names: [
      'Nguyễn Trãi',
      'Lê Quý Đôn',
      'Chu Văn An',
      'Trần Hưng Đạo',
      'Lý Thường Kiệt',
      'Nguyễn Du',
      'Quang Trung',
      'Phan Bội Châu',
      'Phan Châu Trinh',
      'Huỳnh Thúc Kháng',
      'Lương Thế Vinh',
      'Nguyễn Bỉnh Khiêm',
      'Lê Lợi',
      'Trần Phú',
      'Hoàng Văn Thụ',
      'Mạc Đĩnh Chi',
      'Lê Hồng Phong',
      'Nguyễn Khuyến',
    ],
  },
] as const;

/** A unit of Đơn vị (without its sheet row) plus who chairs it. */
interface UnitPlan extends Omit<Unit, 'row'> {
  /** Chủ tịch CĐCS: visits are made by them. */
  chair: string;
  email: string;
}

function makeUnits(options: UnionBookOptions, rng: Random): UnitPlan[] {
  const width = max(3, String(options.units).length);
  const schools = rng.shuffle(SCHOOL_KINDS.flatMap((school) => school.names.map((name) => ({ school, name }))));
  const sizes = apportion(
    options.units,
    Array.from({ length: options.clusters }, () => 1),
  );
  const clusters = rng.shuffle(sizes.flatMap((size, i) => Array.from({ length: size }, () => clusterName(i))));
  return clusters.map((cluster, i) => {
    const { school, name } = schools[i % schools.length];
    const cycle = floor(i / schools.length);
    const workers = rng.int(school.workers[0], school.workers[1]);
    const missing = rng.weighted([
      { weight: 3, n: 0 },
      { weight: 5, n: rng.int(1, 3) },
      { weight: 2, n: rng.int(4, 6) },
    ]).n;
    const code = `CD${String(i + 1).padStart(width, '0')}`;
    return {
      code,
      name: `${school.kind} ${name}${cycle > 0 ? ` số ${cycle + 1}` : ''}`,
      cluster,
      workers,
      members: workers - missing,
      newMembers: rng.weighted([
        { weight: 5, n: 0 },
        { weight: 3, n: 1 },
        { weight: 2, n: rng.int(2, 3) },
      ]).n,
      chair: personName(rng),
      email: `chutich.${code.toLowerCase()}@truong.edu.vn`,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------------------------
// Tiêu chí

interface RubricItem {
  code: string;
  group: string;
  content: string;
  max: number;
  kind: CriterionKind;
}

/** The Chuẩn groups, their share of the 100 points, and what their criteria say. */
const RUBRIC_GROUPS = [
  {
    group: 'I. Tổ chức, xây dựng công đoàn',
    points: 30,
    contents: [
      'Phát triển đoàn viên, đạt tỷ lệ đoàn viên trên tổng số người lao động',
      'Xây dựng công đoàn cơ sở vững mạnh, kiện toàn ban chấp hành',
      'Sinh hoạt ban chấp hành, tổ công đoàn định kỳ, đúng điều lệ',
      'Bồi dưỡng, tập huấn nghiệp vụ cho cán bộ công đoàn',
      'Giới thiệu đoàn viên ưu tú cho Đảng xem xét kết nạp',
      'Lưu trữ hồ sơ, sổ sách công đoàn đầy đủ',
    ],
  },
  {
    group: 'II. Chăm lo, bảo vệ quyền lợi',
    points: 30,
    contents: [
      'Phối hợp tổ chức Hội nghị cán bộ, công chức, viên chức',
      'Chăm lo đời sống, thăm hỏi, hỗ trợ đoàn viên khó khăn',
      'Giám sát thực hiện chế độ, chính sách đối với người lao động',
      'Thực hiện quy chế dân chủ ở cơ sở',
      'Tham gia xây dựng thỏa ước, quy chế chi tiêu nội bộ',
      'Vận động xây dựng Mái ấm Công đoàn, Quỹ xã hội',
    ],
  },
  {
    group: 'III. Tuyên truyền, thi đua',
    points: 20,
    contents: [
      'Tuyên truyền, phổ biến chủ trương, chính sách, pháp luật',
      'Tổ chức phong trào thi đua "Dạy tốt, học tốt", "Giỏi việc trường, đảm việc nhà"',
      'Hoạt động văn hóa, văn nghệ, thể dục thể thao',
      'Xây dựng gia đình nhà giáo văn hóa',
      'Nhân rộng điển hình tiên tiến, người tốt việc tốt',
    ],
  },
  {
    group: 'IV. Tài chính công đoàn',
    points: 20,
    contents: [
      'Thu, nộp đoàn phí và kinh phí công đoàn đúng, đủ, kịp thời',
      'Quản lý, sử dụng tài chính công đoàn đúng quy định, công khai',
      'Lập dự toán, quyết toán đúng mẫu, đúng thời gian',
      'Kiểm tra tài chính công đoàn cùng cấp',
    ],
  },
] as const;

function makeRubric(criteria: number): RubricItem[] {
  const counts = apportion(
    criteria - 3,
    RUBRIC_GROUPS.map((g) => g.points),
  );
  const width = max(2, String(criteria).length);
  const code = (n: number) => `TC${String(n).padStart(width, '0')}`;
  const rubric: RubricItem[] = [];
  RUBRIC_GROUPS.forEach((group, g) => {
    const maxima = apportion(
      group.points,
      Array.from({ length: counts[g] }, () => 1),
    );
    maxima.forEach((max, i) => {
      const base = group.contents[i % group.contents.length];
      const cycle = floor(i / group.contents.length);
      rubric.push({ code: code(rubric.length + 1), group: group.group, content: cycle > 0 ? `${base} (phần ${cycle + 1})` : base, max, kind: 'standard' });
    });
  });
  rubric.push({ code: code(rubric.length + 1), group: 'Điểm thưởng', content: 'Được tặng Cờ thi đua, Bằng khen của cấp trên', max: 10, kind: 'bonus' });
  rubric.push({
    code: code(rubric.length + 1),
    group: 'Điểm trừ',
    content: 'Chậm báo cáo, chậm nộp kinh phí, để xảy ra đơn thư vượt cấp',
    max: 10,
    kind: 'penalty',
  });
  rubric.push({ code: code(rubric.length + 1), group: 'Điều kiện', content: 'Nộp báo cáo quyết toán tài chính đúng hạn', max: 1, kind: 'condition' });
  return rubric;
}

// ---------------------------------------------------------------------------------------------------------------------------
// Chấm điểm

type Tier = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

/** Chuẩn totals (in half points) of each tier's true score, chosen so that scorer noise (±2 points) and bonus/penalty never cross a threshold. */
const TIER_TOTALS: Record<Tier, { halves: [number, number]; bonus: number[]; penalty: number[] }> = {
  HTXSNV: { halves: [184, 196], bonus: [0, 0, 0, 2, 5, 10], penalty: [0] },
  HTTNV: { halves: [150, 170], bonus: [0, 0, 0, 0, 2], penalty: [0, 0, 0, 0, 1, 2] },
  HTNV: { halves: [110, 130], bonus: [0], penalty: [0, 0, 2] },
  KHTNV: { halves: [76, 90], bonus: [0], penalty: [0, 2, 4] },
};

/** What each scored unit really deserves, and who scores it. */
interface UnitScorePlan {
  unit: UnitPlan;
  tier: Tier;
  /** True Chuẩn points in half points. */
  truth: number;
  bonus: number;
  penalty: number;
  conditionMet: boolean;
  /** Self-score far above the truth (shows CHENH_LECH). */
  drifts: boolean;
  /** Chấm chéo scorers (unit chairs of the same cluster). */
  crossScorers: UnitPlan[];
  leader: UnitPlan | null;
  superior: boolean;
  /** The first cross-scorer first entered a lower card, then replaced it. */
  replaced: boolean;
}

interface ScorePlan {
  scored: UnitScorePlan[];
  unscored: UnitPlan[];
  /** Cụm trưởng of each cluster: the chair of one of its units. */
  leaders: Map<string, UnitPlan>;
}

/** Decides tiers and scorers. Special cases scale with the book: ≥ 2 unscored, ≥ 2 self-only, ≥ 3 drifting, ≥ 1 failing the condition. */
function planScores(units: UnitPlan[], options: UnionBookOptions, rng: Random): ScorePlan {
  const byCluster = new Map<string, UnitPlan[]>();
  for (const unit of units) byCluster.set(unit.cluster, [...(byCluster.get(unit.cluster) ?? []), unit]);
  const leaders = new Map([...byCluster].map(([cluster, members]) => [cluster, rng.pick(members)]));
  const atLeast = (min: number, share: number) => max(min, round(units.length * share));

  const pool = rng.shuffle(units);
  const unscored = pool.splice(0, atLeast(2, 0.01));
  const tiers = new Map<UnitPlan, Tier>();
  const assign = (tier: Tier, n: number) => {
    for (const u of pool.slice(tiers.size, tiers.size + n)) tiers.set(u, tier);
  };
  const rest = pool.length - atLeast(1, 0.02) - atLeast(3, 0.06);
  assign('KHTNV', atLeast(1, 0.02));
  assign('HTNV', atLeast(3, 0.06));
  assign('HTXSNV', round(rest * 0.45));
  assign('HTTNV', pool.length - tiers.size);

  const taken = new Set<UnitPlan>();
  const take = (n: number, fits: (u: UnitPlan) => boolean) => {
    const chosen = rng.shuffle(pool.filter((u) => !taken.has(u) && fits(u))).slice(0, n);
    for (const u of chosen) taken.add(u);
    return new Set(chosen);
  };
  const isLeader = new Set(leaders.values());
  const drifters = take(atLeast(3, 0.02), (u) => tiers.get(u) === 'HTTNV');
  const failing = take(atLeast(1, 0.005), (u) => tiers.get(u) === 'HTXSNV');
  const selfOnly = take(atLeast(2, 0.01), () => true);
  const superior = take(atLeast(2, 0.005), () => true);
  const leaderScored = take(atLeast(2, 0.15), (u) => !isLeader.has(u));
  const replaced = take(1, () => true);

  const scored = pool.map((unit): UnitScorePlan => {
    const tier = tiers.get(unit)!;
    const totals = TIER_TOTALS[tier];
    const drifts = drifters.has(unit);
    return {
      unit,
      tier,
      truth: rng.int(totals.halves[0], drifts ? 164 : totals.halves[1]),
      bonus: rng.pick(totals.bonus),
      penalty: rng.pick(totals.penalty),
      conditionMet: !failing.has(unit),
      drifts,
      crossScorers: [],
      leader: leaderScored.has(unit) ? leaders.get(unit.cluster)! : null,
      superior: superior.has(unit),
      replaced: replaced.has(unit),
    };
  });
  distributeCrossChecks(scored, selfOnly, byCluster, units.length, options, rng);
  return { scored, unscored, leaders };
}

/** Gives every unit but the self-only ones 1 Chấm chéo, then spreads the rest (up to 3 each) so the sheet has exactly the rows asked for. */
function distributeCrossChecks(
  scored: UnitScorePlan[],
  selfOnly: Set<UnitPlan>,
  byCluster: Map<string, UnitPlan[]>,
  unitCount: number,
  options: UnionBookOptions,
  rng: Random,
): void {
  const target = round(unitCount * (options.scoreRowsPerUnit ?? 3));
  const fixed = scored.reduce((n, p) => n + 1 + (p.leader ? 1 : 0) + (p.superior ? 1 : 0) + (p.replaced ? 1 : 0), 0);
  const eligible = scored.filter((p) => !selfOnly.has(p.unit));
  const room = (p: UnitScorePlan) => min(3, byCluster.get(p.unit.cluster)!.length - 1);
  let extra = target - fixed - eligible.length;
  const slots = rng.shuffle(eligible.flatMap((p) => Array.from({ length: room(p) - 1 }, () => p)));
  if (extra < 0 || extra > slots.length) throw new Error(`cannot lay out ${target} score rows for ${unitCount} units`);
  const counts = new Map(eligible.map((p) => [p, 1]));
  for (const p of slots) {
    if (extra-- <= 0) break;
    counts.set(p, counts.get(p)! + 1);
  }
  for (const [p, n] of counts) {
    const others = byCluster.get(p.unit.cluster)!.filter((u) => u !== p.unit);
    p.crossScorers = rng.shuffle(others).slice(0, n);
  }
}

/** Chuẩn points per criterion (half points) summing to exactly total, spread evenly with a little jitter. */
function spreadPoints(total: number, maxima: readonly number[], rng: Random): number[] {
  const full = maxima.reduce((a, b) => a + b, 0);
  const points = maxima.map((cap) => min(cap, max(0, round((cap * total) / full) + rng.int(-1, 1))));
  let diff = total - points.reduce((a, b) => a + b, 0);
  while (diff !== 0) {
    const i = rng.int(0, points.length - 1);
    if (diff > 0 && points[i] < maxima[i]) {
      points[i]++;
      diff--;
    } else if (diff < 0 && points[i] > 0) {
      points[i]--;
      diff++;
    }
  }
  return points;
}

function makeScoreSheet(units: UnitPlan[], rubric: RubricItem[], plan: ScorePlan, period: Period, rng: Random): unknown[][] {
  const standard = rubric.filter((c) => c.kind === 'standard');
  const maxima = standard.map((c) => c.max * 2);
  const fullHalves = maxima.reduce((x, y) => x + y, 0);
  const before = SCORE_COLUMNS.filter((c) => c.key !== 'note' && c.key !== 'savedAt');
  const after = SCORE_COLUMNS.filter((c) => c.key === 'note' || c.key === 'savedAt');
  const header = [...headers(before), ...rubric.map((c) => c.code), ...headers(after)];
  const order = new Map(units.map((u, i) => [u, i]));
  const scored = plan.scored.slice().sort((a, b) => order.get(a.unit)! - order.get(b.unit)!);

  const card = (p: UnitScorePlan, form: ScoreForm, scorer: string, halves: number, note = ''): unknown[] => {
    const points = spreadPoints(max(0, min(fullHalves, halves)), maxima, rng).map((h) => h / 2);
    const special = [p.bonus || null, p.penalty || null, p.conditionMet ? 1 : 0];
    const conditionNote = p.conditionMet ? '' : 'Chưa nộp báo cáo quyết toán tài chính đúng hạn';
    return [period.label, p.unit.code, SCORE_FORM_NAMES[form], scorer, ...points, ...special, note || conditionNote || null];
  };
  const noisy = (p: UnitScorePlan) => p.truth + rng.int(-4, 4);

  const rows: unknown[][] = [];
  for (const p of scored) {
    const claim = p.drifts ? rng.int(26, 36) : rng.int(0, 6);
    rows.push(card(p, 'self', p.unit.email, p.truth + claim));
  }
  const replacements: unknown[][] = [];
  for (const p of scored) {
    for (const scorer of p.crossScorers) {
      if (p.replaced && scorer === p.crossScorers[0]) {
        rows.push(card(p, 'cross', scorer.email, p.truth - 30, 'Chấm lần 1'));
        replacements.push(card(p, 'cross', scorer.email, noisy(p), 'Chấm lại, thay cho lần 1'));
      } else rows.push(card(p, 'cross', scorer.email, noisy(p)));
    }
  }
  for (const p of scored) if (p.leader) rows.push(card(p, 'leader', p.leader.email, noisy(p)));
  for (const p of scored) if (p.superior) rows.push(card(p, 'superior', ADMIN_EMAIL, noisy(p), 'Phúc tra'));
  rows.push(...replacements);

  // Thời điểm: saved in the last 90 days of the period, in row order.
  const end = isoDay(period.end).getTime();
  const start = end - 90 * DAY_MS + 8 * 3_600_000;
  const step = max(1, floor((89 * DAY_MS) / max(1, rows.length) / 60_000)) * 60_000;
  for (const [i, row] of rows.entries()) row.push(new Date(start + i * step));
  return [header, ...rows];
}

// ---------------------------------------------------------------------------------------------------------------------------
// Thăm hỏi

/** Amounts in hundreds of thousands of đồng, the fund usually paying, and the usual notes. */
const VISIT_PLANS: Record<VisitReason, { weight: number; amount: [number, number]; socialFund: number; notes: string[] }> = {
  'Ốm đau': { weight: 28, amount: [5, 10], socialFund: 0.1, notes: ['Nằm viện điều trị', 'Phẫu thuật', 'Điều trị dài ngày', ''] },
  'Thai sản': { weight: 10, amount: [5, 10], socialFund: 0, notes: ['Sinh con thứ nhất', 'Sinh con thứ hai'] },
  'Tai nạn': { weight: 4, amount: [10, 20], socialFund: 0.7, notes: ['Tai nạn giao thông', 'Tai nạn trên đường đi làm'] },
  'Bệnh hiểm nghèo': { weight: 4, amount: [20, 30], socialFund: 0.8, notes: ['Điều trị ung thư', 'Chạy thận nhân tạo'] },
  Hiếu: { weight: 12, amount: [10, 20], socialFund: 0, notes: ['Bố đẻ từ trần', 'Mẹ đẻ từ trần', 'Bố chồng từ trần', 'Mẹ vợ từ trần'] },
  Hỷ: { weight: 10, amount: [5, 5], socialFund: 0, notes: ['Đám cưới'] },
  'Khó khăn đột xuất': { weight: 5, amount: [10, 30], socialFund: 0.8, notes: ['Nhà bị thiệt hại do bão', 'Nhà bị ngập lụt', 'Hỏa hoạn'] },
  'Lễ Tết': { weight: 15, amount: [3, 5], socialFund: 0, notes: [] },
  'Nghỉ hưu': { weight: 6, amount: [10, 20], socialFund: 0, notes: ['Nghỉ hưu theo chế độ'] },
  Khác: { weight: 6, amount: [2, 5], socialFund: 0, notes: ['Tặng quà con đoàn viên nhân ngày 1/6', 'Động viên đoàn viên có con học giỏi'] },
};

/** Holidays (month, day, note) when members receive gifts. */
const HOLIDAYS = [
  { month: 10, day: 20, note: 'Ngày Phụ nữ Việt Nam 20/10', women: true },
  { month: 11, day: 20, note: 'Ngày Nhà giáo Việt Nam 20/11', women: false },
  { month: 1, day: 18, note: 'Tết Nguyên đán', women: false },
  { month: 3, day: 8, note: 'Ngày Quốc tế Phụ nữ 8/3', women: true },
];

function holidayIn(period: Period, rng: Random): { date: Date; note: string; women: boolean } {
  const holiday = rng.pick(HOLIDAYS);
  const before = rng.int(0, 4);
  for (const year of [Number(period.start.slice(0, 4)), Number(period.end.slice(0, 4))]) {
    const iso = `${year}-${String(holiday.month).padStart(2, '0')}-${String(holiday.day).padStart(2, '0')}`;
    if (iso >= period.start && iso <= period.end) return { ...holiday, date: new Date(isoDay(iso).getTime() - before * DAY_MS) };
  }
  return { ...holiday, date: dayIn(period, rng) };
}

function makeVisits(units: UnitPlan[], period: Period, options: UnionBookOptions, rng: Random): unknown[][] {
  const reasons = VISIT_REASONS.map((reason) => ({ reason, ...VISIT_PLANS[reason] }));
  const visits = Array.from({ length: options.visits }, (_, i) => {
    const plan = i < reasons.length ? reasons[i] : rng.weighted(reasons);
    const unit = rng.pick(units);
    const holiday = plan.reason === 'Lễ Tết' ? holidayIn(period, rng) : null;
    return {
      date: holiday ? holiday.date : dayIn(period, rng),
      unit: unit.code,
      person: plan.reason === 'Thai sản' || holiday?.women ? personName(rng, true) : personName(rng),
      reason: plan.reason as string,
      amount: rng.int(plan.amount[0], plan.amount[1]) * 100_000,
      fund: rng.chance(plan.socialFund) ? FUNDS.social : FUNDS.own,
      visitor: unit.chair,
      note: holiday ? holiday.note : rng.pick(plan.notes) || null,
    };
  });
  visits.sort((a, b) => a.date.getTime() - b.date.getTime());
  const rows = visits.map((visit) => rowOf(VISIT_COLUMNS, visit));
  const [dateAt, amountAt] = [columnIndex(VISIT_COLUMNS, 'date'), columnIndex(VISIT_COLUMNS, 'amount')];
  for (const i of positions(rows.length, options.textAmounts ?? 0, rng)) rows[i][amountAt] = formatVnd(rows[i][amountAt] as number);
  for (const i of positions(rows.length, options.textDates ?? 0, rng)) rows[i][dateAt] = formatDateVi((rows[i][dateAt] as Date).toISOString().slice(0, 10));
  for (const bad of badVisitCells(options)) {
    const unit = rng.pick(units);
    const good = { date: isoDay(period.end), reason: 'Ốm đau', amount: 700_000 };
    const spoilt = bad.column === 'amount' ? { reason: 'Hiếu', amount: bad.value } : { date: bad.value };
    const note = `Dòng mẫu cố ý sai: ${bad.why}`;
    rows.push(rowOf(VISIT_COLUMNS, { ...good, ...spoilt, unit: unit.code, person: personName(rng), fund: FUNDS.own, visitor: unit.chair, note }));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------------------------------------
// Thu chi, Quỹ

/** Ledger lines: fund, Thu/Chi, Khoản mục, how often, amount range (hundreds of thousands of đồng), Diễn giải. */
const LEDGER_PLANS: {
  weight: number;
  fund: string;
  type: 'Thu' | 'Chi';
  category: string;
  amount: [number, number];
  say: (month: string, quarter: string) => string[];
}[] = [
  { weight: 12, fund: FUNDS.own, type: 'Thu', category: 'Đoàn phí', amount: [40, 90], say: (m) => [`Thu đoàn phí công đoàn tháng ${m}`] },
  { weight: 5, fund: FUNDS.own, type: 'Thu', category: 'Kinh phí công đoàn', amount: [100, 250], say: (_, q) => [`Nhận kinh phí công đoàn ${q}`] },
  {
    weight: 2,
    fund: FUNDS.own,
    type: 'Thu',
    category: 'Cấp trên cấp',
    amount: [100, 200],
    say: () => ['LĐLĐ huyện cấp kinh phí hoạt động', 'LĐLĐ huyện hỗ trợ tổ chức phong trào'],
  },
  { weight: 2, fund: FUNDS.own, type: 'Thu', category: 'Thu khác', amount: [2, 10], say: () => ['Thu lãi tiền gửi ngân hàng'] },
  {
    weight: 6,
    fund: FUNDS.social,
    type: 'Thu',
    category: 'Thu khác',
    amount: [20, 60],
    say: () => ['Đoàn viên đóng góp Quỹ xã hội', 'Vận động ủng hộ Quỹ xã hội'],
  },
  { weight: 4, fund: FUNDS.housing, type: 'Thu', category: 'Thu khác', amount: [30, 100], say: () => ['Đoàn viên ủng hộ Mái ấm Công đoàn'] },
  {
    weight: 4,
    fund: FUNDS.own,
    type: 'Chi',
    category: 'Khen thưởng',
    amount: [30, 150],
    say: () => ['Khen thưởng tổng kết năm học', 'Khen thưởng con đoàn viên học giỏi', 'Khen thưởng phong trào thi đua'],
  },
  {
    weight: 7,
    fund: FUNDS.own,
    type: 'Chi',
    category: 'Tuyên truyền - phong trào',
    amount: [30, 100],
    say: () => ['Hội thao ngành giáo dục', 'Tổ chức Ngày Nhà giáo Việt Nam 20/11', 'Tổ chức Ngày Quốc tế Phụ nữ 8/3', 'Hội thi giáo viên dạy giỏi'],
  },
  {
    weight: 7,
    fund: FUNDS.own,
    type: 'Chi',
    category: 'Quản lý hành chính',
    amount: [5, 30],
    say: () => ['Mua văn phòng phẩm', 'In ấn tài liệu', 'Hội nghị ban chấp hành'],
  },
  { weight: 7, fund: FUNDS.own, type: 'Chi', category: 'Lương - phụ cấp', amount: [30, 60], say: (m) => [`Phụ cấp cán bộ công đoàn tháng ${m}`] },
  { weight: 4, fund: FUNDS.own, type: 'Chi', category: 'Nộp cấp trên', amount: [80, 150], say: (_, q) => [`Nộp kinh phí, đoàn phí về LĐLĐ huyện ${q}`] },
  { weight: 3, fund: FUNDS.own, type: 'Chi', category: 'Khác', amount: [5, 30], say: () => ['Chi khác', 'Phí dịch vụ ngân hàng'] },
  { weight: 2, fund: FUNDS.housing, type: 'Chi', category: 'Khác', amount: [200, 400], say: () => ['Hỗ trợ xây nhà Mái ấm Công đoàn'] },
];

/** Số dư đầu kỳ of each fund; they grow with the ledger so a large book's funds stay in proportion. */
function fundOpenings(options: UnionBookOptions): Map<string, number> {
  const scale = max(1, round(options.ledger / 80));
  return new Map([
    [FUNDS.own, 25_000_000 * scale],
    [FUNDS.social, 10_000_000 * scale],
    [FUNDS.housing, 15_000_000 * scale],
  ]);
}

/** What the readable visits take out of each fund, in date order (read as the add-in would: numbers, dates, or their text forms). */
function visitSpending(visits: unknown[][]): { time: number; fund: string; amount: number }[] {
  const [at, fundAt, amountAt] = [columnIndex(VISIT_COLUMNS, 'date'), columnIndex(VISIT_COLUMNS, 'fund'), columnIndex(VISIT_COLUMNS, 'amount')];
  const spending: { time: number; fund: string; amount: number }[] = [];
  for (const row of visits) {
    const amount = parseAmount(row[amountAt]);
    const value = row[at];
    const text = typeof value === 'string' ? parseDateText(value) : null;
    const time = text ? (text.ok ? isoDay(text.value).getTime() : NaN) : (value as Date).getTime();
    if (amount.ok && !Number.isNaN(time)) spending.push({ time, fund: String(row[fundAt]), amount: amount.value });
  }
  return spending.sort((a, b) => a.time - b.time);
}

type LedgerPlan = (typeof LEDGER_PLANS)[number];
type LedgerLine = { date: Date; plan: LedgerPlan; amount: number };

/**
 * Thu chi in date order. A fund never spends money it does not have: an expense that would take a fund (visits included)
 * below zero becomes a receipt of that fund instead; a fund still closing below zero turns the latest expenses into its receipts.
 */
function makeLedger(period: Period, options: UnionBookOptions, visits: unknown[][], rng: Random): unknown[][] {
  const draw = (plan: LedgerPlan) => rng.int(plan.amount[0], plan.amount[1]) * 100_000;
  const lines: LedgerLine[] = Array.from({ length: options.ledger }, () => ({ date: dayIn(period, rng), plan: rng.weighted(LEDGER_PLANS), amount: 0 }));
  lines.sort((a, b) => a.date.getTime() - b.date.getTime());
  const toReceipt = (line: LedgerLine, fund: string) => {
    line.plan = LEDGER_PLANS.find((p) => p.fund === fund && p.type === 'Thu')!;
    line.amount = draw(line.plan);
  };
  const balance = fundOpenings(options);
  const change = (fund: string, amount: number) => balance.set(fund, balance.get(fund)! + amount);
  const spending = visitSpending(visits);
  let paid = 0;
  for (const line of lines) {
    for (; paid < spending.length && spending[paid].time <= line.date.getTime(); paid++) change(spending[paid].fund, -spending[paid].amount);
    line.amount = draw(line.plan);
    if (line.plan.type === 'Chi' && balance.get(line.plan.fund)! < line.amount) toReceipt(line, line.plan.fund);
    change(line.plan.fund, line.plan.type === 'Thu' ? line.amount : -line.amount);
  }
  for (; paid < spending.length; paid++) change(spending[paid].fund, -spending[paid].amount);
  // Visits after the last line may still overdraw a fund (Quỹ xã hội pays only visits): the latest expenses become its receipts.
  for (const [fund] of balance) {
    for (let i = lines.length - 1; i >= 0 && balance.get(fund)! < 0; i--) {
      if (lines[i].plan.type !== 'Chi') continue;
      change(lines[i].plan.fund, lines[i].amount);
      toReceipt(lines[i], fund);
      change(fund, lines[i].amount);
    }
  }
  const width = max(3, String(options.ledger).length);
  const counters = { Thu: 0, Chi: 0 };
  return lines.map(({ date, plan, amount }) => {
    const month = `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
    const quarter = `quý ${floor(date.getUTCMonth() / 3) + 1}/${date.getUTCFullYear()}`;
    const voucher = `${plan.type === 'Thu' ? 'PT' : 'PC'}${String(++counters[plan.type]).padStart(width, '0')}`;
    const description = rng.pick(plan.say(month, quarter));
    return rowOf(LEDGER_COLUMNS, { date, voucher, fund: plan.fund, type: plan.type, category: plan.category, amount, description });
  });
}

/**
 * Quỹ: budgets (dự toán chi) rounded to a million: Quỹ CĐCS a little above what it really spent (visits included),
 * Quỹ xã hội 8-15% below (so the summary shows a fund over budget), Mái ấm Công đoàn none.
 */
function makeFunds(visits: unknown[][], ledger: unknown[][], options: UnionBookOptions, rng: Random): unknown[][] {
  const spent = new Map<string, number>();
  const add = (fund: string, amount: number) => spent.set(fund, (spent.get(fund) ?? 0) + amount);
  const [fundAt, typeAt, amountAt] = [columnIndex(LEDGER_COLUMNS, 'fund'), columnIndex(LEDGER_COLUMNS, 'type'), columnIndex(LEDGER_COLUMNS, 'amount')];
  for (const visit of visitSpending(visits)) add(visit.fund, visit.amount);
  for (const row of ledger) if (row[typeAt] === 'Chi') add(String(row[fundAt]), row[amountAt] as number);
  const millions = (amount: number) => round(amount / 1_000_000) * 1_000_000;
  const budgets = new Map<string, number | null>([
    [FUNDS.own, millions((spent.get(FUNDS.own) ?? 0) * (1 + rng.int(4, 10) / 100))],
    [FUNDS.social, millions((spent.get(FUNDS.social) ?? 0) * (1 - rng.int(8, 15) / 100))],
    [FUNDS.housing, null],
  ]);
  return [...fundOpenings(options)].map(([name, opening]) => rowOf(FUND_COLUMNS, { name, opening, budget: budgets.get(name) }));
}

// ---------------------------------------------------------------------------------------------------------------------------
// Khen thưởng, Cài đặt, Phân quyền

type AwardKind = { target: 'Tập thể' | 'Cá nhân'; form: AwardForm; level: string };
const [FLAG, MERIT, CERTIFICATE, MEDAL, CREATIVE] = AWARD_FORMS;

/** A district's year of awards, highest first; beyond it, more district certificates. */
const AWARD_YEAR: AwardKind[] = [
  { target: 'Tập thể', form: MERIT, level: 'Tổng Liên đoàn' },
  { target: 'Cá nhân', form: MERIT, level: 'Tổng Liên đoàn' },
  { target: 'Cá nhân', form: MEDAL, level: 'Tổng Liên đoàn' },
  { target: 'Cá nhân', form: CREATIVE, level: 'Tổng Liên đoàn' },
  { target: 'Tập thể', form: FLAG, level: 'LĐLĐ tỉnh' },
  { target: 'Tập thể', form: MERIT, level: 'LĐLĐ tỉnh' },
  ...Array.from({ length: 3 }, (): AwardKind => ({ target: 'Cá nhân', form: MERIT, level: 'LĐLĐ tỉnh' })),
  ...Array.from({ length: 5 }, (_, i): AwardKind => ({ target: i % 2 ? 'Cá nhân' : 'Tập thể', form: CERTIFICATE, level: 'LĐLĐ huyện' })),
  ...Array.from({ length: 5 }, (_, i): AwardKind => ({ target: i % 2 ? 'Tập thể' : 'Cá nhân', form: CERTIFICATE, level: 'LĐLĐ huyện' })),
  { target: 'Tập thể', form: CERTIFICATE, level: 'Chính quyền' },
];

function makeAwards(units: UnitPlan[], plan: ScorePlan, period: Period, options: UnionBookOptions, rng: Random): unknown[][] {
  const excellent = plan.scored.filter((p) => p.tier === 'HTXSNV' && p.conditionMet).map((p) => p.unit);
  const best = excellent.length > 0 ? excellent : units;
  const award = (label: string, kind: AwardKind) => {
    const unit = kind.target === 'Tập thể' ? rng.pick(best) : rng.pick(units);
    const name = kind.target === 'Tập thể' ? `Công đoàn ${unit.name}` : personName(rng);
    return rowOf(AWARD_COLUMNS, { period: label, target: kind.target, name, unit: unit.code, form: kind.form, level: kind.level });
  };
  const count = options.awards ?? DEFAULT_AWARDS;
  const rows = Array.from({ length: count }, (_, i) => award(period.label, AWARD_YEAR[i] ?? AWARD_YEAR[rng.int(9, AWARD_YEAR.length - 1)]));
  const previous = previousPeriodLabel(period);
  rows.push(award(previous, { target: 'Tập thể', form: CERTIFICATE, level: 'LĐLĐ huyện' }));
  rows.push(award(previous, { target: 'Cá nhân', form: CERTIFICATE, level: 'LĐLĐ huyện' }));
  return rows;
}

/** Cài đặt as "Khởi tạo bảng tính" writes it (the settings module's own rows): defaults, with the union's name and period kind. */
function settingRows(options: UnionBookOptions, period: Period): unknown[][] {
  const settings: Settings = {
    ...defaultSettings(),
    unionName: options.unionName ?? DEFAULT_UNION_NAME,
    periodKind: period.kind,
    // The sample's cross-checks are entered by the units' chairs, some of them listed as Cán bộ: the setting lets them count.
    officersMayCrossCheck: true,
    // What the papers (Báo cáo, Biên bản) print in their heading and signature.
    papers: { parentName: 'LĐLĐ huyện Thăng Bình', place: 'Thăng Bình', signerName: 'Trần Thị Thu Hà', signerTitle: 'CHỦ TỊCH', documentCode: 'CĐGD' },
  };
  return SETTING_ROWS.map((setting) => {
    const shown = setting.shown(settings);
    return rowOf(SETTING_COLUMNS, { label: setting.label, value: shown === '' ? null : shown, note: setting.note });
  });
}

function makeRoles(units: UnitPlan[], plan: ScorePlan, options: UnionBookOptions, rng: Random): unknown[][] {
  const clusters = Array.from({ length: options.clusters }, (_, i) => clusterName(i));
  const leaderUnits = new Set(plan.leaders.values());
  const officers = rng.shuffle(units.filter((u) => !leaderUnits.has(u))).slice(0, options.officers ?? 2 * options.clusters);
  return [
    rowOf(ROLE_COLUMNS, { email: ADMIN_EMAIL, role: 'Quản trị' }),
    ...clusters.map((cluster) => {
      const unit = plan.leaders.get(cluster)!;
      return rowOf(ROLE_COLUMNS, { email: unit.email, role: 'Cụm trưởng', cluster, unit: unit.code });
    }),
    ...officers.map((unit) => rowOf(ROLE_COLUMNS, { email: unit.email, role: 'Cán bộ', cluster: unit.cluster, unit: unit.code })),
  ];
}

// ---------------------------------------------------------------------------------------------------------------------------
// Nhật ký

/** The sheet's time zone: the saved times are written as civil times, and read back as that civil time in Vietnam. */
const SAMPLE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * One Nhật ký line per score row, as the sidebar writes it when the row is saved (action "Lưu điểm <Hình thức>", the row, the
 * values as JSON, the chained SHA-256 of the domain), so the sample's score rows are all recorded and its first summary has no
 * "không khớp dòng nào trong Nhật ký" warning. The time is the row's Thời điểm as the sheet will give it back.
 */
function makeLog(scoreSheet: unknown[][], rubric: RubricItem[]): unknown[][] {
  const [header, ...rows] = scoreSheet;
  const at = (key: string) => header.indexOf(headerOf('scores', key as never));
  const [period, unit, form, scorer, note, savedAt] = ['period', 'unit', 'form', 'scorer', 'note', 'savedAt'].map(at);
  const lines: unknown[][] = [headers(LOG_COLUMNS)];
  let previous = '';
  rows.forEach((row, i) => {
    const saved = row[savedAt] as Date;
    const time = fromCivil(SAMPLE_TIME_ZONE, saved.getUTCFullYear(), saved.getUTCMonth() + 1, saved.getUTCDate(), saved.getUTCHours(), saved.getUTCMinutes());
    const scores: Record<string, number> = {};
    for (const { code } of rubric) {
      const value = row[header.indexOf(code)];
      if (typeof value === 'number') scores[code] = value;
    }
    const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));
    const values = {
      Kỳ: text(row[period]),
      'Mã đơn vị': text(row[unit]),
      'Hình thức': text(row[form]),
      'Người chấm': text(row[scorer]),
      ...scores,
      'Ghi chú': text(row[note]),
    };
    const line = { time, email: text(row[scorer]), action: `Lưu điểm ${text(row[form])}`, sheet: SHEET.scores, target: i + 2, content: describeValues(values) };
    previous = chainedDigest(sha256Hex, previous, line);
    lines.push([saved, line.email, line.action, line.sheet, line.target, line.content, previous]);
  });
  return lines;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
