// Phân quyền: reads who may use the sidebar, resolves the current user (owner fallback, hidden identity) and decides each action.
import { cellText, clip, codeKey, emailKey, isBlank, matchKey, nameKey } from '../domain/text';
import { ROLE_NAMES, type Role, type ScoreForm, type Settings, type Unit, type Warning } from '../domain/types';
import { ROLE_COLUMNS, SHEET } from '../workbook/schema';
import { cellRef, locateTable } from '../workbook/table';
import { UserError } from './errors';

/** One row of Phân quyền: a role given to an email, with the cluster and unit it applies to ("" when not given). */
export interface RoleGrant {
  role: Role;
  cluster: string;
  unit: string;
  row: number;
}

export interface RoleEntry extends RoleGrant {
  email: string;
}

/** The user as the server knows them, from the sheet only. `grants` holds every row of their email (the first decides the role shown). */
export interface SidebarUser {
  email: string;
  role: Role;
  cluster: string | null;
  unit: string | null;
  grants: RoleGrant[];
  /** 'owner' when the user is the spreadsheet's owner and not listed in Phân quyền. */
  source: 'sheet' | 'owner';
}

export const HIDDEN_IDENTITY_MESSAGE =
  'Google không cho thanh bên biết email của bạn (điều này xảy ra khi tài khoản của bạn thuộc miền khác với chủ bảng tính), ' +
  'nên không thể kiểm tra quyền và không ghi được gì. Hãy mở bảng tính bằng tài khoản Google đã được cấp quyền, ' +
  'hoặc nhờ quản trị viên cấp quyền cho một tài khoản cùng miền.';

export function noAccessMessage(email: string): string {
  return `Bạn chưa có quyền dùng thanh bên. Hãy nhờ quản trị viên thêm email ${email} vào trang "${SHEET.roles}" (cột Email, Vai trò, Cụm, Mã đơn vị).`;
}

/** Other names officers write in Vai trò for the same roles. */
const ROLE_ALIASES: readonly (readonly [string, Role])[] = [
  ['Quản trị viên', 'admin'],
  ['Admin', 'admin'],
  ['Trưởng cụm', 'leader'],
  ['Cán bộ công đoàn', 'officer'],
];

/** Role names accepted in Vai trò, tolerant of case, spacing and diacritics (fixed vocabulary); a Map, so "constructor" is no role. */
const ROLE_BY_KEY = new Map<string, Role>(
  [...(Object.keys(ROLE_NAMES) as Role[]).map((role) => [ROLE_NAMES[role], role] as const), ...ROLE_ALIASES].map(([name, role]) => [matchKey(name), role]),
);

export function parseRoleName(text: string): Role | undefined {
  return ROLE_BY_KEY.get(matchKey(text));
}

export { emailKey };

/**
 * Reads Phân quyền from its values (undefined when the sheet is missing). Rows without an email are skipped; a row whose Vai trò is
 * unknown is a warning and grants nothing. A sheet without the Email and Vai trò headers grants nothing (the owner fallback applies).
 * Given Đơn vị's units, a Cụm (nameKey) or Mã đơn vị (codeKey) not among them is a warning on that cell: the row grants nothing there.
 */
export function readRoleEntries(values: readonly (readonly unknown[])[] | undefined, units?: readonly Unit[]): { entries: RoleEntry[]; warnings: Warning[] } {
  if (!values) return { entries: [], warnings: [] };
  const located = locateTable(SHEET.roles, values, ROLE_COLUMNS);
  if (!located.ok) return { entries: [], warnings: [located.error] };
  const { table } = located;
  const entries: RoleEntry[] = [];
  const warnings: Warning[] = [...located.warnings];
  const at = (values: readonly unknown[], key: string) => (table.columns[key] === undefined ? '' : cellText(values[table.columns[key]]));
  for (const { row, values: rowValues } of table.rows) {
    const email = at(rowValues, 'email');
    if (isBlank(email)) continue;
    const roleText = at(rowValues, 'role');
    const role = parseRoleName(roleText);
    if (!role) {
      warnings.push({
        sheet: SHEET.roles,
        cell: cellRef(table.columns.role, row),
        message: `Vai trò không hợp lệ: "${clip(roleText)}" (chọn Quản trị, Cụm trưởng hoặc Cán bộ)`,
      });
      continue;
    }
    const entry: RoleEntry = { email: emailKey(email), role, cluster: at(rowValues, 'cluster'), unit: at(rowValues, 'unit'), row };
    entries.push(entry);
    if (units) warnings.push(...unknownPlaces(entry, units, table.columns));
  }
  return { entries, warnings };
}

/** A grant's Cụm or Mã đơn vị that Đơn vị does not list, one warning per cell. */
function unknownPlaces(entry: RoleEntry, units: readonly Unit[], columns: Record<string, number | undefined>): Warning[] {
  const warnings: Warning[] = [];
  const cell = (key: string) => cellRef(columns[key] ?? 0, entry.row);
  if (entry.cluster !== '' && !units.some((unit) => nameKey(unit.cluster) === nameKey(entry.cluster))) {
    warnings.push({
      sheet: SHEET.roles,
      cell: cell('cluster'),
      message: `Cụm "${clip(entry.cluster)}" không có trong trang Đơn vị; dòng này không cấp quyền gì ở cụm đó (điểm người này chấm cho cụm đó không được tính). Hãy sửa tên cụm cho đúng cột Cụm của trang Đơn vị.`,
    });
  }
  if (entry.unit !== '' && !units.some((unit) => codeKey(unit.code) === codeKey(entry.unit))) {
    warnings.push({
      sheet: SHEET.roles,
      cell: cell('unit'),
      message: `Mã đơn vị "${clip(entry.unit)}" không có trong trang Đơn vị; dòng này không cấp quyền gì ở đơn vị đó (điểm người này chấm cho đơn vị đó không được tính). Hãy sửa mã cho đúng cột Mã đơn vị của trang Đơn vị.`,
    });
  }
  return warnings;
}

/**
 * Who the user is. An empty email (identity hidden by Google) is refused; a listed email gets its rows; the spreadsheet's owner
 * not listed is Quản trị (with no rows at all, the owner is the only user); anyone else is refused with how to get access.
 * `ownerEmail` is called only when needed (it costs a Spreadsheet call).
 */
export function resolveUser(email: string, entries: readonly RoleEntry[], ownerEmail: () => string | null): SidebarUser {
  const key = emailKey(email);
  if (key === '') throw new UserError(HIDDEN_IDENTITY_MESSAGE);
  const mine = entries.filter((entry) => entry.email === key);
  if (mine.length > 0) {
    const grants = mine.map(({ role, cluster, unit, row }) => ({ role, cluster, unit, row }));
    const first = grants[0];
    return { email: key, role: first.role, cluster: first.cluster || null, unit: first.unit || null, grants, source: 'sheet' };
  }
  const owner = ownerEmail();
  if (owner && emailKey(owner) === key) {
    return { email: key, role: 'admin', cluster: null, unit: null, grants: [{ role: 'admin', cluster: '', unit: '', row: 0 }], source: 'owner' };
  }
  throw new UserError(noAccessMessage(email.trim()));
}

/**
 * Fills each grant's missing cluster from its unit's row in Đơn vị, and writes unit codes and clusters as they are in Đơn vị
 * (so "cd001" in Phân quyền is CD001, "cụm  1" is Cụm 1). Grants naming an unknown unit or cluster keep the text as written and match nothing.
 */
export function completeGrants(user: SidebarUser, units: readonly Unit[]): SidebarUser {
  const byCode = new Map<string, Unit>();
  const clusters = new Map<string, string>();
  for (const unit of units) {
    if (!byCode.has(codeKey(unit.code))) byCode.set(codeKey(unit.code), unit);
    if (!clusters.has(nameKey(unit.cluster))) clusters.set(nameKey(unit.cluster), unit.cluster);
  }
  const grants = user.grants.map((grant) => {
    const unit = grant.unit ? byCode.get(codeKey(grant.unit)) : undefined;
    const cluster = grant.cluster ? (clusters.get(nameKey(grant.cluster)) ?? grant.cluster) : unit?.cluster || '';
    return { ...grant, unit: unit?.code ?? grant.unit, cluster };
  });
  return { ...user, grants, cluster: grants[0].cluster || null, unit: grants[0].unit || null };
}

const FORM_ORDER: readonly ScoreForm[] = ['superior', 'leader', 'cross', 'self'];

/** Units and clusters compare by the keys the summary groups by (domain/text): what a leader may score is the cluster it ranks. */
const sameUnit = (grant: RoleGrant, unit: Unit) => grant.unit !== '' && codeKey(grant.unit) === codeKey(unit.code);
const sameCluster = (grant: RoleGrant, unit: Unit) => grant.cluster !== '' && nameKey(grant.cluster) === nameKey(unit.cluster);

/** The forms one grant allows for a unit. */
function formsOfGrant(grant: RoleGrant, unit: Unit, settings: Pick<Settings, 'officersMayCrossCheck'>): ScoreForm[] {
  switch (grant.role) {
    case 'admin':
      return [...FORM_ORDER];
    case 'leader':
      if (sameUnit(grant, unit)) return ['self'];
      return sameCluster(grant, unit) ? ['leader', 'cross'] : [];
    case 'officer':
      if (sameUnit(grant, unit)) return ['self'];
      return settings.officersMayCrossCheck && sameCluster(grant, unit) ? ['cross'] : [];
  }
}

/**
 * The Hình thức the user may save for a unit, the default first: Quản trị all (Cấp trên first); Cụm trưởng Cụm trưởng and Chấm chéo
 * for the other units of their cluster, and only Tự chấm for their own (they chair it); Cán bộ Tự chấm for their own unit, and Chấm chéo for the other units of
 * their cluster when the settings allow it. Several rows of one email add up.
 */
export function scoreFormsFor(user: SidebarUser, unit: Unit, settings: Pick<Settings, 'officersMayCrossCheck'>): ScoreForm[] {
  const allowed = new Set(user.grants.flatMap((grant) => formsOfGrant(grant, unit, settings)));
  return FORM_ORDER.filter((form) => allowed.has(form));
}

/** Visits: Quản trị for any unit; Cụm trưởng and Cán bộ for their own unit. */
export function mayRecordVisit(user: SidebarUser, unit: Unit): boolean {
  return user.grants.some((grant) => grant.role === 'admin' || sameUnit(grant, unit));
}

/** Thu chi: Quản trị, and Cán bộ too when Cài đặt says so. */
export function mayRecordLedger(user: SidebarUser, settings: Pick<Settings, 'ledgerRole'>): boolean {
  return user.grants.some((grant) => grant.role === 'admin' || (grant.role === 'officer' && settings.ledgerRole === 'officer'));
}

/** The yearly summary rewrites a sheet for everyone: Quản trị only. */
export function mayBuildSummary(user: SidebarUser): boolean {
  return user.grants.some((grant) => grant.role === 'admin');
}

/** Cross-check minutes of a cluster: Quản trị for any cluster; Cụm trưởng for their own (matched by the name key). */
export function mayBuildMinutes(user: SidebarUser, cluster: string): boolean {
  return user.grants.some(
    (grant) => grant.role === 'admin' || (grant.role === 'leader' && grant.cluster !== '' && nameKey(grant.cluster) === nameKey(cluster)),
  );
}

export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}
