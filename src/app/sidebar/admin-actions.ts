import type { PermissionPreview } from '../../wire/api';
import { describeValues, openAuditLog } from '../sheet-io/audit-log';
import { UserError } from '../errors';
import { fingerprintSchema, parseRequest, minutesRequestSchema, summaryLabelSchema } from '../request-schemas';
import { applyPermissions, permissionsAppliedMessage, previewPermissions } from '../permissions';
import { mayBuildMinutes, mayBuildSummary } from '../roles';
import { summarySheetName } from '../sheet-io/summary-sheet';
import { buildMinutes, buildReport } from '../papers';
import { runYearlySummary } from '../yearly-summary';
import { openSession } from './session';

export function sidebarBuildSummary(period: unknown): { message: string; sheet: string } {
  const s = openSession();
  if (!mayBuildSummary(s.user)) throw new UserError('Chỉ quản trị viên được tạo báo cáo tổng hợp.');
  const label = parseRequest(summaryLabelSchema(), period);
  const summary = runYearlySummary(s.spreadsheet, label, s.now, (built) =>
    openAuditLog(s.spreadsheet, s.index).write({
      time: s.now,
      email: s.user.email,
      action: 'Tạo báo cáo tổng hợp',
      sheet: summarySheetName(built.period.label),
      row: null,
      content: describeValues({ Kỳ: built.period.label, 'Số đơn vị': built.units, 'Cảnh báo': built.warnings.length }),
    }),
  );
  const sheet = summarySheetName(summary.period.label);
  return { sheet, message: `Đã tạo trang "${sheet}" (${summary.units} đơn vị, ${summary.warnings.length} cảnh báo).` };
}

export function sidebarPreviewPermissions(): PermissionPreview {
  const plan = previewPermissions(SpreadsheetApp.getActiveSpreadsheet());
  return { text: plan.text, fingerprint: plan.fingerprint, changes: plan.changes.length };
}

export function sidebarApplyPermissions(fingerprint: unknown): { message: string } {
  const expected = parseRequest(fingerprintSchema(), fingerprint);
  const plan = applyPermissions(SpreadsheetApp.getActiveSpreadsheet(), new Date(), expected);
  return { message: permissionsAppliedMessage(plan) };
}

/** Thanh bên: writes "Báo cáo <kỳ>" in the administrative format (Quản trị only), logged in Nhật ký. */
export function sidebarBuildReport(period: unknown): { message: string; sheet: string } {
  const s = openSession();
  if (!mayBuildSummary(s.user)) throw new UserError('Chỉ quản trị viên được lập báo cáo.');
  const label = parseRequest(summaryLabelSchema(), period);
  const { sheet, summary } = buildReport(s.spreadsheet, label, s.now, (name) =>
    openAuditLog(s.spreadsheet, s.index).write({
      time: s.now,
      email: s.user.email,
      action: 'Lập báo cáo',
      sheet: name,
      row: null,
      content: describeValues({ Kỳ: label ?? '' }),
    }),
  );
  return { sheet, message: `Đã lập trang "${sheet}" (${summary.units} đơn vị). In: Tệp › In, khổ A4 dọc.` };
}

/** Thanh bên: writes "Biên bản <cụm> <kỳ>" (Quản trị; Cụm trưởng for their own cluster), logged in Nhật ký. */
export function sidebarBuildMinutes(request: unknown): { message: string; sheet: string } {
  const s = openSession();
  const { period, cluster } = parseRequest(minutesRequestSchema(), request);
  const user = s.user;
  const result = buildMinutes(s.spreadsheet, period, cluster, s.now, {
    mayWrite: (name) => mayBuildMinutes(user, name),
    alsoUnderLock: (sheet) =>
      openAuditLog(s.spreadsheet, s.index).write({
        time: s.now,
        email: user.email,
        action: 'Lập biên bản kiểm tra chéo',
        sheet,
        row: null,
        content: describeValues({ Kỳ: period ?? '', Cụm: cluster }),
      }),
  });
  return { sheet: result.sheet, message: `Đã lập trang "${result.sheet}" (${result.units} đơn vị, mỗi đơn vị một trang).` };
}
