// Writes a generated union workbook (sheets as rows) to .xlsx with exceljs: bold frozen headers, dd/mm/yyyy dates, đồng amounts.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { DATE_CELL_FORMAT, VND_FORMAT } from '../src/domain/cell-formats';
import { headerOf } from '../src/workbook/schema';
import type { UnionBook } from './generator';

/** The workbook's created/modified date and every zip entry's time, so the same rows always give the same bytes. */
export const FIXED_WORKBOOK_DATE = new Date(Date.UTC(2020, 8, 1));

export const DATE_TIME_FORMAT = 'dd/mm/yyyy hh:mm';
const HEADER_FILL = 'FFDDEBF7';
const CREATOR = 'examples/generator.ts';
/** Rows looked at when sizing a column. */
const WIDTH_SAMPLE_ROWS = 200;

/** Number formats by header, from the contract's column specs. */
const COLUMN_FORMATS = new Map<string, string>([
  [headerOf('visits', 'date'), DATE_CELL_FORMAT],
  [headerOf('ledger', 'date'), DATE_CELL_FORMAT],
  [headerOf('scores', 'savedAt'), DATE_TIME_FORMAT],
  [headerOf('log', 'time'), DATE_TIME_FORMAT],
  [headerOf('visits', 'amount'), VND_FORMAT],
  [headerOf('ledger', 'amount'), VND_FORMAT],
  [headerOf('funds', 'opening'), VND_FORMAT],
  [headerOf('funds', 'budget'), VND_FORMAT],
]);

/** How wide a cell shows, in characters, once formatted. */
function shownLength(value: unknown, format: string | undefined): number {
  if (value instanceof Date) return (format ?? DATE_CELL_FORMAT).length;
  if (typeof value === 'number' && format === VND_FORMAT) return String(Math.round(value)).length * 1.34 + 2;
  return value === null || value === undefined ? 0 : String(value).length;
}

/** Fills one worksheet; with commitRows (the streaming writer) each row is committed as soon as it is written. */
function fillWorksheet(worksheet: ExcelJS.Worksheet, rows: readonly (readonly unknown[])[], commitRows: boolean): void {
  const [header = [], ...data] = rows;
  worksheet.columns = header.map((title, i) => {
    const format = COLUMN_FORMATS.get(String(title));
    const longest = Math.max(String(title).length + 2, ...data.slice(0, WIDTH_SAMPLE_ROWS).map((row) => shownLength(row[i], format)));
    return { width: Math.min(60, Math.max(8, Math.ceil(longest) + 2)), style: format ? { numFmt: format } : {} };
  });
  const headerRow = worksheet.addRow(header.slice());
  headerRow.eachCell((cell) => {
    cell.style = {
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
      alignment: { vertical: 'middle', wrapText: true },
    };
  });
  if (commitRows) headerRow.commit();
  for (const values of data) {
    const row = worksheet.addRow(values.slice());
    if (commitRows) row.commit();
  }
}

function describeWorkbook(workbook: ExcelJS.Workbook): void {
  workbook.creator = CREATOR;
  workbook.lastModifiedBy = CREATOR;
  workbook.created = FIXED_WORKBOOK_DATE;
  workbook.modified = FIXED_WORKBOOK_DATE;
}

const FROZEN_HEADER: Partial<ExcelJS.AddWorksheetOptions> = { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] };

/** The workbook as .xlsx bytes, built in memory: the same rows always give the same bytes. */
export async function unionBookBuffer(book: UnionBook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  describeWorkbook(workbook);
  for (const [name, rows] of Object.entries(book)) fillWorksheet(workbook.addWorksheet(name, FROZEN_HEADER), rows, false);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return stampZipEntries(bytes, FIXED_WORKBOOK_DATE);
}

/** Writes the workbook in memory then to path (the sample's size; byte-stable). Creates the folder. */
export async function writeUnionBookXlsx(book: UnionBook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await writeFile(path, await unionBookBuffer(book));
}

/** Streams the workbook to path row by row (exceljs WorkbookWriter), for the large benchmark book. Not byte-stable (zip times). */
export async function streamUnionBookXlsx(book: UnionBook, path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  describeWorkbook(workbook);
  for (const [name, rows] of Object.entries(book)) {
    const worksheet = workbook.addWorksheet(name, FROZEN_HEADER);
    fillWorksheet(worksheet, rows, true);
    worksheet.commit();
  }
  await workbook.commit();
}

/**
 * Sets the DOS time and date of every entry of a zip (local and central headers) to one instant, in place.
 * exceljs's zip writer stamps entries with the clock; the CRCs do not cover these fields, so the archive stays valid.
 */
export function stampZipEntries(zip: Buffer, when: Date): Buffer {
  const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
  const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end-of-central-directory record');
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`zip central directory entry ${i} is malformed`);
    zip.writeUInt16LE(dosTime, at + 12);
    zip.writeUInt16LE(dosDate, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`zip local header of entry ${i} is malformed`);
    zip.writeUInt16LE(dosTime, local + 10);
    zip.writeUInt16LE(dosDate, local + 12);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}
