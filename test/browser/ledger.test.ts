// Browser test: Thu chi in the sidebar: the next voucher per type is suggested, a payment is saved with it and logged, the next number follows.
import { CallCounter } from '../../local/runtime/counter';
import { loadXlsx } from '../../local/xlsx';
import { SHEET } from '../../src/workbook/schema';
import { browserSuite, dateCellVi, firstWithRole, logLines, openSection, recordsOf, screenshot, todayVi } from './harness';

const suite = browserSuite();

/** The largest number among the sheet's vouchers with this prefix (PC…, PT…). */
function largestVoucher(prefix: string): number {
  const numbers = recordsOf(suite.spreadsheet, SHEET.ledger)
    .map((r) => new RegExp(`^${prefix}(\\d+)$`).exec(String(r['Số chứng từ']).trim()))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]));
  return Math.max(0, ...numbers);
}

test('the administrator saves a payment with the suggested voucher; it lands in Thu chi and Nhật ký', async () => {
  const admin = firstWithRole(suite.spreadsheet, 'Quản trị');
  const session = await suite.open(admin.email);
  const { page } = session;
  await openSection(page, 'ledger');
  const form = page.locator('form.entry').filter({ has: page.locator('input[name=voucher]') });
  await form.waitFor();
  const voucher = form.locator('input[name=voucher]');
  const type = form.locator('select[name=type]');

  // The suggestion follows the type: the next PC… for Chi, the next PT… for Thu.
  const payment = await voucher.inputValue();
  expect(payment).toMatch(/^PC\d+$/);
  expect(Number(payment.slice(2))).toBe(largestVoucher('PC') + 1);
  await type.selectOption('Thu');
  const receipt = await voucher.inputValue();
  expect(receipt).toMatch(/^PT\d+$/);
  expect(Number(receipt.slice(2))).toBe(largestVoucher('PT') + 1);
  await type.selectOption('Chi');
  expect(await voucher.inputValue()).toBe(payment);

  const ledgerBefore = recordsOf(suite.spreadsheet, SHEET.ledger).length;
  const logBefore = logLines(suite.spreadsheet).length;
  const fund = await form.locator('select[name=fund]').inputValue();
  await form.locator('input[name=category]').fill('Văn phòng phẩm');
  await form.locator('input[name=amount]').pressSequentially('750000');
  expect(await form.locator('input[name=amount]').inputValue()).toBe('750.000');
  await form.locator('input[name=description]').fill('Mua giấy in cho văn phòng');
  await screenshot(page, 'thu-chi');
  await form.locator('button[type=submit]').click();
  await page.locator('.message-success').waitFor();

  const ledger = recordsOf(suite.spreadsheet, SHEET.ledger);
  expect(ledger.length).toBe(ledgerBefore + 1);
  const saved = ledger[ledger.length - 1];
  expect(saved['Số chứng từ']).toBe(payment);
  expect(saved['Loại']).toBe('Chi');
  expect(saved['Quỹ']).toBe(fund);
  expect(saved['Khoản mục']).toBe('Văn phòng phẩm');
  expect(saved['Số tiền']).toBe(750000);
  expect(saved['Diễn giải']).toBe('Mua giấy in cho văn phòng');
  expect(dateCellVi(saved['Ngày'])).toBe(todayVi());

  const log = logLines(suite.spreadsheet);
  expect(log.length).toBe(logBefore + 1);
  expect(log[log.length - 1]['Email']).toBe(admin.email);
  expect(log[log.length - 1]['Trang tính']).toBe(SHEET.ledger);

  // The form reloads with the following number, padded as before.
  const next = `PC${String(Number(payment.slice(2)) + 1).padStart(payment.length - 2, '0')}`;
  await page.waitForFunction((expected) => (document.querySelector('input[name=voucher]') as HTMLInputElement | null)?.value === expected, next);
  expect(session.dialogs).toEqual([]);
  await screenshot(page, 'thu-chi-da-luu');

  // The preview's download holds the change: the workbook as .xlsx, read back.
  const response = await fetch(`${session.preview.url}download`);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const downloaded = await loadXlsx(Buffer.from(await response.arrayBuffer()), { counter: new CallCounter() });
  const rows = recordsOf(downloaded, SHEET.ledger);
  expect(rows.length).toBe(ledgerBefore + 1);
  expect(rows[rows.length - 1]['Số chứng từ']).toBe(payment);
  expect(rows[rows.length - 1]['Số tiền']).toBe(750000);
});
