// Quỹ và thu chi (funds and the ledger): each fund's opening, income, expense (ledger plus visits), closing and budget; spending by category; a balance at a date.
import { addDays } from './dates';
import { formatVnd } from './money';
import { periodContains } from './periods';
import { SHEET } from './sheet-names';
import { nameKey } from './text';
import type { Fund, FundSummary, IsoDate, LedgerEntry, Period, Visit, Warning } from './types';
import { cellOf, DEFAULT_FUND_COLUMNS, DEFAULT_LEDGER_COLUMNS, type ColumnLetters, type FundField, type LedgerField } from './visits';

/** Khoản mục under which every visit is spent. */
export const VISIT_CATEGORY = 'Thăm hỏi';
/** The warning on a Thu chi line whose Khoản mục is "Thăm hỏi": visits belong in Thăm hỏi, which already spends them from the fund. */
export const VISITS_NOT_IN_LEDGER = `Khoản mục "${VISIT_CATEGORY}" không ghi ở trang Thu chi`;
export const VISIT_IN_LEDGER_MESSAGE =
  `${VISITS_NOT_IN_LEDGER}: mỗi lần thăm hỏi được ghi ở trang Thăm hỏi và đã được tính vào chi của quỹ từ đó. ` +
  'Dòng này vẫn được tính vào chi của quỹ; nếu lần thăm đã có ở trang Thăm hỏi thì nó đang bị tính hai lần: hãy xóa dòng này, hoặc chuyển lần thăm sang trang Thăm hỏi.';
/** Khoản mục shown for a ledger expense whose category is blank. */
export const BLANK_CATEGORY = 'Chưa ghi khoản mục';

export interface FundCells {
  funds?: ColumnLetters<FundField>;
  ledger?: ColumnLetters<LedgerField>;
}

/** Share of the budget used (expense / budget); null when the fund has no budget, or a budget of 0 (no finite share). */
export function usedShare(fund: Pick<FundSummary, 'expense' | 'budget'>): number | null {
  return fund.budget === null || fund.budget === 0 ? null : fund.expense / fund.budget;
}

/** 1.25 → "125%", 1.125 → "112,5%" (one decimal at most, decimal comma). */
function percentVi(share: number): string {
  return `${String(Math.round(share * 1000) / 10).replace('.', ',')}%`;
}

/**
 * A fund's balance at the start of `date` (the day itself not counted): Quỹ's "Số dư đầu kỳ" plus every receipt, minus every
 * payment and visit of that fund (nameKey) dated before it. "Số dư đầu kỳ" is the balance before the workbook's first line, so each
 * period opens with the one before's closing carried forward (docs/money-rules.md §3).
 */
export function openingAt(fund: Pick<Fund, 'name' | 'opening'>, ledger: readonly LedgerEntry[], visits: readonly Visit[], date: IsoDate): number {
  const key = nameKey(fund.name);
  const before = (record: { date: IsoDate; fund: string }) => record.date < date && nameKey(record.fund) === key;
  let balance = fund.opening;
  for (const entry of ledger) if (before(entry)) balance += entry.type === 'income' ? entry.amount : -entry.amount;
  for (const visit of visits) if (before(visit)) balance -= visit.amount;
  return balance;
}

/**
 * The funds of a period, in Quỹ order: opening = openingAt the period's start (Quỹ's opening carried over every earlier line, so
 * pass every line, not only the period's); income = ledger "Thu" in the period; expense = ledger "Chi" plus
 * visits in the period; closing = opening + income − expense. Funds are matched by name with nameKey (diacritics count).
 * Warnings: a ledger line of the period whose fund is not in Quỹ (left out; sheet Thu chi, its Quỹ cell), a ledger line under
 * Khoản mục "Thăm hỏi" (counted, but visits belong in Thăm hỏi; its Khoản mục cell), a negative closing
 * balance (sheet Quỹ, the fund's name cell), an expense over the budget (sheet Quỹ, its Dự toán chi cell).
 * Visits of a fund not in Quỹ are left out silently: checkVisits has already warned about them.
 */
export function summariseFunds(
  funds: readonly Fund[],
  ledger: readonly LedgerEntry[],
  visits: readonly Visit[],
  period: Period,
  cells: FundCells = {},
): { funds: FundSummary[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const summaries = funds.map(
    (f): FundSummary => ({ fund: f.name, opening: openingAt(f, ledger, visits, period.start), income: 0, expense: 0, closing: 0, budget: f.budget }),
  );
  const byKey = new Map<string, FundSummary>();
  for (const summary of summaries) if (!byKey.has(nameKey(summary.fund))) byKey.set(nameKey(summary.fund), summary);
  for (const entry of ledger) {
    if (!periodContains(period, entry.date)) continue;
    const summary = byKey.get(nameKey(entry.fund));
    if (!summary) {
      const cell = cellOf(cells.ledger, DEFAULT_LEDGER_COLUMNS, 'fund', entry.row);
      warnings.push({ sheet: SHEET.ledger, cell, message: `Quỹ "${entry.fund}" không có trong trang Quỹ; dòng thu chi này không được tính.` });
      continue;
    }
    if (entry.type === 'income') summary.income += entry.amount;
    else summary.expense += entry.amount;
    if (nameKey(entry.category) === nameKey(VISIT_CATEGORY)) {
      const cell = cellOf(cells.ledger, DEFAULT_LEDGER_COLUMNS, 'category', entry.row);
      warnings.push({ sheet: SHEET.ledger, cell, message: VISIT_IN_LEDGER_MESSAGE });
    }
  }
  for (const visit of visits) {
    const summary = periodContains(period, visit.date) ? byKey.get(nameKey(visit.fund)) : undefined;
    if (summary) summary.expense += visit.amount;
  }
  summaries.forEach((summary, i) => {
    summary.closing = summary.opening + summary.income - summary.expense;
    const row = funds[i].row;
    if (summary.closing < 0) {
      const cell = cellOf(cells.funds, DEFAULT_FUND_COLUMNS, 'name', row);
      warnings.push({ sheet: SHEET.funds, cell, message: `Số dư cuối kỳ ${period.label} của quỹ "${summary.fund}" bị âm: ${formatVnd(summary.closing)}.` });
    }
    if (summary.budget !== null && summary.expense > summary.budget) {
      const share = usedShare(summary);
      const cell = cellOf(cells.funds, DEFAULT_FUND_COLUMNS, 'budget', row);
      const used = share === null ? '' : ` (${percentVi(share)})`;
      warnings.push({
        sheet: SHEET.funds,
        cell,
        message: `Quỹ "${summary.fund}" đã chi ${formatVnd(summary.expense)}${used}, vượt dự toán ${formatVnd(summary.budget)} của kỳ ${period.label}.`,
      });
    }
  });
  return { funds: summaries, warnings };
}

/**
 * Expenses of a period by Khoản mục (for a chart), visits under "Thăm hỏi", largest first (ties keep first-seen order).
 * Categories are merged by nameKey and shown as first written; a blank category is "Chưa ghi khoản mục". Every line given counts:
 * leave out unknown funds first (checkVisits, summariseFunds' warnings) if they must not.
 */
export function spendingByCategory(ledger: readonly LedgerEntry[], visits: readonly Visit[], period: Period): { category: string; amount: number }[] {
  const byKey = new Map<string, { category: string; amount: number }>();
  const add = (category: string, amount: number) => {
    const name = category.trim() || BLANK_CATEGORY;
    const slot = byKey.get(nameKey(name));
    if (slot) slot.amount += amount;
    else byKey.set(nameKey(name), { category: name, amount });
  };
  for (const entry of ledger) if (entry.type === 'expense' && periodContains(period, entry.date)) add(entry.category, entry.amount);
  for (const visit of visits) if (periodContains(period, visit.date)) add(VISIT_CATEGORY, visit.amount);
  return [...byKey.values()].sort((a, b) => b.amount - a.amount);
}

/** Số dư của một quỹ tại một ngày: its balance at the end of `date` (lines of that day counted), from openingAt. */
export function balanceAt(fund: Fund, ledger: readonly LedgerEntry[], visits: readonly Visit[], date: IsoDate): number {
  return openingAt(fund, ledger, visits, addDays(date, 1));
}
