// "Áp dụng phân quyền": turns Phân quyền into Google protections of the contract's sheets, shows what will change first, applies it under the lock with one Nhật ký line.
import { matchKey } from '../domain/text';
import type { Settings } from '../domain/types';
import { SETTING_COLUMNS, SHEET, type SheetKey } from '../workbook/schema';
import { readSettings } from '../workbook/settings';
import { locateTable } from '../workbook/table';
import { requireAdmin } from './admin';
import { describeValues, openAuditLog } from './sheet-io/audit-log';
import { sha256Hex } from './sheet-io/digest';
import { UserError } from './errors';
import { withDocumentLock } from './sheet-io/lock';
import { emailKey, type RoleEntry } from './roles';
import { restrictProtection, runnerEmail } from './sheet-io/protections';
import { findSheet, indexSheets, readValues } from './sheet-io/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheets only Quản trị may edit, besides every output sheet (names starting with these words). */
const ADMIN_SHEETS: readonly SheetKey[] = ['roles', 'settings', 'units', 'rubric', 'funds', 'awards'];
const OUTPUT_PREFIXES = ['Tổng hợp ', 'Chốt ', 'Báo cáo ', 'Biên bản '].map(matchKey);
export const PROTECTION_DESCRIPTION = 'Công đoàn: theo trang Phân quyền (Áp dụng phân quyền)';

/** One sheet whose protection changes: who gains the right to edit it, who loses it ("mọi người khác" when it was open). */
export interface PermissionChange {
  sheet: string;
  /** True when the sheet was open to every editor of the spreadsheet (no protection, or a warning only). */
  wasOpen: boolean;
  gains: string[];
  loses: string[];
  editors: string[];
}

export interface PermissionPlan {
  changes: PermissionChange[];
  /** The Vietnamese list shown before anything changes. */
  text: string;
  /** Identifies the plan, so what is applied is what was shown. */
  fingerprint: string;
}

/**
 * Who may edit each sheet: Quản trị everything; Chấm điểm also every Cụm trưởng and every Cán bộ who can score (their own unit,
 * or their cluster when Cài đặt lets officers cross-check); Thăm hỏi Cụm trưởng and Cán bộ of a unit; Thu chi Cán bộ when Cài đặt
 * says so; Nhật ký everyone who may save (the sidebar writes the line as them). The owner always can and is never listed; the
 * admin running it is always kept.
 */
export function editorsBySheet(
  entries: readonly RoleEntry[],
  settings: Pick<Settings, 'officersMayCrossCheck' | 'ledgerRole'>,
  runner: string,
  owner: string,
): Map<SheetKey | 'output', string[]> {
  const list = (pick: (entry: RoleEntry) => boolean) => entries.filter(pick).map((entry) => entry.email);
  const admins = [...list((e) => e.role === 'admin'), emailKey(runner)];
  const scorers = list((e) => e.role === 'leader' || (e.role === 'officer' && (e.unit !== '' || (settings.officersMayCrossCheck && e.cluster !== ''))));
  const visitors = list((e) => e.role !== 'admin' && e.unit !== '');
  const ledgerKeepers = settings.ledgerRole === 'officer' ? list((e) => e.role === 'officer') : [];
  const clean = (emails: string[]) => [...new Set(emails)].filter((e) => e !== '' && e !== emailKey(owner)).sort();
  const map = new Map<SheetKey | 'output', string[]>();
  for (const key of ADMIN_SHEETS) map.set(key, clean(admins));
  map.set('output', clean(admins));
  map.set('scores', clean([...admins, ...scorers]));
  map.set('visits', clean([...admins, ...visitors]));
  map.set('ledger', clean([...admins, ...ledgerKeepers]));
  map.set('log', clean([...admins, ...scorers, ...visitors, ...ledgerKeepers]));
  return map;
}

/**
 * The editors each sheet should have: the contract's sheets that exist, Nhật ký even before it exists (the run creates it to log
 * itself), and every output sheet. Sheets the contract does not know are left alone.
 */
function targets(
  spreadsheet: Spreadsheet,
  index: Map<string, Sheet>,
  editors: Map<SheetKey | 'output', string[]>,
): { name: string; sheet: Sheet | null; editors: string[] }[] {
  const found: { name: string; sheet: Sheet | null; editors: string[] }[] = [];
  const seen = new Set<Sheet>();
  for (const key of Object.keys(SHEET) as SheetKey[]) {
    const sheet = findSheet(index, SHEET[key]) ?? null;
    if (sheet && seen.has(sheet)) continue;
    if (sheet) seen.add(sheet);
    if (sheet || key === 'log') found.push({ name: sheet?.getName() ?? SHEET[key], sheet, editors: editors.get(key)! });
  }
  for (const sheet of spreadsheet.getSheets()) {
    if (!seen.has(sheet) && OUTPUT_PREFIXES.some((prefix) => matchKey(sheet.getName()).startsWith(prefix)))
      found.push({ name: sheet.getName(), sheet, editors: editors.get('output')! });
  }
  return found;
}

function readSettingsOf(index: Map<string, Sheet>): Settings {
  const sheet = findSheet(index, SHEET.settings);
  const located = sheet ? locateTable(SHEET.settings, readValues(sheet), SETTING_COLUMNS) : null;
  return readSettings(located?.ok ? located.table : null).settings;
}

/** What applying would change now; nothing is written. */
function planFor(spreadsheet: Spreadsheet, index: Map<string, Sheet>, entries: readonly RoleEntry[], runner: string): PermissionPlan {
  const owner = spreadsheet.getOwner()?.getEmail() ?? '';
  const wanted = editorsBySheet(entries, readSettingsOf(index), runner, owner);
  const changes: PermissionChange[] = [];
  for (const { name, sheet, editors } of targets(spreadsheet, index, wanted)) {
    const protection = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    const wasOpen = !protection || protection.isWarningOnly();
    const current = wasOpen
      ? []
      : protection
          .getEditors()
          .map((user) => emailKey(user.getEmail()))
          .filter((e) => e !== emailKey(owner));
    const gains = editors.filter((e) => wasOpen || !current.includes(e));
    const loses = wasOpen ? [] : current.filter((e) => !editors.includes(e));
    if (wasOpen || gains.length > 0 || loses.length > 0 || protection.canDomainEdit()) changes.push({ sheet: name, wasOpen, gains, loses, editors });
  }
  return { changes, text: describePlan(changes, entries.length === 0), fingerprint: sha256Hex(JSON.stringify(changes)) };
}

/** The plan in Vietnamese, one line per sheet. */
export function describePlan(changes: readonly PermissionChange[], nobodyListed: boolean): string {
  if (changes.length === 0) return 'Các trang đã được bảo vệ đúng theo trang Phân quyền; không có gì thay đổi.';
  const names = (emails: readonly string[]) => (emails.length > 0 ? emails.join(', ') : 'chỉ chủ bảng tính');
  const lines = changes.map((c) => {
    if (c.wasOpen) return `• ${c.sheet}: đang mở cho mọi người sửa → chỉ còn ${names(c.editors)} (và chủ bảng tính) được sửa.`;
    const parts = [c.gains.length > 0 ? `thêm ${c.gains.join(', ')}` : '', c.loses.length > 0 ? `bỏ ${c.loses.join(', ')}` : ''].filter(Boolean);
    return `• ${c.sheet}: ${parts.length > 0 ? parts.join('; ') : 'tắt quyền sửa theo miền'}.`;
  });
  const warning = nobodyListed ? ['Trang Phân quyền chưa có ai: sau khi áp dụng, chỉ chủ bảng tính và bạn sửa được các trang này.'] : [];
  return [...warning, ...lines].join('\n');
}

/** What "Áp dụng phân quyền" would change now (Quản trị only); nothing is written. */
export function previewPermissions(spreadsheet: Spreadsheet): PermissionPlan {
  const index = indexSheets(spreadsheet);
  const { entries } = requireAdmin(spreadsheet, index, 'áp dụng phân quyền');
  return planFor(spreadsheet, index, entries, runnerEmail());
}

/**
 * Applies Phân quyền as protections (Quản trị only), under the document lock, and writes one Nhật ký line. Running it again
 * changes nothing. With `expected` (the fingerprint of a plan shown to the admin), refuses when the plan has changed since.
 */
export function applyPermissions(spreadsheet: Spreadsheet, now: Date, expected?: string): PermissionPlan {
  const index = indexSheets(spreadsheet);
  const { admin, entries } = requireAdmin(spreadsheet, index, 'áp dụng phân quyền');
  const runner = runnerEmail();
  return withDocumentLock(() => {
    const plan = planFor(spreadsheet, index, entries, runner);
    if (expected !== undefined && expected !== plan.fingerprint) {
      throw new UserError('Phân quyền hoặc các trang đã thay đổi từ lúc xem trước; chưa có gì được áp dụng. Hãy xem lại rồi áp dụng.');
    }
    const log = openAuditLog(spreadsheet, index);
    const withLog = indexSheets(spreadsheet);
    for (const change of plan.changes) restrictProtection(findSheet(withLog, change.sheet)!.protect(), change.editors, runner, PROTECTION_DESCRIPTION);
    const content =
      plan.changes.length === 0
        ? 'Không có thay đổi'
        : describeValues(Object.fromEntries(plan.changes.map((c) => [c.sheet, c.editors.join(', ') || 'chỉ chủ bảng tính'])));
    log.write({ time: now, email: admin.email, action: 'Áp dụng phân quyền', sheet: SHEET.roles, row: null, content });
    return plan;
  });
}

/** The sentence the admin reads after applying. */
export function permissionsAppliedMessage(plan: PermissionPlan): string {
  return plan.changes.length === 0
    ? 'Các trang đã được bảo vệ đúng theo trang Phân quyền; không có gì thay đổi (đã ghi Nhật ký).'
    : `Đã áp dụng phân quyền cho ${plan.changes.length} trang: ${plan.changes.map((c) => c.sheet).join(', ')} (đã ghi Nhật ký).`;
}
