// The offline copy (issue 11, item 4 of issue 17): every part of the input carried as it is, the summary added, links that Excel and LibreOffice open, stray cells read and named.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runOffline, SAMPLE_WORKBOOK } from '../../local/cli';
import { loadAddin } from '../../local/load-addin';
import { CallCounter } from '../../local/runtime/counter';
import type { LocalSpreadsheet } from '../../local/runtime/spreadsheet';
import { loadXlsx } from '../../local/xlsx';
import { XlsxPackage } from '../../local/xlsx-package';
import { runtimeWith, tempDir, xlsxWith, type SheetRows } from '../helpers/workbook';

/** A 1×1 PNG, the picture an officer pastes into a sheet. */
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const BOOK: SheetRows = {
  'Đơn vị': [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên'],
    ['U1', 'Trường A', 'Cụm 1', 10],
    ['U2', 'Trường B', 'Cụm 1', 12],
  ],
  'Chấm điểm': [
    ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm'],
    ['2020', 'U1', 'Tự chấm', 'a@b.vn'],
  ],
  'Thăm hỏi': [
    ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
    ['05/03/2020', 'U1', 'Nguyễn Thị Lan', 'Ốm đau', 'abc', 'Quỹ CĐCS'],
    ['06/03/2020', 'U2', 'Lê Văn Tám', 'Hiếu', 500000, 'Quỹ CĐCS'],
  ],
  'Thu chi': [
    ['Ngày', 'Số chứng từ', 'Quỹ', 'Loại', 'Khoản mục', 'Số tiền'],
    ['02/01/2020', 'PT1', 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 100],
  ],
  Quỹ: [
    ['Quỹ', 'Số dư đầu kỳ'],
    ['Quỹ CĐCS', 1000000],
  ],
};

/** The parts the copy may change besides the sheets it writes. */
const LISTS = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml', 'xl/styles.xml'];

async function partsOf(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

/** The input with some parts changed (or added), written to a new file. */
async function edited(file: string, edit: (zip: JSZip, pkg: XlsxPackage) => Promise<void>): Promise<string> {
  const bytes = fs.readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  await edit(zip, await XlsxPackage.open(bytes));
  const out = path.join(tempDir(), path.basename(file));
  fs.writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return out;
}

/** Appends a row holding one text cell at `address` to the sheet's part. */
async function withStrayCell(zip: JSZip, pkg: XlsxPackage, sheet: string, address: string): Promise<void> {
  const part = pkg.sheets.find((s) => s.name === sheet)!.part!;
  const xml = await zip.file(part)!.async('string');
  const row = /\d+$/.exec(address)![0];
  const cell = `<row r="${row}"><c r="${address}" t="inlineStr"><is><t>ghi nhầm chỗ</t></is></c></row>`;
  zip.file(
    part,
    xml.includes('<sheetData/>') ? xml.replace('<sheetData/>', `<sheetData>${cell}</sheetData>`) : xml.replace('</sheetData>', `${cell}</sheetData>`),
  );
}

/** A workbook exceljs writes with what the runtime does not model: an image, notes, a conditional format, a defined name. */
async function richWorkbook(): Promise<string> {
  const plain = await xlsxWith(BOOK);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plain);
  const units = workbook.getWorksheet('Đơn vị')!;
  units.addImage(workbook.addImage({ base64: PNG_1PX, extension: 'png' }), 'F2:G4');
  units.getCell('A1').note = 'Mã do Liên đoàn cấp';
  units.addConditionalFormatting({
    ref: 'D2:D3',
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [11],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  workbook.definedNames.add("'Đơn vị'!$A$1:$D$3", 'DanhSach');
  const file = path.join(tempDir(), 'day-du.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('the copy carries the officer’s workbook whole', () => {
  test.each([
    ['the bundled sample', async () => SAMPLE_WORKBOOK],
    ['a workbook with an image, notes, a conditional format and a defined name', richWorkbook],
  ])('%s: every part is byte for byte the input’s, but the lists of sheets and styles and the new summary sheet', async (_name, make) => {
    const input = await make();
    const output = path.join(tempDir(), 'ket-qua.xlsx');
    const { summary } = await runOffline({ input, output });
    const [before, after] = await Promise.all([partsOf(input), partsOf(output)]);
    const added = [...after.keys()].filter((part) => !before.has(part));
    expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
    for (const [part, bytes] of before) {
      expect(after.has(part)).toBe(true);
      if (!LISTS.includes(part)) expect([part, after.get(part)!.equals(bytes)]).toEqual([part, true]);
    }
    const [source, copy] = await Promise.all([input, output].map((file) => loadXlsx(file, { counter: new CallCounter() })));
    const names = (s: LocalSpreadsheet) => s.getSheets().map((sheet) => sheet.getName());
    expect(names(copy)).toEqual([...names(source), `Tổng hợp ${summary.period.label}`]);
    for (const name of names(source)) {
      expect(copy.getSheetByName(name)!.getDataRange().getValues()).toEqual(source.getSheetByName(name)!.getDataRange().getValues());
    }
    const workbookXml = after.get('xl/workbook.xml')!.toString('utf8');
    expect(workbookXml).toContain(`<sheet name="Tổng hợp ${summary.period.label}"`);
  });

  test('running again on its own copy rewrites the summary sheet in place; what the old one held is named', async () => {
    const first = path.join(tempDir(), 'lan-1.xlsx');
    await runOffline({ input: await xlsxWith(BOOK), output: first });
    // The officer added an image to the summary sheet of the first copy.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(first);
    workbook.getWorksheet('Tổng hợp 2020')!.addImage(workbook.addImage({ base64: PNG_1PX, extension: 'png' }), 'K2:L3');
    const withImage = path.join(tempDir(), 'co-hinh.xlsx');
    await workbook.xlsx.writeFile(withImage);
    const second = path.join(tempDir(), 'lan-2.xlsx');
    const { summary } = await runOffline({ input: withImage, output: second });
    const pkg = await XlsxPackage.open(fs.readFileSync(second));
    expect(pkg.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Chấm điểm', 'Thăm hỏi', 'Thu chi', 'Quỹ', 'Tổng hợp 2020']);
    expect(summary.warnings).toContainEqual({
      sheet: 'Tổng hợp 2020',
      cell: '',
      message: 'Trang được ghi lại toàn bộ: hình vẽ, biểu đồ và hình ảnh có trên trang này trong tệp vào không còn trong bản sao.',
    });
    expect(await pkg.relationshipsOf(pkg.sheets[5].part!)).toEqual([]);
  });

  test('a summary tab under another spelling is rewritten and renamed in place, not left beside a new one', async () => {
    const { Quỹ: funds, ...rest } = BOOK;
    const input = await xlsxWith({ ...rest, 'TONG HOP 2020': [['bản cũ'], ['số liệu cũ']], Quỹ: funds });
    const output = path.join(tempDir(), 'ket-qua.xlsx');
    await runOffline({ input, output, period: '2020' });
    const [before, after] = await Promise.all([input, output].map(async (file) => XlsxPackage.open(fs.readFileSync(file))));
    expect(after.sheets.map((s) => s.name)).toEqual(['Đơn vị', 'Chấm điểm', 'Thăm hỏi', 'Thu chi', 'Tổng hợp 2020', 'Quỹ']);
    const old = before.sheets.find((s) => s.name === 'TONG HOP 2020')!;
    expect(after.sheets[4].part).toBe(old.part);
    expect(await after.text(old.part!)).not.toContain('bản cũ');
    expect(await after.text('docProps/app.xml')).not.toContain('TONG HOP 2020');
  });

  test('a workbook with macros: the copy is a plain .xlsx without them, and says so', async () => {
    const input = await edited(await xlsxWith(BOOK), async (zip) => {
      const types = await zip.file('[Content_Types].xml')!.async('string');
      zip.file(
        '[Content_Types].xml',
        types
          .replace('spreadsheetml.sheet.main+xml', 'sheet.macroEnabled.main+xml')
          .replace('sheet.macroEnabled', 'vnd.ms-excel.sheet.macroEnabled')
          .replace('application/vnd.openxmlformats-officedocument.vnd.ms-excel', 'application/vnd.ms-excel'),
      );
      zip.file('xl/vbaProject.bin', Buffer.from('macro'));
      const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      zip.file(
        'xl/_rels/workbook.xml.rels',
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
        ),
      );
    });
    expect(await (await JSZip.loadAsync(fs.readFileSync(input))).file('[Content_Types].xml')!.async('string')).toContain(
      'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
    );
    const output = path.join(tempDir(), 'ket-qua.xlsx');
    const { summary } = await runOffline({ input, output });
    const parts = await partsOf(output);
    expect(parts.has('xl/vbaProject.bin')).toBe(false);
    expect(parts.get('[Content_Types].xml')!.toString()).not.toContain('macroEnabled');
    expect(parts.get('xl/_rels/workbook.xml.rels')!.toString()).not.toContain('vbaProject');
    expect(summary.warnings).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/^Macro \(VBA\) của bảng tính không được chép/) }));
  });
});

describe('the "Mở" links open the cell wherever the workbook is opened', () => {
  test('on Google Sheets a #gid link (through dist/Code.js); in the copy a workbook-internal link that LibreOffice follows', async () => {
    const runtime = runtimeWith(BOOK);
    loadAddin(runtime).runYearlySummary('2020');
    const ss = runtime.spreadsheet;
    const gid = ss.getSheetByName('Thăm hỏi')!.getSheetId();
    const formulas = ss.getSheetByName('Tổng hợp 2020')!.getDataRange().getFormulas();
    const row = formulas.findIndex((cells) => cells.includes(`=HYPERLINK("#gid=${gid}&range=E2","Mở")`));
    expect(row).toBeGreaterThan(0);
    const column = formulas[row].indexOf(`=HYPERLINK("#gid=${gid}&range=E2","Mở")`);
    const address = `${String.fromCharCode(65 + column)}${row + 1}`;

    const dir = tempDir();
    const output = path.join(dir, 'ket-qua.xlsx');
    await runOffline({ input: await xlsxWith(BOOK), output, period: '2020' });
    const pkg = await XlsxPackage.open(fs.readFileSync(output));
    const sheetXml = (await pkg.text(pkg.sheets.find((s) => s.name === 'Tổng hợp 2020')!.part!))!;
    expect(sheetXml).toContain(`<hyperlink ref="${address}" location="'Thăm hỏi'!$E$2" display="Mở"/>`);
    expect(sheetXml).toContain(`<c r="${address}" s="`);
    expect(sheetXml).not.toContain('#gid=');
    const copy = await loadXlsx(output, { counter: new CallCounter() });
    expect(copy.getSheetByName('Tổng hợp 2020')!.getRange(address).getValue()).toBe('Mở');

    const converted = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'fods', '--outdir', dir, output],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
    const fods = fs.readFileSync(path.join(dir, 'ket-qua.fods'), 'utf8');
    // LibreOffice's own form of the same target, with the label: a link it opens.
    expect(fods).toMatch(/<text:a xlink:href="#&apos;Thăm hỏi&apos;\.\$E\$2"[^>]*>Mở<\/text:a>/);
  });
});

describe('a value far from any table', () => {
  test('at Thăm hỏi!Z200000 and XFD1048576 of another sheet: read, named in a warning, left out of the figures, kept in the copy', async () => {
    const plain = await xlsxWith({ ...BOOK, 'Ghi chép': [['Việc cần làm'], ['Nộp báo cáo']] });
    const input = await edited(plain, async (zip, pkg) => {
      await withStrayCell(zip, pkg, 'Thăm hỏi', 'Z200000');
      await withStrayCell(zip, pkg, 'Ghi chép', 'XFD1048576');
    });
    const dir = tempDir();
    const [clean, stray] = await Promise.all([
      runOffline({ input: plain, output: path.join(dir, 'a.xlsx') }),
      runOffline({ input, output: path.join(dir, 'b.xlsx') }),
    ]);
    const far = stray.summary.warnings.filter((w) => /xa ngoài bảng/.test(w.message));
    expect(far).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'Z200000',
        message:
          'Giá trị "ghi nhầm chỗ" nằm xa ngoài bảng (cách dữ liệu hơn 1.000 dòng hoặc 26 cột): không được tính vào tổng hợp; ô vẫn giữ nguyên trong bảng tính.',
      },
      { sheet: 'Ghi chép', cell: 'XFD1048576', message: expect.stringContaining('nằm xa ngoài bảng') },
    ]);
    const { warnings: _w1, ...cleanFigures } = clean.summary;
    const { warnings: _w2, ...strayFigures } = stray.summary;
    expect(strayFigures).toEqual(cleanFigures);
    const [before, after] = await Promise.all([partsOf(input), partsOf(path.join(dir, 'b.xlsx'))]);
    for (const name of ['Thăm hỏi', 'Ghi chép']) {
      const part = (await XlsxPackage.open(fs.readFileSync(input))).sheets.find((s) => s.name === name)!.part!;
      expect(after.get(part)!.equals(before.get(part)!)).toBe(true);
    }
  });

  test('a formula saved without its result is a warning naming the cell', async () => {
    const input = await edited(await xlsxWith(BOOK), async (zip, pkg) => {
      const part = pkg.sheets.find((s) => s.name === 'Đơn vị')!.part!;
      const xml = await zip.file(part)!.async('string');
      zip.file(part, xml.replace('</sheetData>', '<row r="5"><c r="D5"><f>SUM(D2:D3)</f></c></row></sheetData>'));
    });
    const { summary } = await runOffline({ input, output: path.join(tempDir(), 'c.xlsx') });
    expect(summary.warnings).toContainEqual({ sheet: 'Đơn vị', cell: 'D5', message: expect.stringMatching(/^Công thức chưa có giá trị đã tính/) });
  });

  test('a visit amount that is a formula saved without its result is one warning, the formula one, saying the visit is left out', async () => {
    const input = await edited(await xlsxWith(BOOK), async (zip, pkg) => {
      const part = pkg.sheets.find((s) => s.name === 'Thăm hỏi')!.part!;
      const xml = await zip.file(part)!.async('string');
      const formula = xml.replace(/<c r="E3"[^>]*?(\/>|>.*?<\/c>)/, '<c r="E3"><f>E2*2</f></c>');
      expect(formula).not.toBe(xml);
      zip.file(part, formula);
    });
    const { summary } = await runOffline({ input, output: path.join(tempDir(), 'd.xlsx') });
    const atE3 = summary.warnings.filter((w) => w.sheet === 'Thăm hỏi' && w.cell === 'E3');
    expect(atE3).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'E3',
        message: expect.stringMatching(/^Công thức chưa có giá trị đã tính .*ô được coi là trống, nên: Thiếu số tiền; lần thăm này không được tính/),
      },
    ]);
    // Row 2 ("abc") and row 3 (the formula) are both left out: no visit counts.
    expect(summary.visits.count).toBe(0);
  });
});
