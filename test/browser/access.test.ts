// Browser test: a user without rights sees the server's refusal in the sidebar; the administrator builds the yearly summary with its button.
import { browserSuite, firstWithRole, openSection, rolesOf, screenshot } from './harness';

const suite = browserSuite();

test('someone not in Phân quyền sees why they are refused and how to get access, and no section', async () => {
  const stranger = 'nguoi.la@example.com';
  expect(rolesOf(suite.spreadsheet).some((r) => r.email.toLowerCase() === stranger)).toBe(false);
  const session = await suite.open(stranger);
  const { page } = session;
  const refusal = page.locator('.message-error');
  await refusal.waitFor();
  const text = (await refusal.textContent()) ?? '';
  expect(text).toContain('chưa có quyền');
  expect(text).toContain(stranger);
  expect(text).toContain('Phân quyền');
  expect(await refusal.getAttribute('role')).toBe('alert');
  expect(await page.locator('.tabs, .panel, form').count()).toBe(0);
  expect(await page.locator('button', { hasText: 'Thử lại' }).count()).toBe(1);
  expect(session.dialogs).toEqual([]);
  await screenshot(page, 'khong-co-quyen');
});

test('a user whose email Google hides is told why nothing can be done, in the sidebar', async () => {
  const session = await suite.open('');
  const refusal = session.page.locator('.message-error');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('không cho thanh bên biết email của bạn');
  expect(await session.page.locator('.tabs, .panel').count()).toBe(0);
  expect(session.preview.calls).toEqual([expect.objectContaining({ name: 'sidebarContext', user: '', ok: false })]);
});

test('the administrator builds the yearly summary from the Tổng hợp button; the sheet appears', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const session = await suite.open(admin.email);
  const { page } = session;
  await openSection(page, 'summary');
  const period = page.locator('input[name=period]');
  await period.waitFor();
  const label = await period.inputValue();
  expect(label).toMatch(/^\d{4}(-\d{4})?$/);
  expect(suite.spreadsheet.getSheetByName(`Tổng hợp ${label}`)).toBeNull();
  await page.locator('button', { hasText: 'Tạo trang tổng hợp' }).click();
  const done = page.locator('.message-success');
  await done.waitFor({ timeout: 30000 });
  expect(await done.textContent()).toContain(`Tổng hợp ${label}`);
  expect(suite.spreadsheet.getSheetByName(`Tổng hợp ${label}`)).not.toBeNull();
  expect(session.dialogs).toEqual([]);
  await screenshot(page, 'tong-hop');
});

test('the preview shim behaves like google.script.run: asynchronous, handlers chained with a user object, server errors as Error messages', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const session = await suite.open(admin.email);
  await session.page.locator('input.points').first().waitFor();
  const callsBefore = session.preview.calls.length;
  const outcome = await session.page.evaluate(
    () =>
      new Promise<unknown>((resolve) => {
        type Runner = Record<string, (...args: unknown[]) => Runner>;
        const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
        const order: string[] = [];
        const returned = run
          .withUserObject({ tag: 'u1' })
          .withSuccessHandler((context: unknown, user: unknown) => {
            order.push('success');
            const email = (context as { user: { email: string } }).user.email;
            run
              .withFailureHandler((error: unknown, again: unknown) =>
                resolve({
                  returned,
                  order,
                  email,
                  user,
                  errorIsError: error instanceof Error,
                  message: (error as Error).message,
                  again,
                  hidden: typeof run['noSuchFunction_'],
                }),
              )
              .withUserObject('u2')
              .sidebarScoreForm({ period: 'không phải kỳ', unit: '???' });
          })
          .sidebarContext();
        order.push('after call');
      }),
  );
  expect(outcome).toMatchObject({
    returned: undefined,
    order: ['after call', 'success'],
    email: admin.email,
    user: { tag: 'u1' },
    errorIsError: true,
    again: 'u2',
    hidden: 'undefined',
  });
  expect((outcome as { message: string }).message.length).toBeGreaterThan(10);
  expect(session.preview.calls.slice(callsBefore).map((c) => [c.name, c.ok])).toEqual([
    ['sidebarContext', true],
    ['sidebarScoreForm', false],
  ]);
});

test('the preview page lists the people of Phân quyền above the 300 px sidebar and switches between them', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const session = await suite.open(admin.email);
  const { page } = session;
  await page.setViewportSize({ width: 760, height: 820 });
  await page.goto(`${session.preview.url}?user=${encodeURIComponent(admin.email)}`);
  const emails = await page.locator('#user option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(emails).toEqual([...rolesOf(suite.spreadsheet).map((r) => r.email), '']);
  const frame = page.frameLocator('#sidebar');
  await frame.locator('.user-email', { hasText: admin.email }).waitFor();
  expect(await page.locator('#sidebar').evaluate((f) => f.getBoundingClientRect().width)).toBe(300);
  await page.locator('#user').selectOption(leader.email);
  await frame.locator('.user-email', { hasText: leader.email }).waitFor();
  expect(await frame.locator('.user .badge').textContent()).toBe('Cụm trưởng');
  expect(page.url()).toContain(`user=${encodeURIComponent(leader.email)}`);
  await screenshot(page, 'xem-truoc');
});
