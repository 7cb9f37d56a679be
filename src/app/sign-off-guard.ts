// Saves into a signed-off period are refused on the server: a score card labelled with the period, or a visit or ledger line dated in it.
import { periodOfDate } from '../domain/periods';
import type { IsoDate } from '../domain/types';
import { UserError } from './errors';
import { registeredSignOffs, registerSignOff } from './sign-off-register';
import { signOffSheetName } from './sign-off-sheet';
import type { SheetLookup } from './sheet-io/sheets';

/** A signed-off period a save would land in, and the tab that holds its sign-off as it is named now. */
export interface ClosedPeriod {
  label: string;
  tab: string;
}

/** What an officer is told when the period is closed: who can reopen it and how. */
export function closedPeriodMessage({ label, tab }: ClosedPeriod): string {
  return `Kỳ ${label} đã được chốt (trang "${tab}"): không ghi thêm hay sửa được. Muốn sửa, Quản trị mở lại kỳ (menu Công đoàn › Mở lại kỳ đã chốt…, ghi lý do) rồi chốt lại.`;
}

/**
 * The periods a save would land in: the period labelled so (a score card), or the calendar year and the school year holding the
 * date (a visit or ledger line).
 */
function periodsOf(target: { label: string } | { date: IsoDate }, schoolYearStartMonth: number): string[] {
  if ('label' in target) return [target.label];
  return [periodOfDate(target.date, 'calendar', schoolYearStartMonth).label, periodOfDate(target.date, 'school', schoolYearStartMonth).label];
}

/**
 * The signed-off period a save would land in, if any: registered as signed off in the document's properties (sign-off-register:
 * a "Chốt <kỳ>" tab renamed or deleted by hand does not reopen the period), or with its "Chốt <kỳ>" sheet under the exact name the
 * add-in gives it (a sign-off made before the register, or offline). One read of the properties, and one getSheetByName per
 * candidate period not registered; never a pass over every tab.
 */
export function closedPeriodOf(sheets: SheetLookup, schoolYearStartMonth: number, target: { label: string } | { date: IsoDate }): ClosedPeriod | undefined {
  const registered = registeredSignOffs();
  for (const label of periodsOf(target, schoolYearStartMonth)) {
    const name = signOffSheetName(label);
    const entry = registered.get(label);
    // Registered: named as its tab is now (renamed by hand, it is found by its gid; deleted, by the name it was given).
    if (entry) return { label, tab: (entry.sheetId === null ? null : sheets.byId(entry.sheetId)?.getName()) ?? name };
    const sheet = sheets.exact(name);
    if (!sheet) continue;
    // A sign-off made before the register (or offline) is registered as it is found, so renaming its tab later does not reopen it.
    registerSignOff(label, new Date(), sheet.getSheetId());
    return { label, tab: name };
  }
  return undefined;
}

/**
 * Refuses a save into a signed-off period: a score card labelled `label`, or a visit or ledger line dated `date`. Nothing has been
 * written when it throws. Called under the document lock, so a sign-off that landed before the save's lock stops it.
 */
export function refuseClosedPeriod(sheets: SheetLookup, schoolYearStartMonth: number, target: { label: string } | { date: IsoDate }): void {
  const closed = closedPeriodOf(sheets, schoolYearStartMonth, target);
  if (closed) throw new UserError(`${closedPeriodMessage(closed)} Chưa có gì được ghi.`);
}
