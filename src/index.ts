// The add-in's public surface: every export becomes a top-level Apps Script function (menu, triggers, sidebar server functions, custom functions).
import { runYearlySummary as buildYearlySummary } from './app/yearly-summary';
import { showError } from './app/ui';
import type { YearlySummary } from './domain/types';

/** The menu, in the order officers use it. Built in AuthMode.NONE: nothing here may read the spreadsheet. */
const MENU: readonly [caption: string, handler: string][] = [['Tổng hợp năm…', 'menuYearlySummary']];

/**
 * Runs when the spreadsheet opens: adds the "Công đoàn" menu (Tiện ích mở rộng › Công đoàn). Touches nothing that needs authorisation.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, handler] of MENU) menu.addItem(caption, handler);
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu as onOpen does.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Builds the yearly summary of a period ("2020" or "2019-2020"; blank = the latest in the workbook), rewrites the sheet
 * "Tổng hợp <kỳ>" and returns the summary as the contract's JSON. Used by the menu, the sidebar and the offline command.
 * @param {string=} periodLabel
 * @return {Object}
 */
export function runYearlySummary(periodLabel?: string): YearlySummary {
  const label = typeof periodLabel === 'string' && periodLabel.trim() !== '' ? periodLabel : undefined;
  return buildYearlySummary(SpreadsheetApp.getActiveSpreadsheet(), label, new Date());
}

/** Menu "Tổng hợp năm…": asks for the period (blank = the latest), then writes the summary sheet and says where it is. */
export function menuYearlySummary(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt('Tổng hợp năm', 'Nhập kỳ cần tổng hợp, ví dụ 2020 hoặc 2019-2020.\nĐể trống để lấy kỳ gần nhất trong bảng tính.', ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    spreadsheet.toast('Đang tổng hợp…', 'Công đoàn', -1);
    const summary = runYearlySummary(answer.getResponseText());
    spreadsheet.toast(`Đã ghi trang "Tổng hợp ${summary.period.label}" (${summary.units} đơn vị, ${summary.warnings.length} cảnh báo).`, 'Công đoàn', 8);
  } catch (error) {
    showError(error);
  }
}
