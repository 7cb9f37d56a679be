// Use case "Tổng hợp năm": under the lock, read the workbook, check what may count, compute the summary in pure code, rewrite the "Tổng hợp <kỳ>" sheet.
import { ISO_DAY_PATTERN } from '../domain/cell-formats';
import { choosePeriod, composeSummary } from '../domain/summary';
import type { Period, YearlySummary } from '../domain/types';
import type { SheetKey } from '../workbook/schema';
import type { Table } from '../workbook/table';
import { checkWhatCounts, type CountChecks } from './count-checks';
import { WorkbookError } from './errors';
import { readWorkbook } from './load-workbook';
import { withDocumentLock } from './sheet-io/lock';
import { indexSheets, sheetClashWarning } from './sheet-io/sheets';
import { PROTECTION_DESCRIPTION } from './permissions';
import { protectResultSheet } from './sheet-io/protections';
import { summarySheetName, writeSummarySheet } from './sheet-io/summary-sheet';

/** The summary of a period as the workbook holds it now, with the checks it rests on. Call it under the document lock. */
export function summariseUnderLock(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  periodLabel: string | undefined,
  now: Date,
): {
  summary: YearlySummary;
  checks: CountChecks;
  period: Period;
  tables: Partial<Record<SheetKey, Table>>;
  index: Map<string, GoogleAppsScript.Spreadsheet.Sheet>;
} {
  const index = indexSheets(spreadsheet);
  const { data, tables } = readWorkbook(spreadsheet, index);
  const today = Utilities.formatDate(now, data.timeZone, ISO_DAY_PATTERN);
  const period = choosePeriod(data, periodLabel, today);
  if (!period.ok) throw new WorkbookError('', '', period.message);
  const checks = checkWhatCounts(index, data, tables, period.value);
  return { summary: { ...composeSummary(checks.data, period.value), signOff: checks.signOff }, checks, period: period.value, tables, index };
}

/**
 * Builds the summary of a period (default: the latest in the workbook), writes its sheet and returns the contract's JSON.
 * Everything is read under the document lock, so a save logged before the summary's own line is in it. `alsoUnderLock` runs in
 * the same locked operation right after the sheet is written (the sidebar logs to Nhật ký there).
 */
export function runYearlySummary(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  periodLabel: string | undefined,
  now: Date,
  alsoUnderLock?: (summary: YearlySummary) => void,
): YearlySummary {
  return withDocumentLock(() => {
    const read = summariseUnderLock(spreadsheet, periodLabel, now);
    const { checks, index } = read;
    // Two tabs matching "Tổng hợp <kỳ>": the summary goes into one of them; the other is named, as it keeps an old summary.
    const clash = sheetClashWarning(index, summarySheetName(read.summary.period.label), 'write');
    const summary = clash ? { ...read.summary, warnings: [...read.summary.warnings, clash] } : read.summary;
    const { sheet, added } = writeSummarySheet(
      spreadsheet,
      summary,
      { unionName: checks.data.settings.unionName, madeAt: now, timeZone: checks.data.timeZone, spending: summary.spending },
      index,
    );
    protectResultSheet(index, sheet, checks.roleEntries, PROTECTION_DESCRIPTION, false, added);
    alsoUnderLock?.(summary);
    return summary;
  });
}
