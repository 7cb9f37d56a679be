// Test helper: builds a workbook in the local runtime from plain rows, and saves it as .xlsx in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRuntime, type LocalRuntime } from '../../local/runtime/index';
import { saveXlsx } from '../../local/xlsx';

export type SheetRows = Record<string, unknown[][]>;

/** A fresh runtime whose active spreadsheet holds exactly these sheets (the default first sheet removed). */
export function runtimeWith(sheets: SheetRows, options: Parameters<typeof createRuntime>[0] = {}): LocalRuntime {
  const runtime = createRuntime(options);
  const spreadsheet = runtime.spreadsheet;
  const initial = spreadsheet.getSheets();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = spreadsheet.insertSheet(name);
    const width = Math.max(1, ...rows.map((r) => r.length));
    const grid = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
    if (grid.length) sheet.getRange(1, 1, grid.length, width).setValues(grid);
  }
  if (Object.keys(sheets).length) for (const sheet of initial) spreadsheet.deleteSheet(sheet);
  runtime.counter.reset();
  return runtime;
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'congdoan-'));
}

/** Saves the sheets as an .xlsx file in a new temporary folder and returns its path. */
export async function xlsxWith(sheets: SheetRows, name = 'bang-tinh.xlsx'): Promise<string> {
  const runtime = runtimeWith(sheets);
  const file = path.join(tempDir(), name);
  await saveXlsx(runtime.spreadsheet, file);
  return file;
}
