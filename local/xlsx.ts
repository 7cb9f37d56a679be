// Loads an .xlsx workbook into the local Spreadsheet runtime and saves the runtime's spreadsheet back as .xlsx (exceljs).
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { pageSetupOf, rowBreaksOf, rowHeightsOf } from './print-setup';
import { parseA1 } from './runtime/a1';
import type { DataValidation } from './runtime/builders';
import type { CallCounter } from './runtime/counter';
import type { SheetModel } from './runtime/model';
import { LocalSpreadsheet } from './runtime/spreadsheet';
import { ExcelFormatReader, ExcelStyleCache, readExcelNote, readExcelValue, writeExcelCell } from './runtime/xlsx-cells';
import { widthFromPixels } from './runtime/xlsx-sheet-write';
import { fromExcelRule, toExcelRule } from './runtime/xlsx-validation';

/** A workbook that cannot be read or written; the message is Vietnamese and names the file (and sheet/cell when known). */
export class XlsxError extends Error {
  sheet?: string;
  cell?: string;
  constructor(message: string, where: { sheet?: string; cell?: string } = {}) {
    super(message);
    this.name = 'XlsxError';
    this.sheet = where.sheet;
    this.cell = where.cell;
  }
}

/** Excel column width (characters) ↔ Sheets pixels: about 7 px per character plus 5 px padding. */
const pixelsFromWidth = (width: number) => Math.round(width * 7 + 5);

async function readInput(input: string | Buffer): Promise<{ buffer: Buffer; label: string }> {
  if (typeof input !== 'string') return { buffer: input, label: 'dữ liệu' };
  const label = path.basename(input);
  try {
    return { buffer: await fs.readFile(input), label };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxError(`Không tìm thấy tệp "${label}".`);
    if (code === 'EISDIR') throw new XlsxError(`"${label}" là một thư mục, không phải tệp .xlsx.`);
    throw new XlsxError(`Không đọc được tệp "${label}": ${(error as Error).message}`);
  }
}

/** True when an exceljs row or column style sets anything. */
function hasStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
  return !!style && Object.values(style).some((part) => part !== undefined);
}

function frozenOf(ws: ExcelJS.Worksheet): { rows: number; columns: number } {
  const view = (ws.views ?? []).find((v) => v.state === 'frozen') as (ExcelJS.WorksheetView & { xSplit?: number; ySplit?: number }) | undefined;
  return { rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 };
}

function loadSheet(ws: ExcelJS.Worksheet, model: SheetModel, timeZone: string): void {
  model.maxRows = Math.max(1000, ws.rowCount);
  model.maxColumns = Math.max(26, ws.columnCount);
  model.hidden = ws.state !== 'visible' && ws.state !== undefined;
  const frozen = frozenOf(ws);
  model.frozenRows = frozen.rows;
  model.frozenColumns = frozen.columns;
  const formats = new ExcelFormatReader();
  // A gap in a row only has the row's or its column's style; exceljs makes such a cell only when asked (see gapStyled).
  const styledColumns = new Map<number, boolean>();
  const columnStyled = (column: number) => {
    let styled = styledColumns.get(column);
    if (styled === undefined) styledColumns.set(column, (styled = hasStyle(ws.getColumn(column).style)));
    return styled;
  };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Every cell up to the row's last one, gaps included: cells with only a note, a fill or a style still matter.
    const cells = (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells;
    const rowStyled = hasStyle((row as unknown as { style?: Partial<ExcelJS.Style> }).style);
    for (let index = 0; index < cells.length; index++) {
      const columnNumber = index + 1;
      let cell = cells[index];
      if (!cell) {
        if (!rowStyled && !columnStyled(columnNumber)) continue;
        cell = row.getCell(columnNumber);
      }
      if (cell.type === ExcelJS.ValueType.Merge) continue;
      const content = readExcelValue(cell, timeZone);
      const format = formats.formatOf(cell);
      const note = readExcelNote(cell);
      if (content.value === undefined && !content.formula && !format && !note) continue;
      const target = Object.assign(model.touch(rowNumber, columnNumber), content, format);
      if (format?.border) target.border = { ...format.border };
      if (note) target.note = note;
    }
  });
  for (let c = 1; c <= ws.columnCount; c++) {
    const width = ws.getColumn(c).width;
    if (width) model.columnWidths.set(c, pixelsFromWidth(width));
  }
  for (const merge of (ws.model as { merges?: string[] }).merges ?? []) {
    const ref = parseA1(merge);
    if (ref?.startRow && ref.startColumn && ref.endRow && ref.endColumn) {
      model.merges.push({
        row: ref.startRow,
        column: ref.startColumn,
        numRows: ref.endRow - ref.startRow + 1,
        numColumns: ref.endColumn - ref.startColumn + 1,
      });
    }
  }
  const argb = (ws.properties.tabColor as { argb?: string } | undefined)?.argb;
  if (argb) model.tabColor = `#${argb.slice(-6).toLowerCase()}`;
}

/**
 * Reads a workbook into a new LocalSpreadsheet without counting any service call: values (formula cells keep their formula and
 * cached result; rich text and hyperlinks become their text; error cells their error string), dates as instants at their civil
 * time in the spreadsheet's time zone, number formats, bold/italic/colours, fills, widths, frozen panes, merges, notes and
 * data validations (list, range, number, date, custom). The input file is only read, never written.
 */
export async function loadXlsx(input: string | Buffer, opts: { counter: CallCounter; timeZone?: string; name?: string }): Promise<LocalSpreadsheet> {
  const { buffer, label } = await readInput(input);
  const notXlsx = `Không đọc được tệp "${label}": không phải tệp .xlsx hợp lệ.`;
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) throw new XlsxError(notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new XlsxError(`Không đọc được tệp "${label}": tệp bị hỏng hoặc không phải bảng tính Excel (${(error as Error).message}).`);
  }
  if (workbook.worksheets.length === 0) throw new XlsxError(`Tệp "${label}" không có trang tính nào.`);
  const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  const name = opts.name ?? (typeof input === 'string' ? path.basename(input).replace(/\.xlsx$/i, '') : undefined);
  const spreadsheet = new LocalSpreadsheet({ counter: opts.counter, timeZone, name, firstSheet: null });
  const loaded: [ExcelJS.Worksheet, SheetModel][] = [];
  for (const ws of workbook.worksheets) {
    const sheet = spreadsheet._addSheet(ws.name);
    try {
      loadSheet(ws, sheet._model, timeZone);
    } catch (error) {
      throw new XlsxError(`Không đọc được trang tính "${ws.name}" trong tệp "${label}": ${(error as Error).message}`, { sheet: ws.name });
    }
    loaded.push([ws, sheet._model]);
  }
  const firstVisible = spreadsheet._model.sheets.find((s) => !s.hidden);
  if (firstVisible) spreadsheet._model.active = firstVisible;
  const sheetOf = (sheetName: string | undefined, own: SheetModel) => {
    const model = sheetName === undefined ? own : spreadsheet._model.sheets.find((s) => s.name === sheetName);
    return model ? spreadsheet._sheet(model) : null;
  };
  for (const [ws, model] of loaded) {
    const rules = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const converted = new Map<ExcelJS.DataValidation, DataValidation | undefined>();
    for (const [address, rule] of Object.entries(rules)) {
      const ref = parseA1(address);
      if (!rule || !ref?.startRow || !ref.startColumn || ref.startRow > model.maxRows) continue;
      if (!converted.has(rule))
        converted.set(
          rule,
          fromExcelRule(rule, opts.counter, (n) => sheetOf(n, model)),
        );
      const validation = converted.get(rule);
      if (validation) model.touch(ref.startRow, ref.startColumn).validation = validation;
    }
  }
  return spreadsheet;
}

const ROWS_PER_TURN = 2000;

/** Writes one sheet through exceljs' streaming writer: rows are committed in order, so memory stays flat at 100,000 rows. */
async function saveSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: SheetModel, timeZone: string, styles: ExcelStyleCache): Promise<void> {
  const views: Partial<ExcelJS.WorksheetView>[] =
    model.frozenRows || model.frozenColumns ? [{ state: 'frozen', xSplit: model.frozenColumns, ySplit: model.frozenRows }] : [];
  const ws = workbook.addWorksheet(model.name, {
    state: model.hidden ? 'hidden' : 'visible',
    views,
    properties: model.tabColor ? { tabColor: { argb: `FF${model.tabColor.replace('#', '').toUpperCase()}` } } : {},
    pageSetup: pageSetupOf(model),
  });
  for (const [column, pixels] of model.columnWidths) ws.getColumn(column).width = widthFromPixels(pixels);
  for (const m of model.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  const validations = (ws as unknown as { dataValidations: { add(a: string, r: ExcelJS.DataValidation): void } }).dataValidations;
  const heights = rowHeightsOf(model);
  let open: ExcelJS.Row | undefined;
  for (let first = 1; first <= model.maxRows; first += ROWS_PER_TURN) {
    model.forEachCell(
      { row: first, column: 1, numRows: Math.min(ROWS_PER_TURN, model.maxRows - first + 1), numColumns: model.maxColumns },
      (cell, row, column) => {
        if (open && open.number !== row) open.commit();
        if (!open || open.number !== row) {
          open = ws.getRow(row);
          const height = heights.get(row);
          if (height) open.height = height;
        }
        const target = open.getCell(column);
        writeExcelCell(target, cell, timeZone, styles);
        const rule = cell.validation ? toExcelRule(cell.validation as DataValidation) : undefined;
        if (rule) validations.add(target.address, rule);
      },
    );
    if (first + ROWS_PER_TURN <= model.maxRows) await new Promise((resolve) => setImmediate(resolve));
  }
  open?.commit();
  (ws as unknown as { rowBreaks: ReturnType<typeof rowBreaksOf> }).rowBreaks.push(...rowBreaksOf(model));
  ws.commit();
  // Charts are recorded by the runtime but exceljs cannot write charts: they are left out of the file.
  // Conditional format rules and protections are not written either (the runtime keeps them as objects only).
}

/**
 * Writes the spreadsheet to `file` (.xlsx): values, formulas with their results (HYPERLINK included), dates as Excel dates at
 * their civil time in the spreadsheet's time zone, number formats as given (e.g. `#,##0 "₫"`), fonts, fills, alignment,
 * borders, widths, frozen panes, merges, notes and data validations.
 */
export async function saveXlsx(spreadsheet: LocalSpreadsheet, file: string): Promise<void> {
  const model = spreadsheet._model;
  try {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
    workbook.title = model.name;
    workbook.views = [{ activeTab: Math.max(0, model.sheets.indexOf(model.active)) } as ExcelJS.WorkbookView];
    const styles = new ExcelStyleCache();
    for (const sheet of model.sheets) await saveSheet(workbook, sheet, model.timeZone, styles);
    await workbook.commit();
  } catch (error) {
    throw new XlsxError(`Không ghi được tệp "${path.basename(file)}": ${(error as Error).message}`);
  }
}
