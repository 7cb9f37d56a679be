// Cell schemas (zod/mini) that turn raw cell values into typed fields with Vietnamese messages, and the row reader that names the bad cell.
import * as z from 'zod/mini';
import { formatDateVi, parseDateText, serialToIso } from '../domain/dates';
import { parseAmountAtLeast } from '../domain/money';
import { fail, ok, type Parsed } from '../domain/parsed';
import { cellText, clip, formatDecimal, isBlank, isDate, matchCode, matchOption, parseDecimal } from '../domain/text';
import type { IsoDate, Warning } from '../domain/types';
import { cellRef, type Table } from './table';

/** Turns a Date read from the sheet into its calendar date in the spreadsheet's time zone. */
export type DateReader = (date: Date) => IsoDate;

/** "Thiếu lý do": the label in lower case after "Thiếu" ("Lý do" → "lý do"), unless it starts with a code or an acronym ("TC01", "CĐCS"). */
export function missingMessage(label: string): string {
  return `Thiếu ${/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label}`;
}

/** Builds a cell schema from a parser: blank cells give `blank` (or the "required" message when blank is undefined). */
function cell<T>(parse: (value: unknown) => Parsed<T>, blank: { value: T } | { message: string }) {
  return z.transform((value: unknown, ctx): T => {
    if (isBlank(value)) {
      if ('value' in blank) return blank.value;
      ctx.issues.push({ code: 'custom', message: blank.message, input: value });
      return z.NEVER;
    }
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
    return z.NEVER;
  });
}

/** Text; a required text that is blank gets "Thiếu <label>". */
export function textCell(label: string, required = false) {
  return cell(
    (value) => (isDate(value) ? fail(`${label} không được là ngày`) : ok(cellText(value))),
    required ? { message: missingMessage(label) } : { value: '' },
  );
}

function readNumber(label: string, value: unknown): Parsed<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail(`${label} không hợp lệ`);
  const decimal = typeof value === 'string' ? parseDecimal(value) : undefined;
  if (decimal !== undefined) return ok(decimal);
  return fail(`${label} phải là số: "${clip(cellText(value))}"`);
}

interface NumberOptions {
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  required?: boolean;
}

/** A number within [min, max]; decimal comma accepted in text. Blank is 0, or null with `{ blank: null }`, or refused when required. */
export function numberCell(label: string, opts?: NumberOptions & { blank?: number }): z.ZodMiniTransform<number, unknown>;
export function numberCell(label: string, opts: NumberOptions & { blank: null }): z.ZodMiniTransform<number | null, unknown>;
export function numberCell(label: string, opts: NumberOptions & { blank?: number | null } = {}) {
  const parse = (value: unknown): Parsed<number | null> => {
    const parsed = readNumber(label, value);
    if (!parsed.ok) return parsed;
    const n = parsed.value;
    if (opts.min !== undefined && (opts.exclusiveMin ? n <= opts.min : n < opts.min)) {
      return fail(`${label} phải ${opts.exclusiveMin ? 'lớn hơn' : 'từ'} ${opts.min}${opts.exclusiveMin ? '' : ' trở lên'}: ${formatDecimal(n)}`);
    }
    if (opts.max !== undefined && n > opts.max) return fail(`${label} vượt quá tối đa ${formatDecimal(opts.max)}: ${formatDecimal(n)}`);
    return ok(n);
  };
  return cell(parse, opts.required ? { message: missingMessage(label) } : { value: opts.blank === undefined ? 0 : opts.blank });
}

/** More people than any union holds: a count above this is a typing slip, and 1e308 members would make the totals infinite. */
export const MAX_COUNT = 10_000_000;

/** Text of a whole number with thousands grouped by dots, commas or spaces ("1.250" is one thousand two hundred and fifty people). */
const GROUPED_WHOLE = /^\d{1,3}([.,\s]\d{3})+$/;

/** A whole number from 0 to MAX_COUNT (members, workers, new members); blank is 0. Text "1.250" is 1250, as Vietnamese write it. */
export function countCell(label: string) {
  const parse = (value: unknown): Parsed<number> => {
    const grouped = typeof value === 'string' && GROUPED_WHOLE.test(value.trim());
    const parsed = grouped ? ok(Number((value as string).trim().replace(/[.,\s]/g, ''))) : readNumber(label, value);
    if (!parsed.ok) return parsed;
    if (!Number.isInteger(parsed.value) || parsed.value < 0) return fail(`${label} phải là số nguyên từ 0 trở lên: ${formatDecimal(parsed.value)}`);
    if (parsed.value > MAX_COUNT) return fail(`${label} quá lớn (tối đa 10.000.000): ${parsed.value}`);
    return parsed;
  };
  return cell(parse, { value: 0 });
}

/** Whole đồng, as a number or text like "1.500.000 ₫"; `min` is the lowest amount allowed (0 or 1). */
export function amountCell(label: string, opts?: { min?: 0 | 1; required?: boolean; blank?: number }): z.ZodMiniTransform<number, unknown>;
export function amountCell(label: string, opts: { min?: 0 | 1; blank: null }): z.ZodMiniTransform<number | null, unknown>;
export function amountCell(label: string, opts: { min?: 0 | 1; required?: boolean; blank?: number | null } = {}) {
  const parse = (value: unknown): Parsed<number | null> => parseAmountAtLeast(value, opts.min, label);
  return cell(parse, opts.required ? { message: missingMessage(label) } : { value: opts.blank === undefined ? 0 : opts.blank });
}

/** A date: a Sheets date, a serial number, or text dd/mm/yyyy. */
export function dateCell(label: string, readDate: DateReader) {
  const parse = (value: unknown): Parsed<IsoDate> => {
    if (isDate(value)) {
      if (Number.isNaN(value.getTime())) return fail(`${label} không hợp lệ`);
      const iso = readDate(value);
      const year = Number(iso.slice(0, 4));
      return year >= 1900 && year <= 2100 ? ok(iso) : fail(`${label} ngoài khoảng 1900-2100: ${formatDateVi(iso)}`);
    }
    if (typeof value === 'number') return serialToIso(value);
    if (typeof value === 'string') return parseDateText(value);
    return fail(`${label} không hợp lệ`);
  };
  return cell(parse, { message: missingMessage(label) });
}

/** One of a list of options, matched tolerantly and returned as written in the list; blank gives `blank` when set. */
export function optionCell<T extends string>(label: string, options: readonly T[], blank?: T) {
  const parse = (value: unknown): Parsed<T> => {
    const found = matchOption(cellText(value), options);
    return found ? ok(found) : fail(`${label} không hợp lệ: "${clip(cellText(value))}" (chọn một trong: ${options.join(', ')})`);
  };
  return cell(parse, blank !== undefined ? { value: blank } : { message: missingMessage(label) });
}

/** One of an enumeration's names (Hình thức, Loại, Đối tượng), matched tolerantly and returned as its code; blank gives `blank` when set. */
export function codeCell<K extends string>(label: string, names: Readonly<Record<K, string>>, blank?: K) {
  const options = Object.values<string>(names);
  const parse = (value: unknown): Parsed<K> => {
    const found = matchCode(cellText(value), names);
    return found ? ok(found) : fail(`${label} không hợp lệ: "${clip(cellText(value))}" (chọn một trong: ${options.join(', ')})`);
  };
  return cell(parse, blank !== undefined ? { value: blank } : { message: missingMessage(label) });
}

export type CellSchema = z.ZodMiniType<unknown, unknown>;
export type RowShape = Record<string, CellSchema>;
export type RowOf<S extends RowShape> = { [K in keyof S]: z.output<S[K]> } & { row: number };

/** What happens to a record when one of its cells cannot be read: the value used instead, and the words that say so. */
export interface CellFallback<T> {
  value: T;
  /** Ends the warning: "đơn vị vẫn được xếp loại, số đoàn viên không được cộng vào tổng". */
  note: string;
}

export interface ReadPolicy<S extends RowShape> {
  /** Ends the warning of a cell that leaves its row out: "lần thăm này không được tính". */
  rowLeftOut: string;
  /** A row left out with several bad cells is one warning listing them (at its first bad cell), not one warning per cell. */
  oneWarningPerRow?: boolean;
  /** Cells whose bad value is replaced (the row is kept); other bad cells leave the row out. */
  fallbacks?: { [K in keyof S]?: CellFallback<z.output<S[K]>> };
}

/**
 * Reads every data row of a table, cell by cell. A bad cell is one warning naming the cell (e.g. "E7") and saying what was done:
 * with a fallback, the value is replaced and the row kept; otherwise the row is left out (every bad cell of it is named, each
 * saying so). Good rows come back with their sheet row number.
 */
export function readRecords<S extends RowShape>(table: Table, shape: S, policy: ReadPolicy<S>): { records: RowOf<S>[]; warnings: Warning[] } {
  const keys = Object.keys(shape) as (keyof S & string)[];
  const fallbacks = (policy.fallbacks ?? {}) as Partial<Record<string, CellFallback<unknown>>>;
  const records: RowOf<S>[] = [];
  const warnings: Warning[] = [];
  for (const { row, values } of table.rows) {
    const record: Record<string, unknown> = { row };
    const problems: { key: string; message: string; fallback?: CellFallback<unknown> }[] = [];
    for (const key of keys) {
      const column = table.columns[key];
      const result = shape[key].safeParse(column === undefined ? '' : values[column]);
      if (result.success) {
        record[key] = result.data;
        continue;
      }
      const fallback = fallbacks[key];
      if (fallback) record[key] = fallback.value;
      problems.push({ key, message: result.error.issues[0]?.message ?? 'Ô không đọc được', fallback });
    }
    const leftOut = problems.some((p) => p.fallback === undefined);
    if (leftOut && policy.oneWarningPerRow && problems.length > 1) {
      warnings.push({
        sheet: table.sheet,
        cell: cellRef(table.columns[problems[0].key] ?? 0, row),
        message: rowMessage(table, row, problems, policy.rowLeftOut),
      });
      continue;
    }
    for (const { key, message, fallback } of problems) {
      const note = leftOut || fallback === undefined ? policy.rowLeftOut : fallback.note;
      warnings.push({ sheet: table.sheet, cell: cellRef(table.columns[key] ?? 0, row), message: `${message.replace(/\.\s*$/, '')}; ${note}.` });
    }
    if (!leftOut) records.push(record as RowOf<S>);
  }
  return { records, warnings };
}

/** Longest a row's warning may run before its cells are only named: a warning is read in a sheet cell and a terminal line. */
const ROW_MESSAGE_MAX = 380;

/** One warning for a row left out with several bad cells: each cell and why (option lists dropped), or just the cells when that runs long. */
function rowMessage(table: Table, row: number, problems: readonly { key: string; message: string }[], leftOut: string): string {
  const cells = problems.map(({ key }) => cellRef(table.columns[key] ?? 0, row));
  const why = problems.map(({ message }, i) => `${cells[i]}: ${message.replace(/ \(chọn một trong: [^)]*\)/, '').replace(/\.\s*$/, '')}`);
  const full = `Dòng ${row} có ${problems.length} ô không đọc được (${why.join('; ')}); ${leftOut}.`;
  return full.length <= ROW_MESSAGE_MAX
    ? full
    : `Dòng ${row} có ${problems.length} ô không đọc được (${cells.join(', ')}; ô đầu: ${why[0].slice(cells[0].length + 2)}); ${leftOut}.`;
}
