// What the summary checks before it counts a score row: that the scorer it names had the right (Phân quyền), and that a Nhật ký line records its save.
import { formatRowList, type LogLine } from '../domain/integrity';
import { codeKey, matchKey } from '../domain/text';
import { SCORE_FORM_NAMES, type Criterion, type ScoreRow, type Settings, type Unit, type Warning } from '../domain/types';
import { headerOf, SHEET, type ColumnKey } from '../workbook/schema';
import { completeGrants, emailKey, roleName, scoreFormsFor, type RoleEntry, type SidebarUser } from './roles';

/**
 * Leaves out each row whose Người chấm is a user listed in Phân quyền without the right to that Hình thức for that unit, with a
 * warning naming the row and why. With no one listed, everything counts (the owner is the only user); a scorer not listed (a
 * name typed from a paper form) counts; a unit missing from Đơn vị is left to the readers' warnings.
 */
export function checkScoreAuthority(
  rows: readonly ScoreRow[],
  entries: readonly RoleEntry[],
  units: readonly Unit[],
  settings: Pick<Settings, 'officersMayCrossCheck'>,
  scorerColumn: string,
): { counted: ScoreRow[]; warnings: Warning[] } {
  if (entries.length === 0) return { counted: [...rows], warnings: [] };
  const unitByCode = new Map(units.map((unit) => [codeKey(unit.code), unit]));
  const users = new Map<string, SidebarUser | null>();
  const userOf = (scorer: string): SidebarUser | null => {
    const key = emailKey(scorer);
    if (!users.has(key)) {
      const grants = entries.filter((entry) => entry.email === key).map(({ role, cluster, unit, row }) => ({ role, cluster, unit, row }));
      const listed = grants.length === 0 ? null : { email: key, role: grants[0].role, cluster: null, unit: null, grants, source: 'sheet' as const };
      users.set(key, listed && completeGrants(listed, units));
    }
    return users.get(key)!;
  };
  const counted: ScoreRow[] = [];
  const warnings: Warning[] = [];
  for (const row of rows) {
    const user = userOf(row.scorer);
    const unit = unitByCode.get(codeKey(row.unit));
    if (!user || !unit || scoreFormsFor(user, unit, settings).includes(row.form)) {
      counted.push(row);
      continue;
    }
    const grant = user.grants[0];
    const where = [grant.cluster, grant.unit].filter(Boolean).join(', ');
    warnings.push({
      sheet: SHEET.scores,
      cell: `${scorerColumn}${row.row}`,
      message:
        `${user.email} (${roleName(grant.role)}${where ? ` ${where}` : ''} theo trang "${SHEET.roles}") không có quyền nhập phiếu ` +
        `${SCORE_FORM_NAMES[row.form]} cho đơn vị ${unit.code} (${unit.cluster}); dòng ${row.row} không được tính.`,
    });
  }
  return { counted, warnings };
}

type Content = Record<string, unknown>;

function parseContent(text: unknown): Content | null {
  try {
    const parsed: unknown = JSON.parse(String(text));
    return parsed && typeof parsed === 'object' ? (parsed as Content) : null;
  } catch {
    return null;
  }
}

const blankScore = (value: unknown) => value === undefined || value === null || value === '';

/** Whether a Nhật ký line records exactly this row: same place, scorer, period, unit, form and every criterion's score. */
function recordsRow(line: LogLine, content: Content, row: ScoreRow, criteria: readonly Criterion[]): boolean {
  if (emailKey(String(line.email)) !== emailKey(row.scorer)) return false;
  const field = (key: ColumnKey<'scores'>) => String(content[headerOf('scores', key)] ?? '');
  if (field('period') !== row.period || codeKey(field('unit')) !== codeKey(row.unit)) return false;
  if (matchKey(field('form')) !== matchKey(SCORE_FORM_NAMES[row.form])) return false;
  if (emailKey(field('scorer')) !== emailKey(row.scorer)) return false;
  return criteria.every(({ code }) => {
    const logged = content[code];
    const saved = row.scores[code];
    return blankScore(logged) ? saved === undefined : saved !== undefined && Number(logged) === saved;
  });
}

/**
 * The score rows (of the period summarised) that no Nhật ký line records as saved: typed by hand, or edited by hand after the
 * sidebar saved them. One warning for the sheet lists them all. Silent when no one is listed in Phân quyền (then the owner
 * alone keeps the workbook, by hand).
 */
export function scoreRowsWithoutLog(
  rows: readonly ScoreRow[],
  lines: readonly LogLine[],
  criteria: readonly Criterion[],
  rolesInUse: boolean,
  scorerColumn: string,
): Warning[] {
  if (!rolesInUse || rows.length === 0) return [];
  const scoresKey = matchKey(SHEET.scores);
  const byRow = new Map<number, { line: LogLine; content: Content }[]>();
  for (const line of lines) {
    if (matchKey(String(line.sheet)) !== scoresKey || typeof line.target !== 'number') continue;
    const content = parseContent(line.content);
    if (content) (byRow.get(line.target) ?? byRow.set(line.target, []).get(line.target)!).push({ line, content });
  }
  const unlogged = rows
    .filter((row) => !(byRow.get(row.row) ?? []).some(({ line, content }) => recordsRow(line, content, row, criteria)))
    .map((row) => row.row);
  if (unlogged.length === 0) return [];
  return [
    {
      sheet: SHEET.scores,
      cell: `${scorerColumn}${Math.min(...unlogged)}`,
      message:
        `${unlogged.length} dòng chấm điểm không khớp dòng nào trong "${SHEET.log}" (nhập tay, hoặc sửa tay sau khi lưu từ thanh bên): ` +
        `dòng ${formatRowList(unlogged)}. Các dòng này vẫn được tính khi người chấm có quyền; hãy kiểm tra lại.`,
    },
  ];
}
