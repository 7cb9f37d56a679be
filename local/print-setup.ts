// The offline copy's print setup per sheet: the layout's own (orientation, margins, page breaks, print area, kept as developer metadata) or A4 one page wide.
import type ExcelJS from 'exceljs';
import { A4_DECREE, PRINT_METADATA_KEY, rowPoints, wrappedLines, type PrintSetup } from '../src/domain/sheet-grid';
import type { SheetModel } from './runtime/model';
import { DEFAULT_FONT_SIZE } from './runtime/xlsx-cells';

/** Printable width of A4 portrait at 96 px per inch with the default margins, and the width of an unsized column. */
const A4_PORTRAIT_PIXELS = 720;
const DEFAULT_COLUMN_PIXELS = 100;
const MM_PER_INCH = 25.4;

const A4_MM = { width: 210, height: 297 };

/** Pixel width of the sheet's used columns. */
function columnsWidth(model: SheetModel): number {
  let width = 0;
  for (let column = 1; column <= model.lastColumn(); column++) width += model.columnWidths.get(column) ?? DEFAULT_COLUMN_PIXELS;
  return width;
}

/** Vietnamese offices print on A4: one page wide, landscape when the columns are wider than an A4 portrait page. */
export function a4Landscape(model: SheetModel): boolean {
  return columnsWidth(model) > A4_PORTRAIT_PIXELS;
}

/** The PrintSetup a laid-out sheet carries (writePrintSetup in src/app/sheet-io/print-setup.ts); null for any other sheet. */
export function layoutPrintSetup(model: SheetModel): PrintSetup | null {
  const entry = [...model.developerMetadata].reverse().find((e) => e.key === PRINT_METADATA_KEY);
  if (!entry) return null;
  try {
    return JSON.parse(entry.value) as PrintSetup;
  } catch {
    return null;
  }
}

/**
 * Vietnamese offices print on A4, one page wide. A laid-out sheet prints as its layout says (orientation, margins, print area);
 * any other sheet landscape when its columns are wider than A4 portrait.
 */
export function pageSetupOf(model: SheetModel): Partial<ExcelJS.PageSetup> {
  const layout = layoutPrintSetup(model);
  const common = { paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } as const;
  if (layout) {
    const inch = (mm: number) => Math.round((mm / MM_PER_INCH) * 100) / 100;
    const { top, bottom, left, right } = layout.margins;
    const margins = { left: inch(left), right: inch(right), top: inch(top), bottom: inch(bottom), header: 0.2, footer: 0.2 };
    // At 100% when the columns fit the page (the layout's page count holds); scaled to the page's width only when wider.
    const printable = (((layout.orientation === 'portrait' ? A4_MM.width : A4_MM.height) - left - right) / MM_PER_INCH) * 96;
    const fits = columnsWidth(model) <= printable;
    return { ...(fits ? { paperSize: 9, fitToPage: false, scale: 100 } : common), orientation: layout.orientation, printArea: layout.printArea, margins };
  }
  return {
    ...common,
    orientation: a4Landscape(model) ? 'landscape' : 'portrait',
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

/** The manual page breaks of a laid-out sheet, as exceljs row breaks (a break after the row before each page's first row). */
export function rowBreaksOf(model: SheetModel): { id: number; max: number; man: number }[] {
  return (layoutPrintSetup(model)?.pageBreaks ?? []).filter((row) => row > 1).map((row) => ({ id: row - 1, max: 16383, man: 1 }));
}

/**
 * Row heights (points) for every row of a laid-out sheet: the lines its wrapped cells need (a merged cell wraps over the merge's
 * width) at its largest font, estimated as the layout estimates them (wrappedLines). Sheets grows wrapped rows on its own;
 * LibreOffice keeps an imported row at its stored height and wrapped text would run under the next row. Every row gets its
 * height, one line included, so the printed page holds the rows the layout counted for it and its page breaks fall as planned.
 */
export function rowHeightsOf(model: SheetModel): Map<number, number> {
  const heights = new Map<number, number>();
  if (layoutPrintSetup(model) === null) return heights;
  // A merge's text wraps over the merge's whole width; only its top-left cell holds text.
  const mergeWidth = new Map<string, number>();
  for (const m of model.merges) {
    let width = 0;
    for (let c = m.column; c < m.column + m.numColumns; c++) width += model.columnWidths.get(c) ?? DEFAULT_COLUMN_PIXELS;
    for (let r = m.row; r < m.row + m.numRows; r++) mergeWidth.set(`${r}:${m.column}`, width);
  }
  const rows = Math.max(1, model.lastRow());
  const lines = new Array<number>(rows + 1).fill(1);
  const sizes = new Array<number>(rows + 1).fill(0);
  model.forEachCell({ row: 1, column: 1, numRows: rows, numColumns: Math.max(1, model.lastColumn()) }, (cell, row, column) => {
    const size = cell.fontSize ?? DEFAULT_FONT_SIZE;
    if (cell.value === undefined || cell.value === '') {
      sizes[row] = Math.max(sizes[row], size);
      return;
    }
    sizes[row] = Math.max(sizes[row], size);
    if (!cell.wrap) return;
    const factor = cell.fontFamily === 'Times New Roman' ? A4_DECREE.fontFactor : 1;
    const width = mergeWidth.get(`${row}:${column}`) ?? model.columnWidths.get(column) ?? DEFAULT_COLUMN_PIXELS;
    lines[row] = Math.max(lines[row], wrappedLines(String(cell.value), size, cell.fontWeight === 'bold', width, factor));
  });
  for (let row = 1; row <= rows; row++) heights.set(row, rowPoints(lines[row], sizes[row] || DEFAULT_FONT_SIZE));
  return heights;
}

/**
 * The print parts of a worksheet's XML for the package copy (runtime/xlsx-sheet-write.ts), from the same setup as pageSetupOf:
 * `fitToPage` for sheetPr, the margins, the page setup and the manual row breaks, and each row's height attribute.
 */
export function printXml(model: SheetModel): { fitToPage: boolean; page: string; rowAttributes(row: number): string } {
  const setup = pageSetupOf(model);
  const m = setup.margins ?? { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 };
  const breaks = rowBreaksOf(model);
  const heights = rowHeightsOf(model);
  const fit = setup.fitToPage !== false;
  const page =
    (setup.horizontalCentered ? '<printOptions horizontalCentered="1"/>' : '') +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="9" orientation="${setup.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ' scale="100"'}/>` +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b.id}" max="${b.max}" man="1"/>`).join('')}</rowBreaks>`
      : '');
  return { fitToPage: fit, page, rowAttributes: (row) => (heights.has(row) ? ` ht="${heights.get(row)}" customHeight="1"` : '') };
}
