// How the sidebar names the periods it offers: the current one marked "(hiện tại)", and "(hiện tại, chưa có dữ liệu)" while empty.
import type { SidebarContext } from '../src/wire/api';

type Periods = Pick<SidebarContext, 'periods' | 'currentPeriod'>;

/** What an officer reads for a period label in a list: the label itself, with the current period said to be current. */
export function periodName(label: string, { currentPeriod }: Periods): string {
  if (label !== currentPeriod.label) return label;
  return `${label} (${currentPeriod.hasData ? 'hiện tại' : 'hiện tại, chưa có dữ liệu'})`;
}

/** The offered periods as [value, label] pairs, in the server's order (the default first, then newest to oldest). */
export function periodChoices(context: Periods): [string, string][] {
  return context.periods.map((label) => [label, periodName(label, context)]);
}
