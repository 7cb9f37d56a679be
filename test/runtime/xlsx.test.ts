// .xlsx in and out of the local runtime: a round trip through a temp dir, dates in the spreadsheet time zone, and bad files.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DataValidationBuilder } from '../../local/runtime/builders';
import { CallCounter } from '../../local/runtime/counter';
import { LocalSpreadsheet } from '../../local/runtime/spreadsheet';
import { loadXlsx, saveXlsx, XlsxError } from '../../local/xlsx';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'xlsx-test-'));
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('xlsx round trip', () => {
  test('Vietnamese text, a date, #,##0 "₫", bold, a frozen row, a merge, a note and a list validation survive', async () => {
    const counter = new CallCounter();
    const spreadsheet = new LocalSpreadsheet({ counter });
    const sheet = spreadsheet.insertSheet('Thăm hỏi');
    sheet
      .getRange('A1:D1')
      .setValues([['Ngày', 'Người được thăm', 'Số tiền', 'Lý do']])
      .setFontWeight('bold');
    sheet.getRange('A1').setNote('Ngày thăm, dd/mm/yyyy');
    sheet.getRange('A2:D2').setValues([[new Date('2020-03-14T17:00:00Z'), 'Nguyễn Thị Hương', 1500000, 'Ốm đau']]);
    sheet.getRange('C2').setNumberFormat('#,##0 "₫"');
    sheet.getRange('A2').setNumberFormat('dd/mm/yyyy');
    sheet.getRange('E2').setFormula('=HYPERLINK("https://example.com";"Xem")');
    sheet.getRange('A4:B4').setValues([['Tiêu đề gộp', '']]);
    sheet.getRange('A4:B4').merge();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    sheet.getRange('D2:D3').setDataValidation(new DataValidationBuilder(counter).requireValueInList(['Ốm đau', 'Hiếu']).build());
    const file = path.join(dir, 'tham-hoi.xlsx');
    await saveXlsx(spreadsheet, file);

    const loadCounter = new CallCounter();
    const back = await loadXlsx(file, { counter: loadCounter });
    expect(loadCounter.total()).toBe(0);
    expect(back.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Thăm hỏi']);
    const loaded = back.getSheetByName('Thăm hỏi')!;
    const values = loaded.getRange('A1:E2').getValues();
    expect(values[0]).toEqual(['Ngày', 'Người được thăm', 'Số tiền', 'Lý do', '']);
    expect((values[1][0] as Date).toISOString()).toBe('2020-03-14T17:00:00.000Z');
    expect(values[1].slice(1)).toEqual(['Nguyễn Thị Hương', 1500000, 'Ốm đau', 'Xem']);
    expect(loaded.getRange('A2:C2').getDisplayValues()).toEqual([['15/03/2020', 'Nguyễn Thị Hương', '1.500.000 ₫']]);
    expect(loaded.getRange('C2').getNumberFormat()).toBe('#,##0 "₫"');
    expect(loaded.getRange('E2').getFormula()).toBe('=HYPERLINK("https://example.com";"Xem")');
    expect(loaded.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
    expect(loaded.getRange('A2').getFontWeight()).toBe('normal');
    expect(loaded.getRange('A1').getNote()).toBe('Ngày thăm, dd/mm/yyyy');
    expect(loaded.getFrozenRows()).toBe(1);
    expect(loaded.getColumnWidth(2)).toBe(180);
    expect(loaded.getRange('B4').isPartOfMerge()).toBe(true);
    expect(loaded.getRange('D3').getDataValidation()?.getCriteriaValues()).toEqual([['Ốm đau', 'Hiếu'], true]);
  });

  test('dates are written as the civil day of the spreadsheet time zone', async () => {
    const spreadsheet = new LocalSpreadsheet({ counter: new CallCounter() });
    spreadsheet.getActiveSheet().getRange('A1').setValue(new Date('2020-03-14T17:00:00Z')); // 15/03/2020 00:00 in Hồ Chí Minh
    const file = path.join(dir, 'date.xlsx');
    await saveXlsx(spreadsheet, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const raw = workbook.worksheets[0].getCell('A1').value as Date;
    expect(raw.toISOString()).toBe('2020-03-15T00:00:00.000Z'); // exceljs represents Excel dates as UTC-civil
  });

  test('rich text, error and cached formula cells load as text, error string and result', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Đơn vị');
    ws.getCell('A1').value = { richText: [{ text: 'Mã ' }, { text: 'đơn vị', font: { bold: true } }] };
    ws.getCell('B1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('C1').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'kinds.xlsx');
    await workbook.xlsx.writeFile(file);
    const loaded = (await loadXlsx(file, { counter: new CallCounter() })).getSheetByName('Đơn vị')!;
    expect(loaded.getRange('A1:C1').getValues()).toEqual([['Mã đơn vị', '#N/A', 3]]);
    expect(loaded.getRange('C1').getFormula()).toBe('=SUM(1,2)');
  });

  test('cells sharing a format share its style, yet an unformatted date still gets a date format and a merged title keeps its own', async () => {
    const spreadsheet = new LocalSpreadsheet({ counter: new CallCounter() });
    const sheet = spreadsheet.getActiveSheet();
    // A number comes first: if the unformatted date shared its style object, it would get the number's General format.
    sheet
      .getRange('A1:A4')
      .setValues([[5], [new Date('2020-03-14T17:00:00Z')], [7], [new Date('2021-01-31T17:00:00Z')]])
      .clearFormat();
    sheet
      .getRange('B1:B4')
      .setValues([['Hà Nội'], ['Huế'], ['Đà Nẵng'], ['Cần Thơ']])
      .setFontWeight('bold')
      .setBackground('#fce8b2');
    sheet.getRange('A6:C6').merge();
    sheet.getRange('A6').setValue('Tổng hợp năm').setFontWeight('bold').setBackground('#d9ead3');
    const file = path.join(dir, 'styles.xlsx');
    await saveXlsx(spreadsheet, file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const ws = workbook.getWorksheet('Sheet1')!;
    expect(ws.getCell('A1').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('A3').numFmt ?? 'General').toBe('General');
    // exceljs writes dates without a format with built-in format 14, which it reads back as mm-dd-yy.
    expect(ws.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell('A4').numFmt).toBe('mm-dd-yy');
    expect(['B1', 'B4'].map((a) => ws.getCell(a).font?.bold)).toEqual([true, true]);
    expect(ws.getCell('B4').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE8B2' } });

    const back = (await loadXlsx(file, { counter: new CallCounter() })).getSheets()[0];
    expect((back.getRange('A2').getValue() as Date).toISOString()).toBe('2020-03-14T17:00:00.000Z');
    expect(back.getRange('A3').getValue()).toBe(7);
    expect(back.getRange('B1:B4').getFontWeights()).toEqual([['bold'], ['bold'], ['bold'], ['bold']]);
    expect(back.getRange('A6').getFontWeight()).toBe('bold');
    expect(back.getRange('A6').getBackground()).toBe('#d9ead3');
    expect(back.getRange('A6').getValue()).toBe('Tổng hợp năm');
    expect(back.getRange('B6').isPartOfMerge()).toBe(true);
  });
});

describe('xlsx errors', () => {
  test('a file that is not a zip gives XlsxError with a Vietnamese message, and is left unchanged', async () => {
    const file = path.join(dir, 'hong.xlsx');
    await fs.writeFile(file, 'đây không phải bảng tính');
    const error = await loadXlsx(file, { counter: new CallCounter() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(XlsxError);
    expect((error as Error).message).toBe('Không đọc được tệp "hong.xlsx": không phải tệp .xlsx hợp lệ.');
    expect(await fs.readFile(file, 'utf8')).toBe('đây không phải bảng tính');
  });

  test('a truncated zip and a missing file give XlsxError', async () => {
    const good = path.join(dir, 'good.xlsx');
    await saveXlsx(new LocalSpreadsheet({ counter: new CallCounter() }), good);
    const bytes = await fs.readFile(good);
    const broken = path.join(dir, 'cut.xlsx');
    await fs.writeFile(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expect(loadXlsx(broken, { counter: new CallCounter() })).rejects.toThrow(XlsxError);
    await expect(loadXlsx(path.join(dir, 'khong-co.xlsx'), { counter: new CallCounter() })).rejects.toThrow('Không tìm thấy tệp "khong-co.xlsx".');
  });
});
