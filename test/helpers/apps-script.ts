// Test helper: hands a local runtime object to add-in code that is typed with Google's full Apps Script interface.
import type { Range } from '../../local/runtime/range';
import type { Sheet } from '../../local/runtime/sheet';
import type { LocalSpreadsheet } from '../../local/runtime/spreadsheet';

/**
 * The local runtime implements only the methods the add-in calls (local/runtime/api.ts checks each against Google's
 * signature), not the hundreds of others Google's interfaces list. Code under test (src/) is typed with the full
 * interfaces, so a test passing it a local object states the narrowing here, once: at run time the add-in calls only
 * what the runtime has, and a call to anything else fails the test with "is not a function".
 */
export function asAppsScript(spreadsheet: LocalSpreadsheet): GoogleAppsScript.Spreadsheet.Spreadsheet;
export function asAppsScript(sheet: Sheet): GoogleAppsScript.Spreadsheet.Sheet;
export function asAppsScript(range: Range): GoogleAppsScript.Spreadsheet.Range;
export function asAppsScript(object: LocalSpreadsheet | Sheet | Range): object {
  return object;
}
