// Tests of the generated .xlsx: the committed sample is current and byte-stable, formats and frozen headers, the streaming writer.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { generateUnionBook, LARGE_OPTIONS, SAMPLE_OPTIONS, scaleOptions } from '../../examples/generator';
import { stampZipEntries, streamUnionBookXlsx, unionBookBuffer } from '../../examples/write-xlsx';
import { SHEET } from '../../src/workbook/schema';

const SAMPLE_FILE = join(__dirname, '../../examples/mau-cong-doan.xlsx');
const sample = generateUnionBook(SAMPLE_OPTIONS);

async function load(source: Buffer | string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  if (typeof source === 'string') await workbook.xlsx.readFile(source);
  else await workbook.xlsx.load(new Uint8Array(source).buffer);
  return workbook;
}

describe('the sample workbook file', () => {
  test('the committed examples/mau-cong-doan.xlsx is exactly what the generator writes now', async () => {
    const written = await unionBookBuffer(sample);
    expect(written.equals(readFileSync(SAMPLE_FILE))).toBe(true);
  });

  test('the bytes do not depend on the clock', async () => {
    const now = await unionBookBuffer(sample);
    jest.useFakeTimers({
      now: new Date('2031-05-17T13:45:10Z'),
      doNotFake: [
        'nextTick',
        'setImmediate',
        'clearImmediate',
        'setTimeout',
        'clearTimeout',
        'setInterval',
        'clearInterval',
        'queueMicrotask',
        'hrtime',
        'performance',
      ],
    });
    try {
      expect(new Date().getUTCFullYear()).toBe(2031);
      const later = await unionBookBuffer(sample);
      expect(later.equals(now)).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  test('reads back with its sheets, bold frozen headers, dd/mm/yyyy dates and đồng amounts', async () => {
    const workbook = await load(SAMPLE_FILE);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(Object.keys(sample));
    expect(workbook.created.toISOString()).toBe('2020-09-01T00:00:00.000Z');
    for (const worksheet of workbook.worksheets) {
      expect(worksheet.getCell('A1').font?.bold).toBe(true);
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(worksheet.rowCount).toBe(sample[worksheet.name].length);
    }
    const visits = workbook.getWorksheet(SHEET.visits)!;
    const firstDate = sample[SHEET.visits][1][0] as Date;
    expect((visits.getCell('A2').value as Date).getTime()).toBe(firstDate.getTime());
    expect(visits.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(visits.getCell('E2').value).toBe(sample[SHEET.visits][1][4]);
    expect(visits.getCell('E2').numFmt).toBe('#,##0 "₫"');
    expect(visits.getCell('E62').value).toBe('hai triệu');
    expect(visits.getCell('A63').value).toBe('31/02/2020');
    const funds = workbook.getWorksheet(SHEET.funds)!;
    expect(funds.getCell('B2').value).toBe(25_000_000);
    expect(funds.getCell('B2').numFmt).toBe('#,##0 "₫"');
    expect(funds.getCell('C4').value).toBeNull();
    const units = workbook.getWorksheet(SHEET.units)!;
    expect(units.getCell('B2').value).toBe(sample[SHEET.units][1][1]);
    expect(units.getColumn(2).width).toBeGreaterThan(20);
  });

  test('stampZipEntries refuses what is not a zip', () => {
    expect(() => stampZipEntries(Buffer.alloc(64), new Date())).toThrow(/not a zip/);
  });
});

describe('the streaming writer of the large book', () => {
  test('a scaled-down large book streams to a readable workbook with every row', async () => {
    const book = generateUnionBook(scaleOptions(LARGE_OPTIONS, 0.01));
    const folder = mkdtempSync(join(tmpdir(), 'lon-'));
    try {
      const path = join(folder, 'sub', 'lon.xlsx');
      await streamUnionBookXlsx(book, path);
      const workbook = await load(path);
      expect(workbook.worksheets.map((w) => [w.name, w.rowCount])).toEqual(Object.entries(book).map(([name, rows]) => [name, rows.length]));
      const ledger = workbook.getWorksheet(SHEET.ledger)!;
      expect(ledger.getCell('A1').font?.bold).toBe(true);
      expect(ledger.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect((ledger.getCell('A2').value as Date).getTime()).toBe((book[SHEET.ledger][1][0] as Date).getTime());
      expect(ledger.getCell('A2').numFmt).toBe('dd/mm/yyyy');
      expect(ledger.getCell('F2').numFmt).toBe('#,##0 "₫"');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
