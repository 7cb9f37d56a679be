// Browser test of npm run preview (issue 17, item 5): with a tab "Phan quyen" and tolerant headers, the preview lists the users the add-in knows; no 404 in the console.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadAddin } from '../../local/load-addin';
import { startPreview, type Preview } from '../../local/preview';
import { createRuntime } from '../../local/runtime/index';
import { saveXlsx } from '../../local/xlsx';
import { SHEET } from '../../src/workbook/schema';
import { launchBrowser, rolesOf, sampleSpreadsheet } from './harness';

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let preview: Preview;
let directory: string;
/** The users the test expects, worked out from the sample's rows before they were respelled: email in lower case, first valid role. */
let expected: { email: string; role: string }[];
const REFUSED = 'thu.quy@truong.edu.vn';

beforeAll(async () => {
  browser = await launchBrowser();
  const spreadsheet = await sampleSpreadsheet();
  const rows = rolesOf(spreadsheet);
  expected = rows.map((r) => ({ email: r.email.toLowerCase(), role: r.role }));
  // The same people as a new officer might type them: tab without diacritics, a title row above headers in other case and
  // spelling, an email in capitals with spaces, a role without diacritics, an unknown role, and a second row for the admin.
  const respelled: unknown[][] = [
    ['Danh sách người dùng thanh bên', '', '', ''],
    [' EMAIL ', 'vai tro', 'CUM', 'ma don vi'],
    ...rows.map((r, i) => [i === 0 ? `  ${r.email.toUpperCase()} ` : r.email, r.role === 'Quản trị' ? ' quan tri ' : r.role, r.cluster, r.unit]),
    [REFUSED, 'Thủ quỹ', '', ''],
    [rows[0].email, 'Cán bộ', 'Cụm 1', 'CD001'],
  ];
  const sheet = spreadsheet.getSheetByName(SHEET.roles)!;
  sheet.clear();
  sheet.getRange(1, 1, respelled.length, 4).setValues(respelled);
  sheet.setName('Phan quyen');
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-doan-preview-test-'));
  const input = path.join(directory, 'phan-quyen-khong-dau.xlsx');
  await saveXlsx(spreadsheet, input);
  preview = await startPreview({ port: 0, input });
});

afterAll(async () => {
  await preview?.close();
  await browser?.close();
  fs.rmSync(directory, { recursive: true, force: true });
});

test('the preview lists the users of "Phan quyen" as the add-in reads them, and the add-in gives each the same role', () => {
  expect(expected.length).toBeGreaterThan(3);
  expect(preview.users()).toEqual(expected);

  // The add-in on the same workbook, called as each listed user, as the sidebar would call it.
  const runtime = createRuntime({ spreadsheet: preview.runtime.spreadsheet });
  const addin = loadAddin(runtime);
  for (const user of preview.users()) {
    runtime.setActiveUser(user.email);
    expect([user.email, addin.sidebarContext().user.roleName]).toEqual([user.email, user.role]);
  }
  // The row with an unknown role grants nothing: not listed by the preview, refused by the add-in.
  expect(preview.users().map((u) => u.email)).not.toContain(REFUSED);
  runtime.setActiveUser(REFUSED);
  expect(() => addin.sidebarContext()).toThrow(/^Bạn chưa có quyền dùng thanh bên/);
});

/** Opens a page of the preview and collects what its console shows as errors and every answer of 400 or more. */
async function openWatched(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { page, problems };
}

test('the preview page offers those users in its bar, opens the first one’s sidebar, and the console stays clean (no favicon 404)', async () => {
  const { page, problems } = await openWatched(preview.url);
  const options = await page.locator('#user option').evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
  expect(options.slice(0, expected.length)).toEqual(expected.map((u) => [u.email, `${u.email} (${u.role})`]));
  expect(await page.locator('#user').inputValue()).toBe(expected[0].email);
  const sidebar = page.frameLocator('#sidebar');
  await sidebar.locator('.user-email', { hasText: expected[0].email }).waitFor();
  expect(await sidebar.locator('.user .badge').textContent()).toBe(expected[0].role);
  // The browser asks for /favicon.ico by itself; give it time to do so.
  await page.waitForLoadState('networkidle');
  expect(problems).toEqual([]);

  // The sidebar opened on its own (top-level, so the browser asks for the icon again).
  const alone = await openWatched(preview.sidebarUrl(expected[1].email));
  await alone.page.locator('.user-email', { hasText: expected[1].email }).waitFor();
  await alone.page.waitForLoadState('networkidle');
  expect(alone.problems).toEqual([]);
});
