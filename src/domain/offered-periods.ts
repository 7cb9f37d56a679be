// The periods the sidebar offers: the default first, then newest to oldest; periods with data, the current one (marked) and the one just ended.
import { addDays } from './dates';
import { periodOfDate } from './periods';
import { choosePeriod, periodsInWorkbook, type SummaryInput } from './summary';
import type { IsoDate, Period } from './types';

export interface OfferedPeriods {
  /** The default (choosePeriod's choice) first, then the others newest to oldest (by end, then by the longer period). */
  periods: Period[];
  /** Today's period by the settings; always offered, so an officer can start a new year before it has any data. */
  current: Period;
  /** False when nothing in the workbook falls in the current period yet: the sidebar says so beside its label. */
  currentHasData: boolean;
}

/**
 * The periods a workbook speaks of (labels in Chấm điểm and Khen thưởng, dates of visits and ledger lines), the current one and
 * the one just ended (cards are often entered after the year closes). No other period is offered: a year with nothing in it is
 * noise in the list. Only periods a card can be saved into are offered:
 * of the kind Cài đặt names (Loại kỳ: a "2026" left in a school-year workbook is for the yearly summary, not for new cards) and
 * begun (a label typed a year ahead).
 */
export function offeredPeriods(input: SummaryInput, today: IsoDate): OfferedPeriods {
  const { periodKind, schoolYearStartMonth } = input.settings;
  const savable = (period: Period) => period.start <= today && period.kind === periodKind;
  const byLabel = new Map(
    periodsInWorkbook(input)
      .filter(savable)
      .map((p) => [p.label, p]),
  );
  const current = periodOfDate(today, periodKind, schoolYearStartMonth);
  const currentHasData = byLabel.has(current.label);
  if (!currentHasData) byLabel.set(current.label, current);
  // The period just ended too: cards are often entered after the year closes (a calendar year's, in January).
  const previous = periodOfDate(addDays(current.start, -1), periodKind, schoolYearStartMonth);
  if (!byLabel.has(previous.label)) byLabel.set(previous.label, previous);
  const newestFirst = [...byLabel.values()].sort((a, b) => b.end.localeCompare(a.end) || a.start.localeCompare(b.start));
  const chosen = choosePeriod(input, undefined, today);
  const first = chosen.ok && savable(chosen.value) ? (byLabel.get(chosen.value.label) ?? chosen.value) : current;
  return { periods: [first, ...newestFirst.filter((p) => p.label !== first.label)], current, currentHasData };
}
