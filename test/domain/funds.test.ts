// Tests of the fund rules: per-fund figures with visits counted once, negative balance, over budget, unknown fund, categories, balance at a date.
import { balanceAt, openingAt, spendingByCategory, summariseFunds, usedShare } from '../../src/domain/funds';
import type { Fund, LedgerEntry, Period, Visit } from '../../src/domain/types';

const year2020: Period = { label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' };
const school: Period = { label: '2019-2020', kind: 'school', start: '2019-09-01', end: '2020-08-31' };

function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return { date: '2020-03-05', voucher: '', fund: 'Quỹ CĐCS', type: 'expense', category: 'Khen thưởng', amount: 1000, description: '', row: 2, ...over };
}
function visit(over: Partial<Visit>): Visit {
  return { date: '2020-03-05', unit: 'CD001', person: 'An', reason: 'Ốm đau', amount: 500, fund: 'Quỹ CĐCS', visitor: '', note: '', row: 2, ...over };
}
const cdcs: Fund = { name: 'Quỹ CĐCS', opening: 5000000, budget: 19000000, row: 2 };
const social: Fund = { name: 'Quỹ xã hội', opening: 100000, budget: null, row: 3 };

describe('summariseFunds', () => {
  test('opening, income, expense (ledger plus visits), closing and budget per fund, in Quỹ order', () => {
    const ledger = [
      entry({ type: 'income', amount: 20000000, category: 'Đoàn phí' }),
      entry({ type: 'expense', amount: 15000000 }),
      entry({ type: 'income', amount: 50000, fund: 'quỹ xã hội' }),
    ];
    const visits = [visit({ amount: 3000000 }), visit({ amount: 20000, fund: 'Quỹ xã hội' })];
    const result = summariseFunds([social, cdcs], ledger, visits, year2020);
    expect(result.funds).toEqual([
      { fund: 'Quỹ xã hội', opening: 100000, income: 50000, expense: 20000, closing: 130000, budget: null },
      { fund: 'Quỹ CĐCS', opening: 5000000, income: 20000000, expense: 18000000, closing: 7000000, budget: 19000000 },
    ]);
    expect(result.warnings).toEqual([]);
  });

  test('counts the first and last day of the period, not the days around it', () => {
    const ledger = [
      entry({ date: '2019-08-31', amount: 1 }),
      entry({ date: '2019-09-01', amount: 10 }),
      entry({ date: '2020-08-31', amount: 100 }),
      entry({ date: '2020-09-01', amount: 1000 }),
    ];
    const visits = [visit({ date: '2019-08-31', amount: 2 }), visit({ date: '2019-09-01', amount: 20 }), visit({ date: '2020-09-01', amount: 2000 })];
    const [fund] = summariseFunds([{ ...cdcs, opening: 0, budget: null }], ledger, visits, school).funds;
    expect(fund.expense).toBe(130);
    // The day before the period (1 + 2) carries into the opening; the day after counts nowhere in this period.
    expect(fund.opening).toBe(-3);
    expect(fund.closing).toBe(-133);
  });

  test('a negative closing balance is warned on the fund name cell of Quỹ', () => {
    const result = summariseFunds([{ ...social, row: 6 }], [entry({ fund: 'Quỹ xã hội', amount: 150000 })], [], year2020);
    expect(result.funds[0].closing).toBe(-50000);
    expect(result.warnings).toEqual([{ sheet: 'Quỹ', cell: 'A6', message: 'Số dư cuối kỳ 2020 của quỹ "Quỹ xã hội" bị âm: -50.000 ₫.' }]);
  });

  test('a closing balance of exactly 0 is not warned', () => {
    expect(summariseFunds([social], [entry({ fund: 'Quỹ xã hội', amount: 100000 })], [], year2020).warnings).toEqual([]);
  });

  test('an expense over the budget is warned on the Dự toán chi cell; exactly the budget is not', () => {
    const fund: Fund = { name: 'Quỹ CĐCS', opening: 10000000, budget: 8000000, row: 4 };
    const over = summariseFunds([fund], [entry({ amount: 7000000 })], [visit({ amount: 2000000 })], year2020);
    expect(over.warnings).toEqual([{ sheet: 'Quỹ', cell: 'C4', message: 'Quỹ "Quỹ CĐCS" đã chi 9.000.000 ₫ (112,5%), vượt dự toán 8.000.000 ₫ của kỳ 2020.' }]);
    expect(summariseFunds([fund], [entry({ amount: 8000000 })], [], year2020).warnings).toEqual([]);
  });

  test('a ledger line of a fund not in Quỹ is left out and warned on its Quỹ cell in Thu chi', () => {
    const result = summariseFunds([cdcs], [entry({ fund: 'Quỹ lạ', row: 9, amount: 999 }), entry({ amount: 1 })], [], year2020);
    expect(result.funds[0].expense).toBe(1);
    expect(result.warnings).toEqual([{ sheet: 'Thu chi', cell: 'C9', message: 'Quỹ "Quỹ lạ" không có trong trang Quỹ; dòng thu chi này không được tính.' }]);
  });

  test('the column letters given by the reader name the cells', () => {
    const result = summariseFunds([{ ...social, row: 3 }], [entry({ fund: 'Quỹ lạ', row: 9 }), entry({ fund: 'Quỹ xã hội', amount: 200000 })], [], year2020, {
      funds: { name: 'B' },
      ledger: { fund: 'E' },
    });
    expect(result.warnings.map((w) => `${w.sheet}!${w.cell}`)).toEqual(['Thu chi!E9', 'Quỹ!B3']);
  });

  test('a visit of an unknown fund is left out without a second warning (checkVisits gives it)', () => {
    const result = summariseFunds([cdcs], [], [visit({ fund: 'Quỹ lạ' })], year2020);
    expect(result.funds[0].expense).toBe(0);
    expect(result.warnings).toEqual([]);
  });
});

describe('usedShare', () => {
  test('expense / budget, null without a budget or with a budget of 0', () => {
    expect(usedShare({ expense: 18000000, budget: 20000000 })).toBe(0.9);
    expect(usedShare({ expense: 5, budget: null })).toBeNull();
    expect(usedShare({ expense: 5, budget: 0 })).toBeNull();
  });
});

describe('spendingByCategory', () => {
  test('expenses by category with visits under Thăm hỏi, largest first (a tie keeps ledger categories first); income and other periods left out', () => {
    const ledger = [
      entry({ category: 'Khen thưởng', amount: 3000 }),
      entry({ category: 'khen  thưởng', amount: 1000 }),
      entry({ category: 'Tuyên truyền', amount: 5000 }),
      entry({ category: '', amount: 10 }),
      entry({ category: 'Đoàn phí', type: 'income', amount: 99999 }),
      entry({ category: 'Tuyên truyền', date: '2021-01-01', amount: 99999 }),
    ];
    const visits = [visit({ amount: 2500 }), visit({ amount: 2500 }), visit({ amount: 77777, date: '2019-12-31' })];
    expect(spendingByCategory(ledger, visits, year2020)).toEqual([
      { category: 'Tuyên truyền', amount: 5000 },
      { category: 'Thăm hỏi', amount: 5000 },
      { category: 'Khen thưởng', amount: 4000 },
      { category: 'Chưa ghi khoản mục', amount: 10 },
    ]);
  });

  test('no expenses: an empty list', () => {
    expect(spendingByCategory([entry({ type: 'income' })], [], year2020)).toEqual([]);
  });
});

describe('balanceAt', () => {
  const ledger = [
    entry({ date: '2019-12-31', type: 'income', amount: 1000000 }),
    entry({ date: '2020-01-01', type: 'income', amount: 300000 }),
    entry({ date: '2020-03-10', type: 'expense', amount: 100000 }),
    entry({ date: '2020-03-11', type: 'expense', amount: 50000 }),
    entry({ date: '2020-03-10', type: 'expense', amount: 7000, fund: 'Quỹ xã hội' }),
  ];
  const visits = [visit({ date: '2020-03-10', amount: 20000 }), visit({ date: '2020-03-12', amount: 5000 })];
  const fund: Fund = { name: 'quỹ  cđcs', opening: 5000000, budget: null, row: 2 };

  // Quỹ's opening is the balance before the workbook's first line: every earlier line counts, whatever period it is in.
  test('opening + every income − expense of the fund up to the date, inclusive (the 2019 line counts too)', () => {
    expect(balanceAt(fund, ledger, visits, '2020-03-10')).toBe(5000000 + 1000000 + 300000 - 100000 - 20000);
    expect(balanceAt(fund, ledger, visits, '2020-03-12')).toBe(5000000 + 1000000 + 300000 - 100000 - 20000 - 50000 - 5000);
  });

  test('the day itself counts; before the first line, the opening', () => {
    expect(balanceAt(fund, ledger, visits, '2020-01-01')).toBe(6300000);
    expect(balanceAt(fund, ledger, visits, '2019-12-30')).toBe(5000000);
    expect(openingAt(fund, ledger, visits, '2020-01-01')).toBe(6000000);
  });
});
