// Reads the source sheets an action needs (each once, whole or only some columns) into typed records, settings and warnings; only a missing or headless "Đơn vị" makes the workbook unusable.
import { excellenceOutOfReach } from '../domain/classification';
import { VIETNAM_TIME_ZONE } from '../domain/dates';
import type { SummaryInput } from '../domain/summary';
import type { Warning } from '../domain/types';
import type { DateReader } from '../workbook/cells';
import { NameBook, readAwards, readFunds, readLedger, readRubric, readScores, readUnits, readVisits } from '../workbook/readers';
import { SHEET, SHEET_COLUMNS, type SheetKey } from '../workbook/schema';
import { readSettings } from '../workbook/settings';
import { columnLetter, locateTable, type Table } from '../workbook/table';
import { WorkbookError } from './errors';
import { findSheet, indexSheets, makeDateReader, readColumns, readValues, sheetClashWarning, sheetNameOf } from './sheet-io/sheets';

/** Everything the use cases need from the workbook: the summary's input plus where each column stands and the time zone. */
export type WorkbookData = SummaryInput & {
  /** Column letter of each field, per sheet, as the header stood ({ visits: { amount: 'E' } }), so later warnings name the right cell. */
  columnLetters: ColumnLettersBySheet;
  /**
   * The time zone the date cells were read in: the spreadsheet's, asked for (one call) by a plan that reads Thăm hỏi or Thu chi,
   * the sheets with dates; Việt Nam's for a plan that reads no date (scoring), which then asks nothing.
   */
  timeZone: string;
};

export type ColumnLettersBySheet = Partial<Record<SheetKey, Record<string, string>>>;

function lettersOf(tables: Partial<Record<SheetKey, Table>>): ColumnLettersBySheet {
  const letters: ColumnLettersBySheet = {};
  for (const [key, table] of Object.entries(tables) as [SheetKey, Table][]) {
    letters[key] = Object.fromEntries(Object.entries(table.columns).map(([field, index]) => [field, columnLetter(index)]));
  }
  return letters;
}

const SOURCE_SHEETS: readonly SheetKey[] = ['units', 'rubric', 'scores', 'visits', 'ledger', 'funds', 'awards', 'settings'];

/**
 * What an action reads of each source sheet: 'all' (one read of the whole sheet) or the contract columns it needs (the header
 * and those columns only, see readColumns; [] reads the header alone). Rows missing a required column that was not read are
 * dropped by the readers, so a plan names the required columns of the rows it wants. A sheet left out is not read at all and
 * its records are empty.
 */
export type ReadPlan = Partial<Record<SheetKey, 'all' | readonly string[]>>;

/** The whole workbook: the yearly summary's plan. */
export const READ_ALL: ReadPlan = Object.fromEntries(SOURCE_SHEETS.map((key) => [key, 'all']));

/**
 * Locates each planned source sheet's table from already-read values; a missing optional sheet or header becomes a warning.
 * `tabNames` are the tabs as the workbook spells them ("Cham diem"), which every warning names; the contract's name when not given.
 */
export function locateTables(
  valuesBySheet: Partial<Record<SheetKey, unknown[][]>>,
  tabNames: Partial<Record<SheetKey, string>> = {},
  plan: ReadPlan = READ_ALL,
): { tables: Partial<Record<SheetKey, Table>>; warnings: Warning[] } {
  const tables: Partial<Record<SheetKey, Table>> = {};
  const warnings: Warning[] = [];
  for (const key of SOURCE_SHEETS.filter((k) => plan[k] !== undefined)) {
    const name = tabNames[key] ?? SHEET[key];
    const values = valuesBySheet[key];
    if (!values) {
      if (key === 'units') throw new WorkbookError(name, '', `Không tìm thấy trang tính "${name}". Hãy chạy "Khởi tạo bảng tính" hoặc đổi tên trang cho đúng.`);
      if (key !== 'settings') warnings.push({ sheet: name, cell: '', message: `Không có trang tính "${name}"; phần này được tính là trống.` });
      continue;
    }
    const located = locateTable(name, values, SHEET_COLUMNS[key]);
    if (!located.ok && name !== SHEET[key]) {
      // The tab as spelled, then the contract's name: "Don vi" (trang Đơn vị).
      located.error.message = located.error.message.replace(`"${name}"`, `"${name}" (trang ${SHEET[key]})`);
    }
    if (!located.ok) {
      if (key === 'units') throw new WorkbookError(name, located.error.cell, located.error.message);
      warnings.push({ ...located.error, message: `${located.error.message} Trang này được bỏ qua.` });
      continue;
    }
    tables[key] = located.table;
    warnings.push(...located.warnings);
  }
  return { tables, warnings };
}

/** Turns located tables into records. Pure apart from the date reader. */
export function readWorkbookTables(tables: Partial<Record<SheetKey, Table>>, readDate: DateReader): Omit<WorkbookData, 'timeZone'> {
  const columnLetters = lettersOf(tables);
  const { settings, warnings } = readSettings(tables.settings ?? null);
  const take = <T>(read: { records: T[]; warnings: Warning[] } | undefined): T[] => {
    if (!read) return [];
    warnings.push(...read.warnings);
    return read.records;
  };
  // Đơn vị, Tiêu chí and Quỹ first: they register the spellings the other sheets are shown in.
  const names = new NameBook();
  const units = take(tables.units && readUnits(tables.units, names));
  const rubric = tables.rubric && readRubric(tables.rubric, names);
  const criteria = take(rubric);
  const funds = take(tables.funds && readFunds(tables.funds, names));
  const scoresRead = tables.scores && readScores(tables.scores, criteria, names, settings.schoolYearStartMonth);
  const scores = take(scoresRead);
  const causes = { rubricCells: (rubric?.warnings ?? []).map((w) => w.cell), withoutColumn: scoresRead?.withoutColumn ?? [] };
  const outOfReach = excellenceOutOfReach(criteria, settings, causes);
  if (outOfReach) warnings.push({ ...outOfReach, sheet: tables.rubric?.sheet ?? outOfReach.sheet });
  const visits = take(tables.visits && readVisits(tables.visits, readDate, names));
  const ledger = take(tables.ledger && readLedger(tables.ledger, readDate, names));
  const awards = take(tables.awards && readAwards(tables.awards, settings.schoolYearStartMonth, names));
  warnings.push(...names.warnings());
  return { units, criteria, scores, visits, ledger, funds, awards, settings, warnings, columnLetters };
}

/**
 * The tables whose rows can become records: a sheet read whole, or read in the columns that include every required one. A
 * sheet read in fewer columns (Thăm hỏi's date column for a visit save) keeps its table for the action but gives no records:
 * its rows would all be incomplete, and saying so once per row would be a warning per visit.
 */
function recordTables(tables: Partial<Record<SheetKey, Table>>, plan: ReadPlan): Partial<Record<SheetKey, Table>> {
  const complete = (key: SheetKey) => {
    const wanted = plan[key];
    return wanted === 'all' || SHEET_COLUMNS[key].every((column) => !('required' in column && column.required) || wanted?.includes(column.key));
  };
  return Object.fromEntries(Object.entries(tables).filter(([key]) => complete(key as SheetKey)));
}

/** Reads the whole workbook: one getValues per source sheet. */
export function loadWorkbook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): WorkbookData {
  return readWorkbook(spreadsheet, indexSheets(spreadsheet)).data;
}

/** Reads what the plan asks (default: every source sheet whole) from an index of the sheets already made, and keeps the located tables for writers. */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  index: Map<string, GoogleAppsScript.Spreadsheet.Sheet>,
  plan: ReadPlan = READ_ALL,
): { data: WorkbookData; tables: Partial<Record<SheetKey, Table>> } {
  const valuesBySheet: Partial<Record<SheetKey, unknown[][]>> = {};
  const sheetNames: Partial<Record<SheetKey, string>> = {};
  const clashes: Warning[] = [];
  for (const key of SOURCE_SHEETS) {
    const wanted = plan[key];
    const sheet = wanted === undefined ? undefined : findSheet(index, SHEET[key]);
    if (!sheet || wanted === undefined) continue;
    valuesBySheet[key] = wanted === 'all' ? readValues(sheet) : readColumns(sheet, SHEET[key], SHEET_COLUMNS[key], wanted);
    sheetNames[key] = sheetNameOf(index, sheet, SHEET[key]);
    const clash = sheetClashWarning(index, SHEET[key]);
    if (clash) clashes.push(clash);
  }
  const timeZone = plan.visits !== undefined || plan.ledger !== undefined ? spreadsheet.getSpreadsheetTimeZone() : VIETNAM_TIME_ZONE;
  const { tables, warnings } = locateTables(valuesBySheet, sheetNames, plan);
  const read = readWorkbookTables(recordTables(tables, plan), makeDateReader(timeZone));
  return { data: { ...read, warnings: [...clashes, ...warnings, ...read.warnings], timeZone, sheetNames }, tables };
}
