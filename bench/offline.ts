// Bench of the offline command on generated workbooks (time, CPU, peak memory), with a stray value at XFD1048576: `npx tsx bench/offline.ts`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LARGE_OPTIONS, scaleOptions } from '../examples/generator';
import { XlsxPackage } from '../local/xlsx-package';

const root = path.resolve(__dirname, '..');
const fmt = (n: number) => n.toLocaleString('vi-VN');
const decimal = (n: number, digits = 1) => n.toFixed(digits).replace('.', ',');

/** Budget on the large workbook, and how much a stray value far from the tables may add. */
const BUDGET = { seconds: 8, peakMb: 600, strayShare: 0.1 };

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
}

/**
 * The former command (exceljs reads the whole workbook and writes every sheet back) on the large workbook, measured once
 * beside the new one on this machine under the same load (the machine is shared: 12,3 s wall when it was quieter).
 */
const BEFORE = { seconds: '32,7 s (12,3 s khi máy ít tải)', cpu: '13,3 s', peak: '1.425 MB', stray: 'không xong sau 150 s (lần báo lỗi: sau 240 s)' };

/** Runs the real offline command as `npm start` does; wall time, CPU time (user + system) and peak memory (GNU time's %M). */
function timeOfflineCommand(input: string): Run {
  const output = input.replace(/\.xlsx$/, '-tong-hop.xlsx');
  const started = process.hrtime.bigint();
  const args = ['-f', '%U %S %M', process.execPath, '--expose-gc', '--import', 'tsx', 'local/cli.ts', '--input', input, '--output', output];
  const run = spawnSync('/usr/bin/time', args, { cwd: root, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`offline command failed: ${run.stderr}`);
  const [user, system, kb] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, peakMb: kb / 1024 };
}

/** The generated workbook at `scale` (made once, under out/). */
function generated(name: string, scale: number): string {
  const file = path.join(root, 'out', name);
  if (!fs.existsSync(file)) execFileSync('npx', ['tsx', 'bench/generate-large.ts', file, '--scale', String(scale)], { cwd: root, stdio: 'inherit' });
  return file;
}

/** A copy of the workbook with one more value, at XFD1048576 of Thăm hỏi (the last cell a sheet can have). */
async function withStrayValue(file: string): Promise<string> {
  const out = file.replace(/\.xlsx$/, '-o-lac.xlsx');
  const pkg = await XlsxPackage.open(fs.readFileSync(file));
  const part = pkg.sheets.find((s) => s.name === 'Thăm hỏi')?.part;
  if (!part) throw new Error(`${file} has no Thăm hỏi`);
  const xml = (await pkg.text(part))!;
  const stray = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ghi nhầm chỗ</t></is></c></row>';
  fs.writeFileSync(out, await pkg.bytesWith(new Map([[part, xml.replace('</sheetData>', `${stray}</sheetData>`)]])));
  return out;
}

/** The section of bench/results.md on the offline command: one line per workbook, the figures before this design, the verdict. */
export async function offlineBench(say: (line?: string) => void): Promise<void> {
  say('## Lệnh ngoại tuyến (npm start -- --input …): đọc gói .xlsx, chạy dist/Code.js, chép gói và thêm trang tổng hợp');
  say();
  say('| Bảng tính | Đơn vị | Thăm hỏi | Thu chi | Tệp | Thời gian | CPU | Bộ nhớ đỉnh |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|');
  const line = (label: string, options: typeof LARGE_OPTIONS, file: string, run: Run) =>
    say(
      `| ${label} | ${fmt(options.units)} | ${fmt(options.visits)} | ${fmt(options.ledger)} | ${decimal(fs.statSync(file).size / 1e6)} MB | ${decimal(run.seconds)} s | ${decimal(run.cpuSeconds)} s | ${fmt(Math.round(run.peakMb))} MB |`,
    );
  const medium = generated('vua.xlsx', 0.1);
  line('1×', scaleOptions(LARGE_OPTIONS, 0.1), medium, timeOfflineCommand(medium));
  const large = generated('lon.xlsx', 1);
  const stray = await withStrayValue(large);
  const plain = timeOfflineCommand(large);
  const withStray = timeOfflineCommand(stray);
  line('10× (bảng tính lớn)', LARGE_OPTIONS, large, plain);
  line('10× + một giá trị ở Thăm hỏi!XFD1048576', LARGE_OPTIONS, stray, withStray);
  say();
  say(
    'Trước và sau trên bảng tính lớn (trước: exceljs đọc cả bảng tính rồi ghi lại mọi trang; đo trên cùng máy, cùng lúc, lệnh cũ lấy từ nhánh main ngày 30/11/2026):',
  );
  say();
  say('| Bảng tính lớn | Thời gian | CPU | Bộ nhớ đỉnh |');
  say('|---|---:|---:|---:|');
  say(`| Trước | ${BEFORE.seconds} | ${BEFORE.cpu} | ${BEFORE.peak} |`);
  say(`| Sau | ${decimal(plain.seconds)} s | ${decimal(plain.cpuSeconds)} s | ${fmt(Math.round(plain.peakMb))} MB |`);
  say(`| Trước, thêm một giá trị ở XFD1048576 | ${BEFORE.stray} | | |`);
  say(
    `| Sau, thêm một giá trị ở XFD1048576 | ${decimal(withStray.seconds)} s | ${decimal(withStray.cpuSeconds)} s | ${fmt(Math.round(withStray.peakMb))} MB |`,
  );
  say();
  const share = withStray.cpuSeconds / plain.cpuSeconds - 1;
  const verdicts = [
    `CPU ${plain.cpuSeconds <= BUDGET.seconds ? 'trong' : 'VƯỢT'} giới hạn ${BUDGET.seconds} s`,
    `thời gian thực ${plain.seconds <= BUDGET.seconds ? 'trong giới hạn' : `vượt giới hạn (tải trung bình của máy lúc đo: ${decimal(os.loadavg()[0])} trên ${os.cpus().length} nhân)`}`,
    `bộ nhớ ${plain.peakMb <= BUDGET.peakMb ? 'trong' : 'VƯỢT'} giới hạn ${BUDGET.peakMb} MB`,
    share <= 0
      ? `giá trị lạc chỗ không làm tăng CPU (chênh ${decimal(share * 100)}%, trong sai số đo; giới hạn ${BUDGET.strayShare * 100}%)`
      : `giá trị lạc chỗ thêm ${decimal(share * 100)}% CPU (${share <= BUDGET.strayShare ? 'trong' : 'VƯỢT'} giới hạn ${BUDGET.strayShare * 100}%)`,
  ];
  say(`Kết luận: ${verdicts.join('; ')}. Máy dùng chung nên thời gian thực dao động; CPU (user + system) ổn định hơn và là số dùng để so sánh.`);
  say();
}

if (require.main === module) {
  offlineBench((line = '') => console.log(line)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
