// Browser test: Thăm hỏi in the sidebar: the amount is grouped as typed, a bad amount is refused in Vietnamese with nothing written, a good visit is saved and logged.
import { formatVnd } from '../../src/domain/money';
import { SHEET } from '../../src/workbook/schema';
import { amountShown, browserSuite, dateCellVi, firstWithRole, logLines, openSection, recordsOf, screenshot, todayVi } from './harness';

const suite = browserSuite();

/** The first Cán bộ's sidebar open on Thăm hỏi, with the chosen fund and its balance shown. */
async function visitForm() {
  const officer = firstWithRole(suite.spreadsheet, 'Cán bộ');
  const session = await suite.open(officer.email);
  await openSection(session.page, 'visits');
  const form = session.page.locator('form.entry').filter({ has: session.page.locator('input[name=person]') });
  await form.waitFor();
  const fund = await form.locator('select[name=fund]').inputValue();
  const balance = form.locator('select[name=fund] + .hint');
  await balance.filter({ hasText: 'Số dư hiện tại' }).waitFor();
  return { officer, session, page: session.page, form, fund, balance, held: amountShown((await balance.textContent()) ?? '') };
}

test('an officer records a visit: "1,5" and "abc" are refused with the server\'s message, then 1.500.000 is saved and logged', async () => {
  const { officer, session, page, form, fund, balance, held: balanceBefore } = await visitForm();
  expect(await form.locator('input[name=date]').inputValue()).toBe(todayVi());
  expect(await form.locator('select[name=unit]').inputValue()).toBe(officer.unit);

  const visitsBefore = recordsOf(suite.spreadsheet, SHEET.visits).length;
  const logBefore = logLines(suite.spreadsheet).length;
  const person = 'Phạm Thị Thử';
  await form.locator('input[name=person]').fill(person);
  await form.locator('select[name=reason]').selectOption('Ốm đau');
  const amount = form.locator('input[name=amount]');

  // Bad amounts stay as typed and the server refuses them; nothing is written.
  for (const bad of ['1,5', 'abc']) {
    await amount.fill('');
    await amount.pressSequentially(bad);
    expect(await amount.inputValue()).toBe(bad);
    await form.locator('button[type=submit]').click();
    const error = form.locator('.message-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Số tiền');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore);
    expect(logLines(suite.spreadsheet).length).toBe(logBefore);
    if (bad === '1,5') await screenshot(page, 'tham-hoi-loi');
  }

  // A good amount, grouped with dots while typing.
  await amount.fill('');
  await amount.pressSequentially('1500000');
  expect(await amount.inputValue()).toBe('1.500.000');
  await amount.press('Enter');
  await form.locator('.message-success').waitFor();

  const visits = recordsOf(suite.spreadsheet, SHEET.visits);
  expect(visits.length).toBe(visitsBefore + 1);
  const saved = visits[visits.length - 1];
  expect(dateCellVi(saved['Ngày'])).toBe(todayVi());
  expect(saved['Mã đơn vị']).toBe(officer.unit);
  expect(saved['Người được thăm']).toBe(person);
  expect(saved['Lý do']).toBe('Ốm đau');
  expect(saved['Số tiền']).toBe(1500000);
  expect(saved['Quỹ']).toBe(fund);

  const log = logLines(suite.spreadsheet);
  expect(log.length).toBe(logBefore + 1);
  expect(log[log.length - 1]['Email']).toBe(officer.email);
  expect(log[log.length - 1]['Trang tính']).toBe(SHEET.visits);

  // The form is ready for the next visit: the person is a suggestion now, and the fund's balance is 1.500.000 ₫ lower.
  await page.waitForFunction((name) => [...document.querySelectorAll('#visit-people option')].some((o) => (o as HTMLOptionElement).value === name), person);
  await balance.filter({ hasText: 'Số dư hiện tại' }).waitFor();
  expect(amountShown((await balance.textContent()) ?? '')).toBe(balanceBefore - 1500000);
  expect(await amount.inputValue()).toBe('');
  expect(session.dialogs).toEqual([]);
  await screenshot(page, 'tham-hoi-da-luu');
});

test("an amount over the fund's balance is saved only when Lưu is pressed again: the first press explains and writes nothing", async () => {
  const { session, form, fund, held } = await visitForm();
  const visitsBefore = recordsOf(suite.spreadsheet, SHEET.visits).length;

  await form.locator('input[name=person]').fill('Phạm Văn Lớn');
  const amount = form.locator('input[name=amount]');
  await amount.fill('');
  await amount.pressSequentially('99999999999');
  await form.locator('button[type=submit]').click();
  const question = form.locator('.message-error');
  await question.waitFor();
  expect(await question.textContent()).toBe(
    `Số tiền 99.999.999.999 ₫ lớn hơn số dư hiện tại của ${fund} (${formatVnd(held)}). Kiểm tra lại; nếu đúng, nhấn "Lưu thăm hỏi" lần nữa để lưu.`,
  );
  expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore);

  await form.locator('button[type=submit]').click();
  const saved = form.locator('.message-success');
  await saved.waitFor();
  // Asked and confirmed before the save: the answer does not say it again.
  expect(await saved.textContent()).toMatch(/^Đã ghi thăm hỏi Phạm Văn Lớn \(Ốm đau, 99\.999\.999\.999 ₫\) vào dòng \d+\.$/);
  expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore + 1);
  expect(session.dialogs).toEqual([]);
});

test('an amount typed with commas or "VNĐ" is read as the server reads it: over the balance, it is asked about too', async () => {
  const { session, form, fund, held } = await visitForm();
  const visitsBefore = recordsOf(suite.spreadsheet, SHEET.visits).length;
  await form.locator('input[name=person]').fill('Phạm Văn Phẩy');
  await form.locator('select[name=reason]').selectOption('Ốm đau');
  const amount = form.locator('input[name=amount]');
  // Two different amounts: pressing Lưu again with the same amount is the confirmation.
  for (const [typed, shown] of [
    ['88,888,888,888', '88.888.888.888 ₫'],
    ['99.999.999.999 VNĐ', '99.999.999.999 ₫'],
  ]) {
    await amount.fill(typed);
    await form.locator('button[type=submit]').click();
    const question = form.locator('.message-error', { hasText: shown });
    await question.waitFor();
    expect(await question.textContent()).toBe(
      `Số tiền ${shown} lớn hơn số dư hiện tại của ${fund} (${formatVnd(held)}). Kiểm tra lại; nếu đúng, nhấn "Lưu thăm hỏi" lần nữa để lưu.`,
    );
    expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore);
    await amount.fill('');
  }
  expect(session.dialogs).toEqual([]);
});

test('back on Thăm hỏi after another tab, the balances are read again: a payment recorded meanwhile is in the check before saving', async () => {
  const { session, page, form, fund, balance, held } = await visitForm();
  // Meanwhile a ledger line moves the same fund to 100.000 ₫ (recorded by the ledger keeper, or in Thu chi on another tab): a
  // payment, or a receipt when earlier tests of this suite left the fund below that.
  const ledger = suite.spreadsheet.getSheetByName(SHEET.ledger)!;
  const row = ledger.getLastRow() + 1;
  if (row > ledger.getMaxRows()) ledger.insertRowsAfter(ledger.getMaxRows(), 10);
  const [type, amount] = held > 100000 ? ['Chi', held - 100000] : ['Thu', 100000 - held];
  ledger.getRange(row, 1, 1, 7).setValues([[todayVi(), 'PC-THU', fund, type, 'Khác', amount, 'Đưa quỹ về 100.000 ₫']]);
  await form.locator('input[name=person]').fill('Phạm Văn Sau');
  await form.locator('select[name=reason]').selectOption('Ốm đau');
  await form.locator('input[name=amount]').fill('1.000.000');
  const other = (await page.locator('#tab-scores').count()) ? 'scores' : 'summary';
  await openSection(page, other);
  await openSection(page, 'visits');
  // Lưu pressed at once, before the new balances may have arrived: never saved against the old balance.
  const visitsBefore = recordsOf(suite.spreadsheet, SHEET.visits).length;
  await form.locator('button[type=submit]').click();
  const answer = form.locator('.message-error');
  await answer.waitFor();
  expect(await answer.textContent()).toMatch(/^(Đang tải số dư quỹ để kiểm tra số tiền|Số tiền 1\.000\.000 ₫ lớn hơn số dư hiện tại)/);
  expect(recordsOf(suite.spreadsheet, SHEET.visits).length).toBe(visitsBefore);
  await balance.filter({ hasText: formatVnd(100000) }).waitFor();
  // Another amount (pressing again with the same amount is the confirmation): the question, with the new balance.
  await form.locator('input[name=amount]').fill('2.000.000');
  await form.locator('button[type=submit]').click();
  const question = form.locator('.message-error', { hasText: '2.000.000' });
  await question.waitFor();
  expect(await question.textContent()).toBe(
    `Số tiền 2.000.000 ₫ lớn hơn số dư hiện tại của ${fund} (${formatVnd(100000)}). Kiểm tra lại; nếu đúng, nhấn "Lưu thăm hỏi" lần nữa để lưu.`,
  );
  expect(session.dialogs).toEqual([]);
});
