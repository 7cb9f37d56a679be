// Browser-test harness: Debian chromium through playwright-core, the preview server in-process on the sample workbook, sheet readers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SAMPLE_WORKBOOK, startPreview, type Preview } from '../../local/preview';
import { CallCounter } from '../../local/runtime/counter';
import type { LocalSpreadsheet } from '../../local/runtime/spreadsheet';
import { loadXlsx } from '../../local/xlsx';
import { SHEET } from '../../src/workbook/schema';

export const REPO = path.resolve(__dirname, '..', '..');
export const SCREENSHOTS = path.join(REPO, 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** The sidebar's fixed width in Google Sheets. */
export const SIDEBAR_WIDTH = 300;

/** One chromium per test file, launched as toolchain.md says (a fresh profile directory; --user-data-dir in args would throw). */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Không thấy ${CHROMIUM}: cài bằng apt-get install -y chromium (npm test tự cài khi chạy với quyền root).`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-doan-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: SIDEBAR_WIDTH, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The sample workbook (examples/mau-cong-doan.xlsx) as a fresh local spreadsheet. */
export function sampleSpreadsheet(): Promise<LocalSpreadsheet> {
  return loadXlsx(SAMPLE_WORKBOOK, { counter: new CallCounter() });
}

/** A sheet's values (dates as ISO text), read through the runtime as the add-in sees them. */
export function rowsOf(spreadsheet: LocalSpreadsheet, name: string): unknown[][] {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`Không có trang "${name}"`);
  return sheet
    .getDataRange()
    .getValues()
    .map((row: unknown[]) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v)));
}

/** The rows of a sheet as records keyed by the header row's text. */
export function recordsOf(spreadsheet: LocalSpreadsheet, name: string): Record<string, unknown>[] {
  const [header, ...rows] = rowsOf(spreadsheet, name);
  return rows.filter((row) => row.some((v) => v !== '' && v !== null)).map((row) => Object.fromEntries(header.map((h, i) => [String(h).trim(), row[i]])));
}

export interface RoleRow {
  email: string;
  role: string;
  cluster: string;
  unit: string;
}

export function rolesOf(spreadsheet: LocalSpreadsheet): RoleRow[] {
  return recordsOf(spreadsheet, SHEET.roles).map((r) => ({
    email: String(r['Email']).trim(),
    role: String(r['Vai trò']).trim(),
    cluster: String(r['Cụm'] ?? '').trim(),
    unit: String(r['Mã đơn vị'] ?? '').trim(),
  }));
}

export function firstWithRole(spreadsheet: LocalSpreadsheet, role: string): RoleRow {
  const found = rolesOf(spreadsheet).find((r) => r.role === role);
  if (!found) throw new Error(`Phân quyền không có ai là ${role}`);
  return found;
}

/** Units of Đơn vị: code, name, cluster. */
export function unitsOf(spreadsheet: LocalSpreadsheet): { code: string; name: string; cluster: string }[] {
  return recordsOf(spreadsheet, SHEET.units).map((r) => ({ code: String(r['Mã đơn vị']), name: String(r['Tên đơn vị']), cluster: String(r['Cụm']) }));
}

/** Changes one cell of a sheet, found by its header and a row predicate (for arranging a workbook before the preview starts). */
export function setCell(
  spreadsheet: LocalSpreadsheet,
  name: string,
  header: string,
  where: (record: Record<string, unknown>) => boolean,
  value: unknown,
): void {
  const rows = rowsOf(spreadsheet, name);
  const column = rows[0].findIndex((h) => String(h).trim() === header);
  const records = recordsOf(spreadsheet, name);
  const index = records.findIndex(where);
  if (column < 0 || index < 0) throw new Error(`Không tìm thấy ô ${header} cần sửa trong ${name}`);
  spreadsheet
    .getSheetByName(name)!
    .getRange(index + 2, column + 1)
    .setValue(value);
}

export interface SidebarSession {
  preview: Preview;
  page: Page;
  /** Every dialog (alert, confirm…) the page tried to open; the sidebar must never open one. */
  dialogs: string[];
  /** Uncaught errors of the page. */
  pageErrors: string[];
}

/** Starts the preview on a free port and opens the sidebar for `user` in a 300 px page. */
export async function openSidebar(context: BrowserContext, spreadsheet: LocalSpreadsheet, user: string): Promise<SidebarSession> {
  const preview = await startPreview({ port: 0, spreadsheet, user });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(preview.sidebarUrl(user));
  return { preview, page, dialogs, pageErrors };
}

/** Saves a screenshot of the whole sidebar to screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  // The viewport grows to the whole sidebar for the shot, so the score card's sticky footer sits at its end, not over criteria.
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (viewport && height > viewport.height) await page.setViewportSize({ width: viewport.width, height });
  await page.screenshot({ path: file });
  if (viewport && height > viewport.height) await page.setViewportSize(viewport);
  return file;
}

/** "12.345.000 ₫" → 12345000 (the balances the sidebar shows). */
export function amountShown(text: string): number {
  const match = /(-?[\d.]+)\s*₫/.exec(text);
  if (!match) throw new Error(`Không thấy số tiền trong "${text}"`);
  return Number(match[1].replace(/\./g, ''));
}

/** The lines of Nhật ký; none while the sheet does not exist yet (the first sidebar write creates it). */
export function logLines(spreadsheet: LocalSpreadsheet): Record<string, unknown>[] {
  return spreadsheet.getSheetByName(SHEET.log) ? recordsOf(spreadsheet, SHEET.log) : [];
}

/** Appends one row to a sheet, its cells placed under the headers named in `record` (for arranging a workbook). */
export function appendRecord(spreadsheet: LocalSpreadsheet, name: string, record: Record<string, unknown>): void {
  const header = rowsOf(spreadsheet, name)[0].map((h) => String(h).trim());
  spreadsheet.getSheetByName(name)!.appendRow(header.map((h) => record[h] ?? ''));
}

/** Opens a section of the sidebar by its tab (a user with a single section has no tabs). */
export async function openSection(page: Page, key: 'scores' | 'visits' | 'ledger' | 'summary' | 'papers'): Promise<void> {
  await page.locator('.panel').waitFor();
  const tab = page.locator(`#tab-${key}`);
  if (await tab.count()) await tab.click();
}

/** Today as dd/mm/yyyy in Asia/Ho_Chi_Minh, the day the sidebar defaults to. */
export function todayVi(date = new Date()): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** A date cell as dd/mm/yyyy: text is kept, an ISO instant (a Sheets date) is read in Asia/Ho_Chi_Minh. */
export function dateCellVi(value: unknown): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return todayVi(new Date(value));
  return String(value);
}

/** What one browser test file shares: one chromium, the sample workbook (fresh per file), and the sidebars it opened. */
export interface BrowserSuite {
  readonly spreadsheet: LocalSpreadsheet;
  /** Starts a preview on the suite's spreadsheet and opens the sidebar for `user`; closed after the file's tests. */
  open(user: string): Promise<SidebarSession>;
}

/** Registers beforeAll/afterAll for a browser test file: launches chromium and loads the sample; closes everything afterwards. */
export function browserSuite(): BrowserSuite {
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  const sessions: SidebarSession[] = [];
  let spreadsheet: LocalSpreadsheet | undefined;
  const suite: BrowserSuite = {
    get spreadsheet() {
      if (!spreadsheet) throw new Error('browserSuite: the sample is loaded in beforeAll; use the spreadsheet inside a test');
      return spreadsheet;
    },
    async open(user: string) {
      if (!browser) throw new Error('browserSuite: chromium is not running');
      const session = await openSidebar(browser.context, suite.spreadsheet, user);
      sessions.push(session);
      return session;
    },
  };
  beforeAll(async () => {
    browser = await launchBrowser();
    spreadsheet = await sampleSpreadsheet();
  });
  afterAll(async () => {
    for (const session of sessions) await session.preview.close();
    await browser?.close();
  });
  return suite;
}
