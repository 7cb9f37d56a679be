// What the summary checks before it counts, with what it reads under the lock: each score row's authority and Nhật ký line, the log's chain, and changes since the period's sign-off.
import { SHOWN_MINUTE_PATTERN } from '../domain/cell-formats';
import { VIETNAM_TIME_ZONE } from '../domain/dates';
import { compareRowDigests, formatRowList, verifyChain, type LogLine, type RowChange } from '../domain/integrity';
import { clip } from '../domain/text';
import type { Period, SignOffReport, Warning } from '../domain/types';
import { SHEET, type SheetKey } from '../workbook/schema';
import type { Table } from '../workbook/table';
import { LOG_TAMPERED_ACTION, NOTICE_FIELDS, readLogLines, recordedLogHead } from './sheet-io/audit-log';
import { sha256Hex } from './sheet-io/digest';
import type { WorkbookData } from './load-workbook';
import { readRoleEntries, type RoleEntry } from './roles';
import { checkScoreAuthority, scoreRowsWithoutLog } from './score-authority';
import { findSheet, readValues, sheetNameOf, listedSheetWithId } from './sheet-io/sheets';
import { registeredSignOffs, registerSignOff } from './sign-off-register';
import { readSignOffRecord, signOffSheetName } from './sign-off-sheet';
import { sourceRowDigests } from './source-digests';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** More broken Nhật ký lines than this are one warning listing their rows, not one warning each. */
const MAX_BREAK_WARNINGS = 5;

export interface CountChecks {
  /** The workbook with the score rows that may not count left out and every check's warnings added. */
  data: WorkbookData;
  signOff: SignOffReport | null;
  /** The digest of Nhật ký's last chained line, which a sign-off records. */
  logHead: string;
  /** Phân quyền as read for the checks. */
  roleEntries: RoleEntry[];
}

/** What happened to the row, and what that means for this summary and for the signed-off table. */
const CHANGE_TEXT: Record<RowChange['kind'], { what: string; counted: string }> = {
  changed: { what: 'đã bị sửa', counted: 'bản tổng hợp này tính giá trị mới; kết quả đã chốt vẫn theo giá trị lúc chốt' },
  added: { what: 'được thêm', counted: 'dòng này được tính trong bản tổng hợp này nhưng không có trong kết quả đã chốt' },
  removed: {
    what: 'đã bị xóa (hoặc sửa sang kỳ khác); số dòng là số dòng lúc chốt',
    counted: 'bản tổng hợp này không còn tính dòng đó; kết quả đã chốt vẫn tính',
  },
};

/** The warning for one source row changed since the sign-off; "(chốt lúc …, bởi …)" is the sign-off's time and signer, not the row's author. */
function changeMessage(change: RowChange, label: string, signed: string, sheetName: string): string {
  const { what, counted } = CHANGE_TEXT[change.kind];
  return (
    `Dòng ${change.row} ${what} sau khi chốt kỳ ${label} (chốt lúc ${signed}): ${counted} (trang "${sheetName}"). ` +
    'Thay đổi sau khi chốt là một lần đính chính: muốn giữ, Quản trị mở lại kỳ (ghi lý do) rồi chốt lại; nếu không, hãy trả dòng về như cũ.'
  );
}

/** What may explain a log that no longer ends with the add-in's last line, for an officer to check. */
const LOG_END_CAUSES =
  'các dòng cuối đã bị xóa hoặc sửa tay, trang Nhật ký bị đổi tên hay xóa, hoặc bảng tính đã được khôi phục về một phiên bản cũ (xem Tệp › Nhật ký phiên bản)';

/** "dòng 7" or "các dòng 7–9": the lines after row `after` up to row `last`. */
const linesAfter = (after: number, last: number) => (last > after + 1 ? `các dòng ${after + 1}–${last}` : `dòng ${last}`);

/**
 * Whether Nhật ký still ends with the line the add-in recorded as its last (now), and what each notice a write left says (then):
 * the line found further up (lines added after it, or the rows sorted) or gone (lines deleted or rewritten, the tab renamed,
 * an old version restored).
 */
function logEndWarnings(lines: readonly LogLine[], chainHead: string): Warning[] {
  const rowOf = (digest: string, before = Infinity) => lines.find((line) => line.digest === digest && line.row < before)?.row;
  const warnings: Warning[] = [];
  const head = recordedLogHead();
  if (head && chainHead !== head.digest) {
    const at = rowOf(head.digest);
    const last = lines.length > 0 ? lines[lines.length - 1].row : 0;
    warnings.push(
      at !== undefined
        ? {
            sheet: SHEET.log,
            cell: `A${at + 1}`,
            message: `Nhật ký không còn kết thúc bằng dòng tiện ích ghi sau cùng: dòng đó nay ở dòng ${at}, sau nó là ${linesAfter(at, last)}, tiện ích không ghi (dòng thêm tay, hoặc các dòng đã bị sắp xếp lại).`,
          }
        : {
            sheet: SHEET.log,
            cell: `A${head.row}`,
            message: `Nhật ký không còn dòng tiện ích ghi sau cùng (khi ghi là dòng ${head.row}): ${LOG_END_CAUSES}.`,
          },
    );
  }
  for (const line of lines.filter((l) => l.action === LOG_TAMPERED_ACTION)) {
    const seen = parseNotice(line.content);
    const at = seen.digest ? rowOf(seen.digest, line.row) : undefined;
    const what =
      at !== undefined
        ? `dòng tiện ích ghi sau cùng nay ở dòng ${at}, sau nó là ${linesAfter(at, line.row - 1)}, tiện ích không ghi (dòng thêm tay, hoặc các dòng đã bị sắp xếp lại)`
        : `dòng tiện ích ghi sau cùng (khi ấy là dòng ${seen.lastWritten ?? '?'}) không còn, Nhật ký khi ấy ${seen.lastSeen === null ? 'không còn dòng nào' : `kết thúc ở dòng ${seen.lastSeen}`}: ${LOG_END_CAUSES}`;
    warnings.push({ sheet: SHEET.log, cell: `A${line.row}`, message: `Dòng ${line.row} của Nhật ký do tiện ích ghi khi thấy Nhật ký bị sửa: ${what}.` });
  }
  return warnings;
}

/** The figures a notice line keeps in its content (see audit-log.ts): what the add-in had written last, and what it found. */
function parseNotice(content: unknown): { lastWritten: number | null; lastSeen: number | null; digest: string } {
  try {
    const fields = JSON.parse(String(content ?? '')) as Record<string, unknown>;
    const number = (value: unknown) => (typeof value === 'number' ? value : null);
    return {
      lastWritten: number(fields[NOTICE_FIELDS.lastWritten]),
      lastSeen: number(fields[NOTICE_FIELDS.lastSeen]),
      digest: String(fields[NOTICE_FIELDS.digest] ?? ''),
    };
  } catch {
    return { lastWritten: null, lastSeen: null, digest: '' };
  }
}

/** Reads Phân quyền, Nhật ký and "Chốt <kỳ>" (one read each, when present) and runs every check on the period's data. */
export function checkWhatCounts(index: Map<string, Sheet>, data: WorkbookData, tables: Partial<Record<SheetKey, Table>>, period: Period): CountChecks {
  const valuesOf = (name: string) => {
    const sheet = findSheet(index, name);
    return sheet ? readValues(sheet) : undefined;
  };
  const roles = readRoleEntries(valuesOf(SHEET.roles), data.units);
  const log = readLogLines(valuesOf(SHEET.log));
  const chain = verifyChain(log.lines, sha256Hex);
  const warnings: Warning[] = [...roles.warnings, ...log.warnings];
  // A few broken lines are named one by one; many (rows sorted or moved by hand) are one warning listing them.
  if (chain.breaks.length > MAX_BREAK_WARNINGS) {
    warnings.push({
      sheet: SHEET.log,
      cell: `A${chain.breaks[0]}`,
      message: `${chain.breaks.length} dòng của Nhật ký (dòng ${clip(formatRowList(chain.breaks), 200)}) đã bị sửa, xóa, chèn hoặc sắp xếp lại tay: mã kiểm tra không nối tiếp dòng trước.`,
    });
  } else {
    for (const row of chain.breaks) {
      warnings.push({
        sheet: SHEET.log,
        cell: `A${row}`,
        message: `Dòng ${row} của Nhật ký đã bị sửa, xóa hoặc chèn tay: mã kiểm tra không nối tiếp dòng trước.`,
      });
    }
  }
  warnings.push(...logEndWarnings(log.lines, chain.head));

  const scorerColumn = data.columnLetters.scores?.scorer ?? 'A';
  const inPeriod = data.scores.filter((row) => row.period === period.label);
  const authority = checkScoreAuthority(inPeriod, roles.entries, data.units, data.settings, scorerColumn);
  warnings.push(...authority.warnings, ...scoreRowsWithoutLog(inPeriod, log.lines, data.criteria, roles.entries.length > 0, scorerColumn));
  const scores = [...data.scores.filter((row) => row.period !== period.label), ...authority.counted].sort((a, b) => a.row - b.row);

  let signOff: SignOffReport | null = null;
  const signOffName = signOffSheetName(period.label);
  const registered = registeredSignOffs().get(period.label);
  const named = findSheet(index, signOffName);
  // The tab the register points to by its gid (a rename does not change it), else the one found by name.
  const signOffTab = listedSheetWithId(index, registered?.sheetId) ?? named;
  const signOffValues = signOffTab ? readValues(signOffTab) : undefined;
  // A sign-off made before the register (or offline) is registered as it is found.
  if (named && !registered) registerSignOff(period.label, new Date(), named.getSheetId());
  if (signOffTab && signOffTab !== named) {
    const spelled = sheetNameOf(index, signOffTab, signOffName);
    warnings.push({
      sheet: spelled,
      cell: '',
      message: `Trang chốt kỳ ${period.label} đã bị đổi tên thành "${spelled}"; tiện ích vẫn nhận ra nó. Hãy đổi lại tên "${signOffName}" cho dễ tìm.`,
    });
  }
  if (!signOffTab && registered) {
    warnings.push({
      sheet: signOffName,
      cell: '',
      message: `Kỳ ${period.label} đã được chốt nhưng không còn trang "${signOffName}" (đã bị xóa tay): bản tổng hợp này không so được với kết quả đã chốt, và thanh bên vẫn không cho ghi vào kỳ này. Quản trị hãy mở lại kỳ (ghi lý do) rồi chốt lại.`,
    });
  }
  if (signOffValues) {
    const read = readSignOffRecord(signOffValues, signOffName);
    if (!read.ok) warnings.push({ sheet: signOffName, cell: 'A1', message: read.reason });
    else {
      const { record } = read;
      const at = new Date(record.at);
      const shown = `${Number.isNaN(at.getTime()) ? record.at : Utilities.formatDate(at, VIETNAM_TIME_ZONE, SHOWN_MINUTE_PATTERN)}, bởi ${record.by}`;
      const changes = compareRowDigests(record.rows, sourceRowDigests(tables, data, period));
      for (const change of changes) {
        warnings.push({ sheet: change.sheet, cell: `A${change.row}`, message: changeMessage(change, period.label, shown, signOffName) });
      }
      if (record.logHead !== '' && !chain.digests.has(record.logHead)) {
        warnings.push({
          sheet: SHEET.log,
          cell: 'A1',
          message: `Nhật ký không còn dòng cuối cùng lúc chốt kỳ ${period.label} (chốt lúc ${shown}): các dòng ghi trước khi chốt đã bị sửa hoặc xóa.`,
        });
      }
      signOff = { at: record.at, by: record.by, changes };
    }
  }
  return { data: { ...data, scores, warnings: [...data.warnings, ...warnings] }, signOff, logHead: chain.head, roleEntries: roles.entries };
}
