// Browser test: unit names and people holding HTML or script render as plain text in the sidebar; nothing runs, no dialog opens.
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, appendRecord, firstWithRole, recordsOf, screenshot, setCell, unitsOf } from './harness';

const suite = browserSuite();

const SCRIPT_NAME = '<script>window.__pwned = 1; alert(1)</script>';
const IMAGE_NAME = '<img src=x onerror="window.__pwned = 2; alert(2)">';
const BOLD_NAME = '<b onmouseover="alert(3)">Trường</b> & "Cổng"';
const PERSON = '<script>alert(4)</script> Nguyễn Văn A';

test('names with <script>, <img onerror> and markup show as text, and no script or dialog runs', async () => {
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const [first, second] = unitsOf(suite.spreadsheet).filter((u) => u.cluster === leader.cluster && u.code !== leader.unit);
  setCell(suite.spreadsheet, SHEET.units, 'Tên đơn vị', (r) => r['Mã đơn vị'] === first.code, SCRIPT_NAME);
  setCell(suite.spreadsheet, SHEET.units, 'Tên đơn vị', (r) => r['Mã đơn vị'] === second.code, IMAGE_NAME);
  setCell(suite.spreadsheet, SHEET.units, 'Tên đơn vị', (r) => r['Mã đơn vị'] === leader.unit, BOLD_NAME);
  const anyVisit = recordsOf(suite.spreadsheet, SHEET.visits).find((r) => r['Quỹ']);
  appendRecord(suite.spreadsheet, SHEET.visits, { ...anyVisit, Ngày: '15/03/2020', 'Số tiền': 500000, 'Mã đơn vị': leader.unit, 'Người được thăm': PERSON });

  const session = await suite.open(leader.email);
  const { page } = session;
  await page.locator('.user-email', { hasText: leader.email }).waitFor();

  const unitSelect = page.locator('select[name=unit]').first();
  const labels = await unitSelect.locator('option').allTextContents();
  expect(labels).toContain(`${first.code} — ${SCRIPT_NAME}`);
  expect(labels).toContain(`${second.code} — ${IMAGE_NAME}`);

  await unitSelect.selectOption(first.code);
  await page.locator('.unit-title', { hasText: first.code }).waitFor();
  expect(await page.locator('.unit-title').textContent()).toBe(`${first.code} — ${SCRIPT_NAME}`);
  await screenshot(page, 'thoat-ky-tu-html');
  await unitSelect.selectOption(second.code);
  await page.locator('.unit-title', { hasText: second.code }).waitFor();
  expect(await page.locator('.unit-title').textContent()).toBe(`${second.code} — ${IMAGE_NAME}`);

  // The visit form: the leader's own unit (with markup in its name) and a person whose name holds a script, as a suggestion.
  await page.click('#tab-visits');
  const visitUnit = page.locator('.entry select[name=unit]');
  await visitUnit.waitFor();
  expect(await visitUnit.locator(`option[value="${leader.unit}"]`).textContent()).toBe(`${leader.unit} — ${BOLD_NAME}`);
  await page.waitForFunction(() => document.querySelectorAll('#visit-people option').length > 0);
  const people = await page.locator('#visit-people option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(people).toContain(PERSON);

  const injected = await page.evaluate(() => ({
    pwned: (window as Window & { __pwned?: number }).__pwned ?? null,
    images: document.querySelectorAll('img').length,
    bold: document.querySelectorAll('#app b').length,
    scripts: document.querySelectorAll('script').length,
    mode: document.compatMode,
  }));
  // Two scripts only: the preview's google.script.run shim and the sidebar's own bundle.
  expect(injected).toEqual({ pwned: null, images: 0, bold: 0, scripts: 2, mode: 'CSS1Compat' });
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
