// The source rows a period's result rests on, each with the SHA-256 of its cells: what a sign-off keeps and a later summary compares.
import { rowText, type RowDigest } from '../domain/integrity';
import { parsePeriodLabel, periodContains } from '../domain/periods';
import { cellText } from '../domain/text';
import type { Period } from '../domain/types';
import { SHEET, type SheetKey } from '../workbook/schema';
import type { Table } from '../workbook/table';
import { sha256Hex } from './sheet-io/digest';
import type { WorkbookData } from './load-workbook';

/** Reference sheets count whole: any change there can change the result of every period. */
const WHOLE_SHEETS: readonly SheetKey[] = ['units', 'rubric', 'funds', 'settings'];

/**
 * Every row that contributes to the period: the reference sheets whole; the rows of Chấm điểm and Khen thưởng whose Kỳ is the
 * period; the visits and ledger lines dated in it. Rows are taken as the sheet holds them (all columns), so a hand edit of any
 * cell, an inserted or a deleted row shows.
 */
export function sourceRowDigests(tables: Partial<Record<SheetKey, Table>>, data: WorkbookData, period: Period): RowDigest[] {
  const startMonth = data.settings.schoolYearStartMonth;
  const ofPeriod = (value: unknown) => {
    const parsed = parsePeriodLabel(cellText(value), startMonth);
    return parsed.ok && parsed.value.label === period.label;
  };
  const datedRows = (records: readonly { row: number; date: string }[]) => new Set(records.filter((r) => periodContains(period, r.date)).map((r) => r.row));
  const visitRows = datedRows(data.visits);
  const ledgerRows = datedRows(data.ledger);
  const keeps: Partial<Record<SheetKey, (row: number, values: readonly unknown[], table: Table) => boolean>> = {
    scores: (_, values, table) => ofPeriod(values[table.columns.period]),
    awards: (_, values, table) => ofPeriod(values[table.columns.period]),
    visits: (row) => visitRows.has(row),
    ledger: (row) => ledgerRows.has(row),
  };
  const digests: RowDigest[] = [];
  for (const key of [...WHOLE_SHEETS, 'scores', 'awards', 'visits', 'ledger'] as SheetKey[]) {
    const table = tables[key];
    if (!table) continue;
    const keep = keeps[key] ?? (() => true);
    for (const { row, values } of table.rows) if (keep(row, values, table)) digests.push({ sheet: SHEET[key], row, digest: sha256Hex(rowText(values)) });
  }
  return digests;
}
