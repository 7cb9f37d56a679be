// The add-in's public surface: every export becomes a top-level Apps Script function (menu, triggers, sidebar server functions, custom functions).
import { initialiseMessage, initialiseWorkbook } from './app/initialise';
import * as sidebar from './app/sidebar-api';
import { officerFacing } from './app/errors';
import { listRoleUsers, type ListedUser } from './app/role-list';
import { showError } from './app/ui';
import { buildReport as writeReport } from './app/papers';
import { runYearlySummary as buildYearlySummary } from './app/yearly-summary';
import { applyPermissions as applyPermissionPlan, permissionsAppliedMessage, previewPermissions } from './app/permissions';
import { reopenPeriod as reopenSignedPeriod, signOffPeriod as signPeriodOff } from './app/sign-off';
import { selfTest, showSelfTest, type SelfTestResult } from './app/self-test';
import { amountWordsOf, fundBalanceAt, visitsTotal } from './domain/money-functions';
import { gapOf, levelOf, rankWithin, toGrid, totalOfRows } from './domain/score-functions';
import type { YearlySummary } from './domain/types';
import type { LedgerFormData, PermissionPreview, SaveResult, ScoreFormData, SidebarContext, VisitFormData } from './wire/api';

/** The menu, in the order officers use it. Built in AuthMode.NONE: nothing here may read the spreadsheet. */
const MENU: readonly [caption: string, handler: string][] = [
  ['Mở thanh bên', 'menuOpenSidebar'],
  ['Khởi tạo bảng tính', 'menuInitialise'],
  ['Tổng hợp năm…', 'menuYearlySummary'],
  ['Áp dụng phân quyền…', 'menuApplyPermissions'],
  ['Chốt kết quả kỳ…', 'menuSignOffPeriod'],
  ['Mở lại kỳ đã chốt…', 'menuReopenPeriod'],
  ['Lập báo cáo…', 'menuBuildReport'],
  ['Lập biên bản kiểm tra chéo…', 'menuBuildMinutes'],
  ['Kiểm tra tiện ích', 'menuSelfTest'],
];

/**
 * Runs when the spreadsheet opens: adds the "Công đoàn" menu (Tiện ích mở rộng › Công đoàn). Touches nothing that needs authorisation.
 * The menu is the same in every AuthMode, so nothing of the event is read.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e
 */
export function onOpen(e?: unknown): void {
  void e;
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, handler] of MENU) menu.addItem(caption, handler);
  menu.addToUi();
}

/**
 * Runs when the add-on is installed: builds the menu as onOpen does.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
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

/** Menu "Mở thanh bên": the sidebar where officers enter scores, visits and ledger lines (300 px, Vietnamese). */
export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Công đoàn');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu "Tổng hợp năm…": asks for the period (blank = the latest), then writes the summary sheet and says where it is. */
export function menuYearlySummary(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Tổng hợp năm',
    'Nhập kỳ cần tổng hợp, ví dụ 2020 hoặc 2019-2020.\nĐể trống để lấy kỳ gần nhất trong bảng tính.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Đang tổng hợp…', 'Công đoàn', -1);
  try {
    const summary = runYearlySummary(answer.getResponseText());
    spreadsheet.toast(`Đã ghi trang "Tổng hợp ${summary.period.label}" (${summary.units} đơn vị, ${summary.warnings.length} cảnh báo).`, 'Công đoàn', 8);
  } catch (error) {
    spreadsheet.toast('Chưa tổng hợp được.', 'Công đoàn', 3);
    showError(error);
  }
}

// ——— Custom functions (hàm tùy chỉnh). Pure: they read only their arguments and need no authorisation. ———

/**
 * Tổng điểm của từng dòng chấm điểm theo bộ tiêu chí: Chuẩn + Thưởng − Trừ; Điều kiện không cộng điểm.
 * Mỗi dòng của vùng điểm cho một ô kết quả; ô trống cho ô trống; điểm vượt tối đa hoặc không phải số cho dòng báo lỗi.
 *
 * Ví dụ: =TONGDIEM(E2:P40; 'Tiêu chí'!D2:D13; 'Tiêu chí'!E2:E13)
 *
 * @param {number[][]} diem Vùng điểm: mỗi dòng là một phiếu chấm, mỗi cột một tiêu chí.
 * @param {number[][]} diem_toi_da Điểm tối đa của từng tiêu chí (một dòng hoặc một cột, theo thứ tự cột điểm).
 * @param {string[][]} loai Loại của từng tiêu chí: Chuẩn, Thưởng, Trừ hoặc Điều kiện (bỏ trống = Chuẩn).
 * @return Một cột tổng điểm.
 * @customfunction
 */
export function TONGDIEM(diem: unknown, diem_toi_da: unknown, loai?: unknown): unknown {
  return totalOfRows(toGrid(diem), toGrid(diem_toi_da), loai === undefined ? undefined : toGrid(loai));
}

/**
 * Xếp loại theo điểm: HTXSNV, HTTNV, HTNV hoặc KHTNV, theo các ngưỡng (mặc định 90, 70, 50).
 *
 * Ví dụ: =XEPLOAI(Q2:Q40) hoặc =XEPLOAI(Q2:Q40; 85; 70; 50)
 *
 * @param {number[][]} diem Một điểm hoặc một vùng điểm.
 * @param {number} nguong_xs Điểm tối thiểu của HTXSNV (mặc định 90).
 * @param {number} nguong_tot Điểm tối thiểu của HTTNV (mặc định 70).
 * @param {number} nguong_ht Điểm tối thiểu của HTNV (mặc định 50).
 * @return Mức xếp loại của từng điểm, cùng kích thước với vùng điểm.
 * @customfunction
 */
export function XEPLOAI(diem: unknown, nguong_xs?: unknown, nguong_tot?: unknown, nguong_ht?: unknown): unknown {
  return levelOf(diem, nguong_xs, nguong_tot, nguong_ht);
}

/**
 * Thứ hạng của từng điểm trong một vùng, điểm bằng nhau cùng hạng (1, 2, 2, 4).
 *
 * Ví dụ: =XEPHANG(Q2:Q12; Q2:Q12)
 *
 * @param {number[][]} diem Một điểm hoặc một vùng điểm cần xếp hạng.
 * @param {number[][]} pham_vi Vùng điểm để so sánh (ví dụ các đơn vị trong cùng cụm).
 * @return Thứ hạng của từng điểm.
 * @customfunction
 */
export function XEPHANG(diem: unknown, pham_vi: unknown): unknown {
  return rankWithin(diem, toGrid(pham_vi));
}

/**
 * Chênh lệch giữa điểm tự chấm và điểm cuối cùng (tự chấm − kiểm tra). Số dương lớn: tự chấm cao hơn thực tế.
 *
 * Ví dụ: =CHENHLECH(R2:R40; Q2:Q40)
 *
 * @param {number[][]} tu_cham Điểm tự chấm (một ô hoặc một vùng).
 * @param {number[][]} diem_cuoi Điểm cuối cùng sau kiểm tra (cùng kích thước, hoặc một ô).
 * @return Chênh lệch của từng dòng; trống khi thiếu một trong hai điểm.
 * @customfunction
 */
export function CHENHLECH(tu_cham: unknown, diem_cuoi: unknown): unknown {
  return gapOf(tu_cham, diem_cuoi);
}

/**
 * Số dư của một quỹ đến hết một ngày: số dư đầu kỳ + thu − chi (kể cả tiền thăm hỏi nếu đưa vào các vùng thăm hỏi).
 *
 * Ví dụ: =SODUQUY("Quỹ CĐCS"; DATE(2020;6;30); 'Thu chi'!C2:C; 'Thu chi'!A2:A; 'Thu chi'!D2:D; 'Thu chi'!F2:F; 'Quỹ'!B2; 'Thăm hỏi'!F2:F; 'Thăm hỏi'!A2:A; 'Thăm hỏi'!E2:E)
 *
 * @param {string} quy Tên quỹ.
 * @param {Date} ngay Ngày tính số dư (tính cả ngày này).
 * @param {string[][]} cot_quy Cột Quỹ của trang Thu chi.
 * @param {Date[][]} cot_ngay Cột Ngày của trang Thu chi.
 * @param {string[][]} cot_loai Cột Loại (Thu/Chi) của trang Thu chi.
 * @param {number[][]} cot_tien Cột Số tiền của trang Thu chi.
 * @param {number} so_du_dau_ky Số dư đầu kỳ của quỹ (mặc định 0).
 * @param {string[][]} tham_hoi_quy Cột Quỹ của trang Thăm hỏi (tùy chọn).
 * @param {Date[][]} tham_hoi_ngay Cột Ngày của trang Thăm hỏi (tùy chọn).
 * @param {number[][]} tham_hoi_tien Cột Số tiền của trang Thăm hỏi (tùy chọn).
 * @return Số dư (đồng).
 * @customfunction
 */
export function SODUQUY(
  quy: unknown,
  ngay: unknown,
  cot_quy: unknown,
  cot_ngay: unknown,
  cot_loai: unknown,
  cot_tien: unknown,
  so_du_dau_ky?: unknown,
  tham_hoi_quy?: unknown,
  tham_hoi_ngay?: unknown,
  tham_hoi_tien?: unknown,
): unknown {
  const grid = (v: unknown) => (v === undefined ? undefined : toGrid(v));
  return fundBalanceAt(
    quy,
    ngay,
    toGrid(cot_quy),
    toGrid(cot_ngay),
    toGrid(cot_loai),
    toGrid(cot_tien),
    so_du_dau_ky,
    grid(tham_hoi_quy),
    grid(tham_hoi_ngay),
    grid(tham_hoi_tien),
  );
}

/**
 * Tổng tiền thăm hỏi theo đơn vị, lý do hoặc kỳ (giống SUMIF). Khi điều kiện là một kỳ ("2020" hoặc "2019-2020") và cột
 * điều kiện là cột Ngày, các lần thăm trong kỳ đó được cộng.
 *
 * Ví dụ: =TONGTHAMHOI('Thăm hỏi'!E2:E; 'Thăm hỏi'!D2:D; "Ốm đau") hoặc =TONGTHAMHOI('Thăm hỏi'!E2:E; 'Thăm hỏi'!A2:A; "2019-2020")
 *
 * @param {number[][]} cot_tien Cột Số tiền.
 * @param {string[][]} cot_dieu_kien Cột để so (Mã đơn vị, Lý do hoặc Ngày), cùng kích thước.
 * @param {string} dieu_kien Mã đơn vị, lý do hoặc kỳ cần cộng.
 * @return Tổng số tiền (đồng).
 * @customfunction
 */
export function TONGTHAMHOI(cot_tien: unknown, cot_dieu_kien: unknown, dieu_kien: unknown): unknown {
  return visitsTotal(toGrid(cot_tien), toGrid(cot_dieu_kien), dieu_kien);
}

/**
 * Đọc số tiền bằng chữ cho chứng từ: 1500000 → "Một triệu năm trăm nghìn đồng chẵn".
 *
 * Ví dụ: =DOCSOTIEN(F2) hoặc =DOCSOTIEN(F2:F30)
 *
 * @param {number[][]} so_tien Một số tiền hoặc một vùng số tiền (đồng).
 * @return Số tiền bằng chữ.
 * @customfunction
 */
export function DOCSOTIEN(so_tien: unknown): unknown {
  return amountWordsOf(so_tien);
}

/**
 * Menu "Khởi tạo bảng tính": creates the missing contract sheets and refreshes the score sheet's highlighting, then tells the
 * officer what was done. The alert comes after the lock is released (an alert suspends the script).
 */
export function menuInitialise(): void {
  try {
    const result = initialiseWorkbook(SpreadsheetApp.getActiveSpreadsheet());
    const ui = SpreadsheetApp.getUi();
    ui.alert('Khởi tạo bảng tính', initialiseMessage(result), ui.ButtonSet.OK);
  } catch (error) {
    showError(error);
  }
}

// ——— Sidebar server functions (ServerApi in src/wire/api.ts). Each checks the user's role from "Phân quyền" on the server, and runs
// under officerFacing: google.script.run shows the sidebar whatever is thrown, so an unexpected failure leaves as a Vietnamese sentence. ———

/** Thanh bên: the user, their permissions and the lists the forms need. */
export function sidebarContext(): SidebarContext {
  return officerFacing(() => sidebar.sidebarContext());
}

/** Thanh bên: the score form of one unit and period (allowed forms, the self-score, the user's own latest entry). */
export function sidebarScoreForm(request: unknown): ScoreFormData {
  return officerFacing(() => sidebar.sidebarScoreForm(request));
}

/** Thanh bên: validates and appends one score card to Chấm điểm under the lock, logged in Nhật ký. */
export function sidebarSaveScore(request: unknown): SaveResult {
  return officerFacing(() => sidebar.sidebarSaveScore(request));
}

/** Thanh bên: earlier visited people of a unit and the funds with their balances. */
export function sidebarVisitForm(unit: unknown): VisitFormData {
  return officerFacing(() => sidebar.sidebarVisitForm(unit));
}

/** Thanh bên: validates and appends one visit to Thăm hỏi under the lock, logged in Nhật ký. */
export function sidebarSaveVisit(request: unknown): SaveResult {
  return officerFacing(() => sidebar.sidebarSaveVisit(request));
}

/** Thanh bên: the next voucher numbers, known categories and funds for "Ghi thu chi". */
export function sidebarLedgerForm(): LedgerFormData {
  return officerFacing(() => sidebar.sidebarLedgerForm());
}

/** Thanh bên: validates and appends one ledger line to Thu chi under the lock, logged in Nhật ký. */
export function sidebarSaveLedger(request: unknown): SaveResult {
  return officerFacing(() => sidebar.sidebarSaveLedger(request));
}

/** Thanh bên: builds the yearly summary sheet of a period (Quản trị only). */
export function sidebarBuildSummary(period: unknown): { message: string; sheet: string } {
  return officerFacing(() => sidebar.sidebarBuildSummary(period));
}

/** The self-test (src/platform) on a temporary sheet it always removes; returns the counts, summary and report. */
export function runSelfTest(): SelfTestResult {
  return selfTest();
}

/** Menu "Kiểm tra tiện ích" (any editor): the self-test, shown with a copyable report. */
export function menuSelfTest(): void {
  try {
    showSelfTest(selfTest());
  } catch (error) {
    showError(error);
  }
}

/**
 * The people of Phân quyền as the sidebar reads them, for the user bar of the local preview (npm run preview). Private: the
 * trailing "_" keeps google.script.run from calling it.
 */
export function listRoleUsers_(): ListedUser[] {
  return listRoleUsers(SpreadsheetApp.getActiveSpreadsheet());
}

// ——— Rules Google enforces and a result that is signed off (Quản trị only; each run is one Nhật ký line). ———

/**
 * Turns Phân quyền into Google protections: reference and result sheets editable by Quản trị only, entry sheets by those whose
 * role saves there. Idempotent; never removes the admin running it. Returns what changed (one entry per sheet).
 * @return {Object}
 */
export function applyPermissions(): { message: string; changes: { sheet: string; gains: string[]; loses: string[] }[] } {
  const plan = applyPermissionPlan(SpreadsheetApp.getActiveSpreadsheet(), new Date());
  return { message: permissionsAppliedMessage(plan), changes: plan.changes.map(({ sheet, gains, loses }) => ({ sheet, gains, loses })) };
}

/**
 * Signs a period off ("2020" or "2019-2020"; blank = the latest): writes the protected sheet "Chốt <kỳ>" with the final table,
 * who, when and the SHA-256 of every source row. Later summaries of the period list every row changed, added or removed since.
 * @param {string=} periodLabel
 * @return {Object}
 */
export function signOffPeriod(periodLabel?: string): { sheet: string; message: string } {
  const label = typeof periodLabel === 'string' && periodLabel.trim() !== '' ? periodLabel : undefined;
  return signPeriodOff(SpreadsheetApp.getActiveSpreadsheet(), label, new Date());
}

/**
 * Reopens a signed-off period; the reason is required and logged with whose sign-off it was.
 * @param {string} periodLabel
 * @param {string} reason
 * @return {Object}
 */
export function reopenPeriod(periodLabel: string, reason: string): { message: string } {
  return reopenSignedPeriod(SpreadsheetApp.getActiveSpreadsheet(), String(periodLabel ?? ''), String(reason ?? ''), new Date());
}

/** Menu "Áp dụng phân quyền…": shows what will change, sheet by sheet, and applies it only when the admin says yes. */
export function menuApplyPermissions(): void {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const plan = previewPermissions(spreadsheet);
    const ui = SpreadsheetApp.getUi();
    const answer = ui.alert('Áp dụng phân quyền', `${plan.text}\n\nÁp dụng?`, ui.ButtonSet.YES_NO);
    if (answer !== ui.Button.YES) return;
    const applied = applyPermissionPlan(spreadsheet, new Date(), plan.fingerprint);
    spreadsheet.toast(permissionsAppliedMessage(applied), 'Công đoàn', 8);
  } catch (error) {
    showError(error);
  }
}

/** Menu "Chốt kết quả kỳ…": asks for the period, then signs it off. */
export function menuSignOffPeriod(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Chốt kết quả',
    'Nhập kỳ cần chốt, ví dụ 2020 hoặc 2019-2020.\nĐể trống để lấy kỳ gần nhất trong bảng tính.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(signOffPeriod(answer.getResponseText()).message, 'Công đoàn', 8);
  } catch (error) {
    showError(error);
  }
}

/** Menu "Mở lại kỳ đã chốt…": asks for the period and the reason (required), then reopens it. */
export function menuReopenPeriod(): void {
  const ui = SpreadsheetApp.getUi();
  const period = ui.prompt('Mở lại kỳ đã chốt', 'Nhập kỳ cần mở lại, ví dụ 2020 hoặc 2019-2020.', ui.ButtonSet.OK_CANCEL);
  if (period.getSelectedButton() !== ui.Button.OK) return;
  const reason = ui.prompt('Mở lại kỳ đã chốt', 'Lý do mở lại (bắt buộc, được ghi vào Nhật ký):', ui.ButtonSet.OK_CANCEL);
  if (reason.getSelectedButton() !== ui.Button.OK) return;
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(reopenPeriod(period.getResponseText(), reason.getResponseText()).message, 'Công đoàn', 8);
  } catch (error) {
    showError(error);
  }
}

/** Thanh bên: what "Áp dụng phân quyền" would change (Quản trị only). */
export function sidebarPreviewPermissions(): PermissionPreview {
  return officerFacing(() => sidebar.sidebarPreviewPermissions());
}

/** Thanh bên: applies the plan the admin previewed. */
export function sidebarApplyPermissions(fingerprint: unknown): { message: string } {
  return officerFacing(() => sidebar.sidebarApplyPermissions(fingerprint));
}

// ——— The papers the union signs: the report in the administrative format and the cross-check minutes. ———

/**
 * Writes the sheet "Báo cáo <kỳ>" (A4 portrait, Times New Roman, the format of Nghị định 30/2020/NĐ-CP) for a period ("2020"
 * or "2019-2020"; blank = the latest), from the same figures as the yearly summary; returns the sheet's name and the period.
 * @param {string=} periodLabel
 * @return {Object}
 */
export function buildReport(periodLabel?: string): { sheet: string; period: string } {
  const label = typeof periodLabel === 'string' && periodLabel.trim() !== '' ? periodLabel : undefined;
  const { sheet, summary } = writeReport(SpreadsheetApp.getActiveSpreadsheet(), label, new Date());
  return { sheet, period: summary.period.label };
}

/** Thanh bên: writes "Báo cáo <kỳ>" (Quản trị only). */
export function sidebarBuildReport(period: unknown): { message: string; sheet: string } {
  return officerFacing(() => sidebar.sidebarBuildReport(period));
}

/** Thanh bên: writes "Biên bản <cụm> <kỳ>" (Quản trị; Cụm trưởng for their own cluster). */
export function sidebarBuildMinutes(request: unknown): { message: string; sheet: string } {
  return officerFacing(() => sidebar.sidebarBuildMinutes(request));
}

/** Menu "Lập báo cáo…": asks for the period, then writes the report with the same permission check as the sidebar. */
export function menuBuildReport(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(
    'Lập báo cáo',
    'Nhập kỳ cần báo cáo, ví dụ 2020 hoặc 2019-2020.\nĐể trống để lấy kỳ gần nhất trong bảng tính.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  runFromMenu(() => sidebar.sidebarBuildReport(answer.getResponseText()));
}

/** Menu "Lập biên bản kiểm tra chéo…": asks for the cluster and the period, then writes the minutes. */
export function menuBuildMinutes(): void {
  const ui = SpreadsheetApp.getUi();
  const cluster = ui.prompt('Lập biên bản kiểm tra chéo', 'Nhập tên cụm, đúng như trong trang Đơn vị (ví dụ Cụm 1).', ui.ButtonSet.OK_CANCEL);
  if (cluster.getSelectedButton() !== ui.Button.OK) return;
  const period = ui.prompt('Lập biên bản kiểm tra chéo', 'Nhập kỳ, ví dụ 2020 hoặc 2019-2020. Để trống để lấy kỳ gần nhất.', ui.ButtonSet.OK_CANCEL);
  if (period.getSelectedButton() !== ui.Button.OK) return;
  runFromMenu(() => sidebar.sidebarBuildMinutes({ cluster: cluster.getResponseText(), period: period.getResponseText() }));
}

/** Runs a paper's build from the menu: a toast while it works, the result in a toast, an error in a dialog. */
function runFromMenu(work: () => { message: string }): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  spreadsheet.toast('Đang lập…', 'Công đoàn', -1);
  try {
    spreadsheet.toast(work().message, 'Công đoàn', 8);
  } catch (error) {
    spreadsheet.toast('Chưa lập được.', 'Công đoàn', 3);
    showError(error);
  }
}
