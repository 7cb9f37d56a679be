// Browser test (issue 17, item 6): failures from the network, from Google and from a service in English reach the officer in Vietnamese, the original after it.
import type { Page } from 'playwright-core';
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, firstWithRole, openSection, rowsOf, type SidebarSession } from './harness';

const suite = browserSuite();

/** The officer's Thăm hỏi form, filled with a visit that would save. */
async function fillVisit(page: Page): Promise<void> {
  await openSection(page, 'visits');
  await page.locator('input[name=person]').fill('Nguyễn Thị Thu');
  await page.locator('input[name=amount]').fill('500000');
}

/** The sidebar of the sample's first Quản trị, once it has loaded. */
async function openAsAdmin(): Promise<SidebarSession & { email: string }> {
  const { email } = firstWithRole(suite.spreadsheet, 'Quản trị');
  const session = await suite.open(email);
  await session.page.locator('.user-email', { hasText: email }).waitFor();
  return { ...session, email };
}

async function errorShown(session: SidebarSession): Promise<string> {
  const box = session.page.locator('.message-error');
  await box.waitFor();
  return String(await box.textContent());
}

test('the network down while the sidebar starts: Vietnamese first, Google’s text after; Thử lại works once it is back', async () => {
  const session = await openAsAdmin();
  const { page } = session;
  // Reopened with every call to the server failing as a dropped connection does.
  await page.route('**/run', (route) => route.abort('internetdisconnected'));
  await page.reload();
  const shown = await errorShown(session);
  expect(shown).toMatch(/^Mất kết nối với máy chủ Google\. Hãy kiểm tra mạng rồi thử lại/);
  expect(shown).toMatch(/\nChi tiết: NetworkError: Connection failure due to HTTP 0$/);
  await page.unroute('**/run');
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await page.locator('.user-email', { hasText: session.email }).waitFor();
  expect(await page.locator('.message-error').count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
});

test('a Google service failing in English inside a save: the server’s Vietnamese sentence, the English detail after it, nothing written', async () => {
  const session = await openAsAdmin();
  await fillVisit(session.page);
  await session.page.locator('.field .hint', { hasText: 'Số dư hiện tại' }).waitFor();
  const visitsBefore = rowsOf(suite.spreadsheet, SHEET.visits).length;
  const english = 'Service Spreadsheets timed out while accessing document with id 1AbC.';
  let armed = true;
  session.preview.runtime.onServiceCall = (call) => {
    if (armed && call.service === 'Spreadsheet' && call.execution) {
      armed = false;
      throw new Error(english);
    }
  };
  try {
    await session.page.getByRole('button', { name: 'Lưu thăm hỏi' }).click();
    const shown = await errorShown(session);
    expect(shown).toBe(`Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\nChi tiết: ${english}`);
  } finally {
    session.preview.runtime.onServiceCall = undefined;
  }
  expect(rowsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore);
  expect(session.pageErrors).toEqual([]);
});

test('an English answer of Apps Script itself (a sidebar older than the server): a Vietnamese way out, the original after it', async () => {
  const session = await openAsAdmin();
  const { page } = session;
  await fillVisit(page);
  // The save goes out under a name the server no longer has, as from a sidebar left open across an update.
  await page.route('**/run', async (route) => {
    const body = JSON.parse(route.request().postData() ?? '{}');
    if (body.name === 'sidebarSaveVisit') body.name = 'sidebarSaveVisitOld';
    await route.continue({ postData: JSON.stringify(body) });
  });
  await page.getByRole('button', { name: 'Lưu thăm hỏi' }).click();
  const shown = await errorShown(session);
  expect(shown).toBe(
    'Thanh bên đang mở là phiên bản cũ, không còn khớp với tiện ích trên máy chủ. Hãy đóng thanh bên và mở lại từ menu Tiện ích mở rộng › Công đoàn.\nChi tiết: Script function not found: sidebarSaveVisitOld',
  );
  expect(session.preview.calls.at(-1)?.name).not.toBe('sidebarSaveVisitOld');
  expect(session.pageErrors).toEqual([]);
});

test('Apps Script stopping a long summary ("Exceeded maximum execution time"): Vietnamese first, the original after it', async () => {
  const session = await openAsAdmin();
  const { page } = session;
  await openSection(page, 'summary');
  // Apps Script ends an execution after 6 minutes and hands the sidebar its own English text, whatever the function was doing.
  await page.route('**/run', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, message: 'Exceeded maximum execution time' }) }),
  );
  await page.getByRole('button', { name: 'Tạo trang tổng hợp' }).click();
  expect(await errorShown(session)).toBe(
    'Máy chủ Google xử lý quá lâu nên đã dừng. Hãy thử lại sau ít phút; nếu vẫn vậy, hãy báo cho quản trị viên.\nChi tiết: Exceeded maximum execution time',
  );
  expect(await page.getByRole('button', { name: 'Tạo trang tổng hợp' }).isEnabled()).toBe(true);
  expect(session.pageErrors).toEqual([]);
});
