// `npm run bench`: Spreadsheet service calls and pure computation time at growing sizes, the offline command on the large workbook, the bundle size.
import fs from 'node:fs';
import path from 'node:path';
import { generateUnionBook, LARGE_OPTIONS, scaleOptions, type UnionBook, type UnionBookOptions } from '../examples/generator';
import { loadAddin } from '../local/load-addin';
import { createRuntime, type LocalRuntime } from '../local/runtime/index';
import { locateTables, readWorkbookTables } from '../src/app/load-workbook';
import { layoutSummary } from '../src/domain/summary-layout';
import { choosePeriod, composeSummary } from '../src/domain/summary';
import { SHEET, type SheetKey } from '../src/workbook/schema';
import { offlineBench } from './offline';
import { writeSummaryBatched, writeSummaryNaive } from './summary-writer';

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const fmt = (n: number) => n.toLocaleString('vi-VN');

/** Rows as the Sheets API would give them: dates as Date objects at midnight in Asia/Ho_Chi_Minh (the generator gives UTC midnight). */
function asSheetValues(book: UnionBook): Partial<Record<SheetKey, unknown[][]>> {
  const byName = new Map(Object.entries(book));
  const values: Partial<Record<SheetKey, unknown[][]>> = {};
  for (const key of Object.keys(SHEET) as SheetKey[]) {
    const rows = byName.get(SHEET[key]);
    if (rows) values[key] = rows.map((row) => row.map((v) => (v instanceof Date ? new Date(v.getTime() - 7 * 3600_000) : v)));
  }
  return values;
}

const readDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** The pure part of the summary: locate and read every table, compose the model, lay the sheet out. Best of `runs`. */
function timePure(book: UnionBook, runs: number): { read: number; compute: number; layout: number } {
  const values = asSheetValues(book);
  let best = { read: Infinity, compute: Infinity, layout: Infinity };
  for (let i = 0; i < runs; i++) {
    let t = process.hrtime.bigint();
    const { tables } = locateTables(values);
    const data = readWorkbookTables(tables, readDate);
    const read = ms(t);
    t = process.hrtime.bigint();
    const period = choosePeriod(data, undefined, '2020-06-01');
    if (!period.ok) throw new Error(period.message);
    const summary = composeSummary(data, period.value);
    const compute = ms(t);
    t = process.hrtime.bigint();
    layoutSummary(summary, { unionName: 'Công đoàn', madeAtText: '01/06/2020 08:00', sheetIds: {} });
    const layout = ms(t);
    best = { read: Math.min(best.read, read), compute: Math.min(best.compute, compute), layout: Math.min(best.layout, layout) };
  }
  return best;
}

/** A runtime whose spreadsheet holds the book (writes not counted). */
function runtimeOf(book: UnionBook): LocalRuntime {
  const runtime = createRuntime();
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const first = ss.getSheets()[0];
  for (const [name, rows] of Object.entries(book)) {
    const sheet = ss.insertSheet(name);
    const width = Math.max(...rows.map((r) => r.length));
    if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...Array(width - r.length).fill('')]));
  }
  ss.deleteSheet(first);
  runtime.counter.reset();
  return runtime;
}

function callsOf<T>(runtime: LocalRuntime, work: () => T): { total: number; reads: number; writes: number; result: T } {
  runtime.counter.reset();
  const result = work();
  const by = runtime.counter.byMethod();
  const reads = (by['Range.getValues'] ?? 0) + (by['Range.getDisplayValues'] ?? 0);
  const writes = (by['Range.setValues'] ?? 0) + (by['Range.setValue'] ?? 0) + (by['Sheet.appendRow'] ?? 0);
  return { total: runtime.counter.total('Spreadsheet'), reads, writes, result };
}

function adminOf(book: UnionBook): string {
  const roles = book[SHEET.roles] ?? [];
  const row = roles.find((r) => r[1] === 'Quản trị');
  if (!row) throw new Error('the generated book has no Quản trị');
  return String(row[0]);
}

function serviceCalls(): void {
  say('## Spreadsheet service calls (qua dist/Code.js trên runtime cục bộ)');
  say();
  say('| Thăm hỏi (dòng) | Thu chi (dòng) | Tổng hợp năm: lệnh gọi | getValues | setValues | Ghi trang tổng hợp kiểu từng dòng | Lưu điểm | Lưu thăm hỏi | Lưu thu chi |');
  say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const visits of [1_000, 10_000, 100_000]) {
    const options: UnionBookOptions = { ...scaleOptions(LARGE_OPTIONS, 0.1), visits, ledger: visits / 2 };
    const book = generateUnionBook(options);
    const runtime = runtimeOf(book);
    const addin = loadAddin(runtime);
    runtime.setActiveUser(adminOf(book));
    const run = callsOf(runtime, () => addin.runYearlySummary(''));
    const summary = run.result;
    const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const info = { unionName: 'Công đoàn', madeAtText: '01/06/2020 08:00', sheetIds: {}, spending: summary.spending };
    const plain = JSON.parse(JSON.stringify(summary));
    const naive = callsOf(runtime, () => writeSummaryNaive(ss, plain, info)).total;
    const batched = callsOf(runtime, () => writeSummaryBatched(ss, plain, info)).total;
    void batched;
    const unit = String(book[SHEET.units][1][0]);
    const context = addin.sidebarContext();
    const scores = Object.fromEntries(context.criteria.map((c: { code: string; max: number }) => [c.code, c.max === 1 ? 1 : Math.floor(c.max / 2)]));
    const saveScore = callsOf(runtime, () => addin.sidebarSaveScore({ period: context.defaultPeriod, unit, form: 'superior', scores, note: '' })).total;
    const fund = context.funds[0].name;
    const saveVisit = callsOf(runtime, () =>
      addin.sidebarSaveVisit({ date: '15/03/2020', unit, person: 'Nguyễn Thị Lan', reason: 'Ốm đau', amount: '500.000', fund, visitor: '', note: '' }),
    ).total;
    const saveLedger = callsOf(runtime, () =>
      addin.sidebarSaveLedger({ date: '15/03/2020', fund, type: 'Chi', category: 'Khen thưởng', amount: 200000, description: '', voucher: '' }),
    ).total;
    say(`| ${fmt(visits)} | ${fmt(visits / 2)} | ${run.total} | ${run.reads} | ${run.writes} | ${fmt(naive)} | ${saveScore} | ${saveVisit} | ${saveLedger} |`);
  }
  say();
  say('Số lệnh gọi không tăng theo số dòng: mỗi trang được đọc một lần, mỗi khối được ghi một lần. Cột "từng dòng" là cùng trang tổng hợp ghi theo cách một dòng một lệnh (bench/summary-writer.ts), để so sánh.');
  say();
}

function pureTimes(): void {
  say('## Thời gian tính thuần (đọc bảng + tính tổng hợp + bố cục trang), không có lệnh gọi Sheets');
  say();
  say('| Cỡ | Đơn vị | Dòng chấm điểm | Tiêu chí | Thăm hỏi | Thu chi | Đọc (ms) | Tính (ms) | Bố cục (ms) |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const base = scaleOptions(LARGE_OPTIONS, 0.1);
  const sizes: [string, UnionBookOptions][] = [
    ['1× (một huyện lớn)', base],
    ['10× (bảng tính lớn)', LARGE_OPTIONS],
  ];
  if (!quick) sizes.push(['100×', scaleOptions(LARGE_OPTIONS, 10)]);
  for (const [label, options] of sizes) {
    const book = generateUnionBook(options);
    const t = timePure(book, options.visits > 200_000 ? 1 : 3);
    const scoreRows = book[SHEET.scores].length - 1;
    say(`| ${label} | ${fmt(options.units)} | ${fmt(scoreRows)} | ${options.criteria} | ${fmt(options.visits)} | ${fmt(options.ledger)} | ${t.read.toFixed(0)} | ${t.compute.toFixed(0)} | ${t.layout.toFixed(0)} |`);
  }
  say();
}

function bundleSize(): void {
  const bytes = fs.statSync(path.join(root, 'dist', 'Code.js')).size;
  say(`## Kích thước\n\ndist/Code.js: ${(bytes / 1024).toFixed(1)} KB (giới hạn 200 KB). dist/Sidebar.html: ${(fs.statSync(path.join(root, 'dist', 'Sidebar.html')).size / 1024).toFixed(1)} KB.`);
  say();
}

async function main(): Promise<void> {
  say(`# Đo hiệu năng (npm run bench${quick ? ' -- --quick' : ''})`);
  say();
  say(`Máy: ${process.platform}, Node ${process.version}, ${require('node:os').cpus().length} nhân.`);
  say();
  serviceCalls();
  pureTimes();
  if (!quick) await offlineBench(say);
  bundleSize();
  if (!quick) fs.writeFileSync(path.join(root, 'bench', 'results.md'), lines.join('\n') + '\n');
}

void main();
