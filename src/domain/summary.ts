// The yearly summary model (docs/contract.md, JSON summary): picks the period and combines scoring, membership, visits, funds and awards.
import { evaluateEmulation } from './emulation';
import { spendingByCategory, summariseFunds } from './funds';
import { ok, type Parsed } from './parsed';
import { latestPeriod, parsePeriodLabel, periodContains, periodOfDate } from './periods';
import { formatDateVi } from './dates';
import { previousFigures } from './previous-period';
import { SHEET } from './sheet-names';
import { emptyRecord, nameKey, tidyText } from './text';
import type { Award, Criterion, Fund, IsoDate, LedgerEntry, Period, ScoreRow, Settings, Unit, Visit, Warning, YearlySummary } from './types';
import { checkVisits, summariseVisits, visitsOfUnits } from './visits';

export interface SummaryInput {
  units: Unit[];
  criteria: Criterion[];
  scores: ScoreRow[];
  visits: Visit[];
  ledger: LedgerEntry[];
  funds: Fund[];
  awards: Award[];
  settings: Settings;
  warnings: Warning[];
  /** The tabs as the workbook spells them ("Cham diem" for Chấm điểm), so every warning names a tab the officer can find. */
  sheetNames?: Partial<Record<keyof typeof SHEET, string>>;
  /** Column letters of fields per sheet key ('visits', 'ledger', 'funds'), so warnings name the cell where the header really stands. */
  columnLetters?: Partial<Record<'visits' | 'ledger' | 'funds' | 'scores', Record<string, string>>>;
}

/** Periods named by a label in Chấm điểm or Khen thưởng, oldest first. */
export function labelledPeriods(input: SummaryInput): Period[] {
  const byLabel = new Map<string, Period>();
  for (const { period } of [...input.scores, ...input.awards]) {
    const parsed = parsePeriodLabel(period, input.settings.schoolYearStartMonth);
    if (parsed.ok) byLabel.set(parsed.value.label, parsed.value);
  }
  return sortPeriods(byLabel.values());
}

/** Every period the workbook speaks of: the labelled ones, and the periods (by the settings' kind) of visit and ledger dates. */
export function periodsInWorkbook(input: SummaryInput): Period[] {
  const { schoolYearStartMonth, periodKind } = input.settings;
  const byLabel = new Map(labelledPeriods(input).map((p) => [p.label, p]));
  const dates = new Set<IsoDate>([...input.visits, ...input.ledger].map((r) => r.date));
  for (const date of dates) {
    const period = periodOfDate(date, periodKind, schoolYearStartMonth);
    if (!byLabel.has(period.label)) byLabel.set(period.label, period);
  }
  return sortPeriods(byLabel.values());
}

function sortPeriods(periods: Iterable<Period>): Period[] {
  return [...periods].sort((a, b) => (a.end === b.end ? a.start.localeCompare(b.start) : a.end.localeCompare(b.end)));
}

/**
 * The period asked for; else the latest labelled in Chấm điểm or Khen thưởng (a stray visit dated next January must not move the
 * year-end report); else the latest period of any visit or ledger date; else the current period by the settings.
 */
export function choosePeriod(input: SummaryInput, label: string | undefined, today: IsoDate): Parsed<Period> {
  if (label !== undefined && label.trim() !== '') return parsePeriodLabel(label, input.settings.schoolYearStartMonth);
  const latest = latestPeriod(labelledPeriods(input)) ?? latestPeriod(periodsInWorkbook(input));
  return ok(latest ?? periodOfDate(today, input.settings.periodKind, input.settings.schoolYearStartMonth));
}

function countAwards(awards: readonly Award[], period: Period): YearlySummary['awards'] {
  const result: YearlySummary['awards'] = { collective: 0, individual: 0, byForm: emptyRecord(), byLevel: emptyRecord() };
  const levelNames = emptyRecord<string>();
  for (const award of awards) {
    if (award.period !== period.label) continue;
    result[award.target] += 1;
    const form = (result.byForm[award.form] ??= { collective: 0, individual: 0 });
    form[award.target] += 1;
    // Cấp khen is typed freely: "LĐLĐ tỉnh" and "lđlđ  tỉnh" are one level, shown as first written.
    const typed = tidyText(award.level) || 'Không ghi cấp';
    const levelName = (levelNames[nameKey(typed)] ??= typed);
    const level = (result.byLevel[levelName] ??= { collective: 0, individual: 0 });
    level[award.target] += 1;
  }
  return result;
}

/**
 * Visits and ledger lines dated in no period the workbook names (the labels of Chấm điểm and Khen thưởng) nor in the reported one:
 * usually a mistyped year (2092 for 2019). Each is told which period its date does fall in (of the reported period's kind), the
 * only summary that counts it. Silent when the workbook names no period at all (then every date makes its own period).
 */
export function datesOutsidePeriods(input: SummaryInput, reported: Period): Warning[] {
  const periods = labelledPeriods(input);
  if (periods.length === 0) return [];
  periods.push(reported);
  const outside = new Map<IsoDate, boolean>();
  const isOutside = (date: IsoDate) => {
    let answer = outside.get(date);
    if (answer === undefined) outside.set(date, (answer = !periods.some((p) => periodContains(p, date))));
    return answer;
  };
  const warnings: Warning[] = [];
  const check = (sheet: string, column: string | undefined, records: readonly { date: IsoDate; row: number }[], what: string) => {
    for (const record of records) {
      if (!isOutside(record.date)) continue;
      const own = periodOfDate(record.date, reported.kind, input.settings.schoolYearStartMonth).label;
      warnings.push({
        sheet,
        cell: `${column ?? 'A'}${record.row}`,
        message:
          `Ngày ${formatDateVi(record.date)} không thuộc kỳ đang tổng hợp (${reported.label}) mà thuộc kỳ ${own}, kỳ không có dòng chấm điểm hay khen thưởng nào; ` +
          `${what} này không được tính ở đây, chỉ được tính khi tổng hợp kỳ ${own}. Nếu năm bị gõ nhầm, hãy sửa ngày.`,
      });
    }
  };
  check(SHEET.visits, input.columnLetters?.visits?.date, input.visits, 'lần thăm');
  check(SHEET.ledger, input.columnLetters?.ledger?.date, input.ledger, 'dòng thu chi');
  return warnings;
}

/** Builds the whole summary for one period. Records outside the period are not counted; warnings of the reading come first. */
export function composeSummary(input: SummaryInput, period: Period): YearlySummary {
  const unitCodes = input.units.map((u) => u.code);
  const emulation = evaluateEmulation(
    input.units,
    input.criteria,
    input.scores.filter((row) => row.period === period.label),
    input.settings,
    input.columnLetters?.scores?.unit,
  );
  const checked = checkVisits(
    input.visits.filter((visit) => periodContains(period, visit.date)),
    {
      funds: new Set(input.funds.map((f) => f.name)),
      units: new Set(unitCodes),
      visitCap: input.settings.visitCap,
      cells: input.columnLetters?.visits,
    },
  );
  const inPeriodLedger = input.ledger.filter((entry) => periodContains(period, entry.date));
  const knownFunds = new Set(input.funds.map((f) => nameKey(f.name)));
  // Every earlier line carries into the opening; the period's own visits are the checked ones.
  const fundVisits = [...visitsOfUnits(input.visits, unitCodes).filter((visit) => !periodContains(period, visit.date)), ...checked.valid];
  const funds = summariseFunds(input.funds, input.ledger, fundVisits, period, { funds: input.columnLetters?.funds, ledger: input.columnLetters?.ledger });
  const membership = input.units.reduce(
    (sum, unit) => ({ members: sum.members + unit.members, workers: sum.workers + unit.workers, newMembers: sum.newMembers + unit.newMembers }),
    { members: 0, workers: 0, newMembers: 0 },
  );
  return {
    period: { label: period.label, start: period.start, end: period.end },
    units: emulation.units,
    classification: emulation.classification,
    classificationPercent: emulation.classificationPercent,
    clusters: emulation.clusters,
    membership,
    visits: summariseVisits(checked.valid, period, unitCodes),
    funds: funds.funds,
    spending: spendingByCategory(
      inPeriodLedger.filter((entry) => knownFunds.has(nameKey(entry.fund))),
      checked.valid,
      period,
    ),
    awards: countAwards(input.awards, period),
    warnings: inWorkbookNames(
      [
        ...input.warnings,
        ...emptyPeriodWarnings(input, period),
        ...emulation.warnings,
        ...datesOutsidePeriods(input, period),
        ...checked.warnings,
        ...funds.warnings,
      ],
      input.sheetNames,
    ),
    previous: previousFigures(input, period),
    signOff: null,
  };
}

/** Warnings naming a contract sheet ("Chấm điểm") name its tab as the workbook spells it ("Cham diem") instead. */
export function inWorkbookNames(warnings: Warning[], sheetNames: SummaryInput['sheetNames']): Warning[] {
  if (!sheetNames) return warnings;
  const byContractName = new Map<string, string>();
  for (const [key, name] of Object.entries(sheetNames)) if (name) byContractName.set(SHEET[key as keyof typeof SHEET], name);
  return warnings.map((w) => {
    const name = byContractName.get(w.sheet);
    return name === undefined || name === w.sheet ? w : { ...w, sheet: name };
  });
}

/**
 * A period with no score row, no visit, no ledger line and no award is a warning naming it: every unit is CXL and every figure 0,
 * which an officer who typed "2019" for "2020" must be told rather than shown as a result. A period that has other records but no
 * score row while Chấm điểm holds rows of other labels ("2020" read for "2019-2020") is a warning naming the labels there are.
 */
export function emptyPeriodWarnings(input: SummaryInput, period: Period): Warning[] {
  const scored = input.scores.some((row) => row.period === period.label);
  if (scored) return [];
  const dated = [...input.visits, ...input.ledger].some((record) => periodContains(period, record.date));
  const awarded = input.awards.some((award) => award.period === period.label);
  const range = `Kỳ ${period.label} (${formatDateVi(period.start)} – ${formatDateVi(period.end)})`;
  if (!dated && !awarded) {
    const known = periodsInWorkbook(input)
      .map((p) => p.label)
      .filter((label) => label !== period.label);
    const offer = known.length > 0 ? ` Các kỳ có dữ liệu: ${known.join(', ')}.` : '';
    return [
      {
        sheet: SHEET.scores,
        cell: '',
        message: `${range} không có dòng chấm điểm, lần thăm, dòng thu chi hay khen thưởng nào; mọi đơn vị là CXL và các số liệu bằng 0.${offer}`,
      },
    ];
  }
  const labels = [...new Set(input.scores.map((row) => row.period))].sort();
  if (labels.length === 0) return [];
  return [
    {
      sheet: SHEET.scores,
      cell: '',
      message:
        `${range} không có dòng chấm điểm nào: cột Kỳ của trang Chấm điểm chỉ ghi ${labels.map((l) => `"${l}"`).join(', ')}; mọi đơn vị là CXL. ` +
        `Nếu đó là cùng một kỳ, hãy tổng hợp kỳ ${labels[labels.length - 1]} hoặc sửa cột Kỳ cho đúng.`,
    },
  ];
}
