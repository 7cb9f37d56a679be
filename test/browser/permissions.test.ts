// Browser test: the administrator previews "Áp dụng phân quyền" in the sidebar (sheet by sheet, who gains), applies it, and Google's protections then refuse a leader's hand edit.
import { PROTECTED_MESSAGE } from '../../local/runtime/protection';
import { browserSuite, firstWithRole, openSection } from './harness';

const suite = browserSuite();

test('the admin sees what will change before anything changes, then applies it; a leader can no longer edit Phân quyền by hand', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const session = await suite.open(admin.email);
  const { page } = session;
  await openSection(page, 'summary');
  await page.locator('button', { hasText: 'Xem trước thay đổi' }).click();
  const line = page.locator('.plan p', { hasText: 'Phân quyền: đang mở cho mọi người sửa' });
  await line.waitFor();
  expect(await line.textContent()).toContain(admin.email);
  expect(suite.spreadsheet.getSheetByName('Phân quyền')!.getProtections('SHEET')).toEqual([]);
  await page.locator('button', { hasText: 'Áp dụng' }).last().click();
  const done = page.locator('.message-success');
  await done.waitFor();
  expect(await done.textContent()).toContain('Đã áp dụng phân quyền');
  const roles = suite.spreadsheet.getSheetByName('Phân quyền')!;
  const protection = roles.getProtections('SHEET')[0];
  expect(protection.getEditors().map((u) => u.getEmail())).toEqual([admin.email]);
  const runsAs = suite.spreadsheet._currentUser;
  suite.spreadsheet._currentUser = () => leader.email;
  try {
    expect(() => roles.getRange('B2').setValue('Quản trị')).toThrow(PROTECTED_MESSAGE);
  } finally {
    suite.spreadsheet._currentUser = runsAs;
  }
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
});
