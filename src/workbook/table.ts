// Finds a sheet's header row in its values and maps each contract column to its position, tolerating case, spacing, diacritics, order and extra columns.
import { cellRef, columnLetter } from '../domain/a1';
import { cellText, clip, codeKey, isBlank, matchKey } from '../domain/text';
import type { Warning } from '../domain/types';
import type { ColumnSpec } from './schema';

/** How many top rows may stand above the header (a title, a blank or merged row). */
export const HEADER_SEARCH_ROWS = 10;

export { cellRef, columnLetter };

export interface Table {
  sheet: string;
  /** 1-based row of the header. */
  headerRow: number;
  /** 0-based column of each contract key found. */
  columns: Record<string, number>;
  /** Headers as written, by 0-based column. */
  headers: string[];
  /** Data rows below the header, with their 1-based sheet row; wholly blank rows are left out. */
  rows: { row: number; values: unknown[] }[];
}

export type TableResult = { ok: true; table: Table; warnings: Warning[] } | { ok: false; error: Warning };

function keyOf(spec: ColumnSpec): string[] {
  return [spec.header, ...(spec.aliases ?? [])].map(matchKey);
}

/**
 * Locates the header row (the first of the top rows that holds every required header) and maps columns.
 * A duplicated header keeps its first column and warns about the other.
 */
export function locateTable(sheet: string, values: readonly (readonly unknown[])[], specs: readonly ColumnSpec[]): TableResult {
  const required = specs.filter((s) => s.required);
  const searchRows = Math.min(values.length, HEADER_SEARCH_ROWS);
  let headerIndex = -1;
  for (let r = 0; r < searchRows; r++) {
    const keys = new Set(values[r].map((v) => matchKey(cellText(v))));
    if (required.every((spec) => keyOf(spec).some((k) => keys.has(k)))) {
      headerIndex = r;
      break;
    }
  }
  if (headerIndex < 0) {
    const firstRowKeys = new Set((values[0] ?? []).map((v) => matchKey(cellText(v))));
    const missing = required.filter((spec) => !keyOf(spec).some((k) => firstRowKeys.has(k))).map((s) => `"${s.header}"`);
    const list = missing.length ? missing.join(', ') : required.map((s) => `"${s.header}"`).join(', ');
    return {
      ok: false,
      error: { sheet, cell: 'A1', message: `Trang tính "${sheet}" thiếu cột bắt buộc ${list} ở dòng tiêu đề.` },
    };
  }

  const headerRow = values[headerIndex];
  const headers = headerRow.map((v) => cellText(v));
  const columns: Record<string, number> = {};
  const warnings: Warning[] = [];
  const byKey = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const key of keyOf(spec)) byKey.set(key, spec);
  headers.forEach((header, index) => {
    const spec = byKey.get(matchKey(header));
    if (!spec) return;
    if (spec.key in columns) {
      warnings.push({
        sheet,
        cell: cellRef(index, headerIndex + 1),
        message: `Cột "${clip(header)}" bị trùng; dùng cột ${columnLetter(columns[spec.key])}, bỏ qua cột ${columnLetter(index)}.`,
      });
      return;
    }
    columns[spec.key] = index;
  });

  const rows: Table['rows'] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const rowValues = values[r];
    if (rowValues.every(isBlank)) continue;
    rows.push({ row: r + 1, values: rowValues as unknown[] });
  }
  return { ok: true, table: { sheet, headerRow: headerIndex + 1, columns, headers, rows }, warnings };
}

/** The 0-based column whose header matches the text (by `keyOf`, fixed vocabulary by default), among those not claimed by a contract column; -1 if none. */
export function findExtraColumn(table: Table, header: string, keyOf: (text: string) => string = matchKey): number {
  const key = keyOf(header);
  const claimed = new Set(Object.values(table.columns));
  return table.headers.findIndex((h, i) => !claimed.has(i) && keyOf(h) === key);
}

/** The Chấm điểm column of a criterion: its header is the Mã tiêu chí, matched as a code ("tc01" finds TC01, "CD01" does not find CĐ01). */
export function findCriterionColumn(table: Table, code: string): number {
  return findExtraColumn(table, code, codeKey);
}
