// The one typed boundary between the sidebar and the server: what the sidebar sends, and what the exports of src/index.ts return.
// Only plain values cross it (google.script.run drops Dates): dates travel as "dd/mm/yyyy" text, amounts as whole đồng numbers.
import type { CriterionKind, LedgerTypeName, Role, ScoreForm } from '../domain/types';
import type * as entry from '../index';

export { ROLE_NAMES, type LedgerTypeName, type Role } from '../domain/types';

export type ScoreFormCode = ScoreForm;
export type CriterionKindCode = CriterionKind;

export interface CriterionView {
  code: string;
  group: string;
  content: string;
  max: number;
  kind: CriterionKindCode;
}

export interface UnitView {
  code: string;
  name: string;
  cluster: string;
}

export interface FundView {
  name: string;
  /** Balance today (đồng), from the period's opening balance, receipts, payments and visits. */
  balance: number;
}

/** What the sidebar needs to start: who the user is, what they may do, and the lists for the forms. */
export interface SidebarContext {
  user: { email: string; role: Role; roleName: string; cluster: string | null; unit: string | null };
  /**
   * Period labels: the default (the workbook's latest labelled period, see choosePeriod) first, then the others newest to oldest.
   * Only periods the workbook holds data for, and the current one (see src/domain/offered-periods.ts).
   */
  periods: string[];
  defaultPeriod: string;
  /** Today's period, always in `periods`; `hasData` false when nothing is entered for it yet (the sidebar says so beside it). */
  currentPeriod: { label: string; hasData: boolean };
  /** Units the user may enter some score for, grouped by cluster (clusters in natural order). */
  scorableClusters: { name: string; units: UnitView[] }[];
  criteria: CriterionView[];
  /** Units the user may record visits for. */
  visitUnits: UnitView[];
  reasons: string[];
  // No fund balances here: they need all of Thăm hỏi and Thu chi, which opening the sidebar does not read; the visit and ledger forms bring them.
  permissions: { scores: boolean; visits: boolean; ledger: boolean; summary: boolean; papers: boolean };
  /** Clusters whose cross-check minutes the user may write (Quản trị: all; Cụm trưởng: their own), in natural order. */
  minutesClusters: string[];
  /** Cài đặt's "Ngưỡng chênh lệch tự chấm": a self-score above the score being entered by more than this is highlighted. */
  gapThreshold: number;
  /** Cài đặt's "Mức chi tối đa một lần thăm" (null: no cap): the visit form asks to confirm an amount above it. */
  visitCap: number | null;
  /** Today in Asia/Ho_Chi_Minh, dd/mm/yyyy. */
  today: string;
}

export interface ScoreFormRequest {
  period: string;
  unit: string;
}

export interface ScoreFormData {
  period: string;
  unit: UnitView;
  /** The forms (Hình thức) this user may save for this unit, the first being the default. */
  allowedForms: { form: ScoreFormCode; name: string }[];
  /** The unit's latest self-score card and total in the period, shown beside the cross-check being entered. */
  selfScores: Record<string, number> | null;
  selfTotal: number | null;
  /** This user's own latest entry for the unit and period (any allowed form), to edit. */
  mine: { form: ScoreFormCode; scores: Record<string, number>; note: string; row: number } | null;
  /** Set when the period is signed off: why saving is refused and who can reopen it (the server refuses the save too). */
  closed: string | null;
}

/** A score card to save. Scores may be numbers or text with a decimal comma ("7,5"); blank or null = not scored. */
export interface SaveScoreRequest {
  period: string;
  unit: string;
  form: ScoreFormCode;
  scores: Record<string, number | string | null>;
  note: string;
}

export interface SaveResult {
  sheet: string;
  row: number;
  /** A Vietnamese sentence for the sidebar, e.g. 'Đã lưu điểm Chấm chéo cho CD004 (dòng 57).' */
  message: string;
}

export interface VisitFormData {
  /** Names of people visited before in this unit, for suggestions. */
  people: string[];
  funds: FundView[];
}

export interface SaveVisitRequest {
  /** dd/mm/yyyy */
  date: string;
  unit: string;
  person: string;
  reason: string;
  /** Whole đồng, as a number or as typed ("1.500.000"). */
  amount: number | string;
  fund: string;
  visitor: string;
  note: string;
}

export interface LedgerFormData {
  /** The next voucher number per type, e.g. { Thu: 'PT013', Chi: 'PC041' }. */
  nextVoucher: Record<LedgerTypeName, string>;
  categories: Record<LedgerTypeName, string[]>;
  funds: FundView[];
}

export interface SaveLedgerRequest {
  date: string;
  fund: string;
  type: LedgerTypeName;
  category: string;
  amount: number | string;
  description: string;
  /** Blank = the suggested next number. */
  voucher: string;
}

/**
 * What the sidebar sends to each server function it calls (google.script.run), one tuple of arguments per function. The entry
 * takes these as `unknown` and validates them: nothing from the browser is trusted. The names are exports of src/index.ts.
 */
export interface SidebarRequests {
  sidebarContext: [];
  sidebarScoreForm: [request: ScoreFormRequest];
  sidebarSaveScore: [request: SaveScoreRequest];
  sidebarVisitForm: [unit: string];
  sidebarSaveVisit: [request: SaveVisitRequest];
  sidebarLedgerForm: [];
  sidebarSaveLedger: [request: SaveLedgerRequest];
  sidebarBuildSummary: [period: string];
  sidebarBuildReport: [period: string];
  sidebarBuildMinutes: [request: MinutesRequest];
  sidebarPreviewPermissions: [];
  sidebarApplyPermissions: [fingerprint: string];
}

/** What "Áp dụng phân quyền" would change (Quản trị only): one Vietnamese line per sheet, how many sheets, and the plan's fingerprint. */
export interface PermissionPreview {
  text: string;
  fingerprint: string;
  changes: number;
}

/** An entry that has every function the sidebar calls, each accepting what the sidebar sends. */
export type SidebarEntry = { [K in keyof SidebarRequests]: (...args: SidebarRequests[K]) => unknown };

/** The sidebar's arguments when the entry takes exactly as many; `never` (every call a type error) when the entry's arity differs. */
type SameArity<Sent extends unknown[], Taken extends unknown[]> = Taken['length'] extends Sent['length']
  ? Sent['length'] extends Taken['length']
    ? Sent
    : never
  : never;

/**
 * The sidebar's view of an entry: each function it calls, with the arguments it sends and the result the entry returns.
 * Renaming an export, changing its arity or its result breaks the sidebar's type-check, not an officer's click.
 */
export type ServerApiOf<E extends SidebarEntry> = {
  [K in keyof SidebarRequests]: (...args: SameArity<SidebarRequests[K], Parameters<E[K]>>) => ReturnType<E[K]>;
};

/** The server functions the sidebar calls, typed from the exports of src/index.ts (top-level functions of dist/Code.js). */
export type ServerApi = ServerApiOf<typeof entry>;

/** Biên bản kiểm tra chéo: the cluster and the period (blank = the latest). */
export interface MinutesRequest {
  period: string;
  cluster: string;
}
