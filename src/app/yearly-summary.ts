// Use case "Tổng hợp năm": read the workbook once, compute the summary in pure code, rewrite the "Tổng hợp <kỳ>" sheet under the lock.
import { choosePeriod, composeSummary } from '../domain/summary';
import type { YearlySummary } from '../domain/types';
import { WorkbookError } from './errors';
import { loadWorkbook } from './load-workbook';
import { withDocumentLock } from './lock';
import { indexSheets } from './sheets';
import { writeSummarySheet } from './summary-sheet';

/**
 * Builds the summary of a period (default: the latest in the workbook), writes its sheet and returns the contract's JSON.
 * `alsoUnderLock` runs in the same locked operation right after the sheet is written (the sidebar logs to Nhật ký there), so the
 * summary and its log line are written together or not at all.
 */
export function runYearlySummary(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  periodLabel: string | undefined,
  now: Date,
  alsoUnderLock?: (summary: YearlySummary) => void,
  index = indexSheets(spreadsheet),
): YearlySummary {
  const data = loadWorkbook(spreadsheet, index);
  const today = Utilities.formatDate(now, data.timeZone, 'yyyy-MM-dd');
  const period = choosePeriod(data, periodLabel, today);
  if (!period.ok) throw new WorkbookError('', '', period.message);
  const summary = composeSummary(data, period.value);
  withDocumentLock(() => {
    writeSummarySheet(spreadsheet, summary, { unionName: data.settings.unionName, madeAt: now, timeZone: data.timeZone, spending: summary.spending }, index);
    alsoUnderLock?.(summary);
  });
  return summary;
}
