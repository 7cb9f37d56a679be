// Browser test: a card missing Chuẩn criteria is not saved (Enter or Lưu says which are missing), and an admin's form is chosen, never preselected.
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, firstWithRole, recordsOf, rowsOf, unitsOf } from './harness';

const suite = browserSuite();

const criteriaOf = () => recordsOf(suite.spreadsheet, SHEET.rubric).map((r) => ({ code: String(r['Mã tiêu chí']), kind: String(r['Loại'] || 'Chuẩn') }));

test('a leader who typed one Chuẩn criterion and pressed Enter is told which are missing; nothing is written', async () => {
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const criteria = criteriaOf();
  const standard = criteria.filter((c) => c.kind === 'Chuẩn').map((c) => c.code);
  expect(standard.length).toBeGreaterThan(1);
  const unit = unitsOf(suite.spreadsheet).filter((u) => u.cluster === leader.cluster && u.code !== leader.unit)[0].code;
  const rowsBefore = rowsOf(suite.spreadsheet, SHEET.scores).length;

  const { page, dialogs, pageErrors } = await suite.open(leader.email);
  await page.locator('select[name=unit]').first().selectOption(unit);
  await page.locator('.unit-title', { hasText: unit }).waitFor();
  await page.locator('select[name=form]').selectOption({ label: 'Cụm trưởng' });
  for (const c of criteria) await page.locator(`input.points[name="${c.code}"]`).fill('');
  const first = page.locator(`input.points[name="${standard[0]}"]`);
  await first.fill('5');
  const missing = standard.slice(1).join(', ');
  expect(await page.locator('.score-card .sticky-footer .hint').textContent()).toBe(
    `Đã nhập 1/${criteria.length} tiêu chí; còn thiếu tiêu chí Chuẩn ${missing}.`,
  );

  const refused = `Chưa lưu: phiếu còn thiếu điểm tiêu chí Chuẩn ${missing}. Phiếu thiếu tiêu chí Chuẩn không được tính vào điểm chính thức; hãy nhập đủ rồi lưu.`;
  await first.press('Enter');
  await page.locator('.message-error').waitFor();
  expect(await page.locator('.message-error').textContent()).toBe(refused);
  // The cursor goes to the first missing criterion.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(standard[1]);
  // The Lưu button refuses the same way.
  await page.locator('.score-card button[type=submit]').click();
  expect(await page.locator('.message-error').textContent()).toBe(refused);
  expect(rowsOf(suite.spreadsheet, SHEET.scores).length).toBe(rowsBefore);
  expect(await page.locator('.message-success').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('the admin chooses the form: none is preselected for a unit they have not scored, and saving without one is refused', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const { page, pageErrors } = await suite.open(admin.email);
  const unitSelect = page.locator('select[name=unit]').first();
  const units = await unitSelect.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  const period = await page.locator('select[name=period]').inputValue();
  const scoredByAdmin = new Set(
    recordsOf(suite.spreadsheet, SHEET.scores)
      .filter((r) => String(r['Kỳ']) === period && String(r['Người chấm']).trim().toLowerCase() === admin.email.toLowerCase())
      .map((r) => String(r['Mã đơn vị'])),
  );
  const unit = units.find((code) => !scoredByAdmin.has(code));
  if (unit === undefined) throw new Error('the sample has no unit the admin has not scored');
  await unitSelect.selectOption(unit);
  await page.locator('.unit-title', { hasText: unit }).waitFor();
  const formSelect = page.locator('select[name=form]');
  expect(await formSelect.inputValue()).toBe('');
  expect(await formSelect.locator('option:checked').textContent()).toBe('— Chọn hình thức —');

  // A complete card without a form: Enter asks for the form and writes nothing.
  const rowsBefore = rowsOf(suite.spreadsheet, SHEET.scores).length;
  for (const c of criteriaOf()) await page.locator(`input.points[name="${c.code}"]`).fill(c.kind === 'Chuẩn' || c.kind === 'Điều kiện' ? '1' : '');
  await page.locator('input.points').first().press('Enter');
  await page.locator('.message-error').waitFor();
  expect(await page.locator('.message-error').textContent()).toBe('Chưa lưu: hãy chọn hình thức chấm (Tự chấm, Chấm chéo, Cụm trưởng hay Cấp trên) rồi lưu.');
  expect(rowsOf(suite.spreadsheet, SHEET.scores).length).toBe(rowsBefore);

  // The Điều kiện field says what 1 and 0 mean.
  const condition = criteriaOf().find((c) => c.kind === 'Điều kiện');
  if (!condition) throw new Error('the sample rubric has no Điều kiện criterion');
  const entry = page.locator('.criterion-entry', { has: page.locator(`input.points[name="${condition.code}"]`) });
  expect(await entry.locator('.max').textContent()).toBe('1 = đạt, 0 = không đạt');

  // Once Cấp trên is chosen on purpose, the card is saved.
  await formSelect.selectOption({ label: 'Cấp trên' });
  await page.locator('input.points').first().press('Enter');
  await page.locator('.message-success').waitFor();
  expect(rowsOf(suite.spreadsheet, SHEET.scores).length).toBe(rowsBefore + 1);
  expect(pageErrors).toEqual([]);
});
