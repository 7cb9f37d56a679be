// Google protections as the add-in sets them: a protection restricted to the editors a role gives (the runner kept, domain editing closed), and a result sheet protected to Quản trị.
import { SHEET } from '../../workbook/schema';
import { emailKey, type RoleEntry } from '../roles';
import { findSheet } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Google's own pattern: keep the runner, add who should edit, remove the rest, close domain-wide editing. */
export function restrictProtection(protection: GoogleAppsScript.Spreadsheet.Protection, editors: readonly string[], runner: string, description: string): void {
  protection.setDescription(description);
  if (protection.isWarningOnly()) protection.setWarningOnly(false);
  protection.addEditor(runner);
  const current = protection.getEditors().map((user) => emailKey(user.getEmail()));
  const missing = editors.filter((e) => !current.includes(e));
  if (missing.length > 0) protection.addEditors(missing);
  const extra = current.filter((e) => !editors.includes(e) && e !== emailKey(runner));
  if (extra.length > 0) protection.removeEditors(extra);
  if (protection.canDomainEdit()) protection.setDomainEdit(false);
}

export const runnerEmail = () => Session.getEffectiveUser().getEmail();

/** The Quản trị of Phân quyền and the runner: who may edit reference and result sheets. */
export function adminEditors(entries: readonly RoleEntry[], runner: string): string[] {
  return [...new Set([...entries.filter((e) => e.role === 'admin').map((e) => e.email), emailKey(runner)])];
}

/**
 * Protects a result sheet just written (Tổng hợp, Chốt) to Quản trị. `always` for a sign-off; otherwise only once permissions
 * have been applied (Phân quyền itself is protected), and only a sheet not protected yet, so a summary costs nothing more after.
 * `added`: the sheet was just added, so it has no protection to look for.
 */
export function protectResultSheet(
  index: Map<string, Sheet>,
  sheet: Sheet,
  entries: readonly RoleEntry[],
  description: string,
  always: boolean,
  added = false,
): void {
  if (!always) {
    const rolesProtection = findSheet(index, SHEET.roles)?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (!rolesProtection || rolesProtection.isWarningOnly()) return;
    const own = added ? undefined : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (own && !own.isWarningOnly()) return;
  }
  const runner = runnerEmail();
  restrictProtection(sheet.protect(), adminEditors(entries, runner), runner, description);
}
