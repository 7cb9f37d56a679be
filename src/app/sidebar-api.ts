// The sidebar's server functions (called through src/index.ts): each resolves the user from Phân quyền, reads only the sheets and columns it needs, validates the request, writes under the lock with its Nhật ký line.
import { ISO_DAY_PATTERN } from '../domain/cell-formats';
import { formatDateVi } from '../domain/dates';
import { balanceAt } from '../domain/funds';
import { formatVnd } from '../domain/money';
import { offeredPeriods } from '../domain/offered-periods';
import { naturalCompare } from '../domain/ranking';
import { cardTotal, incompleteCardMessage, latestOf, missingStandard, scorerKey } from '../domain/scoring';
import { cellText, codeKey, formatDecimal, nameKey, ownValue } from '../domain/text';
import { LEDGER_TYPE_NAMES, SCORE_FORM_NAMES, VISIT_REASONS, type IsoDate, type Period, type ScoreRow, type Unit, type VisitReason } from '../domain/types';
import { possibleDuplicateOf } from '../domain/visits';
import { nextVoucher } from '../domain/vouchers';
import { ROLE_NAMES, type FundView, type LedgerFormData, type PermissionPreview, type SaveResult, type ScoreFormData, type SidebarContext, type UnitView, type VisitFormData } from '../shared/api';
import { SHEET, SHEET_COLUMNS, type SheetKey } from '../workbook/schema';
import { NameBook, readScores, readUnits } from '../workbook/readers';
import { findCriterionColumn, type Table } from '../workbook/table';
import { describeValues, openAuditLog } from './audit-log';
import { UserError } from './errors';
import { readWorkbook, type ReadPlan, type WorkbookData } from './load-workbook';
import { withDocumentLock } from './lock';
import {
  fingerprintSchema,
  ledgerLineSchema,
  parseRequest,
  scoreCardSchema,
  minutesRequestSchema,
  scoreFormQuerySchema,
  summaryLabelSchema,
  unitCodeSchema,
  visitSchema,
  type RequestContext,
} from './request-schemas';
import { applyPermissions, permissionsAppliedMessage, previewPermissions } from './permissions';
import { completeGrants, HIDDEN_IDENTITY_MESSAGE, mayBuildMinutes, mayBuildSummary, mayRecordLedger, mayRecordVisit, readRoleEntries, resolveUser, scoreFormsFor, type SidebarUser } from './roles';
import { amountCell, appendPlannedRow, columnCells, dateCell, loggedValues, numberCell, planRow, textCell, timeCell, type ColumnCells, type PlacedCell, type RowPlan } from './safe-write';
import { findSheet, indexSheets, readRows, readValues } from './sheets';
import { summarySheetName } from './summary-sheet';
import { buildMinutes, buildReport } from './papers';
import { runYearlySummary } from './yearly-summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** "Today" for the officers: Vietnam's calendar day, whatever the script's or spreadsheet's zone. */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Khoản mục offered in "Ghi thu chi" before any are used (docs/contract.md, Thu chi); visits are not offered: they are entered in Thăm hỏi. */
export const DEFAULT_CATEGORIES = {
  Thu: ['Đoàn phí', 'Kinh phí công đoàn', 'Cấp trên cấp', 'Thu khác'],
  Chi: ['Khen thưởng', 'Tuyên truyền - phong trào', 'Quản lý hành chính', 'Lương - phụ cấp', 'Nộp cấp trên', 'Chi khác'],
};

/** The user, resolved from Phân quyền before anything else is read. */
interface SidebarSession {
  spreadsheet: Spreadsheet;
  index: Map<string, Sheet>;
  user: SidebarUser;
  now: Date;
  today: IsoDate;
}

/** A session with what its action needs of the workbook read (see READS) and the periods the sidebar offers. */
interface LoadedSession extends SidebarSession {
  data: WorkbookData;
  tables: Partial<Record<SheetKey, Table>>;
  /** Latest first, the default first of all (offeredPeriods). */
  periods: Period[];
  currentPeriod: SidebarContext['currentPeriod'];
  requests: RequestContext;
}

function openSession(): SidebarSession {
  const email = Session.getActiveUser().getEmail() ?? '';
  if (email.trim() === '') throw new UserError(HIDDEN_IDENTITY_MESSAGE);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const index = indexSheets(spreadsheet);
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
 * What each action reads. Scoring never reads Thăm hỏi or Thu chi and reads Chấm điểm's key columns only (a score form then
 * reads the one or two rows it shows); saving a visit never reads Chấm điểm or Thu chi; saving a ledger line reads Thu chi's
 * header (its vouchers under the lock) and never Thăm hỏi or Chấm điểm. Only the visit and ledger forms, which show fund
 * balances, read Thăm hỏi and Thu chi whole. The yearly summary reads everything (load-workbook's READ_ALL).
 */
export const READS = {
  context: { ...RIGHTS, rubric: 'all', ...PERIODS },
  scoreForm: { ...RIGHTS, rubric: 'all', ...PERIODS, scores: ['period', 'unit', 'form', 'scorer'] },
  scoreSave: { ...RIGHTS, rubric: 'all', ...PERIODS },
  visitForm: { ...RIGHTS, funds: 'all', visits: 'all', ledger: 'all', ...PERIODS },
  visitSave: { ...RIGHTS, funds: 'all', visits: 'all' },
  ledgerForm: { ...RIGHTS, funds: 'all', visits: 'all', ledger: 'all', ...PERIODS },
  ledgerSave: { ...RIGHTS, funds: 'all', ledger: [] },
} satisfies Record<string, ReadPlan>;

function loadSession(plan: ReadPlan): LoadedSession {
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
    requests: { units: data.units, criteria: data.criteria, funds: data.funds, periods, schoolYearStartMonth: data.settings.schoolYearStartMonth },
  };
}

const unitView = ({ code, name, cluster }: Unit): UnitView => ({ code, name, cluster });

/** Each fund's balance today: its opening at the start of the sidebar's default period, plus receipts, minus payments and visits since. */
function fundViews(s: LoadedSession): FundView[] {
  const start = s.periods[0].start;
  return s.data.funds.map((fund) => ({ name: fund.name, balance: balanceAt(fund, s.data.ledger, s.data.visits, start, s.today) }));
}

/** The target sheet and its located table; refused with a way out when missing or headless. */
function targetOf(s: LoadedSession, key: 'scores' | 'visits' | 'ledger'): { sheet: Sheet; table: Table } {
  const sheet = findSheet(s.index, SHEET[key]);
  const table = s.tables[key];
  if (!sheet || !table) {
    const required = SHEET_COLUMNS[key].filter((c) => c.required).map((c) => c.header).join(', ');
    throw new UserError(`Trang "${SHEET[key]}" chưa có hoặc thiếu cột bắt buộc (${required}). Hãy chạy "Khởi tạo bảng tính" hoặc sửa dòng tiêu đề; chưa có gì được ghi.`);
  }
  return { sheet, table };
}

interface AuditedWrite {
  plan: RowPlan;
  action: string;
  sheet: string;
  content: string;
  knownLastRow?: number;
}

/** Under the document lock: prepares the row (which may still refuse), opens Nhật ký (a broken log stops the write), appends the row, then its log line. */
function writeAudited(s: SidebarSession, prepare: () => AuditedWrite): number {
  return withDocumentLock(() => {
    const write = prepare();
    const log = openAuditLog(s.spreadsheet, s.index);
    const row = appendPlannedRow(write.plan, write.knownLastRow);
    log.write({ time: s.now, email: s.user.email, action: write.action, sheet: write.sheet, row, content: write.content });
    return row;
  });
}

// ——— Reads ———

export function sidebarContext(): SidebarContext {
  const s = loadSession(READS.context);
  const { settings } = s.data;
  const clusters = new Map<string, UnitView[]>();
  for (const unit of s.data.units) {
    if (scoreFormsFor(s.user, unit, settings).length === 0) continue;
    const list = clusters.get(unit.cluster) ?? [];
    list.push(unitView(unit));
    clusters.set(unit.cluster, list);
  }
  const visitUnits = s.data.units.filter((unit) => mayRecordVisit(s.user, unit)).map(unitView);
  const ledger = mayRecordLedger(s.user, settings);
  const minutesClusters = [...new Map(s.data.units.map((unit) => [nameKey(unit.cluster), unit.cluster])).values()]
    .filter((cluster) => cluster !== '' && mayBuildMinutes(s.user, cluster))
    .sort(naturalCompare);
  return {
    user: { email: s.user.email, role: s.user.role, roleName: ROLE_NAMES[s.user.role], cluster: s.user.cluster, unit: s.user.unit },
    periods: s.periods.map((p) => p.label),
    defaultPeriod: s.periods[0].label,
    currentPeriod: s.currentPeriod,
    scorableClusters: [...clusters.entries()].sort(([a], [b]) => naturalCompare(a, b)).map(([name, units]) => ({ name, units })),
    criteria: s.data.criteria.map(({ code, group, content, max, kind }) => ({ code, group, content, max, kind })),
    visitUnits,
    reasons: [...VISIT_REASONS],
    permissions: { scores: clusters.size > 0, visits: visitUnits.length > 0, ledger, summary: mayBuildSummary(s.user), papers: mayBuildSummary(s.user) || minutesClusters.length > 0 },
    minutesClusters,
    gapThreshold: settings.gapThreshold,
    today: formatDateVi(s.today),
  };
}

function scoreFormsOrRefuse(s: LoadedSession, unit: Unit) {
  const forms = scoreFormsFor(s.user, unit, s.data.settings);
  if (forms.length === 0) throw new UserError(`Bạn không có quyền chấm điểm đơn vị ${unit.code} (${unit.name}).`);
  return forms;
}

/**
 * The cards a score form shows, read in full: Chấm điểm's key columns (already read) pick the latest Tự chấm and the user's
 * latest card of the unit and period, and only those rows (at most two) are read whole. A picked row whose scores are not
 * valid shows no card (the summary warns about it).
 */
function shownCards(s: LoadedSession, picked: readonly (ScoreRow | undefined)[]): Map<number, ScoreRow> {
  const { sheet, table } = targetOf(s, 'scores');
  const rows = [...new Set(picked.filter((row): row is ScoreRow => row !== undefined).map((row) => row.row))];
  if (rows.length === 0) return new Map();
  const full = readRows(sheet, rows, table.headers.length);
  // The unit codes as Đơn vị spells them, as the reading of the key columns knew them (no call: Đơn vị is already read).
  const names = new NameBook();
  if (s.tables.units) readUnits(s.tables.units, names);
  const read = readScores({ ...table, rows: full }, s.data.criteria, names, s.data.settings.schoolYearStartMonth);
  return new Map(read.records.map((record) => [record.row, record]));
}

export function sidebarScoreForm(request: unknown): ScoreFormData {
  const s = loadSession(READS.scoreForm);
  const { period, unit } = parseRequest(scoreFormQuerySchema(s.requests), request);
  const forms = scoreFormsOrRefuse(s, unit);
  const rows = s.data.scores.filter((row) => row.period === period.label && row.unit === unit.code);
  const latestSelf = latestOf(rows.filter((row) => row.form === 'self'));
  const latestMine = latestOf(rows.filter((row) => scorerKey(row.scorer) === s.user.email && forms.includes(row.form)));
  const cards = shownCards(s, [latestSelf, latestMine]);
  const self = latestSelf && cards.get(latestSelf.row);
  const mine = latestMine && cards.get(latestMine.row);
  return {
    period: period.label,
    unit: unitView(unit),
    allowedForms: forms.map((form) => ({ form, name: SCORE_FORM_NAMES[form] })),
    selfScores: self ? { ...self.scores } : null,
    selfTotal: self ? cardTotal(self.scores, s.data.criteria) : null,
    mine: mine ? { form: mine.form, scores: { ...mine.scores }, note: mine.note, row: mine.row } : null,
  };
}

export function sidebarVisitForm(unitCode: unknown): VisitFormData {
  const s = loadSession(READS.visitForm);
  const unit = parseRequest(unitCodeSchema(s.requests), unitCode);
  if (!mayRecordVisit(s.user, unit)) throw new UserError(`Bạn không có quyền ghi thăm hỏi cho đơn vị ${unit.code} (${unit.name}).`);
  const people = new Map<string, string>();
  for (const visit of s.data.visits) {
    const key = nameKey(visit.person);
    if (codeKey(visit.unit) === codeKey(unit.code) && !people.has(key)) people.set(key, visit.person.normalize('NFC'));
  }
  return { people: [...people.values()].sort((a, b) => a.localeCompare(b, 'vi')), funds: fundViews(s) };
}

function ledgerOrRefuse(s: LoadedSession): void {
  if (!mayRecordLedger(s.user, s.data.settings)) throw new UserError('Bạn không có quyền ghi thu chi. Hãy nhờ quản trị viên ghi, hoặc đổi thiết lập người được ghi thu chi trong trang "Cài đặt".');
}

/** Categories offered per type: the defaults, then those already used in Thu chi (Vietnamese order), without repeats. */
function ledgerCategories(s: LoadedSession): LedgerFormData['categories'] {
  const of = (type: 'income' | 'expense', defaults: readonly string[]) => {
    const keys = new Set(defaults.map(nameKey));
    const used = new Map<string, string>();
    for (const entry of s.data.ledger) {
      const key = nameKey(entry.category);
      if (entry.type === type && key !== '' && !keys.has(key) && !used.has(key)) used.set(key, entry.category);
    }
    return [...defaults, ...[...used.values()].sort((a, b) => a.localeCompare(b, 'vi'))];
  };
  return { Thu: of('income', DEFAULT_CATEGORIES.Thu), Chi: of('expense', DEFAULT_CATEGORIES.Chi) };
}

export function sidebarLedgerForm(): LedgerFormData {
  const s = loadSession(READS.ledgerForm);
  ledgerOrRefuse(s);
  const vouchers = s.data.ledger.map((entry) => entry.voucher);
  return {
    nextVoucher: { Thu: nextVoucher(vouchers, 'income'), Chi: nextVoucher(vouchers, 'expense') },
    categories: ledgerCategories(s),
    funds: fundViews(s),
  };
}

// ——— Writes ———

export function sidebarSaveScore(request: unknown): SaveResult {
  const s = loadSession(READS.scoreSave);
  const card = parseRequest(scoreCardSchema(s.requests), request);
  const forms = scoreFormsOrRefuse(s, card.unit);
  const formName = SCORE_FORM_NAMES[card.form];
  if (!forms.includes(card.form)) {
    throw new UserError(`Bạn không được lưu điểm ${formName} cho đơn vị ${card.unit.code}; bạn chỉ được lưu: ${forms.map((f) => SCORE_FORM_NAMES[f]).join(', ')}.`);
  }
  const missing = missingStandard(card.scores, s.data.criteria);
  if (missing.length > 0) throw new UserError(`${incompleteCardMessage(missing)}.`);
  const { sheet, table } = targetOf(s, 'scores');
  const criterionCells = s.data.criteria.map((criterion): PlacedCell => {
    const column = findCriterionColumn(table, criterion.code);
    return { column: column < 0 ? undefined : column, header: criterion.code, cell: numberCell(ownValue(card.scores, criterion.code)) };
  });
  const head: ColumnCells<'scores'> = { period: textCell(card.period.label), unit: textCell(card.unit.code), form: textCell(formName), scorer: textCell(s.user.email) };
  const tail: ColumnCells<'scores'> = { note: textCell(card.note) };
  const plan = planRow(sheet, table, [
    ...columnCells(table, 'scores', head, true),
    ...criterionCells,
    ...columnCells(table, 'scores', tail),
    ...columnCells(table, 'scores', { savedAt: timeCell(s.now) }, true),
  ]);
  const record = { ...loggedValues('scores', head), ...card.scores, ...loggedValues('scores', tail) };
  const row = writeAudited(s, () => ({ plan, action: `Lưu điểm ${formName}`, sheet: SHEET.scores, content: describeValues(record) }));
  const total = formatDecimal(cardTotal(card.scores, s.data.criteria));
  return { sheet: SHEET.scores, row, message: `Đã lưu điểm ${formName} cho ${card.unit.code} (dòng ${row}), tổng ${total} điểm.` };
}

/** Notes for the officer after a visit is saved: over the per-visit cap, or the same person of the same unit and reason within 30 days. */
function visitNotes(s: LoadedSession, visit: { date: IsoDate; unit: string; person: string; reason: VisitReason; amount: number }): string[] {
  const notes: string[] = [];
  const cap = s.data.settings.visitCap;
  if (cap !== null && visit.amount > cap) notes.push(`Lưu ý: số tiền vượt mức chi tối đa một lần (${formatVnd(cap)}).`);
  const earlier = possibleDuplicateOf(visit, s.data.visits);
  if (earlier) notes.push(`Lưu ý: ${visit.person} đã được thăm vì lý do ${visit.reason} ngày ${formatDateVi(earlier.date)} (có thể trùng).`);
  return notes;
}

export function sidebarSaveVisit(request: unknown): SaveResult {
  const s = loadSession(READS.visitSave);
  const visit = parseRequest(visitSchema(s.requests), request);
  if (!mayRecordVisit(s.user, visit.unit)) throw new UserError(`Bạn không có quyền ghi thăm hỏi cho đơn vị ${visit.unit.code} (${visit.unit.name}).`);
  const { sheet, table } = targetOf(s, 'visits');
  const cells: ColumnCells<'visits'> = {
    date: dateCell(visit.date),
    unit: textCell(visit.unit.code),
    person: textCell(visit.person),
    reason: textCell(visit.reason),
    amount: amountCell(visit.amount),
    fund: textCell(visit.fund.name),
    visitor: textCell(visit.visitor),
    note: textCell(visit.note),
  };
  const plan = planRow(sheet, table, columnCells(table, 'visits', cells));
  const row = writeAudited(s, () => ({ plan, action: 'Ghi thăm hỏi', sheet: SHEET.visits, content: describeValues(loggedValues('visits', cells)) }));
  const message = `Đã ghi thăm hỏi ${visit.person} (${visit.reason}, ${formatVnd(visit.amount)}) vào dòng ${row}.`;
  return { sheet: SHEET.visits, row, message: [message, ...visitNotes(s, { ...visit, unit: visit.unit.code })].join(' ') };
}

/** Under the lock: the vouchers already in Thu chi (one read of their column), to number a blank voucher and refuse a repeated one. */
function readVouchers(sheet: Sheet, table: Table): { vouchers: string[]; lastRow: number } {
  const lastRow = sheet.getLastRow();
  const column = table.columns.voucher;
  if (column === undefined || lastRow <= table.headerRow) return { vouchers: [], lastRow };
  const values = sheet.getRange(table.headerRow + 1, column + 1, lastRow - table.headerRow, 1).getValues();
  return { vouchers: values.map((r) => cellText(r[0])), lastRow };
}

export function sidebarSaveLedger(request: unknown): SaveResult {
  const s = loadSession(READS.ledgerSave);
  ledgerOrRefuse(s);
  const line = parseRequest(ledgerLineSchema(s.requests), request);
  const { sheet, table } = targetOf(s, 'ledger');
  const typeName = LEDGER_TYPE_NAMES[line.type];
  let voucher = line.voucher;
  const row = writeAudited(s, () => {
    const { vouchers, lastRow } = readVouchers(sheet, table);
    if (voucher === '') voucher = nextVoucher(vouchers, line.type);
    else {
      const repeated = vouchers.findIndex((v) => codeKey(v) === codeKey(voucher));
      if (repeated >= 0) throw new UserError(`Số chứng từ ${voucher} đã có ở dòng ${table.headerRow + 1 + repeated} của trang ${SHEET.ledger}; chưa có gì được ghi.`);
    }
    const cells: ColumnCells<'ledger'> = {
      date: dateCell(line.date),
      voucher: textCell(voucher),
      fund: textCell(line.fund.name),
      type: textCell(typeName),
      category: textCell(line.category),
      amount: amountCell(line.amount),
      description: textCell(line.description),
    };
    const plan = planRow(sheet, table, columnCells(table, 'ledger', cells));
    return { plan, action: `Ghi phiếu ${typeName.toLowerCase()}`, sheet: SHEET.ledger, content: describeValues(loggedValues('ledger', cells)), knownLastRow: lastRow };
  });
  return { sheet: SHEET.ledger, row, message: `Đã ghi phiếu ${typeName.toLowerCase()} ${voucher} (${formatVnd(line.amount)}, ${line.fund.name}) vào dòng ${row}.` };
}

export function sidebarBuildSummary(period: unknown): { message: string; sheet: string } {
  const s = openSession();
  if (!mayBuildSummary(s.user)) throw new UserError('Chỉ quản trị viên được tạo báo cáo tổng hợp.');
  const label = parseRequest(summaryLabelSchema(), period);
  const summary = runYearlySummary(s.spreadsheet, label, s.now, (built) =>
    openAuditLog(s.spreadsheet, s.index).write({
      time: s.now,
      email: s.user.email,
      action: 'Tạo báo cáo tổng hợp',
      sheet: summarySheetName(built.period.label),
      row: null,
      content: describeValues({ Kỳ: built.period.label, 'Số đơn vị': built.units, 'Cảnh báo': built.warnings.length }),
    }),
  );
  const sheet = summarySheetName(summary.period.label);
  return { sheet, message: `Đã tạo trang "${sheet}" (${summary.units} đơn vị, ${summary.warnings.length} cảnh báo).` };
}

export function sidebarPreviewPermissions(): PermissionPreview {
  const plan = previewPermissions(SpreadsheetApp.getActiveSpreadsheet());
  return { text: plan.text, fingerprint: plan.fingerprint, changes: plan.changes.length };
}

export function sidebarApplyPermissions(fingerprint: unknown): { message: string } {
  const expected = parseRequest(fingerprintSchema(), fingerprint);
  const plan = applyPermissions(SpreadsheetApp.getActiveSpreadsheet(), new Date(), expected);
  return { message: permissionsAppliedMessage(plan) };
}

/** Thanh bên: writes "Báo cáo <kỳ>" in the administrative format (Quản trị only), logged in Nhật ký. */
export function sidebarBuildReport(period: unknown): { message: string; sheet: string } {
  const s = openSession();
  if (!mayBuildSummary(s.user)) throw new UserError('Chỉ quản trị viên được lập báo cáo.');
  const label = parseRequest(summaryLabelSchema(), period);
  const { sheet, summary } = buildReport(s.spreadsheet, label, s.now, (name) =>
    openAuditLog(s.spreadsheet, s.index).write({ time: s.now, email: s.user.email, action: 'Lập báo cáo', sheet: name, row: null, content: describeValues({ Kỳ: label ?? '' }) }),
  );
  return { sheet, message: `Đã lập trang "${sheet}" (${summary.units} đơn vị). In: Tệp › In, khổ A4 dọc.` };
}

/** Thanh bên: writes "Biên bản <cụm> <kỳ>" (Quản trị; Cụm trưởng for their own cluster), logged in Nhật ký. */
export function sidebarBuildMinutes(request: unknown): { message: string; sheet: string } {
  const s = openSession();
  const { period, cluster } = parseRequest(minutesRequestSchema(), request);
  const user = s.user;
  const result = buildMinutes(s.spreadsheet, period, cluster, s.now, {
    mayWrite: (name) => mayBuildMinutes(user, name),
    alsoUnderLock: (sheet) =>
      openAuditLog(s.spreadsheet, s.index).write({ time: s.now, email: user.email, action: 'Lập biên bản kiểm tra chéo', sheet, row: null, content: describeValues({ Kỳ: period ?? '', Cụm: cluster }) }),
  });
  return { sheet: result.sheet, message: `Đã lập trang "${result.sheet}" (${result.units} đơn vị, mỗi đơn vị một trang).` };
}
