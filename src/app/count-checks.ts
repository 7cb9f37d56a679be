// What the summary checks before it counts, with what it reads under the lock: each score row's authority and Nhật ký line, the log's chain, and changes since the period's sign-off.
import { SHOWN_MINUTE_PATTERN } from '../domain/cell-formats';
import { compareRowDigests, verifyChain, type RowChange } from '../domain/integrity';
import type { Period, SignOffReport, Warning } from '../domain/types';
import { SHEET, type SheetKey } from '../workbook/schema';
import type { Table } from '../workbook/table';
import { readLogLines } from './audit-log';
import { sha256Hex } from './sheet-io/digest';
import type { WorkbookData } from './load-workbook';
import { readRoleEntries, type RoleEntry } from './roles';
import { checkScoreAuthority, scoreRowsWithoutLog } from './score-authority';
import { findSheet, readValues } from './sheet-io/sheets';
import { readSignOffRecord, signOffSheetName } from './sign-off-sheet';
import { sourceRowDigests } from './source-digests';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CountChecks {
  /** The workbook with the score rows that may not count left out and every check's warnings added. */
  data: WorkbookData;
  signOff: SignOffReport | null;
  /** The digest of Nhật ký's last chained line, which a sign-off records. */
  logHead: string;
  /** Phân quyền as read for the checks. */
  roleEntries: RoleEntry[];
}

const CHANGE_TEXT: Record<RowChange['kind'], string> = {
  changed: 'đã bị sửa',
  added: 'được thêm',
  removed: 'đã bị xóa (hoặc sửa sang kỳ khác); số dòng là số dòng lúc chốt',
};

/** Reads Phân quyền, Nhật ký and "Chốt <kỳ>" (one read each, when present) and runs every check on the period's data. */
export function checkWhatCounts(index: Map<string, Sheet>, data: WorkbookData, tables: Partial<Record<SheetKey, Table>>, period: Period): CountChecks {
  const valuesOf = (name: string) => {
    const sheet = findSheet(index, name);
    return sheet ? readValues(sheet) : undefined;
  };
  const roles = readRoleEntries(valuesOf(SHEET.roles));
  const log = readLogLines(valuesOf(SHEET.log));
  const chain = verifyChain(log.lines, sha256Hex);
  const warnings: Warning[] = [...roles.warnings, ...log.warnings];
  for (const row of chain.breaks) {
    warnings.push({ sheet: SHEET.log, cell: `A${row}`, message: `Dòng ${row} của Nhật ký đã bị sửa, xóa hoặc chèn tay: mã kiểm tra không nối tiếp dòng trước.` });
  }

  const scorerColumn = data.columnLetters.scores?.scorer ?? 'A';
  const inPeriod = data.scores.filter((row) => row.period === period.label);
  const authority = checkScoreAuthority(inPeriod, roles.entries, data.units, data.settings, scorerColumn);
  warnings.push(...authority.warnings, ...scoreRowsWithoutLog(inPeriod, log.lines, data.criteria, roles.entries.length > 0, scorerColumn));
  const scores = [...data.scores.filter((row) => row.period !== period.label), ...authority.counted].sort((a, b) => a.row - b.row);

  let signOff: SignOffReport | null = null;
  const signOffName = signOffSheetName(period.label);
  const signOffValues = valuesOf(signOffName);
  if (signOffValues) {
    const read = readSignOffRecord(signOffValues, signOffName);
    if (!read.ok) warnings.push({ sheet: signOffName, cell: 'A1', message: read.reason });
    else {
      const { record } = read;
      const at = new Date(record.at);
      const shown = `${Number.isNaN(at.getTime()) ? record.at : Utilities.formatDate(at, data.timeZone, SHOWN_MINUTE_PATTERN)}, ${record.by}`;
      const changes = compareRowDigests(record.rows, sourceRowDigests(tables, data, period));
      for (const change of changes) {
        warnings.push({ sheet: change.sheet, cell: `A${change.row}`, message: `Dòng ${change.row} ${CHANGE_TEXT[change.kind]} sau khi chốt kỳ ${period.label} (${shown}).` });
      }
      if (record.logHead !== '' && !chain.digests.has(record.logHead)) {
        warnings.push({ sheet: SHEET.log, cell: 'A1', message: `Nhật ký không còn dòng cuối cùng lúc chốt kỳ ${period.label} (${shown}): các dòng ghi trước khi chốt đã bị sửa hoặc xóa.` });
      }
      signOff = { at: record.at, by: record.by, changes };
    }
  }
  return { data: { ...data, scores, warnings: [...data.warnings, ...warnings] }, signOff, logHead: chain.head, roleEntries: roles.entries };
}
