// What each click costs through dist/Code.js on the local runtime: Spreadsheet calls, cells read and written, and the sheets read, per action and workbook size.
import { generateUnionBook, type UnionBook, type UnionBookOptions } from '../examples/generator';
import { loadAddin, type Addin } from '../local/load-addin';
import { createRuntime, type LocalRuntime } from '../local/runtime/index';
import { SHEET } from '../src/workbook/schema';

/** One action's cost in one execution. */
export interface ActionCost {
  calls: number;
  read: number;
  written: number;
  /** Cells read per sheet name (sheets with none left out). */
  readBySheet: Record<string, number>;
}

/** The actions measured, in the order they run on one workbook (each save adds a row, as in use). */
export const ACTIONS = ['Mở thanh bên', 'Mở phiếu chấm', 'Lưu điểm', 'Lưu thăm hỏi', 'Lưu thu chi', 'Tổng hợp năm', 'Khởi tạo'] as const;
export type ActionName = (typeof ACTIONS)[number];

export interface SizeCosts {
  /** Cells of the workbook's source sheets (rows × columns of each sheet's data) before the actions. */
  workbookCells: number;
  costs: Record<ActionName, ActionCost>;
}

/** The widest row (a loop: a million rows are too many arguments for Math.max). */
function widthOf(rows: readonly unknown[][]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

/** A runtime whose spreadsheet holds the book, room for appends in every sheet (set-up not counted). */
export function runtimeOf(book: UnionBook): LocalRuntime {
  const runtime = createRuntime();
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const first = ss.getSheets()[0];
  for (const [name, rows] of Object.entries(book)) {
    const sheet = ss.insertSheet(name);
    const width = widthOf(rows);
    const needed = rows.length + 100;
    if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  }
  ss.deleteSheet(first);
  runtime.counter.reset();
  return runtime;
}

/** The email of the book's first Quản trị. */
export function adminOf(book: UnionBook): string {
  const row = (book[SHEET.roles] ?? []).find((r) => r[1] === 'Quản trị');
  if (!row) throw new Error('the generated book has no Quản trị');
  return String(row[0]);
}

function costOf(runtime: LocalRuntime, work: () => void): ActionCost {
  runtime.counter.reset();
  work();
  const bySheet = runtime.counter.cellsBySheet();
  const { read, written } = runtime.counter.cellTotals();
  const readBySheet = Object.fromEntries(
    Object.entries(bySheet)
      .filter(([, c]) => c.read > 0)
      .map(([name, c]) => [name, c.read]),
  );
  return { calls: runtime.counter.total('Spreadsheet'), read, written, readBySheet };
}

function workbookCells(book: UnionBook): number {
  return Object.values(book).reduce((n, rows) => n + rows.length * widthOf(rows), 0);
}

/** Runs every action once, in order, through the dist/Code.js in distDir on a fresh runtime holding the book. */
export function measureActions(book: UnionBook, distDir?: string): SizeCosts {
  const runtime = runtimeOf(book);
  const addin: Addin = loadAddin(runtime, distDir);
  runtime.setActiveUser(adminOf(book));
  const unit = String(book[SHEET.units][1][0]);
  const fund = String(book[SHEET.funds][1][0]);
  let context: ReturnType<Addin['sidebarContext']> | undefined;
  const open = costOf(runtime, () => {
    context = addin.sidebarContext();
  });
  if (!context) throw new Error('sidebarContext returned nothing');
  const period = context.defaultPeriod;
  const scores = Object.fromEntries(context.criteria.map((c: { code: string; max: number }) => [c.code, c.max === 1 ? 1 : Math.floor(c.max / 2)]));
  const costs: Record<ActionName, ActionCost> = {
    'Mở thanh bên': open,
    'Mở phiếu chấm': costOf(runtime, () => addin.sidebarScoreForm({ period, unit })),
    'Lưu điểm': costOf(runtime, () => addin.sidebarSaveScore({ period, unit, form: 'superior', scores, note: '' })),
    'Lưu thăm hỏi': costOf(runtime, () =>
      addin.sidebarSaveVisit({ date: '15/03/2020', unit, person: 'Nguyễn Thị Lan', reason: 'Ốm đau', amount: '500.000', fund, visitor: '', note: '' }),
    ),
    'Lưu thu chi': costOf(runtime, () =>
      addin.sidebarSaveLedger({ date: '15/03/2020', fund, type: 'Chi', category: 'Khen thưởng', amount: 200000, description: '', voucher: '' }),
    ),
    'Tổng hợp năm': costOf(runtime, () => addin.runYearlySummary('')),
    'Khởi tạo': costOf(runtime, () => addin.menuInitialise()),
  };
  return { workbookCells: workbookCells(book), costs };
}

/** Measures one size through each dist (e.g. before and after), generating the book once. */
export function measureSize(options: UnionBookOptions, distDirs: readonly (string | undefined)[]): SizeCosts[] {
  const book = generateUnionBook(options);
  return distDirs.map((dir) => measureActions(book, dir));
}
