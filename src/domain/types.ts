// The domain's plain data: records read from the workbook, settings, periods and the yearly summary (docs/contract.md, JSON summary).

/** A problem with one cell or row, shown to the officer in Vietnamese. `cell` is A1 notation ("E7"), or "" for a whole sheet. */
export interface Warning {
  sheet: string;
  cell: string;
  message: string;
}

/** A calendar date without time or zone, as "yyyy-mm-dd" (compares correctly as text). */
export type IsoDate = string;

/** Vai trò in Phân quyền: Quản trị · Cụm trưởng · Cán bộ. */
export type Role = 'admin' | 'leader' | 'officer';
export const ROLE_NAMES: Record<Role, string> = { admin: 'Quản trị', leader: 'Cụm trưởng', officer: 'Cán bộ' };

/** Xếp loại: the five levels, best first. */
export type Level = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV' | 'CXL';
export const LEVELS: readonly Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'CXL'];
export const LEVEL_NAMES: Record<Level, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  CXL: 'Chưa xếp loại',
};

/** Đơn vị: one grassroots union (CĐCS). `row` is the 1-based sheet row it came from. */
export interface Unit {
  code: string;
  name: string;
  cluster: string;
  members: number;
  workers: number;
  newMembers: number;
  row: number;
}

/** Loại tiêu chí: Chuẩn · Thưởng · Trừ · Điều kiện. */
export type CriterionKind = 'standard' | 'bonus' | 'penalty' | 'condition';
export const CRITERION_KIND_NAMES: Record<CriterionKind, string> = {
  standard: 'Chuẩn',
  bonus: 'Thưởng',
  penalty: 'Trừ',
  condition: 'Điều kiện',
};

/** Tiêu chí: one criterion of the rubric. */
export interface Criterion {
  code: string;
  group: string;
  content: string;
  max: number;
  kind: CriterionKind;
  row: number;
}

/** Hình thức chấm: Tự chấm · Chấm chéo · Cụm trưởng · Cấp trên. */
export type ScoreForm = 'self' | 'cross' | 'leader' | 'superior';
export const SCORE_FORM_NAMES: Record<ScoreForm, string> = {
  self: 'Tự chấm',
  cross: 'Chấm chéo',
  leader: 'Cụm trưởng',
  superior: 'Cấp trên',
};

/** Chấm điểm: one scorer's card for one unit and period. `scores` maps criterion code to points; a blank cell is absent. */
export interface ScoreRow {
  period: string;
  unit: string;
  form: ScoreForm;
  scorer: string;
  scores: Record<string, number>;
  note: string;
  row: number;
}

/** Lý do thăm hỏi, in the contract's order. */
export const VISIT_REASONS = ['Ốm đau', 'Thai sản', 'Tai nạn', 'Bệnh hiểm nghèo', 'Hiếu', 'Hỷ', 'Khó khăn đột xuất', 'Lễ Tết', 'Nghỉ hưu', 'Khác'] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];

/** Thăm hỏi: one visit, paid from a fund. Amounts are whole đồng. */
export interface Visit {
  date: IsoDate;
  unit: string;
  person: string;
  reason: VisitReason;
  amount: number;
  fund: string;
  visitor: string;
  note: string;
  row: number;
}

/** Loại in Thu chi: Thu · Chi. */
export type LedgerType = 'income' | 'expense';
export const LEDGER_TYPE_NAMES = { income: 'Thu', expense: 'Chi' } as const satisfies Record<LedgerType, string>;
export type LedgerTypeName = (typeof LEDGER_TYPE_NAMES)[LedgerType];

/** Thu chi: one ledger line. */
export interface LedgerEntry {
  date: IsoDate;
  voucher: string;
  fund: string;
  type: LedgerType;
  category: string;
  amount: number;
  description: string;
  row: number;
}

/** Quỹ: a fund with its opening balance at the period's start and an optional budget (dự toán chi). */
export interface Fund {
  name: string;
  opening: number;
  budget: number | null;
  row: number;
}

/** Đối tượng khen thưởng: Tập thể · Cá nhân. */
export type AwardTarget = 'collective' | 'individual';
export const AWARD_TARGET_NAMES: Record<AwardTarget, string> = { collective: 'Tập thể', individual: 'Cá nhân' };

/** Khen thưởng. */
export const AWARD_FORMS = ['Cờ thi đua', 'Bằng khen', 'Giấy khen', 'Kỷ niệm chương', 'Bằng Lao động sáng tạo', 'Khác'] as const;
export type AwardForm = (typeof AWARD_FORMS)[number];
export interface Award {
  period: string;
  target: AwardTarget;
  name: string;
  unit: string;
  form: AwardForm;
  level: string;
  row: number;
}

/** Kỳ: a calendar year ("2020") or a school year ("2019-2020"). start and end are inclusive. */
export interface Period {
  label: string;
  kind: 'calendar' | 'school';
  start: IsoDate;
  end: IsoDate;
}

/** Cài đặt: every setting, with the contract's defaults filled in where the sheet is silent. */
export interface Settings {
  /** Tên công đoàn, for report titles. */
  unionName: string;
  /** Lowest points of HTXSNV, HTTNV and HTNV; below the last is KHTNV. */
  thresholds: { excellent: number; good: number; completed: number };
  /** Sàn điểm nhóm (%): a unit at HTXSNV by points that scores under this share of any group's Chuẩn maximum drops one level; 0 turns it off. */
  groupFloorPercent: number;
  /** Giới hạn tỷ lệ HTXSNV (%) of all units of the period; null = no cap. */
  excellentCapPercent: number | null;
  /** Self-score above the final score by more than this many points is flagged CHENH_LECH. */
  gapThreshold: number;
  /** How a bare period is read, and how dates are grouped when no label says otherwise. */
  periodKind: 'calendar' | 'school';
  /** Tháng bắt đầu năm học (1..12). */
  schoolYearStartMonth: number;
  /** How several cross-checks combine: plain mean, or trimmed mean (drop the highest and lowest) when there are at least 3. */
  crossCheckAggregation: 'mean' | 'trimmedMean';
  /** Mức chi tối đa một lần thăm (đồng); null = no cap. */
  visitCap: number | null;
  /** Whether a cán bộ may enter Chấm chéo scores for other units of their cluster. */
  officersMayCrossCheck: boolean;
  /** Who may record ledger entries (Thu chi) from the sidebar. */
  ledgerRole: 'admin' | 'officer';
  /** The papers (Báo cáo, Biên bản): the parent body over the union's name, the place before the date, the signer, the sign of the number line. */
  papers: { parentName: string; place: string; signerName: string; signerTitle: string; documentCode: string };
}

export const DEFAULT_SETTINGS: Settings = {
  unionName: 'Công đoàn',
  thresholds: { excellent: 90, good: 70, completed: 50 },
  groupFloorPercent: 50,
  excellentCapPercent: null,
  gapThreshold: 10,
  periodKind: 'calendar',
  schoolYearStartMonth: 9,
  crossCheckAggregation: 'mean',
  visitCap: null,
  officersMayCrossCheck: false,
  ledgerRole: 'admin',
  papers: { parentName: '', place: '', signerName: '', signerTitle: 'CHỦ TỊCH', documentCode: '' },
};

/** Flags on a unit's result. The first two are the contract's; the others explain a level below the points. */
export type ResultFlag = 'CHUA_CHAM_CHEO' | 'CHENH_LECH' | 'KHONG_DAT_DIEU_KIEN' | 'DUOI_SAN_NHOM' | 'VUOT_GIOI_HAN';

/** One line of a cluster's ranking in the summary. Scores are rounded to 2 decimals; null when the unit has none. */
export interface RankingEntry {
  unit: string;
  name: string;
  selfScore: number | null;
  finalScore: number | null;
  rank: number | null;
  level: Level;
  flags: ResultFlag[];
  /** Vietnamese sentences saying why the level is below the points (condition failed, group floor, cap). */
  reasons: string[];
}

export type LevelCounts = Record<Level, number>;

export interface ClusterSummary {
  name: string;
  units: number;
  classification: LevelCounts;
  ranking: RankingEntry[];
}

export interface FundSummary {
  fund: string;
  opening: number;
  income: number;
  expense: number;
  closing: number;
  budget: number | null;
}

export interface YearlySummary {
  period: { label: string; start: IsoDate; end: IsoDate };
  units: number;
  classification: LevelCounts;
  classificationPercent: LevelCounts;
  clusters: ClusterSummary[];
  membership: { members: number; workers: number; newMembers: number };
  visits: {
    count: number;
    amount: number;
    byReason: Record<string, { count: number; amount: number }>;
    byUnit: Record<string, { count: number; amount: number }>;
  };
  funds: FundSummary[];
  /** Spending of the period by Khoản mục (visits under "Thăm hỏi"), largest first; beyond the contract's minimum, for the chart. */
  spending: { category: string; amount: number }[];
  awards: {
    collective: number;
    individual: number;
    byForm: Record<string, { collective: number; individual: number }>;
    byLevel: Record<string, { collective: number; individual: number }>;
  };
  warnings: Warning[];
  /** The same figures for the period before, when the workbook holds it (previous-period.ts); otherwise null. */
  previous: PreviousFigures | null;
  /** The period's sign-off ("Chốt <kỳ>") and every source row changed, added or removed since; null when not signed off. */
  signOff: SignOffReport | null;
}

/** The period before, beside this one: each part null when the workbook holds no records of it (never shown as 0). */
export interface PreviousFigures {
  period: { label: string; start: IsoDate; end: IsoDate };
  units: number;
  classification: LevelCounts | null;
  classificationPercent: LevelCounts | null;
  membership: YearlySummary['membership'] | null;
  visits: Omit<YearlySummary['visits'], 'byUnit'> | null;
  funds: FundSummary[] | null;
}

export interface SignOffReport {
  /** ISO time of the sign-off. */
  at: string;
  by: string;
  changes: { sheet: string; row: number; kind: 'changed' | 'added' | 'removed' }[];
}
