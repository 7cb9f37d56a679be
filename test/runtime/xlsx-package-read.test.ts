// Reading an .xlsx package straight from its parts (the offline command's reader): the same values exceljs reads, and every cell type SpreadsheetML has.
import JSZip from 'jszip';
import { SAMPLE_WORKBOOK } from '../../local/cli';
import { readPackageWorkbook } from '../../local/offline-workbook';
import { CallCounter } from '../../local/runtime/counter';
import type { LocalSpreadsheet } from '../../local/runtime/spreadsheet';
import { loadXlsx } from '../../local/xlsx';
import { SheetModel } from '../../local/runtime/model';
import { CellStyleFormats } from '../../local/runtime/xlsx-styles';
import { readSheetXml, rowPieces } from '../../local/runtime/xlsx-sheet-read';
import { decodeXml, escapeXml } from '../../local/runtime/xlsx-xml';
import { XlsxPackage } from '../../local/xlsx-package';
import fs from 'node:fs';

async function read(
  bytes: Buffer,
): Promise<{ spreadsheet: LocalSpreadsheet; warnings: { sheet: string; cell: string; message: string }[]; counter: CallCounter }> {
  const counter = new CallCounter();
  const { spreadsheet, warnings } = await readPackageWorkbook(await XlsxPackage.open(bytes), { counter, name: 'thử' });
  return { spreadsheet, warnings, counter };
}

test('the bundled sample: every sheet reads as exceljs reads it (values, dates, names, frozen rows), with no service call', async () => {
  const bytes = fs.readFileSync(SAMPLE_WORKBOOK);
  const [{ spreadsheet, warnings, counter }, reference] = await Promise.all([read(bytes), loadXlsx(bytes, { counter: new CallCounter() })]);
  expect(counter.total()).toBe(0);
  expect(warnings).toEqual([]);
  const expected = reference;
  expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(expected.getSheets().map((s) => s.getName()));
  for (const sheet of expected.getSheets()) {
    const mine = spreadsheet.getSheetByName(sheet.getName())!;
    expect([sheet.getName(), mine.getDataRange().getValues()]).toEqual([sheet.getName(), sheet.getDataRange().getValues()]);
    expect(mine.getFrozenRows()).toBe(sheet.getFrozenRows());
  }
});

/** A one-sheet package written by hand, with the given styles, shared strings and sheet data. */
async function handMade(opts: {
  sheetData: string;
  sharedStrings?: string;
  numFmts?: string;
  xfs?: string;
  date1904?: boolean;
  state?: string;
}): Promise<Buffer> {
  const zip = new JSZip();
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}">${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Thăm hỏi" sheetId="3" r:id="rS"${opts.state ? ` state="${opts.state}"` : ''}/><sheet name="Khác" sheetId="4" r:id="rT"/></sheets></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rS" Type="${rel}/worksheet" Target="worksheets/a.xml"/><Relationship Id="rT" Type="${rel}/worksheet" Target="/xl/worksheets/b.xml"/>` +
      `<Relationship Id="rY" Type="${rel}/styles" Target="styles.xml"/><Relationship Id="rZ" Type="${rel}/sharedStrings" Target="strings.xml"/></Relationships>`,
  );
  zip.file(
    'xl/styles.xml',
    `<?xml version="1.0"?><styleSheet xmlns="${ns}">${opts.numFmts ?? ''}<fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0"/>${opts.xfs ?? '<xf numFmtId="14"/><xf numFmtId="3"/>'}</cellXfs></styleSheet>`,
  );
  zip.file('xl/strings.xml', `<?xml version="1.0"?><sst xmlns="${ns}">${opts.sharedStrings ?? ''}</sst>`);
  zip.file(
    'xl/worksheets/a.xml',
    `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetViews><sheetView><pane ySplit="1" topLeftCell="A2" state="frozen"/></sheetView></sheetViews><sheetData>${opts.sheetData}</sheetData></worksheet>`,
  );
  zip.file('xl/worksheets/b.xml', `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData/></worksheet>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('every cell type: shared (rich, phonetic, escaped) and inline strings, numbers, booleans, errors, formulas, dates', async () => {
  const bytes = await handMade({
    sharedStrings:
      '<si><t>Ốm đau</t></si><si><r><rPr><b/></rPr><t>Nguyễn </t></r><r><t xml:space="preserve">Thị Lan</t></r><rPh><t>phiên âm</t></rPh></si><si><t>A &amp; B &lt;C&gt; _x000D_x</t></si>',
    sheetData:
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" s="1"><v>43905</v></c><c r="B2" s="2"><v>1500000</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c>' +
      '<c r="E2" t="str"><f>A1&amp;"!"</f><v>Ốm đau!</v></c><c r="F2"><f>1+1</f><v>2</v></c><c r="G2" t="inlineStr"><is><t>chữ &quot;trong&quot; ô</t></is></c></row>' +
      '<row r="3"><c t="inlineStr"><is><t>không có r</t></is></c><c><v>7</v></c><c t="d" r="D3"><v>2020-03-15T00:00:00</v></c><c r="E3" s="2"/><c r="F3" t="s"><v>0</v></c></row>' +
      '<row><c r="A4" t="inlineStr"><is><t>hàng không có r</t></is></c></row>',
  });
  const { spreadsheet } = await read(bytes);
  const sheet = spreadsheet.getSheetByName('Thăm hỏi')!;
  expect(sheet.getFrozenRows()).toBe(1);
  const values = sheet.getRange('A1:G4').getValues();
  expect(values[0].slice(0, 3)).toEqual(['Ốm đau', 'Nguyễn Thị Lan', 'A & B <C> \rx']);
  expect((values[1][0] as Date).toISOString()).toBe('2020-03-14T17:00:00.000Z'); // 15/03/2020 at midnight in Hồ Chí Minh
  expect(values[1].slice(1)).toEqual([1500000, true, '#N/A', 'Ốm đau!', 2, 'chữ "trong" ô']);
  expect(values[2].slice(0, 2)).toEqual(['không có r', 7]);
  expect((values[2][3] as Date).toISOString()).toBe('2020-03-14T17:00:00.000Z');
  expect(values[2][5]).toBe('Ốm đau');
  expect(values[3][0]).toBe('hàng không có r');
  expect(sheet.getRange('E2').getFormula()).toBe('=A1&"!"');
  expect(sheet.getRange('B2').getNumberFormat()).toBe('#,##0');
  expect(spreadsheet.getSheetByName('Khác')!.getLastRow()).toBe(0);
});

test('dates: custom formats, the 1904 date system, and a number format that only looks like one is a number', async () => {
  const bytes = await handMade({
    date1904: true,
    numFmts:
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0 &quot;₫ (đã duyệt)&quot;"/></numFmts>',
    xfs: '<xf numFmtId="164"/><xf numFmtId="165"/>',
    sheetData: '<row r="1"><c r="A1" s="1"><v>42443</v></c><c r="B1" s="2"><v>2000000</v></c></row>',
    state: 'hidden',
  });
  const { spreadsheet } = await read(bytes);
  const sheet = spreadsheet.getSheetByName('Thăm hỏi')!;
  const [[date, amount]] = sheet.getRange('A1:B1').getValues();
  expect((date as Date).toISOString()).toBe('2020-03-14T17:00:00.000Z');
  expect(amount).toBe(2000000);
  expect(sheet.isSheetHidden()).toBe(true);
  expect(spreadsheet.getActiveSheet().getName()).toBe('Khác');
});

test('the table runs from the first value to the first wide gap: a bigger block far below is stray, a value beside the table is not', async () => {
  const cell = (address: string, text: string) => `<c r="${address}" t="inlineStr"><is><t>${text}</t></is></c>`;
  const table = [
    '<row r="1">',
    cell('A1', 'Ngày'),
    cell('B1', 'Mã đơn vị'),
    '</row>',
    '<row r="2">',
    cell('A2', '05/03/2020'),
    cell('B2', 'U1'),
    cell('Z2', 'ghi chú bên cạnh'),
    '</row>',
  ];
  const far = Array.from({ length: 8 }, (_, i) => `<row r="${3000 + i}">${cell(`A${3000 + i}`, `x${i}`)}${cell(`B${3000 + i}`, `y${i}`)}</row>`);
  const { spreadsheet, warnings } = await read(await handMade({ sheetData: [...table, ...far].join('') }));
  const sheet = spreadsheet.getSheetByName('Thăm hỏi')!;
  expect(sheet.getDataRange().getA1Notation()).toBe('A1:Z2');
  expect(sheet.getRange('Z2').getValue()).toBe('ghi chú bên cạnh');
  expect(warnings.map((w) => [w.sheet, w.cell])).toEqual([
    ['Thăm hỏi', 'A3000'],
    ['Thăm hỏi', 'B3000'],
    ['Thăm hỏi', 'A3001'],
    ['Thăm hỏi', 'B3001'],
    ['Thăm hỏi', 'A3002'],
    ['Thăm hỏi', 'B3002'],
  ]);
  expect(warnings[0].message).toBe(
    'Giá trị "x0" nằm xa ngoài bảng (cách dữ liệu hơn 1.000 dòng hoặc 26 cột): không được tính vào tổng hợp; ô vẫn giữ nguyên trong bảng tính.',
  );
  expect(warnings[5].message).toBe('Còn 11 ô khác nằm xa ngoài bảng, cũng không được tính vào tổng hợp.');
});

test('a part read in pieces that end at a row’s end gives the same cells as read whole', () => {
  const rows = Array.from(
    { length: 50 },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Người ${i} – Ốm đau</t></is></c><c r="B${i + 1}"><v>${i * 1000}</v></c></row>`,
  );
  const xml = `<?xml version="1.0"?><worksheet><sheetData>${rows.join('')}</sheetData><pageMargins left="0.7"/></worksheet>`;
  const context = { sharedStrings: [], styles: CellStyleFormats.parse(undefined), date1904: false, timeZone: 'Asia/Ho_Chi_Minh' };
  const pieces = [...rowPieces(Buffer.from(`\ufeff${xml}`), 100)];
  expect(pieces.length).toBeGreaterThan(20);
  for (const piece of pieces.slice(1, -1)) expect(piece.endsWith('</row>')).toBe(true);
  const whole = new SheetModel('a', 0);
  const inPieces = new SheetModel('b', 1);
  readSheetXml([xml], whole, context);
  readSheetXml(rowPieces(Buffer.from(xml), 100), inPieces, context);
  for (let row = 1; row <= 50; row++) expect([inPieces.cell(row, 1), inPieces.cell(row, 2)]).toEqual([whole.cell(row, 1), whole.cell(row, 2)]);
  expect(whole.cell(50, 1)?.value).toBe('Người 49 – Ốm đau');
});

test('text written into parts reads back as it was: entities, control characters and literal _xHHHH_ sequences', () => {
  for (const text of ['A & <b> "trích dẫn"', 'dòng 1\u0001dòng 2', 'mã _x000D_ giữ nguyên', 'Tab\tvà\nxuống dòng']) {
    expect(decodeXml(escapeXml(text).replace(/&quot;/g, '"'))).toBe(text);
    expect([...escapeXml(text)].some((c) => c.charCodeAt(0) < 9)).toBe(false);
  }
});
