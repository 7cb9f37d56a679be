// "Chốt kết quả" and "Mở lại kỳ": under the lock, Quản trị signs a period off into a protected "Chốt <kỳ>" sheet, or reopens it with a reason; each is one Nhật ký line.
import { SHOWN_SECOND_PATTERN } from '../domain/cell-formats';
import { parsePeriodLabel } from '../domain/periods';
import { cellText } from '../domain/text';
import { DEFAULT_SETTINGS } from '../domain/types';
import { SHEET } from '../workbook/schema';
import { requireAdmin } from './admin';
import { describeValues, openAuditLog } from './sheet-io/audit-log';
import { UserError } from './errors';
import { withDocumentLock } from './sheet-io/lock';
import { protectResultSheet } from './sheet-io/protections';
import { findSheet, indexSheets, readValues, sheetNameOf, listedSheetWithId } from './sheet-io/sheets';
import { registeredSignOffs, registerSignOff, unregisterSignOff } from './sign-off-register';
import { readSignOffRecord, signOffLayout, signOffSheetName, type SignOffRecord } from './sign-off-sheet';
import { sourceRowDigests } from './source-digests';
import { summariseUnderLock } from './yearly-summary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SIGN_OFF_DESCRIPTION = 'Công đoàn: kết quả đã chốt; chỉ quản trị viên sửa hoặc mở lại.';

/**
 * Signs a period off: computes its summary from what the workbook holds under the lock, writes "Chốt <kỳ>" (the final table,
 * who, when, the Nhật ký head and the SHA-256 of every source row), protects it to Quản trị and logs it. A period already
 * signed off is refused: reopen it first.
 */
export function signOffPeriod(spreadsheet: Spreadsheet, periodLabel: string | undefined, now: Date): { sheet: string; message: string } {
  const { admin, entries } = requireAdmin(spreadsheet, indexSheets(spreadsheet), 'chốt kết quả');
  return withDocumentLock(() => {
    const { summary, checks, period, tables, index } = summariseUnderLock(spreadsheet, periodLabel, now);
    const name = signOffSheetName(period.label);
    if (findSheet(index, name)) throw new UserError(`Kỳ ${period.label} đã được chốt (trang "${name}"). Muốn chốt lại, hãy mở lại kỳ (ghi lý do) rồi chốt.`);
    // Its tab renamed or deleted by hand, the period is still signed off: only "Mở lại kỳ" (with a reason) reopens it.
    const registered = registeredSignOffs().get(period.label);
    if (registered) {
      const renamed = listedSheetWithId(index, registered.sheetId);
      const where = renamed ? `trang "${sheetNameOf(index, renamed, name)}", tên cũ "${name}"` : `trang "${name}" đã bị xóa`;
      throw new UserError(
        `Kỳ ${period.label} đã được chốt (${where}). Muốn chốt lại, hãy mở lại kỳ (menu Công đoàn › Mở lại kỳ đã chốt…, ghi lý do) rồi chốt.`,
      );
    }
    const log = openAuditLog(spreadsheet, index);
    const record: SignOffRecord = { by: admin.email, at: now.toISOString(), logHead: checks.logHead, rows: sourceRowDigests(tables, checks.data, period) };
    const shownAt = Utilities.formatDate(now, checks.data.timeZone, SHOWN_SECOND_PATTERN);
    const { values, formats } = signOffLayout(summary, record, shownAt);
    const sheet = spreadsheet.insertSheet(name, spreadsheet.getNumSheets());
    const block = sheet.getRange(1, 1, values.length, values[0].length);
    block.setNumberFormats(formats);
    block.setValues(values);
    sheet.getRange(1, 1).setFontWeight('bold');
    protectResultSheet(index, sheet, entries, SIGN_OFF_DESCRIPTION, true);
    registerSignOff(period.label, now, sheet.getSheetId());
    log.write({
      time: now,
      email: admin.email,
      action: 'Chốt kết quả',
      sheet: name,
      row: null,
      content: describeValues({ Kỳ: period.label, 'Số đơn vị': summary.units, 'Số dòng nguồn': record.rows.length, 'Cảnh báo': summary.warnings.length }),
    });
    return {
      sheet: name,
      message: `Đã chốt kết quả kỳ ${period.label} vào trang "${name}" (${summary.units} đơn vị, ${record.rows.length} dòng nguồn được ghi mã kiểm tra, ${summary.warnings.length} cảnh báo).`,
    };
  });
}

/**
 * Reopens a signed-off period: needs a reason; removes "Chốt <kỳ>" and logs who reopened it, why, and whose sign-off it was
 * (Nhật ký keeps the history). Later summaries of the period no longer compare with it.
 */
export function reopenPeriod(spreadsheet: Spreadsheet, periodLabel: string, reason: string, now: Date): { message: string } {
  // Only the label's text matters here ("2019 - 2020" is "2019-2020"); the month a school year starts does not change it.
  const parsed = parsePeriodLabel(cellText(periodLabel), DEFAULT_SETTINGS.schoolYearStartMonth);
  if (!parsed.ok) throw new UserError(`${parsed.message}. Hãy ghi kỳ cần mở lại, ví dụ 2020 hoặc 2019-2020.`);
  const label = parsed.value.label;
  const why = cellText(reason);
  if (why === '') throw new UserError(`Hãy ghi lý do mở lại kỳ ${label}; chưa có gì thay đổi.`);
  const { admin } = requireAdmin(spreadsheet, indexSheets(spreadsheet), 'mở lại kỳ đã chốt');
  return withDocumentLock(() => {
    const index = indexSheets(spreadsheet);
    const name = signOffSheetName(label);
    const registered = registeredSignOffs().get(label);
    const sheet = listedSheetWithId(index, registered?.sheetId) ?? findSheet(index, name);
    if (!sheet && !registered) throw new UserError(`Kỳ ${label} chưa được chốt (không có trang "${name}"); không có gì để mở lại.`);
    const read = sheet ? readSignOffRecord(readValues(sheet), name) : undefined;
    const log = openAuditLog(spreadsheet, index);
    if (sheet) spreadsheet.deleteSheet(sheet);
    unregisterSignOff(label);
    // A sheet deleted by hand leaves the period registered as signed off: reopening it says so in Nhật ký.
    const signed: Record<string, string> = read?.ok
      ? { 'Người chốt': read.record.by, 'Thời điểm chốt': read.record.at }
      : sheet
        ? {}
        : { 'Trang chốt': 'không còn (đã bị xóa tay)' };
    log.write({ time: now, email: admin.email, action: 'Mở lại kỳ', sheet: name, row: null, content: describeValues({ Kỳ: label, 'Lý do': why, ...signed }) });
    const removed = sheet ? `trang "${sheetNameOf(index, sheet, name)}" đã được xóa` : `trang "${name}" đã không còn từ trước`;
    return { message: `Đã mở lại kỳ ${label}: ${removed}, lý do được ghi vào ${SHEET.log}.` };
  });
}
