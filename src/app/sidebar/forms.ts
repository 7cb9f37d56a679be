// The sidebar's forms: what each one shows before a save (the score form's cards, a unit's visits and fund balances, the ledger's next voucher), read for the user's rights.
import { formatDateVi } from '../../domain/dates';
import { VISIT_CATEGORY } from '../../domain/funds';
import { naturalCompare } from '../../domain/ranking';
import { cardTotal, latestOf, scorerKey } from '../../domain/scoring';
import { codeKey, nameKey } from '../../domain/text';
import { SCORE_FORM_NAMES, VISIT_REASONS, type ScoreRow } from '../../domain/types';
import { nextVoucher } from '../../domain/vouchers';
import { ROLE_NAMES, type LedgerFormData, type ScoreFormData, type SidebarContext, type UnitView, type VisitFormData } from '../../wire/api';
import { NameBook, readScores, readUnits } from '../../workbook/readers';
import { UserError } from '../errors';
import { parseRequest, scoreFormQuerySchema, unitCodeSchema } from '../request-schemas';
import { mayBuildMinutes, mayBuildSummary, mayRecordLedger, mayRecordVisit, scoreFormsFor } from '../roles';
import { readRows } from '../sheet-io/sheets';
import { closedPeriodMessage, closedPeriodOf, type ClosedPeriod } from '../sign-off-guard';
import { loadSession, unitView, fundViews, targetOf, scoreFormsOrRefuse, ledgerOrRefuse, READS, type LoadedSession } from './session';

/** The score form's notice when its period is signed off (null when it is open). */
const closedMessage = (closed: ClosedPeriod | undefined) => (closed ? closedPeriodMessage(closed) : null);

/** Khoản mục offered in "Ghi thu chi" before any are used (docs/contract.md, Thu chi); visits are not offered: they are entered in Thăm hỏi. */
export const DEFAULT_CATEGORIES = {
  Thu: ['Đoàn phí', 'Kinh phí công đoàn', 'Cấp trên cấp', 'Thu khác'],
  Chi: ['Khen thưởng', 'Tuyên truyền - phong trào', 'Quản lý hành chính', 'Lương - phụ cấp', 'Nộp cấp trên', 'Chi khác'],
};

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
    permissions: {
      scores: clusters.size > 0,
      visits: visitUnits.length > 0,
      ledger,
      summary: mayBuildSummary(s.user),
      papers: mayBuildSummary(s.user) || minutesClusters.length > 0,
    },
    minutesClusters,
    gapThreshold: settings.gapThreshold,
    visitCap: settings.visitCap,
    today: formatDateVi(s.today),
  };
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
    closed: closedMessage(closedPeriodOf(s.index, s.data.settings.schoolYearStartMonth, { label: period.label })),
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

/** Categories offered per type: the defaults, then those already used in Thu chi (Vietnamese order), without repeats; never "Thăm hỏi" (visits are entered in Thăm hỏi). */
function ledgerCategories(s: LoadedSession): LedgerFormData['categories'] {
  const of = (type: 'income' | 'expense', defaults: readonly string[]) => {
    const keys = new Set([...defaults, VISIT_CATEGORY].map(nameKey));
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
