// Nhật ký: the append-only audit log; each write adds one line (time, email, action, sheet, row, values, chained digest) under the same lock, and records it as the log's head.
import { chainedDigest, type LogLine } from '../../domain/integrity';
import { isBlank } from '../../domain/text';
import type { Warning } from '../../domain/types';
import { LOG_COLUMNS, SHEET, type ColumnKey } from '../../workbook/schema';
import { locateTable, type Table } from '../../workbook/table';
import { sha256Hex } from './digest';
import { UserError } from '../errors';
import { findSheet } from './sheets';
import { appendPlannedRow, columnCells, numberCell, planRow, textCell, timeCell, type ColumnCells } from './safe-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How many top rows are read to find the log's header row (its data rows are never read). */
const HEADER_ROWS_READ = 10;

/**
 * The last line the add-in wrote, kept in the document's properties: {"row": 42, "digest": "…"}. The summary checks that Nhật ký
 * still ends with it, and the next write says so in a line of its own when it does not, so lines deleted, rewritten (even with
 * digests recomputed) or added at the end of the log show. Absent in a workbook not yet written by this version, or offline.
 */
const HEAD_PROPERTY = 'congdoan.nhatky.cuoi';

/** Thao tác of the line a write adds when the log no longer ends with the line the add-in wrote last. */
export const LOG_TAMPERED_ACTION = 'Phát hiện Nhật ký bị sửa tay';

/** The notice's content fields: the row and digest of the line the add-in had written last, and the last row it found. */
export const NOTICE_FIELDS = { lastWritten: 'Dòng cuối tiện ích đã ghi', digest: 'Mã dòng đó', lastSeen: 'Dòng cuối lúc thấy' } as const;

export interface RecordedLogHead {
  row: number;
  digest: string;
}

/** The head recorded by the last write, or null (none recorded, no document, or a value that does not read as one). */
export function recordedLogHead(): RecordedLogHead | null {
  const raw = PropertiesService.getDocumentProperties()?.getProperty(HEAD_PROPERTY);
  if (!raw) return null;
  try {
    const head = JSON.parse(raw) as Partial<RecordedLogHead>;
    return typeof head.row === 'number' && typeof head.digest === 'string' ? { row: head.row, digest: head.digest } : null;
  } catch {
    return null;
  }
}

function recordLogHead(head: RecordedLogHead): void {
  PropertiesService.getDocumentProperties()?.setProperty(HEAD_PROPERTY, JSON.stringify(head));
}

export interface AuditEntry {
  time: Date;
  email: string;
  /** Thao tác, e.g. "Lưu điểm Chấm chéo". */
  action: string;
  sheet: string;
  row: number | null;
  /** Nội dung: the values written, as compact JSON. */
  content: string;
}

export interface AuditLog {
  /** Appends the line; returns its 1-based row in Nhật ký. */
  write(entry: AuditEntry): number;
}

/** The values written, as compact JSON with the sheet's headers as keys: {"Kỳ":"2020","Mã đơn vị":"CD004",…}. */
export function describeValues(record: Record<string, string | number>): string {
  return JSON.stringify(record);
}

/** Creates Nhật ký at the end, protected with a warning (scripts still append; people are warned before editing), keeping the active sheet. */
function createLogSheet(spreadsheet: Spreadsheet): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(SHEET.log, spreadsheet.getNumSheets());
  sheet.protect().setDescription('Nhật ký do thanh bên ghi; không sửa tay.').setWarningOnly(true);
  if (active) spreadsheet.setActiveSheet(active);
  return sheet;
}

/**
 * Opens Nhật ký for writing; call it under the document lock, before the write it records, so a broken log stops the write.
 * Creates the sheet (with its headers) when missing; reads only its top rows to place the columns, wherever they stand.
 */
export function openAuditLog(spreadsheet: Spreadsheet, index: Map<string, Sheet>): AuditLog {
  const sheet = findSheet(index, SHEET.log) ?? spreadsheet.getSheetByName(SHEET.log) ?? createLogSheet(spreadsheet);
  const lastRow = sheet.getLastRow();
  let table: Pick<Table, 'headerRow' | 'headers' | 'columns'> = { headerRow: 1, headers: [], columns: {} };
  let top: unknown[][] = [];
  if (lastRow > 0) {
    top = sheet.getSheetValues(1, 1, Math.min(lastRow, HEADER_ROWS_READ), -1);
    const located = locateTable(SHEET.log, top, LOG_COLUMNS);
    if (!located.ok) throw new UserError(`${located.error.message} Hãy sửa dòng tiêu đề của trang "${SHEET.log}" rồi lưu lại; chưa có gì được ghi.`);
    table = located.table;
  }
  let nextLastRow = lastRow;
  const digestColumn = table.columns.digest;
  // The line before: the last line's digest as the sheet holds it (already in the top rows read when the log is that short,
  // else one more one-cell read).
  const lastDigest = () =>
    digestColumn === undefined || lastRow <= table.headerRow
      ? ''
      : lastRow <= top.length
        ? top[lastRow - 1][digestColumn]
        : sheet.getSheetValues(lastRow, digestColumn + 1, 1, 1)[0][0];
  let previous = String(lastDigest() ?? '').trim();
  // The log no longer ends with the line the add-in wrote last (lines deleted, rewritten or added at its end, the sheet deleted
  // and made again, a version restored): the first write says so in a line of its own, so the summary names it where it was
  // seen, and the lines written after stay in a chain with the sheet as it is.
  const recorded = recordedLogHead();
  let noticeDue = recorded !== null && recorded.digest !== previous ? recorded : null;
  const log: AuditLog = {
    write(entry) {
      if (noticeDue) {
        const missing = noticeDue;
        noticeDue = null;
        log.write({
          time: entry.time,
          email: entry.email,
          action: LOG_TAMPERED_ACTION,
          sheet: SHEET.log,
          row: missing.row,
          content: describeValues({
            [NOTICE_FIELDS.lastWritten]: missing.row,
            [NOTICE_FIELDS.digest]: missing.digest,
            [NOTICE_FIELDS.lastSeen]: lastRow > table.headerRow ? lastRow : 'không có',
          }),
        });
      }
      const digest = chainedDigest(sha256Hex, previous, {
        time: entry.time,
        email: entry.email,
        action: entry.action,
        sheet: entry.sheet,
        target: entry.row,
        content: entry.content,
      });
      const cells: ColumnCells<'log'> = {
        time: timeCell(entry.time),
        email: textCell(entry.email),
        action: textCell(entry.action),
        sheet: textCell(entry.sheet),
        row: numberCell(entry.row),
        values: textCell(entry.content),
        digest: textCell(digest),
      };
      const plan = planRow(sheet, table, columnCells(table, 'log', cells, true));
      const row = appendPlannedRow(plan, nextLastRow);
      recordLogHead({ row, digest });
      nextLastRow = row;
      previous = digest;
      if (plan.newHeaders) {
        const headers = [...table.headers.slice(0, plan.newHeaders.column), ...plan.newHeaders.headers];
        const relocated = locateTable(SHEET.log, [headers], LOG_COLUMNS);
        if (relocated.ok) table = { ...relocated.table, headerRow: table.headerRow };
      }
      return row;
    },
  };
  return log;
}

/**
 * The lines of Nhật ký from its values (undefined when the sheet is missing), in sheet order, for the summary's checks. A log
 * without its header row is one warning and no lines.
 */
export function readLogLines(values: readonly (readonly unknown[])[] | undefined): { lines: LogLine[]; warnings: Warning[] } {
  if (!values) return { lines: [], warnings: [] };
  const located = locateTable(SHEET.log, values, LOG_COLUMNS);
  if (!located.ok) return { lines: [], warnings: [{ ...located.error, message: `${located.error.message} Không kiểm tra được Nhật ký.` }] };
  const { columns, rows } = located.table;
  const at = (cells: readonly unknown[], key: ColumnKey<'log'>) => (columns[key] === undefined ? '' : cells[columns[key]]);
  const lines = rows.map(({ row, values: cells }) => ({
    row,
    time: at(cells, 'time'),
    email: at(cells, 'email'),
    action: at(cells, 'action'),
    sheet: at(cells, 'sheet'),
    target: at(cells, 'row'),
    content: at(cells, 'values'),
    digest: isBlank(at(cells, 'digest')) ? '' : String(at(cells, 'digest')).trim(),
  }));
  return { lines, warnings: located.warnings };
}
