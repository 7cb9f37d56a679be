// The thin layer that talks to Sheets: find sheets by tolerant name, read a sheet's values once, turn its dates into calendar dates.
import { matchKey } from '../domain/text';
import type { IsoDate } from '../domain/types';
import type { DateReader } from '../workbook/cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The spreadsheet's sheets by matchKey of their names ("Don vi" finds "Đơn vị"); the leftmost wins, as getSheetByName does. */
export function indexSheets(spreadsheet: Spreadsheet): Map<string, Sheet> {
  const index = new Map<string, Sheet>();
  for (const sheet of spreadsheet.getSheets()) {
    const key = matchKey(sheet.getName());
    if (!index.has(key)) index.set(key, sheet);
  }
  return index;
}

export function findSheet(index: Map<string, Sheet>, name: string): Sheet | undefined {
  return index.get(matchKey(name));
}

/** All values of a sheet in one read (getDataRange().getValues()). */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * Reads a Date from the sheet as its calendar day in the spreadsheet's time zone (Sheets returns midnight in that zone).
 * Utilities.formatDate is called once per distinct instant, so a year of visits costs at most a few hundred calls.
 */
export function makeDateReader(timeZone: string): DateReader {
  const cache = new Map<number, IsoDate>();
  return (date: Date) => {
    const time = date.getTime();
    let iso = cache.get(time);
    if (iso === undefined) {
      iso = Utilities.formatDate(date, timeZone, 'yyyy-MM-dd');
      cache.set(time, iso);
    }
    return iso;
  };
}
