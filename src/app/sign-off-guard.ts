// Saves into a signed-off period are refused on the server: a score card labelled with the period, or a visit or ledger line dated in it.
import { parsePeriodLabel, periodContains } from '../domain/periods';
import { matchKey } from '../domain/text';
import type { IsoDate, Period } from '../domain/types';
import { UserError } from './errors';
import { signOffSheetName } from './sign-off-sheet';
import type { SheetIndex } from './sheet-io/sheets';

/** What an officer is told when the period is closed: who can reopen it and how. */
export function closedPeriodMessage(label: string): string {
  return `Kỳ ${label} đã được chốt (trang "${signOffSheetName(label)}"): không ghi thêm hay sửa được. Muốn sửa, Quản trị mở lại kỳ (menu Công đoàn › Mở lại kỳ đã chốt…, ghi lý do) rồi chốt lại.`;
}

/** The signed-off periods: every sheet named "Chốt <kỳ>" whose label reads as a period (names as the index read them). */
export function signedOffPeriods(index: SheetIndex, schoolYearStartMonth: number): Period[] {
  const prefix = matchKey(signOffSheetName(''));
  const periods: Period[] = [];
  for (const name of index.names.values()) {
    const key = matchKey(name);
    if (!key.startsWith(prefix)) continue;
    const parsed = parsePeriodLabel(name.trim().slice(signOffSheetName('').trim().length), schoolYearStartMonth);
    if (parsed.ok) periods.push(parsed.value);
  }
  return periods;
}

/**
 * Refuses a save into a signed-off period: a score card labelled `label`, or a visit or ledger line dated `date`. Nothing has been
 * written when it throws. It reads the sheet names the save already read (no call of its own): a sign-off that lands between that
 * read and the save's lock does not stop the save, but the row then shows as "được thêm sau khi chốt" in every later summary.
 */
export function refuseClosedPeriod(index: SheetIndex, schoolYearStartMonth: number, target: { label: string } | { date: IsoDate }): void {
  const closed = signedOffPeriods(index, schoolYearStartMonth).find((period) =>
    'label' in target ? period.label === target.label : periodContains(period, target.date),
  );
  if (closed) throw new UserError(`${closedPeriodMessage(closed.label)} Chưa có gì được ghi.`);
}
