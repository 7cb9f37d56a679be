// Browser test: while a save waits on the server the button is busy with a short Vietnamese status, and a second click, Enter or submit sends nothing more.
import type { Route } from 'playwright-core';
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, firstWithRole, openSection, recordsOf } from './harness';

const suite = browserSuite();

test('a visit save held by a slow server: busy button and status, three more tries send no second save, one row written', async () => {
  const officer = firstWithRole(suite.spreadsheet, 'Cán bộ');
  const session = await suite.open(officer.email);
  const { page } = session;

  // Hold every sidebarSaveVisit request until released, as a large workbook's save keeps the sidebar waiting.
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: Route[] = [];
  await page.route('**/run', async (route) => {
    if (JSON.parse(route.request().postData() ?? '{}').name !== 'sidebarSaveVisit') return route.continue();
    held.push(route);
    await released;
    return route.continue();
  });

  await openSection(page, 'visits');
  const form = page.locator('form.entry').filter({ has: page.locator('input[name=person]') });
  await form.locator('select[name=fund] + .hint').filter({ hasText: 'Số dư hiện tại' }).waitFor();
  await form.locator('input[name=person]').fill('Võ Thị Chờ');
  await form.locator('input[name=amount]').fill('200000');
  const visitsBefore = recordsOf(suite.spreadsheet, SHEET.visits).length;
  const savesBefore = session.preview.calls.filter((c) => c.name === 'sidebarSaveVisit').length;

  const save = form.locator('button[type=submit]');
  await save.click();
  await page.waitForFunction(() => document.querySelector('button[aria-busy=true]') !== null);
  expect(await save.textContent()).toBe('Đang lưu…');
  expect(await save.isDisabled()).toBe(true);
  const status = form.locator('.message-info');
  expect(await status.textContent()).toBe('Đang lưu vào bảng tính, vui lòng chờ…');
  expect(await status.getAttribute('role')).toBe('status');

  // A second click (forced past the disabled state), Enter in a field and a submit event: none may send a second save.
  await save.click({ force: true });
  await form.locator('input[name=amount]').press('Enter');
  await form.evaluate((f) => f.dispatchEvent(new Event('submit', { cancelable: true })));
  await page.waitForTimeout(300);
  expect(held).toHaveLength(1);

  release();
  await form.locator('.message-success').waitFor();
  expect(await save.textContent()).toBe('Lưu thăm hỏi');
  expect(await save.isDisabled()).toBe(false);
  expect(await save.getAttribute('aria-busy')).toBeNull();
  expect(session.preview.calls.filter((c) => c.name === 'sidebarSaveVisit').length).toBe(savesBefore + 1);
  expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore + 1);
  expect(session.pageErrors).toEqual([]);
});
