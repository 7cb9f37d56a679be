// Writes the "Tổng hợp <kỳ>" sheet from the summary model: replaced whole on each run, source sheets never touched.
import { formatDateVi } from '../domain/dates';
import type { YearlySummary } from '../domain/types';

export interface SummarySheetInfo {
  unionName: string;
  madeAt: Date;
  timeZone: string;
}

export function summarySheetName(label: string): string {
  return `Tổng hợp ${label}`;
}

export function writeSummarySheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, summary: YearlySummary, info: SummarySheetInfo): void {
  const name = summarySheetName(summary.period.label);
  const existing = spreadsheet.getSheetByName(name);
  const sheet = existing ?? spreadsheet.insertSheet(name);
  if (existing) sheet.clear();
  const made = Utilities.formatDate(info.madeAt, info.timeZone, 'dd/MM/yyyy HH:mm');
  const rows: (string | number)[][] = [
    [`${info.unionName.toUpperCase()}`, ''],
    [`TỔNG HỢP KỲ ${summary.period.label} (${formatDateVi(summary.period.start)} – ${formatDateVi(summary.period.end)})`, ''],
    [`Lập lúc ${made}`, ''],
    ['Số đơn vị', summary.units],
    ['Số đoàn viên', summary.membership.members],
    ['Số người lao động', summary.membership.workers],
    ['Kết nạp mới', summary.membership.newMembers],
  ];
  sheet.getRange(1, 1, rows.length, 2).setValues(rows);
}
