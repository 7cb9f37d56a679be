// The offline command: runs the built add-in (dist/Code.js) on an .xlsx workbook through the local runtime and writes the summary.
import fs from 'node:fs';
import path from 'node:path';
import { summarySheetName } from '../src/app/sheet-io/summary-sheet';
import { formatDateVi, VIETNAM_TIME_ZONE } from '../src/domain/dates';
import { formatVnd } from '../src/domain/money';
import { LEVELS, type YearlySummary } from '../src/domain/types';
import { loadAddin } from './load-addin';
import { packageWithSheets, readPackageWorkbook, withFileWarnings } from './offline-workbook';
import { checkInput, FileError, planOutputs, writeOutputs } from './output-files';
import { hasLibreOffice, NO_LIBREOFFICE, PdfError, renderSheetsPdf } from './pdf';
import { civilTime } from './runtime/civil-time';
import { CallCounter } from './runtime/counter';
import { createRuntime } from './runtime/index';
import { NotXlsxPackage, XlsxPackage } from './xlsx-package';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const SAMPLE_WORKBOOK = path.join(REPO_ROOT, 'examples', 'mau-cong-doan.xlsx');

export interface CliOptions {
  input: string;
  period?: string;
  output: string;
  json?: string;
  /** Also the report ("Báo cáo <kỳ>") printed to PDF through LibreOffice. */
  pdf?: string;
}

/** The command's options, one line each: adding an option is adding a line here (and reading it in runOffline). */
/** `extension`: what the file written must end with (any case); another ending is refused before anything is read or written. */
const OPTIONS: readonly { name: keyof CliOptions | 'help'; value?: string; help: string; extension?: string }[] = [
  { name: 'input', value: 'BẢNG_TÍNH.xlsx', help: 'bảng tính xuất từ Google Trang tính (.xlsx); mặc định: ví dụ mẫu examples/mau-cong-doan.xlsx' },
  { name: 'period', value: 'KỲ', help: 'kỳ cần tổng hợp, ví dụ 2020 hoặc 2019-2020; mặc định: kỳ gần nhất trong bảng tính' },
  { name: 'output', value: 'KẾT_QUẢ.xlsx', help: 'bản sao bảng tính có thêm trang tổng hợp; mặc định: out/<tên tệp vào>-tong-hop.xlsx', extension: '.xlsx' },
  { name: 'json', value: 'KẾT_QUẢ.json', help: 'ghi thêm bản tổng hợp dạng JSON vào tệp này', extension: '.json' },
  {
    name: 'pdf',
    value: 'BÁO_CÁO.pdf',
    help: 'ghi thêm trang "Báo cáo <kỳ>" (thể thức văn bản hành chính, A4) ra tệp PDF này, qua LibreOffice',
    extension: '.pdf',
  },
  { name: 'help', help: 'in hướng dẫn này' },
];

const USAGE = [
  `Cách dùng: npm start -- ${OPTIONS.filter((o) => o.value)
    .map((o) => `[--${o.name} ${o.value}]`)
    .join(' ')}`,
  '',
  'Tùy chọn:',
  ...OPTIONS.map((o) => `  ${`--${o.name}${o.value ? ` ${o.value}` : ''}`.padEnd(24)} ${o.help}`),
  '',
  'Tệp vào chỉ được đọc, không bao giờ bị ghi. Mỗi tệp kết quả được ghi trọn vẹn hoặc không ghi gì; tệp kết quả không được trùng',
  'tệp vào hay trùng nhau (kể cả qua liên kết). Bản sao giữ nguyên mọi phần của bảng tính gốc và thêm trang "Tổng hợp <kỳ>".',
  '',
  'Mã thoát:',
  '  0  thành công (có thể kèm cảnh báo)',
  '  1  có lỗi người dùng sửa được (tệp, tùy chọn, bảng tính không dùng được) hoặc lỗi ngoài dự kiến; một dòng giải thích bằng tiếng Việt',
  '',
  'Ví dụ:',
  '  npm start -- --input ~/Tai-xuong/cong-doan-2019-2020.xlsx --period 2019-2020 --output ket-qua/tong-hop.xlsx --json ket-qua/tong-hop.json',
].join('\n');

/** An error the command reports in one Vietnamese line and exit code 1. */
export class CliError extends Error {}

export function parseArgs(argv: readonly string[]): CliOptions | 'help' {
  const values: Partial<Record<keyof CliOptions, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    const option = match && OPTIONS.find((o) => o.name === match[1] && o.value);
    if (!match || !option) throw new CliError(`Tham số không hợp lệ: "${arg}". Xem: npm start -- --help`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--')))
      throw new CliError(`Thiếu giá trị cho --${match[1]} (cần ${option.value}).`);
    // A folder is left to the output check, which says it is a folder.
    const folder = fs.existsSync(value) && fs.statSync(value).isDirectory();
    if (option.extension && !folder && path.extname(value).toLowerCase() !== option.extension) {
      throw new CliError(
        `Tệp ghi ra của --${option.name} phải có đuôi ${option.extension} ("${path.basename(value)}" không có); tệp ghi ra là dạng ${option.extension.slice(1).toUpperCase()}. Hãy đổi tên tệp, ví dụ "${path.basename(value, path.extname(value))}${option.extension}"; chưa có gì được ghi.`,
      );
    }
    values[option.name as keyof CliOptions] = value;
  }
  const input = path.resolve(values.input ?? SAMPLE_WORKBOOK);
  const output = path.resolve(values.output ?? path.join('out', `${path.basename(input, path.extname(input))}-tong-hop.xlsx`));
  return { input, output, period: values.period, json: values.json && path.resolve(values.json), pdf: values.pdf && path.resolve(values.pdf) };
}

/**
 * A full garbage collection between reading the workbook and running the add-in, when Node runs with --expose-gc (npm start
 * does): the reader leaves tens of MB of XML text behind, and the add-in's reads would otherwise pile theirs on top of it
 * (about 100 MB more at the peak on the large workbook).
 */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** The report sheet as PDF bytes; LibreOffice's failure as the command's own Vietnamese line. */
async function printedPdf(spreadsheet: Parameters<typeof renderSheetsPdf>[0], sheet: string): Promise<Buffer> {
  try {
    return await renderSheetsPdf(spreadsheet, [sheet]);
  } catch (error) {
    if (error instanceof PdfError) throw new CliError(error.message);
    throw error;
  }
}

/** The input's package, or a Vietnamese error naming the file. */
async function openPackage(file: string): Promise<XlsxPackage> {
  const label = path.basename(file);
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    throw new FileError(`Không đọc được tệp "${label}" (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  if (buffer.length >= 4 && buffer.readUInt32BE(0) === 0xd0cf11e0) {
    throw new CliError(
      `Không đọc được tệp "${label}": đây là tệp .xls cũ hoặc tệp có mật khẩu. Hãy mở bằng Excel hoặc LibreOffice, bỏ mật khẩu và lưu thành .xlsx.`,
    );
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new CliError(`Không đọc được tệp "${label}": không phải tệp .xlsx hợp lệ.`);
  try {
    const pkg = await XlsxPackage.open(buffer);
    if (pkg.sheets.length === 0) throw new CliError(`Tệp "${label}" không có trang tính nào.`);
    return pkg;
  } catch (error) {
    if (error instanceof NotXlsxPackage) throw new CliError(`Không đọc được tệp "${label}": tệp bị hỏng hoặc không phải bảng tính Excel (${error.message}).`);
    throw error;
  }
}

/**
 * Runs the add-in's yearly summary on the input workbook and writes the copy (and the JSON when asked). The input and every
 * output are checked first; nothing is written unless the summary and the copy were made whole.
 */
export async function runOffline(options: CliOptions): Promise<{ summary: YearlySummary; calls: number; notes: string[] }> {
  const input = checkInput(options.input);
  const outputs = planOutputs(input, [
    { option: '--output', file: options.output },
    ...(options.json ? [{ option: '--json', file: options.json }] : []),
    ...(options.pdf ? [{ option: '--pdf', file: options.pdf }] : []),
  ]);
  if (options.pdf && !hasLibreOffice()) throw new CliError(NO_LIBREOFFICE);
  const pkg = await openPackage(options.input);
  const counter = new CallCounter();
  const workbook = await readPackageWorkbook(pkg, { counter, name: path.basename(options.input) });
  const { spreadsheet, warnings } = workbook;
  collectGarbage();
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
  // With --pdf the report is written too (into the copy as well), from the same figures, and printed through LibreOffice.
  const report = options.pdf ? (addin.buildReport(summary.period.label) as { sheet: string }) : null;
  const pdf = report ? await printedPdf(spreadsheet, report.sheet) : null;
  // The sheets the run wrote: the summary (added, or rewritten and perhaps renamed from another spelling) and any sheet it added.
  const written = spreadsheet._model.sheets.filter((sheet) => !workbook.origins.has(sheet) || sheet.name === summarySheetName(summary.period.label));
  const copy = await packageWithSheets(pkg, workbook, written);
  summary.warnings = [...withFileWarnings(summary.warnings, warnings), ...copy.warnings];
  writeOutputs([
    { plan: outputs[0], content: copy.bytes },
    ...(options.json ? [{ plan: outputs[1], content: JSON.stringify(summary, null, 2) + '\n' }] : []),
    ...(pdf ? [{ plan: outputs[outputs.length - 1], content: pdf }] : []),
  ]);
  return { summary, calls, notes: copy.notes };
}

const count = (n: number) => n.toLocaleString('vi-VN');

/** An ISO instant as officers read it, dd/mm/yyyy HH:mm in Vietnam's time (as the sign-off warnings show it); text kept when unreadable. */
function shownMinute(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const t = civilTime(at, VIETNAM_TIME_ZONE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(t.day)}/${two(t.month)}/${t.year} ${two(t.hour)}:${two(t.minute)}`;
}

/** A short readable report of the summary for the terminal. */
export function describeSummary(summary: YearlySummary): string {
  const { period } = summary;
  const lines = [`Tổng hợp kỳ ${period.label} (${formatDateVi(period.start)} – ${formatDateVi(period.end)}): ${count(summary.units)} đơn vị`];
  lines.push(
    `  Xếp loại: ${LEVELS.map((l) => `${l} ${summary.classification[l]} (${summary.classificationPercent[l].toFixed(1).replace('.', ',')}%)`).join(' · ')}`,
  );
  for (const cluster of summary.clusters) {
    const top = cluster.ranking.filter((r) => r.rank === 1).map((r) => r.unit);
    lines.push(`  ${cluster.name}: ${cluster.units} đơn vị, HTXSNV ${cluster.classification.HTXSNV}${top.length ? `, hạng 1: ${top.join(', ')}` : ''}`);
  }
  const m = summary.membership;
  lines.push(`  Đoàn viên: ${count(m.members)} / ${count(m.workers)} người lao động, kết nạp mới ${count(m.newMembers)}`);
  lines.push(`  Thăm hỏi: ${count(summary.visits.count)} lượt, ${formatVnd(summary.visits.amount)}`);
  for (const f of summary.funds)
    lines.push(`  ${f.fund}: đầu kỳ ${formatVnd(f.opening)}, thu ${formatVnd(f.income)}, chi ${formatVnd(f.expense)}, cuối kỳ ${formatVnd(f.closing)}`);
  lines.push(`  Khen thưởng: ${count(summary.awards.collective)} tập thể, ${count(summary.awards.individual)} cá nhân`);
  if (summary.signOff) {
    const changed = summary.signOff.changes.length;
    lines.push(
      `  Đã chốt: ${summary.signOff.by}, lúc ${shownMinute(summary.signOff.at)}; ${changed === 0 ? 'không dòng nguồn nào thay đổi từ khi chốt' : `${count(changed)} dòng nguồn thay đổi từ khi chốt (xem cảnh báo)`}`,
    );
  }
  lines.push(`  Cảnh báo: ${count(summary.warnings.length)}`);
  for (const w of summary.warnings.slice(0, 10)) lines.push(`    - ${w.sheet || 'Bảng tính'}${w.cell ? ' ' + w.cell : ''}: ${w.message}`);
  if (summary.warnings.length > 10) lines.push(`    … và ${count(summary.warnings.length - 10)} cảnh báo khác (xem trang tổng hợp, mục VIII)`);
  return lines.join('\n');
}

/** Runs the command; the exit code is 0 or 1, nothing else. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const { summary, notes } = await runOffline(options);
    console.log(describeSummary(summary));
    for (const note of notes) console.log(`Lưu ý: ${note}`);
    console.log(
      `Đã ghi: ${[options.output, options.json, options.pdf]
        .filter((file): file is string => !!file)
        .map((file) => path.relative(process.cwd(), file))
        .join(', ')}`,
    );
    return 0;
  } catch (error) {
    for (const line of failureLines(error)) console.error(line);
    return 1;
  }
}

/** What the command says on a failure: one Vietnamese line, and for an unexpected failure its detail, never a stack trace. */
export function failureLines(error: unknown): string[] {
  if (error instanceof CliError || error instanceof FileError) return [`Lỗi: ${error.message}`];
  return [
    'Lỗi ngoài dự kiến: lệnh dừng lại, không tệp kết quả nào bị thay đổi. Hãy gửi dòng dưới đây cho người bảo trì.',
    `Chi tiết: ${error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error)}`,
  ];
}

if (require.main === module) {
  // Whatever escapes main (a failure in a callback of a library) still ends in the command's own words and exit code 1.
  const fail = (error: unknown) => {
    for (const line of failureLines(error)) console.error(line);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  main(process.argv.slice(2)).then((code) => process.exit(code), fail);
}
