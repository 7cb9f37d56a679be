// The sidebar's session: who the user is (Phân quyền, read fresh on every call), what each action reads of the workbook, the rights checks and the audited write under the lock.
import { ISO_DAY_PATTERN } from '../../domain/cell-formats';
import { VIETNAM_TIME_ZONE } from '../../domain/dates';
import { balanceAt } from '../../domain/funds';
import { offeredPeriods } from '../../domain/offered-periods';
import type { IsoDate, Period, Unit } from '../../domain/types';
import { visitsOfUnits } from '../../domain/visits';
import type { FundView, SidebarContext, UnitView } from '../../wire/api';
import { SHEET, SHEET_COLUMNS, type SheetKey } from '../../workbook/schema';
import type { Table } from '../../workbook/table';
import { openAuditLog } from '../sheet-io/audit-log';
import { UserError } from '../errors';
import { readWorkbook, type ReadPlan, type WorkbookData } from '../load-workbook';
import { withDocumentLock } from '../sheet-io/lock';
import type { RequestContext } from '../request-schemas';
import { completeGrants, HIDDEN_IDENTITY_MESSAGE, mayRecordLedger, readRoleEntries, resolveUser, scoreFormsFor, type SidebarUser } from '../roles';
import { appendPlannedRow, type RowPlan } from '../sheet-io/safe-write';
import { findSheet, readValues, SheetLookup } from '../sheet-io/sheets';
import { refuseClosedPeriod } from '../sign-off-guard';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export { VIETNAM_TIME_ZONE };

/** The user, resolved from Phân quyền before anything else is read. */
export interface SidebarSession {
  spreadsheet: Spreadsheet;
  /** The sheets, looked up by exact name first (SheetLookup): an action lists the tabs only when a name is not spelled as the contract spells it. */
  index: SheetLookup;
  user: SidebarUser;
  now: Date;
  today: IsoDate;
}

/** A session with what its action needs of the workbook read (see READS) and the periods the sidebar offers. */
export interface LoadedSession extends SidebarSession {
  data: WorkbookData;
  tables: Partial<Record<SheetKey, Table>>;
  /** Latest first, the default first of all (offeredPeriods). */
  periods: Period[];
  currentPeriod: SidebarContext['currentPeriod'];
  requests: RequestContext;
}

export function openSession(): SidebarSession {
  const email = Session.getActiveUser().getEmail() ?? '';
  if (email.trim() === '') throw new UserError(HIDDEN_IDENTITY_MESSAGE);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const index = new SheetLookup(spreadsheet);
  const rolesSheet = findSheet(index, SHEET.roles);
  const { entries } = readRoleEntries(rolesSheet ? readValues(rolesSheet) : undefined);
  const user = resolveUser(email, entries, () => spreadsheet.getOwner()?.getEmail() ?? null);
  const now = new Date();
  return { spreadsheet, index, user, now, today: Utilities.formatDate(now, VIETNAM_TIME_ZONE, ISO_DAY_PATTERN) };
}

/** Đơn vị and Cài đặt decide rights (a grant's cluster, cross-checking, who keeps the ledger): every action reads them whole. */
const RIGHTS: ReadPlan = { units: 'all', settings: 'all' };
/** The periods offered come from the Kỳ of Chấm điểm (its key columns only) and Khen thưởng, plus the current one. */
const PERIODS: ReadPlan = { scores: ['period', 'unit', 'form'], awards: 'all' };

/**
 * What each action reads. Scoring never reads Thăm hỏi or Thu chi; opening the sidebar and a score form read Chấm điểm's key
 * columns only (a score form then reads the one or two rows it shows), and a score save its header rows only (where to write;
 * its period is checked against the current one or any that has begun, not against the periods the workbook holds). Saving a
 * visit never reads Chấm điểm or Thu chi, and of Thăm hỏi its date column, then the rows dated within 30 days (the repeat
 * check in its note); saving a ledger line reads Thu chi's header (its vouchers under the
 * lock) and never Thăm hỏi or Chấm điểm. Only the visit and ledger forms, which show fund balances, read Thăm hỏi and Thu chi
 * whole. The yearly summary reads everything (load-workbook's READ_ALL).
 */
export const READS = {
  context: { ...RIGHTS, rubric: 'all', ...PERIODS },
  scoreForm: { ...RIGHTS, rubric: 'all', ...PERIODS, scores: ['period', 'unit', 'form', 'scorer'] },
  scoreSave: { ...RIGHTS, rubric: 'all', scores: [] },
  visitForm: { ...RIGHTS, funds: 'all', visits: 'all', ledger: 'all', ...PERIODS },
  // The save's note compares the amount with the fund's balance, which needs Thu chi's money columns.
  visitSave: { ...RIGHTS, funds: 'all', visits: ['date'] },
  ledgerForm: { ...RIGHTS, funds: 'all', visits: 'all', ledger: 'all', ...PERIODS },
  ledgerSave: { ...RIGHTS, funds: 'all', ledger: [] },
} satisfies Record<string, ReadPlan>;

export function loadSession(plan: ReadPlan): LoadedSession {
  const session = openSession();
  const { data, tables } = readWorkbook(session.spreadsheet, session.index, plan);
  const { periods, current, currentHasData } = offeredPeriods(data, session.today);
  return {
    ...session,
    currentPeriod: { label: current.label, hasData: currentHasData },
    user: completeGrants(session.user, data.units),
    data,
    tables,
    periods,
    requests: {
      units: data.units,
      criteria: data.criteria,
      funds: data.funds,
      periods,
      schoolYearStartMonth: data.settings.schoolYearStartMonth,
      periodKind: data.settings.periodKind,
      today: session.today,
    },
  };
}

export const unitView = ({ code, name, cluster }: Unit): UnitView => ({ code, name, cluster });

/** Each fund's balance today, as the summary carries it: Quỹ's opening plus every receipt, minus every payment and visit up to today. */
export function fundViews(s: LoadedSession): FundView[] {
  const visits = visitsOfUnits(
    s.data.visits,
    s.data.units.map((unit) => unit.code),
  );
  return s.data.funds.map((fund) => ({ name: fund.name, balance: balanceAt(fund, s.data.ledger, visits, s.today) }));
}

/** The target sheet and its located table; refused with a way out when missing or headless. */
export function targetOf(s: LoadedSession, key: 'scores' | 'visits' | 'ledger'): { sheet: Sheet; table: Table } {
  const sheet = findSheet(s.index, SHEET[key]);
  const table = s.tables[key];
  if (!sheet || !table) {
    const required = SHEET_COLUMNS[key]
      .filter((c) => c.required)
      .map((c) => c.header)
      .join(', ');
    throw new UserError(
      `Trang "${SHEET[key]}" chưa có hoặc thiếu cột bắt buộc (${required}). Hãy chạy "Khởi tạo bảng tính" hoặc sửa dòng tiêu đề; chưa có gì được ghi.`,
    );
  }
  return { sheet, table };
}

export interface AuditedWrite {
  plan: RowPlan;
  action: string;
  sheet: string;
  content: string;
  knownLastRow?: number;
}

/**
 * Under the document lock: refuses a save into a signed-off period, prepares the row (which may still refuse), opens Nhật ký
 * (a broken log stops the write), appends the row, then its log line.
 */
export function writeAudited(s: LoadedSession, into: { label: string } | { date: IsoDate }, prepare: () => AuditedWrite): number {
  return withDocumentLock(() => {
    refuseClosedPeriod(s.index, s.data.settings.schoolYearStartMonth, into);
    const write = prepare();
    const log = openAuditLog(s.spreadsheet, s.index);
    const row = appendPlannedRow(write.plan, write.knownLastRow);
    log.write({ time: s.now, email: s.user.email, action: write.action, sheet: write.sheet, row, content: write.content });
    return row;
  });
}

export function scoreFormsOrRefuse(s: LoadedSession, unit: Unit) {
  const forms = scoreFormsFor(s.user, unit, s.data.settings);
  if (forms.length === 0) throw new UserError(`Bạn không có quyền chấm điểm đơn vị ${unit.code} (${unit.name}).`);
  return forms;
}

export function ledgerOrRefuse(s: LoadedSession): void {
  if (!mayRecordLedger(s.user, s.data.settings))
    throw new UserError('Bạn không có quyền ghi thu chi. Hãy nhờ quản trị viên ghi, hoặc đổi thiết lập người được ghi thu chi trong trang "Cài đặt".');
}
