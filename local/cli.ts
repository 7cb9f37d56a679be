// The offline command: runs the built add-in (dist/Code.js) on an .xlsx workbook through the local runtime and writes the summary.
import fs from 'node:fs';
import path from 'node:path';
import { formatDateVi } from '../src/domain/dates';
import { formatVnd } from '../src/domain/money';
import { LEVELS, type YearlySummary } from '../src/domain/types';
import { loadAddin } from './load-addin';
import { CallCounter } from './runtime/counter';
import { createRuntime } from './runtime/index';
import { loadXlsx, saveXlsx } from './xlsx';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const SAMPLE_WORKBOOK = path.join(REPO_ROOT, 'examples', 'mau-cong-doan.xlsx');

export interface CliOptions {
  input: string;
  period?: string;
  output: string;
  json?: string;
}

const USAGE = `Cách dùng: npm start -- [--input BẢNG_TÍNH.xlsx] [--period KỲ] [--output KẾT_QUẢ.xlsx] [--json KẾT_QUẢ.json]
  --input   bảng tính xuất từ Google Trang tính (.xlsx); mặc định: ví dụ mẫu examples/mau-cong-doan.xlsx
  --period  kỳ cần tổng hợp, ví dụ 2020 hoặc 2019-2020; mặc định: kỳ gần nhất trong bảng tính
  --output  tệp .xlsx kết quả; mặc định: out/<tên tệp vào>-tong-hop.xlsx
  --json    ghi thêm bản tổng hợp dạng JSON vào tệp này`;

/** An error the command reports in one Vietnamese line and exit code 1. */
export class CliError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^--(input|period|output|json)(?:=(.*))?$/.exec(arg);
    if (!match) throw new CliError(`Tham số không hợp lệ: "${arg}".\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new CliError(`Thiếu giá trị cho --${match[1]}.\n${USAGE}`);
    values[match[1]] = value;
  }
  const input = path.resolve(values.input ?? SAMPLE_WORKBOOK);
  const output = path.resolve(values.output ?? path.join('out', `${path.basename(input, path.extname(input))}-tong-hop.xlsx`));
  if (output === input) throw new CliError('Tệp kết quả (--output) không được trùng tệp vào: lệnh này không bao giờ ghi đè bảng tính gốc.');
  return { input, output, period: values.period, json: values.json && path.resolve(values.json) };
}

/** Runs the add-in's yearly summary on the input workbook; writes the output .xlsx and the JSON when asked. */
export async function runOffline(options: CliOptions): Promise<{ summary: YearlySummary; calls: number }> {
  if (!fs.existsSync(options.input)) throw new CliError(`Không tìm thấy tệp "${options.input}".`);
  const counter = new CallCounter();
  const spreadsheet = await loadXlsx(options.input, { counter, name: path.basename(options.input) });
  const runtime = createRuntime({ spreadsheet });
  const addin = loadAddin(runtime);
  runtime.counter.reset();
  let summary: YearlySummary;
  try {
    summary = JSON.parse(JSON.stringify(addin.runYearlySummary(options.period ?? '')));
  } catch (error) {
    const e = error as Error;
    if (e && (e.name === 'WorkbookError' || e.name === 'UserError')) throw new CliError(e.message);
    throw error;
  }
  const calls = runtime.counter.total('Spreadsheet');
  fs.mkdirSync(path.dirname(options.output), { recursive: true });
  await saveXlsx(spreadsheet, options.output);
  if (options.json) {
    fs.mkdirSync(path.dirname(options.json), { recursive: true });
    fs.writeFileSync(options.json, JSON.stringify(summary, null, 2) + '\n');
  }
  return { summary, calls };
}

const count = (n: number) => n.toLocaleString('vi-VN');

/** A short readable report of the summary for the terminal. */
export function describeSummary(summary: YearlySummary): string {
  const { period } = summary;
  const lines = [`Tổng hợp kỳ ${period.label} (${formatDateVi(period.start)} – ${formatDateVi(period.end)}): ${count(summary.units)} đơn vị`];
  lines.push(`  Xếp loại: ${LEVELS.map((l) => `${l} ${summary.classification[l]} (${summary.classificationPercent[l].toFixed(1).replace('.', ',')}%)`).join(' · ')}`);
  for (const cluster of summary.clusters) {
    const top = cluster.ranking.filter((r) => r.rank === 1).map((r) => r.unit);
    lines.push(`  ${cluster.name}: ${cluster.units} đơn vị, HTXSNV ${cluster.classification.HTXSNV}${top.length ? `, hạng 1: ${top.join(', ')}` : ''}`);
  }
  const m = summary.membership;
  lines.push(`  Đoàn viên: ${count(m.members)} / ${count(m.workers)} người lao động, kết nạp mới ${count(m.newMembers)}`);
  lines.push(`  Thăm hỏi: ${count(summary.visits.count)} lượt, ${formatVnd(summary.visits.amount)}`);
  for (const f of summary.funds) lines.push(`  ${f.fund}: đầu kỳ ${formatVnd(f.opening)}, thu ${formatVnd(f.income)}, chi ${formatVnd(f.expense)}, cuối kỳ ${formatVnd(f.closing)}`);
  lines.push(`  Khen thưởng: ${count(summary.awards.collective)} tập thể, ${count(summary.awards.individual)} cá nhân`);
  if (summary.signOff) {
    const changed = summary.signOff.changes.length;
    lines.push(`  Đã chốt: ${summary.signOff.by}, ${summary.signOff.at}; ${changed === 0 ? 'không dòng nguồn nào thay đổi từ khi chốt' : `${count(changed)} dòng nguồn thay đổi từ khi chốt (xem cảnh báo)`}`);
  }
  lines.push(`  Cảnh báo: ${count(summary.warnings.length)}`);
  for (const w of summary.warnings.slice(0, 10)) lines.push(`    - ${w.sheet}${w.cell ? ' ' + w.cell : ''}: ${w.message}`);
  if (summary.warnings.length > 10) lines.push(`    … và ${count(summary.warnings.length - 10)} cảnh báo khác (xem trang tổng hợp, mục VIII)`);
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const { summary } = await runOffline(options);
    console.log(describeSummary(summary));
    console.log(`Đã ghi: ${path.relative(process.cwd(), options.output)}${options.json ? `, ${path.relative(process.cwd(), options.json)}` : ''}`);
    return 0;
  } catch (error) {
    const e = error as Error & { sheet?: string };
    if (error instanceof CliError || e?.name === 'XlsxError') {
      console.error(`Lỗi: ${e.message}`);
      return 1;
    }
    console.error(`Lỗi ngoài dự kiến: ${e?.stack ?? e}`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
