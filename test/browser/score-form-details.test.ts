// Browser test (issue 17, items 1 and 2): the drift line says "chưa nhập" until a score is typed; the Kỳ list starts with the default and marks the current period.
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, firstWithRole, recordsOf, screenshot, todayVi, unitsOf } from './harness';

const suite = browserSuite();

/** The school year (Tháng bắt đầu năm học 9, as the sample's Cài đặt says) that holds today in Vietnam. */
function currentSchoolYear(): string {
  const [, month, year] = todayVi().split('/').map(Number);
  const first = month >= 9 ? year : year - 1;
  return `${first}-${first + 1}`;
}

test('Kỳ: the default period first and chosen, then newest to oldest; the current period is marked, with no data yet', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const labelled = [...new Set(recordsOf(suite.spreadsheet, SHEET.scores).map((r) => String(r['Kỳ'])))];
  expect(labelled).toEqual(['2019-2020']);
  const { page, pageErrors } = await suite.open(admin.email);
  const period = page.locator('select[name=period]');
  await period.waitFor();
  const options = await period.locator('option').evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
  expect(options[0]).toEqual(['2019-2020', '2019-2020']);
  expect(await period.inputValue()).toBe('2019-2020');
  const current = currentSchoolYear();
  expect(options).toContainEqual([current, `${current} (hiện tại, chưa có dữ liệu)`]);
  // After the default, newest to oldest; every other period is one the sample has data for, so it carries no mark.
  const rest = options.slice(1).map(([value]) => String(value));
  expect(rest).toEqual([...rest].sort().reverse());
  for (const [value, text] of options) if (value !== current) expect(text).toBe(value);

  // Tổng hợp offers the same periods, the current one with its mark as the suggestion's label.
  await page.locator('#tab-summary').click();
  const suggestions = await page
    .locator('#summary-periods option')
    .evaluateAll((all) => all.map((o) => [(o as HTMLOptionElement).value, o.getAttribute('label')]));
  expect(suggestions.map(([value]) => value)).toEqual(options.map(([value]) => value));
  expect(suggestions).toContainEqual([current, `${current} (hiện tại, chưa có dữ liệu)`]);
  expect(pageErrors).toEqual([]);
});

test('Chênh lệch reads "chưa nhập" until a criterion is scored, then the gap to the self-score; clearing the card brings "chưa nhập" back', async () => {
  const leader = firstWithRole(suite.spreadsheet, 'Cụm trưởng');
  const scores = recordsOf(suite.spreadsheet, SHEET.scores);
  const selfScored = new Set(scores.filter((r) => r['Hình thức'] === 'Tự chấm').map((r) => String(r['Mã đơn vị'])));
  const scoredByLeader = new Set(scores.filter((r) => String(r['Người chấm']).trim().toLowerCase() === leader.email).map((r) => String(r['Mã đơn vị'])));
  const unit = unitsOf(suite.spreadsheet).find(
    (u) => u.cluster === leader.cluster && u.code !== leader.unit && selfScored.has(u.code) && !scoredByLeader.has(u.code),
  );
  if (!unit) throw new Error('The sample has no unit of the leader’s cluster with a self-score and no card of the leader');

  const { page, pageErrors } = await suite.open(leader.email);
  await page.locator('select[name=unit]').selectOption(unit.code);
  await page.locator('.unit-title', { hasText: unit.code }).waitFor();
  const gapLine = page.locator('.total-line.gap');
  const gap = gapLine.locator('.total-value');
  const selfTotalText = await page.locator('.total-line', { hasText: 'Đơn vị tự chấm' }).locator('.total-value').textContent();
  const selfTotal = Number(String(selfTotalText).replace(',', '.'));
  expect(selfTotal).toBeGreaterThan(0);

  // A fresh card: nothing to compare yet, and nothing painted red.
  expect(await gapLine.isVisible()).toBe(true);
  expect(await gap.textContent()).toBe('chưa nhập');
  expect(await gapLine.getAttribute('class')).not.toMatch(/\bover\b/);
  await screenshot(page, 'cham-diem-chenh-lech-chua-nhap');

  // One criterion typed: the gap is the self-score minus the running total.
  const first = page.locator('input.points').first();
  await first.fill('5');
  const expected = Math.round((selfTotal - 5) * 100) / 100;
  expect(await gap.textContent()).toBe(String(expected).replace('.', ','));
  expect(/\bover\b/.test(String(await gapLine.getAttribute('class')))).toBe(expected > 10);

  // An invalid entry alone scores nothing: back to "chưa nhập".
  await first.fill('abc');
  expect(await gap.textContent()).toBe('chưa nhập');
  await first.fill('');
  expect(await gap.textContent()).toBe('chưa nhập');
  expect(pageErrors).toEqual([]);
});
