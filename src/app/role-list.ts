// Who Phân quyền lists, read exactly as the sidebar reads it (tolerant tab name and headers): the local preview's user bar uses it.
import { ROLE_NAMES } from '../domain/types';
import { SHEET } from '../workbook/schema';
import { readRoleEntries } from './roles';
import { findSheet, indexSheets, readValues } from './sheet-io/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One person of Phân quyền: the email as the add-in keys it, and the role name their first valid row gives them. */
export interface ListedUser {
  email: string;
  role: string;
}

/** The people of Phân quyền in sheet order, each once; rows without an email or with an unknown Vai trò grant nothing and are left out. */
export function listRoleUsers(spreadsheet: Spreadsheet): ListedUser[] {
  const sheet = findSheet(indexSheets(spreadsheet), SHEET.roles);
  const { entries } = readRoleEntries(sheet ? readValues(sheet) : undefined);
  const users = new Map<string, ListedUser>();
  for (const entry of entries) if (!users.has(entry.email)) users.set(entry.email, { email: entry.email, role: ROLE_NAMES[entry.role] });
  return [...users.values()];
}
