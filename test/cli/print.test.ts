// The printed papers, through LibreOffice as an officer would print them: the summary (A4 landscape), the report (A4 portrait,
// the administrative format) and a cluster's cross-check minutes, of the sample and of a 2,000-unit workbook. Checked on the
// PDF's text: no ###, the national motto and the title, the paragraphs' figures equal to the JSON summary's, each table's header
// on every page it runs onto, and bounded page counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { generateUnionBook, LARGE_OPTIONS } from '../../examples/generator';
import { unionBookBuffer } from '../../examples/write-xlsx';
import { runOffline, SAMPLE_WORKBOOK } from '../../local/cli';
import { loadAddin } from '../../local/load-addin';
import { writeSheetsPdf } from '../../local/pdf';
import { createRuntime } from '../../local/runtime/index';
import { loadXlsx, saveXlsx } from '../../local/xlsx';
import { CallCounter } from '../../local/runtime/counter';
import { dongVi, numberVi, percentVi } from '../../src/domain/sheet-grid';
import { LEVEL_NAMES, LEVELS, type YearlySummary } from '../../src/domain/types';
import { tempDir } from '../helpers/workbook';

const ADMIN = 'vanphong.cdgd@thangbinh.edu.vn';

/** Text of each PDF page, through poppler's pdftotext. */
function pagesOf(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\f').filter((page) => page.trim() !== '');
}

/** The PDF's text in reading order with white space made single: a name wrapped over lines of its cell reads as one. */
function flatText(pdf: string): string {
  return spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout.replace(/\s+/g, ' ');
}

/** Page sizes as pdfinfo prints them ("595.304 x 841.89 pts (A4)"), one per page. */
function pageSizes(pdf: string, pages: number): string[] {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' }).stdout;
  return info.split('\n').filter((line) => /^Page\s+\d+ size:/.test(line));
}

/** The text with every run of white space made one space: a paragraph broken over printed lines reads as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The sentences of the report that carry figures, as the JSON summary says them. */
function expectedSentences(summary: YearlySummary): string[] {
  const sentences = [
    `${numberVi(summary.units, 0)} công đoàn cơ sở (CĐCS), sinh hoạt trong ${numberVi(summary.clusters.length, 0)} cụm thi đua, với ${numberVi(summary.membership.members, 0)} đoàn viên`,
    `kết nạp ${numberVi(summary.membership.newMembers, 0)} đoàn viên mới`,
    `thăm hỏi ${numberVi(summary.visits.count, 0)} lượt đoàn viên với tổng số tiền ${dongVi(summary.visits.amount)}`,
    `Trong kỳ có ${numberVi(summary.awards.collective, 0)} tập thể và ${numberVi(summary.awards.individual, 0)} cá nhân được khen thưởng`,
  ];
  for (const level of LEVELS) {
    if (level === 'CXL' && summary.classification.CXL === 0) continue;
    sentences.push(
      `${LEVEL_NAMES[level]} (${level}): ${numberVi(summary.classification[level], 0)} CĐCS, tỷ lệ ${percentVi(summary.classificationPercent[level])}`,
    );
  }
  for (const fund of summary.funds)
    sentences.push(
      `${fund.fund}: số dư đầu kỳ ${dongVi(fund.opening)}, thu ${dongVi(fund.income)}, chi ${dongVi(fund.expense)}, số dư cuối kỳ ${dongVi(fund.closing)}`,
    );
  return sentences;
}

/** Every page whose text has a line matching `row` also has the table's header `header`. */
function expectHeaderOnEveryPage(pages: string[], row: RegExp, header: string): number {
  let pagesWithRows = 0;
  for (const page of pages) {
    if (!row.test(page)) continue;
    pagesWithRows += 1;
    expect(page).toContain(header);
  }
  return pagesWithRows;
}

function expectReport(pdf: string, summary: YearlySummary): string[] {
  const pages = pagesOf(pdf);
  const text = pages.join('\n');
  expect(text).not.toContain('###');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain('Nơi nhận:');
  expect(text).toContain('TM. BAN THƯỜNG VỤ');
  for (const sentence of expectedSentences(summary)) expect(flat(text)).toContain(sentence);
  for (const size of pageSizes(pdf, pages.length)) expect(size).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
  // The appendix lists every unit proposed for HTXSNV, its header on each of its pages.
  const proposed = summary.clusters.flatMap((c) => c.ranking).filter((e) => e.level === 'HTXSNV');
  for (const entry of proposed) expect(text).toContain(entry.unit);
  const appendixPages = expectHeaderOnEveryPage(pages, /^\s*\d+ .+ CD\d+ /m, 'Tên CĐCS');
  expect(appendixPages).toBeGreaterThanOrEqual(1);
  // Four pages of text at most, then the appendix at 25 units a page or better.
  expect(pages.length).toBeLessThanOrEqual(5 + Math.ceil(proposed.length / 25));
  return pages;
}

function expectSummary(pages: string[], summary: YearlySummary): void {
  const text = pages.join('\n');
  expect(text).not.toContain('###');
  expect(text).toContain('BÁO CÁO TỔNG HỢP');
  for (const section of [
    'I. XẾP LOẠI',
    'II. BẢNG XẾP HẠNG',
    'III. ĐỀ NGHỊ',
    'IV. ĐOÀN VIÊN',
    'V. THĂM HỎI',
    'VI. TÀI CHÍNH',
    'VII. KHEN THƯỞNG',
    'VIII. SO SÁNH',
    'IX. CẢNH BÁO',
  ]) {
    expect(text).toContain(section);
  }
  // Every unit of the ranking is printed (no column cut off the page), and each page of the ranking opens with its header.
  for (const cluster of summary.clusters) for (const entry of cluster.ranking) expect(text).toContain(entry.unit);
  const rankingPages = expectHeaderOnEveryPage(pages, /^\s*\d*\s+CD\d+\s+.*\s(HTXSNV|HTTNV|HTNV|KHTNV|CXL)\b/m, 'Hạng');
  expect(rankingPages).toBeGreaterThanOrEqual(1);
}

function expectMinutes(pdf: string, units: number, criteria: number): void {
  const pages = pagesOf(pdf);
  const text = pages.join('\n');
  expect(text).not.toContain('###');
  expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(text).toContain('BIÊN BẢN');
  expect(text.match(/CỤM TRƯỞNG/g)?.length).toBe(units);
  expect(text.match(/CHỦ TỊCH CĐCS/g)?.length).toBe(units);
  // Each unit on its own pages: at least one page each; at most what its criteria need at two and a half printed lines each
  // (a criterion's text wraps in its column), with the heading and signatures, 40 lines a page.
  expect(pages.length).toBeGreaterThanOrEqual(units);
  expect(pages.length).toBeLessThanOrEqual(units * Math.ceil((criteria * 2.5 + 30) / 40));
  expectHeaderOnEveryPage(pages, /^\s*\d+\s+TC\d+\./m, 'Điểm tối đa');
  for (const size of pageSizes(pdf, pages.length)) expect(size).toMatch(/595\.\d+ x 841\.\d+ pts \(A4\)/);
}

test("the sample: --pdf writes the report, whose paragraphs say the JSON summary's figures; the summary prints landscape with headers on each page", async () => {
  const dir = tempDir();
  const output = path.join(dir, 'tong-hop.xlsx');
  const pdf = path.join(dir, 'bao-cao.pdf');
  const { summary } = await runOffline({ input: SAMPLE_WORKBOOK, output, pdf });
  expect(fs.existsSync(pdf)).toBe(true);
  expectReport(pdf, summary);

  // The summary sheet of the same output, through LibreOffice as a user would open and print it.
  const spreadsheet = await loadXlsx(output, { counter: new CallCounter() });
  const profile = path.join(dir, 'lo-profile');
  const converted = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, output], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  expect(converted.status).toBe(0);
  void spreadsheet;
  const pages = pagesOf(path.join(dir, 'tong-hop.pdf'));
  const first = pages.findIndex((page) => page.includes('BÁO CÁO TỔNG HỢP'));
  const last = pages.findIndex((page) => page.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
  expect(first).toBeGreaterThanOrEqual(0);
  expect(last).toBeGreaterThan(first);
  const summaryPages = pages.slice(first, last);
  expectSummary(summaryPages, summary);
  for (const size of pageSizes(path.join(dir, 'tong-hop.pdf'), pages.length).slice(first, last)) expect(size).toMatch(/841\.\d+ x 595\.\d+ pts \(A4\)/);
}, 300_000);

test("the sample: a cluster leader's minutes print one block per unit with both signatures", async () => {
  const dir = tempDir();
  const spreadsheet = await loadXlsx(SAMPLE_WORKBOOK, { counter: new CallCounter() });
  const runtime = createRuntime({ spreadsheet, activeUser: ADMIN });
  const addin = loadAddin(runtime);
  const result = addin.sidebarBuildMinutes({ cluster: 'Cụm 2', period: '' }) as { sheet: string; message: string };
  expect(result.sheet).toBe('Biên bản Cụm 2 2019-2020');
  const pdf = path.join(dir, 'bien-ban.pdf');
  await writeSheetsPdf(spreadsheet, [result.sheet], pdf);
  expectMinutes(pdf, 10, 12);
}, 300_000);

test("a 2,000-unit workbook: the report, the summary and a cluster's minutes print without ###, headers on every page, pages bounded", async () => {
  const book = generateUnionBook({ ...LARGE_OPTIONS, visits: 4000, ledger: 2000, textAmounts: 0, textDates: 0, awards: 100 });
  const runtime = createRuntime({ spreadsheet: await loadXlsx(await unionBookBuffer(book), { counter: new CallCounter() }), activeUser: ADMIN });
  const addin = loadAddin(runtime);
  const summary = JSON.parse(JSON.stringify(addin.runYearlySummary(''))) as YearlySummary;
  expect(summary.units).toBe(2000);
  const report = addin.buildReport('') as { sheet: string };
  const minutes = addin.sidebarBuildMinutes({ cluster: 'Cụm 7', period: '' }) as { sheet: string };
  const dir = tempDir();
  const spreadsheet = runtime.spreadsheet;

  const reportPdf = path.join(dir, 'bao-cao.pdf');
  await writeSheetsPdf(spreadsheet, [report.sheet], reportPdf);
  expectReport(reportPdf, summary);

  const summaryPdf = path.join(dir, 'tong-hop.pdf');
  await writeSheetsPdf(spreadsheet, [`Tổng hợp ${summary.period.label}`], summaryPdf);
  const pages = pagesOf(summaryPdf);
  expectSummary(pages, summary);
  // Bounded: the ranking, proposals and per-unit visits run to about 2,000 rows each; 30 rows a page or better.
  const rows = 2000 * 3 + summary.warnings.length + 200;
  expect(pages.length).toBeLessThanOrEqual(Math.ceil(rows / 30));

  const units = summary.clusters.find((c) => c.name === 'Cụm 7')!.units;
  const minutesPdf = path.join(dir, 'bien-ban.pdf');
  await writeSheetsPdf(spreadsheet, [minutes.sheet], minutesPdf);
  expectMinutes(minutesPdf, units, 40);
}, 600_000);

test('--pdf without LibreOffice: exit 1 with a Vietnamese message saying how to install it, before anything is written', () => {
  const dir = tempDir();
  const output = path.join(dir, 'ket-qua.xlsx');
  // An empty PATH (node is started by its full path): no soffice can be found.
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('local', 'cli.ts'), '--output', output, '--pdf', path.join(dir, 'bao-cao.pdf')], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
    env: { ...process.env, PATH: tempDir() },
    timeout: 120_000,
  });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Không tìm thấy LibreOffice (lệnh soffice) để ghi tệp PDF');
  expect(run.stderr).toContain('apt-get install libreoffice-calc-nogui');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).toContain('chưa tệp nào được ghi');
  expect(fs.existsSync(output)).toBe(false);
  expect(fs.existsSync(path.join(dir, 'bao-cao.pdf'))).toBe(false);
}, 120_000);

/** A small workbook whose first unit and first cluster have names far longer than a column, and one visit of 123 billion đồng. */
async function longNameBook(): Promise<{ buffer: Buffer; unitName: string; clusterName: string }> {
  const book = generateUnionBook({
    seed: 5,
    units: 12,
    clusters: 3,
    criteria: 8,
    visits: 30,
    ledger: 20,
    awards: 4,
    officers: 4,
    period: '2019-2020',
    textAmounts: 0,
    textDates: 0,
  });
  const unitName =
    'Công đoàn cơ sở Trường Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi xã Bình Triều huyện Thăng Bình tỉnh Quảng Nam (điểm trường chính và các điểm trường lẻ)';
  const clusterName = 'Cụm thi đua số 1 các trường tiểu học và trung học cơ sở vùng đồng bằng ven biển phía đông huyện';
  const units = book['Đơn vị'];
  units[1][(units[0] as string[]).indexOf('Tên đơn vị')] = unitName;
  // The cluster renamed wherever it is named (Đơn vị, Phân quyền), so every role and score still holds.
  for (const rows of Object.values(book))
    for (const row of rows)
      row.forEach((cell, i) => {
        if (cell === 'Cụm 1') row[i] = clusterName;
      });
  const visits = book['Thăm hỏi'];
  visits[1][(visits[0] as string[]).indexOf('Số tiền')] = 123_456_789_012;
  return { buffer: await unionBookBuffer(book), unitName, clusterName };
}

test('long unit and cluster names print whole (wrapped in their cells), the summary at full width, no ###, headers on every page', async () => {
  const { buffer, unitName, clusterName } = await longNameBook();
  const runtime = createRuntime({ spreadsheet: await loadXlsx(buffer, { counter: new CallCounter() }), activeUser: ADMIN });
  const addin = loadAddin(runtime);
  const summary = JSON.parse(JSON.stringify(addin.runYearlySummary(''))) as YearlySummary;
  const report = addin.buildReport('') as { sheet: string };
  const dir = tempDir();
  const summaryPdf = path.join(dir, 'tong-hop.pdf');
  await writeSheetsPdf(runtime.spreadsheet, [`Tổng hợp ${summary.period.label}`], summaryPdf);
  const pages = pagesOf(summaryPdf);
  expectSummary(pages, summary);
  const text = flatText(summaryPdf);
  // The unit in the ranking, the proposals or the visits, and the cluster's heading rows: every word, in order.
  expect(text).toContain(unitName);
  expect(text).toContain(`${clusterName} (${summary.clusters.find((c) => c.name === clusterName)?.units} đơn vị)`);
  // Every section heading stands with what it heads: none is the last line of a page.
  for (const page of pages) expect(page.trimEnd().split('\n').pop()).not.toMatch(/^\s*(I|II|III|IV|V|VI|VII|VIII|IX)\. [A-ZĐ]/);

  const reportPdf = path.join(dir, 'bao-cao.pdf');
  await writeSheetsPdf(runtime.spreadsheet, [report.sheet], reportPdf);
  expect(flatText(reportPdf)).toContain(clusterName);
  expect(flatText(reportPdf)).not.toContain('###');
}, 300_000);

test("the summary sheet's wrapped cells: each row is as tall as its text needs, in both writers (package copy and exceljs)", async () => {
  const { buffer } = await longNameBook();
  const dir = tempDir();
  const input = path.join(dir, 'dai.xlsx');
  fs.writeFileSync(input, buffer);
  const packaged = path.join(dir, 'goi.xlsx');
  const { summary } = await runOffline({ input, output: packaged });
  const sheetName = `Tổng hợp ${summary.period.label}`;
  // The preview's download path: the add-in run in memory, written through exceljs.
  const runtime = createRuntime({ spreadsheet: await loadXlsx(buffer, { counter: new CallCounter() }), activeUser: ADMIN });
  loadAddin(runtime).runYearlySummary('');
  const viaExcelJs = path.join(dir, 'exceljs.xlsx');
  await saveXlsx(runtime.spreadsheet, viaExcelJs);

  const sheets: ExcelJS.Worksheet[] = [];
  for (const file of [packaged, viaExcelJs]) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    sheets.push(workbook.getWorksheet(sheetName)!);
  }
  const [pack, excel] = sheets;
  let checked = 0;
  for (const sheet of sheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (!cell.alignment?.wrapText || typeof cell.value !== 'string' || cell.value === '') return;
        // The cell's width in pixels (over a merge, its columns'); at least 5 px a character at 10 pt, 12 pt a line.
        const merged = (sheet.model as { merges?: string[] }).merges?.find((m) => m.startsWith(`${cell.address}:`));
        const last = merged ? sheet.getCell(merged.split(':')[1]).col : cell.col;
        let pixels = 0;
        for (let c = Number(cell.col); c <= Number(last); c++) pixels += (sheet.getColumn(c).width ?? 13) * 7 + 5;
        const lines = Math.ceil((cell.value.length * 5) / (pixels - 8));
        expect({ cell: cell.address, height: Math.max(row.height ?? 0, lines * 12) }).toEqual({ cell: cell.address, height: row.height });
        checked += 1;
      });
    });
  }
  expect(checked).toBeGreaterThan(20);
  // The same widths, row heights and page setup from both writers.
  const widths = (sheet: ExcelJS.Worksheet) => Array.from({ length: 9 }, (_, i) => sheet.getColumn(i + 1).width);
  expect(widths(excel)).toEqual(widths(pack));
  const heights = (sheet: ExcelJS.Worksheet) => Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1).height);
  expect(heights(excel)).toEqual(heights(pack));
  expect(excel.pageSetup.orientation).toBe('landscape');
  expect(pack.pageSetup.orientation).toBe('landscape');
  // Every summary cell at 10 pt or as laid out (exceljs would write an unsized font at its own 11 pt), in a named font
  // (without one LibreOffice prints in a wider serif than the layout measured for).
  excel.eachRow((row) =>
    row.eachCell((cell) => {
      expect(cell.font?.size ?? 0).toBeGreaterThanOrEqual(10);
      expect(cell.font?.name).toBe('Arial');
    }),
  );
}, 300_000);

test("the sample's summary printed from memory through exceljs (the preview's download): each ranking page opens with its whole header", async () => {
  const runtime = createRuntime({ spreadsheet: await loadXlsx(SAMPLE_WORKBOOK, { counter: new CallCounter() }), activeUser: ADMIN });
  const summary = loadAddin(runtime).runYearlySummary('') as YearlySummary;
  const pdf = path.join(tempDir(), 'tong-hop.pdf');
  await writeSheetsPdf(runtime.spreadsheet, [`Tổng hợp ${summary.period.label}`], pdf);
  const pages = pagesOf(pdf);
  expectSummary(pages, JSON.parse(JSON.stringify(summary)) as YearlySummary);
  // The header's longest label on one printed line: a header wrapped beyond its row's height is cut.
  const withRanking = pages.filter((page) => /^\s*\d*\s+CD\d+\s+.*\s(HTXSNV|HTTNV|HTNV|KHTNV|CXL)\b/m.test(page));
  expect(withRanking.length).toBeGreaterThanOrEqual(2);
  for (const page of withRanking) expect(page).toMatch(/Hạng\s+Mã đơn vị\s+Tên đơn vị\s+Tự chấm\s+Điểm cuối cùng\s+Chênh lệch\s+Xếp loại\s+Ghi chú/);
}, 300_000);

test('a summary copy read back and written again through exceljs (the preview opening an earlier output) prints without ###', async () => {
  const dir = tempDir();
  const output = path.join(dir, 'tong-hop.xlsx');
  const { summary } = await runOffline({ input: SAMPLE_WORKBOOK, output });
  const again = await loadXlsx(output, { counter: new CallCounter() });
  const pdf = path.join(dir, 'lai.pdf');
  await writeSheetsPdf(again, [`Tổng hợp ${summary.period.label}`], pdf);
  const text = pagesOf(pdf).join('\n');
  expect(text).toContain('Tổng cộng');
  expect(text).not.toContain('###');
  expect(text).toContain(dongVi(summary.funds.reduce((sum, fund) => sum + fund.income, 0)).replace(' đồng', ' ₫'));
}, 300_000);
