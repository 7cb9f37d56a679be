// The add-in's public surface: every export becomes a top-level Apps Script function (menu, triggers, sidebar server functions, custom functions).

/**
 * Runs when the spreadsheet opens: adds the "Công đoàn" menu. Touches nothing that needs authorisation (AuthMode.NONE).
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  SpreadsheetApp.getUi().createAddonMenu().addItem('Mở thanh bên', 'menuOpenSidebar').addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu as onOpen does.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}
