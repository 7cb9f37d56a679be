// Regenerates the README's page images (docs/images) from the current output: the sample's report, a cluster's minutes and the summary, printed through LibreOffice, first pages as PNG (pdftoppm).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SAMPLE_WORKBOOK } from '../local/cli';
import { loadAddin } from '../local/load-addin';
import { writeSheetsPdf } from '../local/pdf';
import { CallCounter } from '../local/runtime/counter';
import { createRuntime } from '../local/runtime/index';
import { loadXlsx } from '../local/xlsx';

const IMAGES = path.join(__dirname, '..', 'docs', 'images');
const ADMIN = 'vanphong.cdgd@thangbinh.edu.vn';

/** Pages first..last of a PDF as docs/images/<name>-<n>.png at 70 dpi. */
function png(pdf: string, name: string, first: number, last: number): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anh-'));
  spawnSync('pdftoppm', ['-r', '70', '-png', '-f', String(first), '-l', String(last), pdf, path.join(dir, 'p')], { stdio: 'inherit' });
  const files = fs.readdirSync(dir).sort();
  files.forEach((file, i) => {
    fs.copyFileSync(path.join(dir, file), path.join(IMAGES, `${name}-${first + i}.png`));
  });
}

async function main(): Promise<void> {
  const spreadsheet = await loadXlsx(SAMPLE_WORKBOOK, { counter: new CallCounter() });
  const addin = loadAddin(createRuntime({ spreadsheet, activeUser: ADMIN }));
  const summary = addin.runYearlySummary('') as { period: { label: string } };
  const report = addin.buildReport('') as { sheet: string };
  const minutes = addin.sidebarBuildMinutes({ cluster: 'Cụm 1', period: '' }) as { sheet: string };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'in-'));
  const print = async (sheet: string, name: string, last: number) => {
    const pdf = path.join(dir, `${name}.pdf`);
    await writeSheetsPdf(spreadsheet, [sheet], pdf);
    png(pdf, name, 1, last);
  };
  await print(report.sheet, 'bao-cao-trang', 2);
  await print(minutes.sheet, 'bien-ban-trang', 1);
  await print(`Tổng hợp ${summary.period.label}`, 'tong-hop-trang', 2);
  console.log(`Đã ghi ảnh vào ${path.relative(process.cwd(), IMAGES)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
