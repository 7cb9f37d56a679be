// The offline command's output opens in LibreOffice, and the summary sheet prints on A4 landscape, one page wide, readable.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runOffline, SAMPLE_WORKBOOK } from '../../local/cli';
import { tempDir } from '../helpers/workbook';

/** Text of each PDF page, through poppler's pdftotext. */
function pagesOf(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\f').filter((page) => page.trim() !== '');
}

test('LibreOffice converts the output to PDF; the summary sheet is on A4 landscape with its title and sections', async () => {
  const dir = tempDir();
  const output = path.join(dir, 'tong-hop.xlsx');
  const { summary } = await runOffline({ input: SAMPLE_WORKBOOK, output });
  const profile = path.join(dir, 'lo-profile');
  const converted = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, output], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(converted.status).toBe(0);
  const pdf = path.join(dir, 'tong-hop.pdf');
  expect(fs.existsSync(pdf)).toBe(true);

  const pages = pagesOf(pdf);
  const first = pages.findIndex((page) => page.includes('BÁO CÁO TỔNG HỢP'));
  expect(first).toBeGreaterThanOrEqual(0);
  const pageNumber = String(first + 1);
  const info = spawnSync('pdfinfo', ['-f', pageNumber, '-l', String(pages.length), pdf], { encoding: 'utf8' }).stdout;
  const sizes = info.split('\n').filter((line) => /^Page\s+\d+ size:/.test(line));
  expect(sizes.length).toBe(pages.length - first);
  for (const size of sizes) expect(size).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
  const report = pages.slice(first).join('\n');
  expect(report).toContain(`Năm học ${summary.period.label}`);
  for (const section of ['I. XẾP LOẠI', 'II. BẢNG XẾP HẠNG', 'III. ĐỀ NGHỊ', 'IV. ĐOÀN VIÊN', 'V. THĂM HỎI', 'VI. TÀI CHÍNH', 'VII. KHEN THƯỞNG', 'VIII. CẢNH BÁO']) {
    expect(report).toContain(section);
  }
  // Every unit of the ranking is on the printed pages, so no column was cut off the page's width.
  for (const cluster of summary.clusters) for (const entry of cluster.ranking) expect(report).toContain(entry.unit);
}, 180_000);
