// Browser test: the "Báo cáo" tab of the sidebar: the administrator writes the report and a cluster's minutes; a cluster leader only their own cluster's minutes.
import { browserSuite, firstWithRole, openSection, screenshot } from './harness';

const suite = browserSuite();

test('the administrator writes "Báo cáo <kỳ>" and a cluster\'s minutes from the Báo cáo tab', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const session = await suite.open(admin.email);
  const { page } = session;
  await openSection(page, 'papers');
  const report = page.locator('button', { hasText: 'Lập báo cáo' });
  await report.waitFor();
  const label = await page.locator('input[name=period]').first().inputValue();
  await report.click();
  const done = page.locator('.message-success').first();
  await done.waitFor({ timeout: 30000 });
  expect(await done.textContent()).toContain(`Báo cáo ${label}`);
  expect(suite.spreadsheet.getSheetByName(`Báo cáo ${label}`)).not.toBeNull();

  await page.locator('input[name=cluster]').fill('Cụm 2');
  await page.locator('button', { hasText: 'Lập biên bản kiểm tra chéo' }).click();
  const minutes = page.locator('.message-success').nth(1);
  await minutes.waitFor({ timeout: 30000 });
  expect(await minutes.textContent()).toContain(`Biên bản Cụm 2 ${label}`);
  expect(session.dialogs).toEqual([]);
  await screenshot(page, 'bao-cao');
});

test('a cluster leader sees only the minutes form, for their own cluster, and another cluster is refused in Vietnamese', async () => {
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const session = await suite.open(leader.email);
  const { page } = session;
  await openSection(page, 'papers');
  const cluster = page.locator('input[name=cluster]');
  await cluster.waitFor();
  expect(await cluster.inputValue()).toBe(leader.cluster);
  expect(await page.locator('button', { hasText: 'Lập báo cáo' }).count()).toBe(0);
  const other = leader.cluster === 'Cụm 1' ? 'Cụm 2' : 'Cụm 1';
  await cluster.fill(other);
  await page.locator('button', { hasText: 'Lập biên bản kiểm tra chéo' }).click();
  const refusal = page.locator('.message-error');
  await refusal.waitFor({ timeout: 30000 });
  expect(await refusal.textContent()).toContain('Bạn chỉ được lập biên bản của cụm mình phụ trách');
});
