// The period before the reported one ("so với năm trước"): which it is, whether the workbook holds it, and its figures beside this period's.
import { evaluateEmulation } from './emulation';
import { summariseFunds } from './funds';
import { calendarYear, periodContains, schoolYear } from './periods';
import { codeKey, nameKey } from './text';
import type { SummaryInput } from './summary';
import type { FundSummary, LevelCounts, Period, PreviousFigures } from './types';
import { summariseVisits, visitsOfUnits } from './visits';

/** What the previous period's figures are computed from: the same records as the summary's. */
export type PreviousInput = Pick<SummaryInput, 'units' | 'criteria' | 'scores' | 'visits' | 'ledger' | 'funds' | 'awards' | 'settings'>;

/** The period just before: 2019 before 2020, 2018-2019 before 2019-2020 (same start month); null before year 1900. */
export function periodBefore(period: Period): Period | null {
  const firstYear = Number(period.start.slice(0, 4)) - 1;
  const startMonth = Number(period.start.slice(5, 7));
  const before = period.kind === 'calendar' ? calendarYear(firstYear) : schoolYear(firstYear, startMonth);
  return before.ok ? before.value : null;
}

/**
 * The figures of the period before `period`, or null when the workbook holds nothing of it (no score row or award labelled with
 * it, no visit or ledger line dated in it). Each part is null when its records are absent, so a missing year is never read as 0:
 * classification needs score rows of that period; visits need visits; funds need ledger lines or visits. Membership is always
 * null: Đơn vị holds today's members only, not last year's.
 * Funds: as the summary's, each opening carried over every earlier line (summariseFunds), so its closing is the reported period's opening.
 */
export function previousFigures(input: PreviousInput, period: Period): PreviousFigures | null {
  const before = periodBefore(period);
  if (before === null) return null;
  const scores = input.scores.filter((row) => row.period === before.label);
  const unitKeys = new Set(input.units.map((unit) => codeKey(unit.code)));
  const visits = input.visits.filter((visit) => periodContains(before, visit.date) && unitKeys.has(codeKey(visit.unit)));
  const ledger = input.ledger.filter((entry) => periodContains(before, entry.date));
  const awarded = input.awards.some((award) => award.period === before.label);
  if (scores.length === 0 && visits.length === 0 && ledger.length === 0 && !awarded) return null;

  let classification: LevelCounts | null = null;
  let classificationPercent: LevelCounts | null = null;
  if (scores.length > 0) {
    const emulation = evaluateEmulation(input.units, input.criteria, scores, input.settings);
    classification = emulation.classification;
    classificationPercent = emulation.classificationPercent;
  }
  const { byUnit: _byUnit, ...visitFigures } = summariseVisits(
    visits,
    before,
    input.units.map((unit) => unit.code),
  );
  void _byUnit;
  return {
    period: { label: before.label, start: before.start, end: before.end },
    units: input.units.length,
    classification,
    classificationPercent,
    membership: null,
    visits: visits.length > 0 ? visitFigures : null,
    funds:
      ledger.length > 0 || visits.length > 0
        ? summariseFunds(
            input.funds,
            input.ledger,
            visitsOfUnits(
              input.visits,
              input.units.map((unit) => unit.code),
            ),
            before,
          ).funds
        : null,
  };
}

/** One line of "so với kỳ trước": this period's figure, the previous one (null when the workbook does not hold it) and their kind. */
export interface ComparisonLine {
  label: string;
  current: number;
  previous: number | null;
  kind: 'count' | 'vnd' | 'percent';
}

/** The lines every comparison shows, in order: levels (count, then the HTXSNV share), members, new members, visits, each fund's closing balance. */
export function comparisonLines(summary: {
  classification: LevelCounts;
  classificationPercent: LevelCounts;
  membership: { members: number; newMembers: number };
  visits: { count: number; amount: number };
  funds: FundSummary[];
  previous: PreviousFigures | null;
}): ComparisonLine[] {
  const prev = summary.previous;
  const lines: ComparisonLine[] = [];
  for (const level of ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const) {
    lines.push({ label: `Số CĐCS xếp loại ${level}`, current: summary.classification[level], previous: prev?.classification?.[level] ?? null, kind: 'count' });
  }
  lines.push({ label: 'Tỷ lệ HTXSNV', current: summary.classificationPercent.HTXSNV, previous: prev?.classificationPercent?.HTXSNV ?? null, kind: 'percent' });
  lines.push({ label: 'Số đoàn viên', current: summary.membership.members, previous: prev?.membership?.members ?? null, kind: 'count' });
  lines.push({ label: 'Kết nạp đoàn viên mới', current: summary.membership.newMembers, previous: prev?.membership?.newMembers ?? null, kind: 'count' });
  lines.push({ label: 'Số lượt thăm hỏi', current: summary.visits.count, previous: prev?.visits?.count ?? null, kind: 'count' });
  lines.push({ label: 'Tiền thăm hỏi', current: summary.visits.amount, previous: prev?.visits?.amount ?? null, kind: 'vnd' });
  for (const fund of summary.funds) {
    const before = prev?.funds?.find((f) => nameKey(f.fund) === nameKey(fund.fund));
    lines.push({ label: `Số dư cuối kỳ ${fund.fund}`, current: fund.closing, previous: before === undefined ? null : before.closing, kind: 'vnd' });
  }
  return lines;
}
