// Tests of the custom-function cores: raw cells as Sheets passes them (numbers, Dates, "" blanks, text), blank in → blank out, errors as text.
import { runInNewContext } from 'node:vm';
import { amountWordsOf, dateAtVietnam, fundBalanceAt, visitsTotal } from '../../src/domain/money-functions';

/** Midnight of a day in Vietnam, as Sheets hands a date cell of a spreadsheet in Asia/Ho_Chi_Minh. */
const vnMidnight = (iso: string) => new Date(`${iso}T00:00:00+07:00`);
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe('dateAtVietnam', () => {
  test('midnight in Vietnam is that day, though it is the day before in UTC', () => {
    expect(vnMidnight('2020-01-01').toISOString()).toBe('2019-12-31T17:00:00.000Z');
    expect(dateAtVietnam(vnMidnight('2020-01-01'))).toBe('2020-01-01');
  });

  test('midnight UTC (a spreadsheet in UTC) and 23:59 in Vietnam are still that day', () => {
    expect(dateAtVietnam(new Date('2020-03-05T00:00:00Z'))).toBe('2020-03-05');
    expect(dateAtVietnam(new Date('2020-03-05T23:59:00+07:00'))).toBe('2020-03-05');
  });
});

describe('fundBalanceAt', () => {
  const funds = column('Quỹ CĐCS', 'Quỹ CĐCS', 'quỹ  cđcs', 'Quỹ xã hội', 'Quỹ CĐCS', '');
  const dates = column(vnMidnight('2020-01-10'), '15/02/2020', 43900, vnMidnight('2020-03-01'), '01/04/2020', '');
  const types = column('Thu', 'Chi', 'chi', 'Chi', 'Thu', '');
  const amounts = column(1000000, '200.000 ₫', 50000, 999, '1.000.000', '');
  // 43900 is 10/03/2020 (43831 is 01/01/2020, + 31 + 29 - 1 + 10).

  test('opening + Thu − Chi of the fund up to and including the date', () => {
    expect(fundBalanceAt('Quỹ CĐCS', vnMidnight('2020-03-10'), funds, dates, types, amounts, 500000)).toBe(500000 + 1000000 - 200000 - 50000);
    expect(fundBalanceAt('Quỹ CĐCS', vnMidnight('2020-03-09'), funds, dates, types, amounts, 500000)).toBe(1300000);
    expect(fundBalanceAt('Quỹ CĐCS', '01/04/2020', funds, dates, types, amounts, '500.000')).toBe(2250000);
  });

  test('no opening is 0; before every line the balance is the opening', () => {
    expect(fundBalanceAt('Quỹ CĐCS', '09/01/2020', funds, dates, types, amounts)).toBe(0);
    expect(fundBalanceAt('Quỹ CĐCS', '09/01/2020', funds, dates, types, amounts, '')).toBe(0);
  });

  test('visits of the fund up to the date are expenses when their ranges are given', () => {
    const visitFunds = column('Quỹ CĐCS', 'Quỹ xã hội', 'Quỹ CĐCS');
    const visitDates = column('05/03/2020', '05/03/2020', '20/03/2020');
    const visitAmounts = column(30000, 70000, '40.000');
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates, types, amounts, 0, visitFunds, visitDates, visitAmounts)).toBe(750000 - 30000);
  });

  test('a Date made in another realm (the Apps Script vm) is read as a date', () => {
    const foreign = runInNewContext('new Date("2020-03-10T00:00:00+07:00")');
    expect(fundBalanceAt('Quỹ CĐCS', foreign, funds, dates, types, amounts, 0)).toBe(750000);
  });

  test('blank fund or date gives a blank', () => {
    expect(fundBalanceAt('', '10/03/2020', funds, dates, types, amounts)).toBe('');
    expect(fundBalanceAt('Quỹ CĐCS', '', funds, dates, types, amounts)).toBe('');
  });

  test('bad input gives a Vietnamese error text, not an exception', () => {
    expect(fundBalanceAt('Quỹ CĐCS', '31/02/2020', funds, dates, types, amounts)).toMatch(/^Lỗi: Ngày không có thật/);
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates, types, amounts, 'abc')).toBe('Lỗi: số dư đầu kỳ không hợp lệ');
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates, types, column(1, 2, 'x', 4, 5, ''))).toBe(
      'Lỗi: số tiền không hợp lệ (ô thứ 3 của vùng số tiền)',
    );
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates, column('Thu', 'Nhập', 'Chi', 'Chi', 'Thu', ''), amounts)).toBe(
      'Lỗi: loại phải là Thu hoặc Chi (ô thứ 2 của vùng loại)',
    );
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, column('hôm qua', '', '', '', '', ''), types, amounts)).toBe(
      'Lỗi: ngày không hợp lệ (ô thứ 1 của vùng ngày)',
    );
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates.slice(1), types, amounts)).toBe('Lỗi: các vùng dữ liệu phải có cùng số ô');
  });

  test('bad cells on lines of other funds are not read', () => {
    expect(
      fundBalanceAt('Quỹ CĐCS', '10/03/2020', funds, dates, column('Thu', 'Chi', 'Chi', '???', 'Thu', ''), column(1000000, 200000, 50000, 'x', 1, '')),
    ).toBe(750000);
  });

  test('single cells (Sheets passes a one-cell range as a value) work as ranges of one', () => {
    expect(fundBalanceAt('Quỹ CĐCS', '10/03/2020', 'Quỹ CĐCS' as never, '01/03/2020' as never, 'Chi' as never, 5000 as never, 10000)).toBe(5000);
  });
});

describe('visitsTotal', () => {
  const amounts = column(500000, '1.000.000 ₫', 200000, '', 300000);
  const units = column('CD001', 'cd001', 'CD002', 'CD001', 'CD003');
  const reasons = column('Ốm đau', 'Hiếu', 'om dau', 'Ốm đau', 'Hỷ');
  const dates = column(vnMidnight('2019-09-01'), '31/08/2020', '31/12/2019', '01/01/2020', vnMidnight('2020-09-01'));

  test('sums the amounts of a unit (ignoring case) or a reason (ignoring case and diacritics); blank amounts count 0', () => {
    expect(visitsTotal(amounts, units, 'CD001')).toBe(1500000);
    expect(visitsTotal(amounts, reasons, 'Ốm đau')).toBe(700000);
    expect(visitsTotal(amounts, units, 'CD404')).toBe(0);
  });

  test('a period label sums the dates of that period, first and last days included', () => {
    expect(visitsTotal(amounts, dates, '2019-2020')).toBe(500000 + 1000000 + 200000);
    expect(visitsTotal(amounts, dates, 'Năm học 2019-2020')).toBe(1700000);
    expect(visitsTotal(amounts, dates, 2020)).toBe(1000000 + 300000);
    expect(visitsTotal(amounts, dates, '2019')).toBe(700000);
    expect(visitsTotal(amounts, dates, '2019-2020', 1)).toBe(500000 + 200000); // a school year from January is 2019
  });

  test('a period label also matches a column of period labels', () => {
    expect(visitsTotal(column(1, 2, 3), column('2019-2020', '2020', '2019 - 2020'), '2019-2020')).toBe(1);
  });

  test('a Date key sums the visits of that day', () => {
    expect(visitsTotal(amounts, dates, vnMidnight('2019-12-31'))).toBe(200000);
  });

  test('blank key → blank; a bad amount on a matching line → an error text; mismatched ranges → an error text', () => {
    expect(visitsTotal(amounts, units, '')).toBe('');
    expect(visitsTotal(column(1, 'abc'), column('CD002', 'CD001'), 'CD002')).toBe(1);
    expect(visitsTotal(column(1, 'abc'), column('CD002', 'CD001'), 'CD001')).toBe('Lỗi: số tiền không hợp lệ (ô thứ 2 của vùng số tiền)');
    expect(visitsTotal(column(1.5), column('CD001'), 'CD001')).toBe('Lỗi: số tiền không hợp lệ (ô thứ 1 của vùng số tiền)');
    expect(visitsTotal(column(1, 2), column('CD001'), 'CD001')).toBe('Lỗi: các vùng dữ liệu phải có cùng số ô');
  });
});

describe('amountWordsOf', () => {
  test('one cell gives its words; blank gives a blank', () => {
    expect(amountWordsOf(1500000)).toBe('Một triệu năm trăm nghìn đồng chẵn');
    expect(amountWordsOf('1.500.000 ₫')).toBe('Một triệu năm trăm nghìn đồng chẵn');
    expect(amountWordsOf('')).toBe('');
  });

  test('a range gives a range of the same shape', () => {
    expect(amountWordsOf([[21], [''], [0], ['abc'], [-5], [2.5]])).toEqual([
      ['Hai mươi mốt đồng chẵn'],
      [''],
      ['Không đồng'],
      ['Lỗi: số tiền không hợp lệ'],
      ['Lỗi: số tiền âm'],
      ['Lỗi: số tiền không hợp lệ'],
    ]);
    expect(amountWordsOf([[10, 15]])).toEqual([['Mười đồng chẵn', 'Mười lăm đồng chẵn']]);
  });
});
