// `npm run bench`: each action's Spreadsheet calls and cells at growing sizes, pure computation time, the offline command on the large workbook, the bundle size.
import fs from 'node:fs';
import path from 'node:path';
import { generateUnionBook, LARGE_OPTIONS, scaleOptions, type UnionBook, type UnionBookOptions } from '../examples/generator';
import { loadAddin } from '../local/load-addin';
import { locateTables, readWorkbookTables } from '../src/app/load-workbook';
import { layoutSummary } from '../src/domain/summary-layout';
import { choosePeriod, composeSummary } from '../src/domain/summary';
import { SHEET, type SheetKey } from '../src/workbook/schema';
import { ACTIONS, adminOf, measureSize, runtimeOf, type ActionCost, type ActionName } from './actions';
import { offlineBench } from './offline';
import { writeSummaryBatched, writeSummaryNaive } from './summary-writer';

const root = path.resolve(__dirname, '..');
const quick = process.argv.includes('--quick');
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
/** CPU time (user + system, ms) since `start`: steadier than the wall clock on a machine shared with other work. */
const cpuMs = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
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

/** A full garbage collection when node runs with --expose-gc (npm run bench does), so no phase pays for the one before. */
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

/**
 * The pure part of the summary: locate and read every table, compose the model, lay the sheet out. CPU time, best of `runs`.
 * Takes the sheets' values alone (the generated book is dropped by the caller), as the add-in holds them.
 */
function timePure(values: Partial<Record<SheetKey, unknown[][]>>, runs: number): { read: number; compute: number; layout: number } {
  let best = { read: Infinity, compute: Infinity, layout: Infinity };
  for (let i = 0; i < runs; i++) {
    collect();
    let t = process.cpuUsage();
    const { tables } = locateTables(values);
    const data = readWorkbookTables(tables, readDate);
    const read = cpuMs(t);
    t = process.cpuUsage();
    const period = choosePeriod(data, undefined, '2020-06-01');
    if (!period.ok) throw new Error(period.message);
    const summary = composeSummary(data, period.value);
    const compute = cpuMs(t);
    t = process.cpuUsage();
    layoutSummary(summary, { unionName: 'Công đoàn', madeAtText: '01/06/2020 08:00', sheetIds: {} });
    const layout = cpuMs(t);
    best = { read: Math.min(best.read, read), compute: Math.min(best.compute, compute), layout: Math.min(best.layout, layout) };
  }
  return best;
}

/** Where the dist/Code.js of the code before this change is (`--before DIR`): measured again and stored in bench/before.json. */
const beforeAt = process.argv.indexOf('--before');
const beforeDir = beforeAt >= 0 ? path.resolve(process.argv[beforeAt + 1]) : undefined;
const BEFORE_FILE = path.join(root, 'bench', 'before.json');

const SIZES: [string, UnionBookOptions][] = [
  ['1×', scaleOptions(LARGE_OPTIONS, 0.1)],
  ['10×', LARGE_OPTIONS],
  ['100×', scaleOptions(LARGE_OPTIONS, 10)],
];

const pct = (part: number, whole: number) => `${((100 * part) / whole).toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
const change = (before: number | undefined, after: number) => (before === undefined ? fmt(after) : `${fmt(before)} → ${fmt(after)}`);

function actionCosts(): void {
  say('## Giá của mỗi thao tác: lệnh gọi Spreadsheet, ô đọc, ô ghi (qua dist/Code.js trên runtime cục bộ)');
  say();
  const stored: Record<string, Record<ActionName, ActionCost>> = fs.existsSync(BEFORE_FILE) ? JSON.parse(fs.readFileSync(BEFORE_FILE, 'utf8')).sizes : {};
  const measuredBefore: Record<string, Record<ActionName, ActionCost>> = {};
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  const results: { label: string; cells: number; after: Record<ActionName, ActionCost>; before?: Record<ActionName, ActionCost> }[] = [];
  for (const [label, options] of sizes) {
    const [after, before] = measureSize(options, beforeDir ? [undefined, beforeDir] : [undefined]);
    if (before) measuredBefore[label] = before.costs;
    results.push({ label, cells: after.workbookCells, after: after.costs, before: before?.costs ?? stored[label] });
  }
  if (beforeDir)
    fs.writeFileSync(
      BEFORE_FILE,
      JSON.stringify(
        { note: 'Costs before this change, measured with `npm run bench -- --before DIR` (DIR: the dist/ of the commit before).', sizes: measuredBefore },
        null,
        1,
      ) + '\n',
    );
  say('Trước → sau: "trước" là mã trước khi mỗi thao tác chỉ đọc phần nó cần (đo lại bằng `npm run bench -- --before <dist cũ>`, lưu ở bench/before.json).');
  say();
  say('| Thao tác | Cỡ | Ô của bảng tính | Lệnh gọi | Ô đọc | Ô đọc / bảng tính | Ô ghi |');
  say('|---|---|---:|---:|---:|---:|---:|');
  for (const action of ACTIONS) {
    for (const { label, cells, after, before } of results) {
      const a = after[action];
      const b = before?.[action];
      say(
        `| ${action} | ${label} | ${fmt(cells)} | ${change(b?.calls, a.calls)} | ${change(b?.read, a.read)} | ${pct(a.read, cells)} | ${change(b?.written, a.written)} |`,
      );
    }
  }
  say();
  const large = results.find((r) => r.label === '10×');
  if (large) {
    say('Trang được đọc ở cỡ 10× (số ô):');
    say();
    for (const action of ACTIONS) {
      const sheets = Object.entries(large.after[action].readBySheet)
        .map(([name, n]) => `${name} ${fmt(n)}`)
        .join(', ');
      say(`- ${action}: ${sheets || 'không đọc ô nào'}`);
    }
    say();
    budgets(large.after, large.cells);
  }
}

/** The budgets on the large workbook, met or not. */
function budgets(costs: Record<ActionName, ActionCost>, cells: number): void {
  const rows: [string, boolean, string][] = [
    ['Lưu điểm: ô đọc < 5%', costs['Lưu điểm'].read < 0.05 * cells, pct(costs['Lưu điểm'].read, cells)],
    ['Lưu điểm: ≤ 15 lệnh gọi', costs['Lưu điểm'].calls <= 15, fmt(costs['Lưu điểm'].calls)],
    ['Mở thanh bên: ô đọc < 5%', costs['Mở thanh bên'].read < 0.05 * cells, pct(costs['Mở thanh bên'].read, cells)],
    ['Mở phiếu chấm: ô đọc < 5%', costs['Mở phiếu chấm'].read < 0.05 * cells, pct(costs['Mở phiếu chấm'].read, cells)],
    ['Tổng hợp năm: ≤ 30 lệnh gọi', costs['Tổng hợp năm'].calls <= 30, fmt(costs['Tổng hợp năm'].calls)],
  ];
  say('Ngân sách trên bảng tính lớn (10×):');
  say();
  say('| Ngân sách | Đo được | Đạt |');
  say('|---|---:|---|');
  for (const [name, ok, value] of rows) say(`| ${name} | ${value} | ${ok ? 'đạt' : 'chưa đạt'} |`);
  say();
}

function summaryWriters(): void {
  const book = generateUnionBook({ ...scaleOptions(LARGE_OPTIONS, 0.1) });
  const runtime = runtimeOf(book);
  const addin = loadAddin(runtime);
  runtime.setActiveUser(adminOf(book));
  const summary = JSON.parse(JSON.stringify(addin.runYearlySummary('')));
  const ss = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const info = { unionName: 'Công đoàn', madeAtText: '01/06/2020 08:00', sheetIds: {}, spending: summary.spending };
  const callsOf = (work: () => void) => {
    runtime.counter.reset();
    work();
    return runtime.counter.total('Spreadsheet');
  };
  const naive = callsOf(() => writeSummaryNaive(ss, summary, info));
  const batched = callsOf(() => writeSummaryBatched(ss, summary, info));
  say(
    `Ghi trang tổng hợp (cỡ 1×, chỉ phần ghi): ${fmt(batched)} lệnh gọi theo khối, so với ${fmt(naive)} lệnh gọi nếu ghi từng dòng (bench/summary-writer.ts).`,
  );
  say();
}

function pureTimes(): void {
  say('## Thời gian tính thuần (đọc bảng + tính tổng hợp + bố cục trang), không có lệnh gọi Sheets (thời gian CPU)');
  say();
  say('| Cỡ | Đơn vị | Dòng chấm điểm | Tiêu chí | Thăm hỏi | Thu chi | Đọc (ms) | Tính (ms) | Bố cục (ms) |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  const base = scaleOptions(LARGE_OPTIONS, 0.1);
  const sizes: [string, UnionBookOptions][] = [
    ['1× (một huyện lớn)', base],
    ['10× (bảng tính lớn)', LARGE_OPTIONS],
  ];
  if (!quick) sizes.push(['100×', scaleOptions(LARGE_OPTIONS, 10)]);
  const totals: number[] = [];
  for (const [label, options] of sizes) {
    // The generated book goes out of scope before timing: only the sheets' values stay, as in the add-in.
    const { values, scoreRows } = ((book: UnionBook) => ({ values: asSheetValues(book), scoreRows: book[SHEET.scores].length - 1 }))(
      generateUnionBook(options),
    );
    const t = timePure(values, 3);
    totals.push(t.read + t.compute + t.layout);
    say(
      `| ${label} | ${fmt(options.units)} | ${fmt(scoreRows)} | ${options.criteria} | ${fmt(options.visits)} | ${fmt(options.ledger)} | ${t.read.toFixed(0)} | ${t.compute.toFixed(0)} | ${t.layout.toFixed(0)} |`,
    );
  }
  say();
  if (totals.length === 3) {
    const ratio = totals[2] / totals[1];
    say(
      `Tuyến tính: cỡ 100× tốn ${ratio.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} lần thời gian của cỡ 10× (ngân sách: trong 12 lần): ${ratio <= 12 ? 'đạt' : 'chưa đạt'}.`,
    );
    say();
  }
}

function bundleSize(): void {
  const bytes = fs.statSync(path.join(root, 'dist', 'Code.js')).size;
  say(
    `## Kích thước\n\ndist/Code.js: ${(bytes / 1024).toFixed(1)} KB (giới hạn 200 KB). dist/Sidebar.html: ${(fs.statSync(path.join(root, 'dist', 'Sidebar.html')).size / 1024).toFixed(1)} KB.`,
  );
  say();
}

async function main(): Promise<void> {
  say(`# Đo hiệu năng (npm run bench${quick ? ' -- --quick' : ''})`);
  say();
  say(`Máy: ${process.platform}, Node ${process.version}, ${require('node:os').cpus().length} nhân.`);
  say();
  actionCosts();
  summaryWriters();
  pureTimes();
  if (!quick) await offlineBench(say);
  bundleSize();
  if (!quick) fs.writeFileSync(path.join(root, 'bench', 'results.md'), lines.join('\n') + '\n');
}

void main();
