// Who runs an admin action (Áp dụng phân quyền, Chốt, Mở lại): the user from Phân quyền, refused unless Quản trị (or the owner when unlisted).
import { SHEET } from '../workbook/schema';
import { UserError } from './errors';
import { mayBuildSummary, readRoleEntries, resolveUser, type RoleEntry, type SidebarUser } from './roles';
import { findSheet, readValues } from './sheet-io/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The Quản trị running the action and every row of Phân quyền; anyone else is refused, naming the action. */
export function requireAdmin(spreadsheet: Spreadsheet, index: Map<string, Sheet>, action: string): { admin: SidebarUser; entries: RoleEntry[] } {
  const rolesSheet = findSheet(index, SHEET.roles);
  const { entries } = readRoleEntries(rolesSheet ? readValues(rolesSheet) : undefined);
  const admin = resolveUser(Session.getActiveUser().getEmail() ?? '', entries, () => spreadsheet.getOwner()?.getEmail() ?? null);
  if (!mayBuildSummary(admin)) throw new UserError(`Chỉ quản trị viên được ${action}.`);
  return { admin, entries };
}
