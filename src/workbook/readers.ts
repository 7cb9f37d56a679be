// Reads each source sheet's values into typed records plus warnings naming the sheet and cell and saying what was done with each bad cell.
import { formatPoints } from '../domain/classification';
import { parsePeriodLabel } from '../domain/periods';
import { clip, codeKey, emptyRecord, nameKey } from '../domain/text';
import {
  AWARD_FORMS,
  AWARD_TARGET_NAMES,
  CRITERION_KIND_NAMES,
  LEDGER_TYPE_NAMES,
  SCORE_FORM_NAMES,
  VISIT_REASONS,
  type Award,
  type Criterion,
  type CriterionKind,
  type Fund,
  type LedgerEntry,
  type ScoreForm,
  type ScoreRow,
  type Unit,
  type Visit,
  type Warning,
} from '../domain/types';
import {
  amountCell,
  codeCell,
  countCell,
  dateCell,
  numberCell,
  optionCell,
  readRecords,
  textCell,
  type CellFallback,
  type CellSchema,
  type DateReader,
} from './cells';
import { headerOf, SHEET, type ColumnKey, type SheetKey } from './schema';
import { Spellings } from './spellings';
import { cellRef, findCriterionColumn, type Table } from './table';
import * as z from 'zod/mini';

export interface Read<T> {
  records: T[];
  warnings: Warning[];
}

/**
 * The spellings of every name and code read so far, shared by the readers of one workbook: Đơn vị registers clusters and unit
 * codes, Tiêu chí criterion codes, Quỹ funds, Thu chi categories; the other sheets look codes and funds up, so each is shown as
 * first written everywhere (domain/text's keys decide what is "the same").
 */
export class NameBook {
  readonly clusters = new Spellings(headerOf('units', 'cluster'), nameKey);
  readonly units = new Spellings(headerOf('units', 'code'), codeKey);
  readonly criteria = new Spellings(headerOf('rubric', 'code'), codeKey);
  readonly funds = new Spellings(headerOf('funds', 'name'), nameKey);
  readonly categories = new Spellings(headerOf('ledger', 'category'), nameKey);

  /** One warning per other spelling of each kind, and codes that differ only by diacritics. */
  warnings(): Warning[] {
    const kinds = [this.clusters, this.units, this.criteria, this.funds, this.categories];
    return [
      ...kinds.flatMap((k) => k.warnings()),
      ...this.units.likelyDuplicates('có thể là một mã gõ hai lần. Hai mã vẫn được tính riêng.'),
      ...this.criteria.likelyDuplicates('có thể là một mã gõ hai lần. Hai mã vẫn được tính riêng.'),
      ...this.clusters.likelyDuplicates('có thể là một tên gõ thiếu dấu. Hai cụm vẫn được tính riêng.', true),
      ...this.funds.likelyDuplicates('có thể là một tên gõ thiếu dấu. Hai quỹ vẫn được tính riêng.', true),
    ];
  }
}

/** The cell schemas of one sheet's columns, by the keys of its column plan. */
type ColumnShape<S extends SheetKey> = Partial<Record<ColumnKey<S>, CellSchema>>;

/** Keeps the first record of each key and warns about later ones in the key's cell, named by its header. */
function uniqueBy<T extends { row: number }, S extends SheetKey>(
  table: Table,
  read: Read<T>,
  key: (r: T) => string,
  keyOf: (text: string) => string,
  sheet: S,
  column: ColumnKey<S>,
): Read<T> {
  const what = headerOf(sheet, column);
  const seen = new Map<string, number>();
  const records: T[] = [];
  const warnings = [...read.warnings];
  for (const record of read.records) {
    const k = keyOf(key(record));
    const first = seen.get(k);
    if (first !== undefined) {
      warnings.push({
        sheet: table.sheet,
        cell: cellRef(table.columns[column], record.row),
        message: `${what} "${clip(key(record))}" bị trùng với dòng ${first}; bỏ qua dòng này.`,
      });
      continue;
    }
    seen.set(k, record.row);
    records.push(record);
  }
  return { records, warnings };
}

/** A period label cell ("2020", "2019-2020"), read into its canonical label. */
function periodCell(startMonth: number): CellSchema {
  return z.transform((value: unknown, ctx) => {
    const parsed = parsePeriodLabel(value, startMonth);
    if (parsed.ok) return parsed.value.label;
    ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  });
}

/** Where a record's field stands, for the spelling warnings. */
const at = (table: Table, key: string, row: number) => cellRef(table.columns[key] ?? 0, row);

/** The cluster shown for a unit whose Cụm is blank: it is still counted and ranked, in a group of its own. */
export const NO_CLUSTER = 'Chưa ghi cụm';

/**
 * Đơn vị. A bad count is left blank (0 in the totals) and the unit is still classified; a blank name or cluster keeps the unit
 * (under "Chưa ghi cụm"); only a row without a code is left out. Codes and clusters are registered in `names`.
 */
export function readUnits(table: Table, names = new NameBook()): Read<Unit> {
  const count = (label: string) => ({ value: 0, note: `đơn vị vẫn được xếp loại, ${label} để trống (không cộng vào tổng)` });
  const read = readRecords(
    table,
    {
      code: textCell('mã đơn vị', true),
      name: textCell('tên đơn vị', true),
      cluster: textCell('cụm', true),
      members: countCell('Số đoàn viên'),
      workers: countCell('Số người lao động'),
      newMembers: countCell('Kết nạp mới'),
    } satisfies ColumnShape<'units'>,
    {
      rowLeftOut: 'dòng này không được tính',
      fallbacks: {
        name: { value: '', note: 'đơn vị vẫn được xếp loại, tên để trống' },
        cluster: { value: NO_CLUSTER, note: `đơn vị vẫn được xếp loại, trong nhóm "${NO_CLUSTER}"` },
        members: count('số đoàn viên'),
        workers: count('số người lao động'),
        newMembers: count('số kết nạp mới'),
      },
    },
  );
  const unique = uniqueBy(table, read, (u) => u.code, codeKey, 'units', 'code');
  const records = unique.records.map((unit) => ({
    ...unit,
    code: names.units.spell(unit.code, table.sheet, at(table, 'code', unit.row)),
    cluster: names.clusters.spell(unit.cluster, table.sheet, at(table, 'cluster', unit.row)),
  }));
  return { records, warnings: unique.warnings };
}

/** The largest Điểm tối đa of one criterion (as the thresholds in Cài đặt): larger maxima are slips, and could make totals infinite. */
export const MAX_CRITERION_POINTS = 1000;

export function readRubric(table: Table, names = new NameBook()): Read<Criterion> {
  const read = readRecords(
    table,
    {
      code: textCell('mã tiêu chí', true),
      group: textCell('nhóm'),
      content: textCell('nội dung'),
      max: numberCell('Điểm tối đa', { min: 0, exclusiveMin: true, max: MAX_CRITERION_POINTS, required: true }),
      kind: codeCell('Loại tiêu chí', CRITERION_KIND_NAMES, 'standard'),
    } satisfies ColumnShape<'rubric'>,
    { rowLeftOut: 'tiêu chí này không được tính (mọi đơn vị được tính như không có tiêu chí này)' },
  );
  const unique = uniqueBy(table, read, (c) => c.code, codeKey, 'rubric', 'code');
  for (const criterion of unique.records) names.criteria.spell(criterion.code, table.sheet, at(table, 'code', criterion.row));
  return unique;
}

/**
 * Reads Chấm điểm: the fixed columns plus one column per criterion (found by its Mã tiêu chí, as a code). A bad Kỳ, Mã đơn vị or
 * Hình thức, or a unit not in Đơn vị, leaves the row out; a bad score (not a number, negative, above its maximum, not 0/1 for a
 * condition) leaves only that cell out, as if blank: a card missing a Chuẩn criterion is then not counted (the scoring leaves it
 * out and says so), a Thưởng/Trừ cell counts 0 and a condition counts as met. A Chuẩn criterion with no column at all is 0 on
 * every card (one warning at the header; `withoutColumn` lists such criteria), so the cards stay complete.
 */
export function readScores(table: Table, criteria: readonly Criterion[], names: NameBook, startMonth: number): Read<ScoreRow> & { withoutColumn: string[] } {
  const warnings: Warning[] = [];
  const columns = { ...table.columns };
  const shape: Record<string, CellSchema> = {
    period: periodCell(startMonth),
    unit: textCell('mã đơn vị', true),
    form: codeCell('Hình thức', SCORE_FORM_NAMES),
    scorer: textCell('người chấm'),
    note: textCell('ghi chú'),
  } satisfies ColumnShape<'scores'>;
  const fallbacks: Record<string, CellFallback<null>> = {};
  const criterionKeys: [string, Criterion][] = [];
  const withoutColumn: Criterion[] = [];
  for (const criterion of criteria) {
    const column = findCriterionColumn(table, criterion.code);
    if (column < 0) {
      withoutColumn.push(criterion);
      warnings.push({ sheet: table.sheet, cell: cellRef(0, table.headerRow), message: missingColumnMessage(table.sheet, criterion) });
      continue;
    }
    const key = `criterion:${criterion.code}`;
    columns[key] = column;
    criterionKeys.push([key, criterion]);
    fallbacks[key] = { value: null, note: BAD_SCORE_NOTE[criterion.kind] };
    shape[key] =
      criterion.kind === 'condition'
        ? numberCell(`Điều kiện ${criterion.code} (1 = đạt, 0 = không đạt)`, { min: 0, max: Math.min(1, criterion.max), blank: null })
        : numberCell(`Điểm ${criterion.code}`, { min: 0, max: criterion.max, blank: null });
  }
  const read = readRecords({ ...table, columns }, shape, { rowLeftOut: 'dòng chấm điểm này không được tính', fallbacks });
  warnings.push(...read.warnings);
  const records: ScoreRow[] = [];
  for (const r of read.records) {
    const unit = names.units.lookup(r.unit as string, table.sheet, cellRef(columns.unit, r.row));
    if (unit === undefined) {
      warnings.push({
        sheet: table.sheet,
        cell: cellRef(columns.unit, r.row),
        message: `Mã đơn vị "${clip(r.unit as string)}" không có trong trang ${SHEET.units}; dòng chấm điểm này không được tính.`,
      });
      continue;
    }
    const scores = emptyRecord<number>();
    for (const criterion of withoutColumn) if (criterion.kind === 'standard') scores[criterion.code] = 0;
    for (const [key, criterion] of criterionKeys) {
      const value = (r as Record<string, unknown>)[key];
      if (typeof value === 'number') scores[criterion.code] = value;
    }
    records.push({
      period: r.period as string,
      unit,
      form: r.form as ScoreForm,
      scorer: r.scorer as string,
      scores,
      note: r.note as string,
      row: r.row,
    });
  }
  return { records, warnings, withoutColumn: withoutColumn.map((c) => c.code) };
}

/** What a bad score cell does, by the criterion's kind (docs/scoring-rules.md §0b). */
const BAD_SCORE_NOTE: Record<CriterionKind, string> = {
  standard: 'ô này không được tính, nên phiếu của dòng này thiếu tiêu chí Chuẩn và không được tính vào điểm chính thức',
  bonus: 'ô này được tính như để trống (0 điểm), các ô khác của dòng vẫn được tính',
  penalty: 'ô này được tính như để trống (0 điểm), các ô khác của dòng vẫn được tính',
  condition: 'ô này được tính như để trống (coi là đạt), các ô khác của dòng vẫn được tính',
};

function missingColumnMessage(sheet: string, criterion: Criterion): string {
  const what = criterion.kind === 'condition' ? 'mọi phiếu được coi là đạt điều kiện này' : 'mọi phiếu được tính 0 điểm ở tiêu chí này';
  return `Trang "${sheet}" không có cột cho tiêu chí "${clip(criterion.code)}" (tối đa ${formatPoints(criterion.max)} điểm); ${what}. Hãy thêm một cột có tiêu đề "${clip(criterion.code)}".`;
}

/** Unit codes and funds are shown as first written in Đơn vị and Quỹ; unknown ones stay as typed (the summary warns about them). */
function known(spellings: Spellings, text: string, sheet: string, cell: string): string {
  return spellings.lookup(text, sheet, cell) ?? text;
}

export function readVisits(table: Table, readDate: DateReader, names = new NameBook()): Read<Visit> {
  const read = readRecords(
    table,
    {
      date: dateCell('Ngày', readDate),
      unit: textCell('mã đơn vị', true),
      person: textCell('người được thăm', true),
      reason: optionCell('Lý do', VISIT_REASONS),
      amount: amountCell('Số tiền', { min: 0, required: true }),
      fund: textCell('quỹ', true),
      visitor: textCell('người đi thăm'),
      note: textCell('ghi chú'),
    } satisfies ColumnShape<'visits'>,
    { rowLeftOut: 'lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ)', oneWarningPerRow: true },
  );
  const records = read.records.map((visit) => ({
    ...visit,
    unit: known(names.units, visit.unit, table.sheet, at(table, 'unit', visit.row)),
    fund: known(names.funds, visit.fund, table.sheet, at(table, 'fund', visit.row)),
  }));
  return { records, warnings: read.warnings };
}

export function readLedger(table: Table, readDate: DateReader, names = new NameBook()): Read<LedgerEntry> {
  const read = readRecords(
    table,
    {
      date: dateCell('Ngày', readDate),
      voucher: textCell('số chứng từ'),
      fund: textCell('quỹ', true),
      type: codeCell('Loại', LEDGER_TYPE_NAMES),
      category: textCell('khoản mục'),
      amount: amountCell('Số tiền', { min: 1, required: true }),
      description: textCell('diễn giải'),
    } satisfies ColumnShape<'ledger'>,
    { rowLeftOut: 'dòng thu chi này không được tính', oneWarningPerRow: true },
  );
  const records = read.records.map(
    (r): LedgerEntry => ({
      ...r,
      fund: known(names.funds, r.fund, table.sheet, at(table, 'fund', r.row)),
      category: names.categories.spell(r.category, table.sheet, at(table, 'category', r.row)),
    }),
  );
  return { records, warnings: read.warnings };
}

export function readFunds(table: Table, names = new NameBook()): Read<Fund> {
  const read = readRecords(
    table,
    {
      name: textCell('tên quỹ', true),
      opening: amountCell('Số dư đầu kỳ'),
      budget: amountCell('Dự toán chi', { min: 0, blank: null }),
    } satisfies ColumnShape<'funds'>,
    {
      rowLeftOut: 'dòng này không được tính',
      fallbacks: {
        opening: { value: 0, note: 'quỹ vẫn được tính, với số dư đầu kỳ 0' },
        budget: { value: null, note: 'quỹ vẫn được tính, như không có dự toán' },
      },
    },
  );
  const unique = uniqueBy(table, read, (f) => f.name, nameKey, 'funds', 'name');
  for (const fund of unique.records) names.funds.spell(fund.name, table.sheet, at(table, 'name', fund.row));
  return unique;
}

export function readAwards(table: Table, startMonth: number, names = new NameBook()): Read<Award> {
  const read = readRecords(
    table,
    {
      period: periodCell(startMonth),
      target: codeCell('Đối tượng', AWARD_TARGET_NAMES),
      name: textCell('tên', true),
      unit: textCell('mã đơn vị'),
      form: optionCell('Hình thức khen thưởng', AWARD_FORMS),
      level: textCell('cấp khen'),
    } satisfies ColumnShape<'awards'>,
    { rowLeftOut: 'dòng khen thưởng này không được tính' },
  );
  const records = read.records.map((r) => ({ ...r, unit: r.unit === '' ? '' : known(names.units, r.unit, table.sheet, at(table, 'unit', r.row)) }));
  return {
    records: records.map((r) => ({ ...r, period: r.period as string })),
    warnings: read.warnings,
  };
}
