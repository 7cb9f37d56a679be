// Reads each source sheet's values into typed records plus warnings naming the sheet and cell; bad rows are left out, never counted as 0.
import { parsePeriodLabel } from '../domain/periods';
import { clip, emptyRecord, matchKey } from '../domain/text';
import {
  AWARD_FORMS,
  CRITERION_KIND_NAMES,
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
import { amountCell, countCell, dateCell, numberCell, optionCell, readRecords, textCell, type CellSchema, type DateReader } from './cells';
import { SHEET } from './schema';
import { cellRef, findExtraColumn, type Table } from './table';
import * as z from 'zod/mini';

export interface Read<T> {
  records: T[];
  warnings: Warning[];
}

/** Keeps the first record of each key and warns about later ones in the key's cell. */
function uniqueBy<T extends { row: number }>(table: Table, read: Read<T>, key: (r: T) => string, column: string, what: string): Read<T> {
  const seen = new Map<string, number>();
  const records: T[] = [];
  const warnings = [...read.warnings];
  for (const record of read.records) {
    const k = matchKey(key(record));
    const first = seen.get(k);
    if (first !== undefined) {
      warnings.push({ sheet: table.sheet, cell: cellRef(table.columns[column], record.row), message: `${what} "${clip(key(record))}" bị trùng với dòng ${first}; bỏ qua dòng này` });
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

export function readUnits(table: Table): Read<Unit> {
  const read = readRecords(table, {
    code: textCell('mã đơn vị', true),
    name: textCell('tên đơn vị', true),
    cluster: textCell('cụm', true),
    members: countCell('Số đoàn viên'),
    workers: countCell('Số người lao động'),
    newMembers: countCell('Kết nạp mới'),
  });
  return uniqueBy(table, read, (u) => u.code, 'code', 'Mã đơn vị');
}

/** The largest Điểm tối đa of one criterion (as the thresholds in Cài đặt): larger maxima are slips, and could make totals infinite. */
export const MAX_CRITERION_POINTS = 1000;

const KIND_BY_NAME = Object.fromEntries(Object.entries(CRITERION_KIND_NAMES).map(([k, v]) => [v, k as CriterionKind]));

export function readRubric(table: Table): Read<Criterion> {
  const read = readRecords(table, {
    code: textCell('mã tiêu chí', true),
    group: textCell('nhóm'),
    content: textCell('nội dung'),
    max: numberCell('Điểm tối đa', { min: 0, exclusiveMin: true, max: MAX_CRITERION_POINTS, required: true }),
    kind: optionCell('Loại tiêu chí', Object.values(CRITERION_KIND_NAMES), CRITERION_KIND_NAMES.standard),
  });
  const criteria = read.records.map((r) => ({ ...r, kind: KIND_BY_NAME[r.kind] }));
  return uniqueBy(table, { records: criteria, warnings: read.warnings }, (c) => c.code, 'code', 'Mã tiêu chí');
}

const FORM_BY_NAME = Object.fromEntries(Object.entries(SCORE_FORM_NAMES).map(([k, v]) => [v, k as ScoreForm]));

/**
 * Reads Chấm điểm: the fixed columns plus one column per criterion (found by its Mã tiêu chí). A score that is not a number, is
 * negative, is above its maximum (or is not 0/1 for a condition), or a row whose unit is not in Đơn vị, is a warning and the row is left out.
 */
export function readScores(table: Table, criteria: readonly Criterion[], unitCodes: ReadonlySet<string>, startMonth: number): Read<ScoreRow> {
  const warnings: Warning[] = [];
  const columns = { ...table.columns };
  const shape: Record<string, CellSchema> = {
    period: periodCell(startMonth),
    unit: textCell('mã đơn vị', true),
    form: optionCell('Hình thức', Object.values(SCORE_FORM_NAMES)),
    scorer: textCell('người chấm'),
    note: textCell('ghi chú'),
  };
  const criterionKeys: [string, Criterion][] = [];
  for (const criterion of criteria) {
    const column = findExtraColumn(table, criterion.code);
    if (column < 0) {
      warnings.push({ sheet: table.sheet, cell: cellRef(0, table.headerRow), message: `Trang "${table.sheet}" không có cột cho tiêu chí "${clip(criterion.code)}"; tiêu chí này được tính 0 điểm.` });
      continue;
    }
    const key = `criterion:${criterion.code}`;
    columns[key] = column;
    criterionKeys.push([key, criterion]);
    shape[key] =
      criterion.kind === 'condition'
        ? numberCell(`Điều kiện ${criterion.code} (1 = đạt, 0 = không đạt)`, { min: 0, max: Math.min(1, criterion.max), blank: null })
        : numberCell(`Điểm ${criterion.code}`, { min: 0, max: criterion.max, blank: null });
  }
  const read = readRecords({ ...table, columns }, shape);
  warnings.push(...read.warnings);
  const records: ScoreRow[] = [];
  const knownUnits = new Map([...unitCodes].map((code) => [matchKey(code), code]));
  for (const r of read.records) {
    const unit = knownUnits.get(matchKey(r.unit as string));
    if (!unit) {
      warnings.push({ sheet: table.sheet, cell: cellRef(columns.unit, r.row), message: `Mã đơn vị "${clip(r.unit as string)}" không có trong trang ${SHEET.units}; bỏ qua dòng này` });
      continue;
    }
    const scores = emptyRecord<number>();
    for (const [key, criterion] of criterionKeys) {
      const value = (r as Record<string, unknown>)[key];
      if (typeof value === 'number') scores[criterion.code] = value;
    }
    records.push({
      period: r.period as string,
      unit,
      form: FORM_BY_NAME[r.form as string],
      scorer: r.scorer as string,
      scores,
      note: r.note as string,
      row: r.row,
    });
  }
  return { records, warnings };
}

export function readVisits(table: Table, readDate: DateReader): Read<Visit> {
  return readRecords(table, {
    date: dateCell('Ngày', readDate),
    unit: textCell('mã đơn vị', true),
    person: textCell('người được thăm', true),
    reason: optionCell('Lý do', VISIT_REASONS),
    amount: amountCell('Số tiền', { min: 0, required: true }),
    fund: textCell('quỹ', true),
    visitor: textCell('người đi thăm'),
    note: textCell('ghi chú'),
  });
}

export function readLedger(table: Table, readDate: DateReader): Read<LedgerEntry> {
  const read = readRecords(table, {
    date: dateCell('Ngày', readDate),
    voucher: textCell('số chứng từ'),
    fund: textCell('quỹ', true),
    type: optionCell('Loại', ['Thu', 'Chi'] as const),
    category: textCell('khoản mục'),
    amount: amountCell('Số tiền', { min: 1, required: true }),
    description: textCell('diễn giải'),
  });
  return { records: read.records.map((r) => ({ ...r, type: r.type === 'Thu' ? 'income' : 'expense' })), warnings: read.warnings };
}

export function readFunds(table: Table): Read<Fund> {
  const read = readRecords(table, {
    name: textCell('tên quỹ', true),
    opening: amountCell('Số dư đầu kỳ'),
    budget: amountCell('Dự toán chi', { min: 0, blank: null }),
  });
  return uniqueBy(table, read, (f) => f.name, 'name', 'Quỹ');
}

export function readAwards(table: Table, startMonth: number): Read<Award> {
  const read = readRecords(table, {
    period: periodCell(startMonth),
    target: optionCell('Đối tượng', ['Tập thể', 'Cá nhân'] as const),
    name: textCell('tên', true),
    unit: textCell('mã đơn vị'),
    form: optionCell('Hình thức khen thưởng', AWARD_FORMS),
    level: textCell('cấp khen'),
  });
  return {
    records: read.records.map((r) => ({ ...r, period: r.period as string, target: r.target === 'Tập thể' ? 'collective' : 'individual' })),
    warnings: read.warnings,
  };
}
