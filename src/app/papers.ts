// Use cases "Báo cáo" and "Biên bản kiểm tra chéo": read the workbook once, lay the paper out in pure code, write its sheet under the lock.
import { composeMinutes, layoutMinutes } from '../domain/minutes-layout';
import { layoutReport } from '../domain/report-layout';
import { choosePeriod, composeSummary } from '../domain/summary';
import type { Period, YearlySummary } from '../domain/types';
import { UserError, WorkbookError } from './errors';
import { loadWorkbook, type WorkbookData } from './load-workbook';
import { withDocumentLock } from './sheet-io/lock';
import { writePaperSheet } from './sheet-io/paper-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const reportSheetName = (label: string): string => `Báo cáo ${label}`;
export const minutesSheetName = (cluster: string, label: string): string => `Biên bản ${cluster} ${label}`;

function periodOf(data: WorkbookData, label: string | undefined, now: Date): { period: Period; today: string } {
  const today = Utilities.formatDate(now, data.timeZone, 'yyyy-MM-dd');
  const period = choosePeriod(data, label, today);
  if (!period.ok) throw new WorkbookError('', '', period.message);
  return { period: period.value, today };
}

/**
 * Writes "Báo cáo <kỳ>" for a period (default: the latest) from the same figures as the summary, dated today in the
 * spreadsheet's time zone; returns the sheet's name and the summary the paragraphs were written from.
 */
export function buildReport(
  spreadsheet: Spreadsheet,
  label: string | undefined,
  now: Date,
  alsoUnderLock?: (sheet: string) => void,
): { sheet: string; summary: YearlySummary } {
  const data = loadWorkbook(spreadsheet);
  const { period, today } = periodOf(data, label, now);
  const summary = composeSummary(data, period);
  const layout = layoutReport(summary, { unionName: data.settings.unionName, papers: data.settings.papers, date: today });
  const sheet = reportSheetName(period.label);
  withDocumentLock(() => {
    writePaperSheet(spreadsheet, sheet, layout);
    alsoUnderLock?.(sheet);
  });
  return { sheet, summary };
}

/**
 * Writes "Biên bản <cụm> <kỳ>" for a cluster (named as in Đơn vị, matched by its name key) and period. `mayWrite` is asked with
 * the cluster as Đơn vị spells it, before anything is written (the sidebar lets a leader build their own cluster's only).
 */
export function buildMinutes(
  spreadsheet: Spreadsheet,
  label: string | undefined,
  cluster: string,
  now: Date,
  options: { mayWrite?: (cluster: string) => boolean; alsoUnderLock?: (sheet: string) => void } = {},
): { sheet: string; units: number } {
  const data = loadWorkbook(spreadsheet);
  const { period, today } = periodOf(data, label, now);
  const minutes = composeMinutes(data, period, cluster);
  if (minutes === null) throw new UserError(`Không có đơn vị nào thuộc cụm "${cluster}" trong trang Đơn vị; chưa lập biên bản.`);
  if (options.mayWrite && !options.mayWrite(minutes.cluster))
    throw new UserError(`Bạn chỉ được lập biên bản của cụm mình phụ trách, không phải "${minutes.cluster}".`);
  const layout = layoutMinutes(minutes, { unionName: data.settings.unionName, papers: data.settings.papers, date: today });
  const sheet = minutesSheetName(minutes.cluster, period.label);
  withDocumentLock(() => {
    writePaperSheet(spreadsheet, sheet, layout);
    options.alsoUnderLock?.(sheet);
  });
  return { sheet, units: minutes.units.length };
}
