// Thăm hỏi (visits): which visits count, the warnings about them (duplicate, over the cap, unknown fund or unit), and their summary.
import { daysBetween, formatDateVi } from './dates';
import { formatVnd } from './money';
import { periodContains } from './periods';
import { SHEET } from './sheet-names';
import { codeKey, emptyRecord, nameKey } from './text';
import { VISIT_REASONS, type Fund, type LedgerEntry, type Period, type Visit, type Warning, type YearlySummary } from './types';

/**
 * Column letters of a sheet's fields ({ amount: 'E' }), so a warning can name its cell ("E7") from a record's row.
 * The reader knows where each header stood; fields left out fall back to the contract's default layout below.
 */
export type ColumnLetters<K extends string> = Partial<Record<K, string>>;
export type VisitField = Exclude<keyof Visit, 'row'>;
export type LedgerField = Exclude<keyof LedgerEntry, 'row'>;
export type FundField = Exclude<keyof Fund, 'row'>;

/** The contract's column order, used when the caller does not say where a field's column is. */
export const DEFAULT_VISIT_COLUMNS: Record<VisitField, string> = {
  date: 'A',
  unit: 'B',
  person: 'C',
  reason: 'D',
  amount: 'E',
  fund: 'F',
  visitor: 'G',
  note: 'H',
};
export const DEFAULT_LEDGER_COLUMNS: Record<LedgerField, string> = {
  date: 'A',
  voucher: 'B',
  fund: 'C',
  type: 'D',
  category: 'E',
  amount: 'F',
  description: 'G',
};
export const DEFAULT_FUND_COLUMNS: Record<FundField, string> = { name: 'A', opening: 'B', budget: 'C' };

/** "E7": the cell of a record's field, from the given letters or the defaults. */
export function cellOf<K extends string>(letters: ColumnLetters<K> | undefined, defaults: Record<K, string>, field: K, row: number): string {
  return `${letters?.[field] ?? defaults[field]}${row}`;
}

/** Days within which a second visit of the same person for the same reason is flagged as a possible duplicate. */
export const DUPLICATE_VISIT_DAYS = 30;

export interface VisitCheckOptions {
  /** Fund names of Quỹ; compared by nameKey (case and spacing ignored, diacritics count). */
  funds: ReadonlySet<string>;
  /** Unit codes of Đơn vị; compared by codeKey. */
  units: ReadonlySet<string>;
  /** Mức chi tối đa một lần thăm; null = no cap. */
  visitCap: number | null;
  /** Where each field's column is in Thăm hỏi; defaults to DEFAULT_VISIT_COLUMNS. */
  cells?: ColumnLetters<VisitField>;
}

const VISIT_SHEET = SHEET.visits;

function keySet(names: Iterable<string>, key: (text: string) => string): Set<string> {
  return new Set([...names].map(key));
}

/**
 * Sorts out the visits that count. A visit whose fund is not in Quỹ or whose unit is not in Đơn vị is left out with a warning.
 * The visits kept may still be warned about: an amount above the cap, or the same person (nameKey) visited for the same reason
 * within 30 days of an earlier kept visit (warned on the later one; on the same day, the lower row is the later one).
 */
export function checkVisits(visits: readonly Visit[], opts: VisitCheckOptions): { valid: Visit[]; warnings: Warning[] } {
  const funds = keySet(opts.funds, nameKey);
  const units = keySet(opts.units, codeKey);
  const cell = (field: VisitField, row: number) => cellOf(opts.cells, DEFAULT_VISIT_COLUMNS, field, row);
  const valid: Visit[] = [];
  const warnings: Warning[] = [];
  for (const visit of visits) {
    const at = () => (visit.date ? ` ngày ${formatDateVi(visit.date)}` : '');
    if (!units.has(codeKey(visit.unit))) {
      warnings.push({
        sheet: VISIT_SHEET,
        cell: cell('unit', visit.row),
        message: `Mã đơn vị "${visit.unit}" không có trong trang Đơn vị; lần thăm${at()} không được tính.`,
      });
      continue;
    }
    if (!funds.has(nameKey(visit.fund))) {
      warnings.push({
        sheet: VISIT_SHEET,
        cell: cell('fund', visit.row),
        message: `Quỹ "${visit.fund}" không có trong trang Quỹ; lần thăm${at()} không được tính.`,
      });
      continue;
    }
    if (opts.visitCap !== null && visit.amount > opts.visitCap) {
      warnings.push({
        sheet: VISIT_SHEET,
        cell: cell('amount', visit.row),
        message: `Số tiền ${formatVnd(visit.amount)} vượt mức chi tối đa một lần thăm (${formatVnd(opts.visitCap)}); lần thăm vẫn được tính.`,
      });
    }
    valid.push(visit);
  }
  for (const { earlier, later } of possibleDuplicates(valid)) {
    const days = daysBetween(earlier.date, later.date);
    warnings.push({
      sheet: VISIT_SHEET,
      cell: cell('person', later.row),
      message:
        `Có thể trùng: "${later.person}" đã được thăm vì lý do "${later.reason}" ngày ${formatDateVi(earlier.date)} ` +
        `(dòng ${earlier.row}), cách ${days} ngày.`,
    });
  }
  return { valid, warnings };
}

/** The visits of units listed in Đơn vị (by codeKey): the ones a fund's balance counts, in any period (checkVisits warns about the rest). */
export function visitsOfUnits(visits: readonly Visit[], unitCodes: readonly string[]): Visit[] {
  const keys = new Set(unitCodes.map(codeKey));
  return visits.filter((visit) => keys.has(codeKey(visit.unit)));
}

/** Visits with the same key are of the same person (nameKey) of the same unit for the same reason. */
function duplicateKey(visit: Pick<Visit, 'unit' | 'person' | 'reason'>): string {
  return `${codeKey(visit.unit)}\u0000${nameKey(visit.person)}\u0000${visit.reason}`;
}

/**
 * The earlier visit that a new one may repeat (same person of the same unit, same reason, at most 30 days apart, either way),
 * the closest in time; undefined when there is none. The sidebar's note after a save, by the summary's rule.
 */
export function possibleDuplicateOf(visit: Pick<Visit, 'date' | 'unit' | 'person' | 'reason'>, visits: readonly Visit[]): Visit | undefined {
  const key = duplicateKey(visit);
  let closest: Visit | undefined;
  let closestDays = Infinity;
  for (const other of visits) {
    if (duplicateKey(other) !== key) continue;
    const days = Math.abs(daysBetween(other.date, visit.date));
    if (days <= DUPLICATE_VISIT_DAYS && days < closestDays) {
      closest = other;
      closestDays = days;
    }
  }
  return closest;
}

/**
 * Pairs of visits of the same person of the same unit for the same reason at most 30 days apart: each later visit with the closest
 * earlier one. The unit is part of the key: in a union of thousands of members, two "Nguyễn Thị Lan" of different schools are
 * different people.
 */
function possibleDuplicates(visits: readonly Visit[]): { earlier: Visit; later: Visit }[] {
  const groups = new Map<string, Visit[]>();
  for (const visit of visits) {
    const key = duplicateKey(visit);
    const group = groups.get(key);
    if (group) group.push(visit);
    else groups.set(key, [visit]);
  }
  const pairs: { earlier: Visit; later: Visit }[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => (a.date === b.date ? a.row - b.row : a.date < b.date ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      if (daysBetween(sorted[i - 1].date, sorted[i].date) <= DUPLICATE_VISIT_DAYS) pairs.push({ earlier: sorted[i - 1], later: sorted[i] });
    }
  }
  return pairs.sort((a, b) => a.later.row - b.later.row);
}

type Tally = { count: number; amount: number };

function add(tally: Record<string, Tally>, key: string, amount: number): void {
  const entry = (tally[key] ??= { count: 0, amount: 0 });
  entry.count += 1;
  entry.amount += amount;
}

/** Copies the keys that occur, in the order given. */
function ordered(tally: Record<string, Tally>, order: readonly string[]): Record<string, Tally> {
  const result = emptyRecord<Tally>();
  for (const key of order) if (tally[key]) result[key] = tally[key];
  return result;
}

/**
 * The visits of a period (dates within start..end inclusive): count, amount, and the same by reason (reasons that occur, in
 * VISIT_REASONS order) and by unit (units that occur, in the order of `unitCodes`, keyed by the code as listed). Visits of a unit
 * not in `unitCodes` are left out of every figure (checkVisits warns about them), so count = the sum over byUnit.
 */
export function summariseVisits(visits: readonly Visit[], period: Period, unitCodes: readonly string[]): YearlySummary['visits'] {
  const codeByKey = new Map<string, string>();
  for (const code of unitCodes) if (!codeByKey.has(codeKey(code))) codeByKey.set(codeKey(code), code);
  const byReason = emptyRecord<Tally>();
  const byUnit = emptyRecord<Tally>();
  let count = 0;
  let amount = 0;
  for (const visit of visits) {
    const unit = codeByKey.get(codeKey(visit.unit));
    if (unit === undefined || !periodContains(period, visit.date)) continue;
    count += 1;
    amount += visit.amount;
    add(byReason, visit.reason, visit.amount);
    add(byUnit, unit, visit.amount);
  }
  return { count, amount, byReason: ordered(byReason, VISIT_REASONS), byUnit: ordered(byUnit, [...codeByKey.values()]) };
}
