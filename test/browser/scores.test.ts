// Browser test: a cluster leader enters a cross-check card in the sidebar (live errors, Tab, Enter), and it lands in Chấm điểm and Nhật ký.
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, firstWithRole, logLines, recordsOf, rowsOf, screenshot, unitsOf } from './harness';

const suite = browserSuite();

interface Criterion {
  code: string;
  max: number;
  kind: string;
}

const decimalComma = (n: number) => String(n).replace('.', ',');

test('a cluster leader scores a unit of their cluster: 12 of 10 is refused live, fixed, saved with Enter, logged', async () => {
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const criteria: Criterion[] = recordsOf(suite.spreadsheet, SHEET.rubric).map((r) => ({
    code: String(r['Mã tiêu chí']),
    max: Number(r['Điểm tối đa']),
    kind: String(r['Loại'] || 'Chuẩn'),
  }));
  const standard = criteria.filter((c) => c.kind === 'Chuẩn');
  const target = standard.find((c) => c.max === 10) ?? standard[0];
  const clusterUnits = unitsOf(suite.spreadsheet)
    .filter((u) => u.cluster === leader.cluster && u.code !== leader.unit)
    .map((u) => u.code);
  const offeredUnits = [...clusterUnits, leader.unit];
  const scoresBefore = rowsOf(suite.spreadsheet, SHEET.scores).length;
  const logBefore = logLines(suite.spreadsheet).length;

  const session = await suite.open(leader.email);
  const { page } = session;
  await page.locator('.user-email', { hasText: leader.email }).waitFor();
  expect(await page.locator('.user .badge').textContent()).toBe('Cụm trưởng');

  // The unit list holds the units of the leader's cluster: the others to check, and their own unit, which they chair, to self-score.
  const unitSelect = page.locator('select[name=unit]').first();
  const offered = await unitSelect.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect([...offered].sort()).toEqual([...offeredUnits].sort());
  const unit = clusterUnits[clusterUnits.length - 1];
  await unitSelect.selectOption(unit);
  await page.locator('.unit-title', { hasText: unit }).waitFor();
  const period = await page.locator('select[name=period]').inputValue();

  // One input per criterion, in rubric order; Tab goes from one criterion to the next.
  const inputs = page.locator('input.points');
  expect(await inputs.evaluateAll((all) => all.map((i) => (i as HTMLInputElement).name))).toEqual(criteria.map((c) => c.code));
  await inputs.nth(0).focus();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(criteria[1].code);

  // Start from an empty Cụm trưởng card (the sample may already hold this leader's earlier card for the unit, shown for editing).
  await page.locator('select[name=form]').selectOption({ label: 'Cụm trưởng' });
  for (const c of criteria) await page.locator(`input.points[name="${c.code}"]`).fill('');

  // 12 on a criterion of maximum 10: the message under the field, Save disabled.
  const field = page.locator(`input.points[name="${target.code}"]`);
  await field.fill(String(target.max + 2));
  const error = page.locator(`#${await field.getAttribute('id')}-error`);
  expect(await error.textContent()).toBe(`Tối đa ${decimalComma(target.max)} điểm`);
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const save = page.locator('.score-card button[type=submit]');
  expect(await save.isDisabled()).toBe(true);
  await screenshot(page, 'cham-diem-loi');

  // Fix it with a decimal comma, fill the other standard criteria at their maximum and the conditions with 1.
  const fixed = Math.min(7.5, target.max);
  await field.fill(decimalComma(fixed));
  for (const c of criteria) {
    if (c.code === target.code) continue;
    if (c.kind === 'Chuẩn') await page.locator(`input.points[name="${c.code}"]`).fill(String(c.max));
    if (c.kind === 'Điều kiện') await page.locator(`input.points[name="${c.code}"]`).fill('1');
  }
  expect(await error.textContent()).toBe('');
  const expectedTotal = fixed + standard.filter((c) => c.code !== target.code).reduce((sum, c) => sum + c.max, 0);
  expect(await page.locator('.total-line .total-value').first().textContent()).toBe(decimalComma(Math.round(expectedTotal * 100) / 100));
  expect(await save.isDisabled()).toBe(false);

  // Enter saves.
  await field.press('Enter');
  await page.locator('.message-success').waitFor();
  const success = await page.locator('.message-success').textContent();
  expect(success).toMatch(/^Đã /);

  const scoreRows = rowsOf(suite.spreadsheet, SHEET.scores);
  expect(scoreRows.length).toBe(scoresBefore + 1);
  const header = scoreRows[0].map((h) => String(h).trim());
  const saved = Object.fromEntries(header.map((h, i) => [h, scoreRows[scoreRows.length - 1][i]]));
  expect(saved['Kỳ']).toBe(period);
  expect(saved['Mã đơn vị']).toBe(unit);
  expect(saved['Hình thức']).toBe('Cụm trưởng');
  expect(saved['Người chấm']).toBe(leader.email);
  expect(saved[target.code]).toBe(fixed);
  for (const c of criteria.filter((c) => c.code !== target.code)) {
    expect(saved[c.code]).toBe(c.kind === 'Chuẩn' ? c.max : c.kind === 'Điều kiện' ? 1 : '');
  }
  const savedRow = scoreRows.length;

  const log = logLines(suite.spreadsheet);
  expect(log.length).toBe(logBefore + 1);
  const line = log[log.length - 1];
  expect(line['Email']).toBe(leader.email);
  expect(line['Trang tính']).toBe(SHEET.scores);
  expect(Number(line['Dòng'])).toBe(savedRow);

  // The form reloads with the leader's own latest entry, ready to edit.
  await page.locator('.score-card .hint', { hasText: `dòng ${savedRow}` }).waitFor();
  expect(await page.locator(`input.points[name="${target.code}"]`).inputValue()).toBe(decimalComma(fixed));
  expect(session.dialogs).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  await screenshot(page, 'cham-diem-da-luu');
});
