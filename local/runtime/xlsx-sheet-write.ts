// Writes one sheet model as a worksheet part (SpreadsheetML): values, formulas with results, styles, widths, merges, frozen rows, A4 print setup, links.
import { columnLetters } from './a1';
import { dateToSerial } from './civil-time';
import type { Cell, SheetModel } from './model';
import { isDateValue } from './values';
import type { AppendedStyles } from './xlsx-styles';
import { escapeXml } from './xlsx-xml';
import { printXml } from '../print-setup';

/** What the writer needs besides the sheet: the spreadsheet's time zone, its sheets' names by id (for links), the styles to add to. */
export interface SheetWriteContext {
  timeZone: string;
  sheetNameById: ReadonlyMap<number, string>;
  styles: AppendedStyles;
}

/**
 * A link the add-in writes for Google Sheets, =HYPERLINK("#gid=…&range=E17","Mở"), as the sheet and cell it opens. Excel and
 * LibreOffice do not know gids: the written part links with a workbook-internal location ('Thăm hỏi'!E17) instead.
 */
const GID_LINK = /^=HYPERLINK\("#gid=(\d+)(?:&range=([A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?))?"\s*[,;]\s*"((?:[^"]|"")*)"\)$/i;

/** A sheet name as a formula reference writes it: quoted only when Excel needs it (spaces, punctuation, a leading digit, a cell-like name). */
function referenceName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^R\d*C\d*$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function internalLocation(formula: string, sheetNameById: ReadonlyMap<number, string>): { location: string; label: string } | null {
  const m = GID_LINK.exec(formula);
  const sheet = m ? sheetNameById.get(Number(m[1])) : undefined;
  if (!m || sheet === undefined) return null;
  // Absolute ($E$17): LibreOffice reads a location such as 'Thu chi'!C3 as R1C1 and leaves the link dead.
  const cells = (m[2] ?? 'A1').toUpperCase().replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return { location: `${referenceName(sheet)}!${cells}`, label: m[3].replace(/""/g, '"') };
}

/** Excel column width (characters) from Sheets pixels: about 7 px per character plus 5 px padding. */
export const widthFromPixels = (pixels: number) => Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);

function cellXml(address: string, cell: Cell, context: SheetWriteContext, link: boolean): string {
  const date = isDateValue(cell.value);
  const value = date ? dateToSerial(cell.value as Date, context.timeZone) : cell.value;
  const s = context.styles.indexOf(cell, date && !cell.numberFormat, link);
  const style = s ? ` s="${s}"` : '';
  if (cell.formula && !link) {
    const f = `<f>${escapeXml(cell.formula.replace(/^=/, ''))}</f>`;
    if (typeof value === 'number') return `<c r="${address}"${style}>${f}<v>${value}</v></c>`;
    if (typeof value === 'boolean') return `<c r="${address}"${style} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${address}"${style} t="str">${f}<v>${escapeXml(String(value ?? ''))}</v></c>`;
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${address}"${style}><v>${value}</v></c>` : `<c r="${address}"${style} t="e"><v>#NUM!</v></c>`;
  if (typeof value === 'boolean') return `<c r="${address}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === undefined || value === '') return style ? `<c r="${address}"${style}/>` : '';
  return `<c r="${address}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

/**
 * The worksheet part of a sheet model. Every cell that exists is written (values and formats); a "Mở" link to a cell of
 * the workbook becomes its label with a workbook-internal hyperlink. Time and size grow with the cells, not the sheet's extent.
 */
export function sheetXml(model: SheetModel, context: SheetWriteContext): string {
  const rows: string[] = [];
  const links: string[] = [];
  const lastRow = model.lastRow();
  let open = 0;
  let cells = '';
  const print = printXml(model);
  const flush = () => {
    if (open && cells) rows.push(`<row r="${open}"${print.rowAttributes(open)}>${cells}</row>`);
    cells = '';
  };
  model.forEachCell({ row: 1, column: 1, numRows: Math.max(lastRow, model.maxRows), numColumns: model.maxColumns }, (cell, row, column) => {
    if (row !== open) {
      flush();
      open = row;
    }
    const address = `${columnLetters(column)}${row}`;
    const link = cell.formula ? internalLocation(cell.formula, context.sheetNameById) : null;
    if (link) links.push(`<hyperlink ref="${address}" location="${escapeXml(link.location)}" display="${escapeXml(link.label)}"/>`);
    cells += cellXml(address, link ? { ...cell, formula: undefined, value: link.label } : cell, context, !!link);
  });
  flush();
  const widths = [...model.columnWidths.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([column, pixels]) => `<col min="${column}" max="${column}" width="${widthFromPixels(pixels)}" customWidth="1"/>`);
  const frozen =
    model.frozenRows || model.frozenColumns
      ? `<pane${model.frozenColumns ? ` xSplit="${model.frozenColumns}"` : ''}${model.frozenRows ? ` ySplit="${model.frozenRows}"` : ''}` +
        ` topLeftCell="${columnLetters(model.frozenColumns + 1)}${model.frozenRows + 1}" activePane="${model.frozenRows && model.frozenColumns ? 'bottomRight' : model.frozenRows ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
      : '';
  const merges = model.merges.map(
    (m) => `<mergeCell ref="${columnLetters(m.column)}${m.row}:${columnLetters(m.column + m.numColumns - 1)}${m.row + m.numRows - 1}"/>`,
  );
  const tab = model.tabColor ? `<tabColor rgb="FF${model.tabColor.replace('#', '').toUpperCase()}"/>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetPr>${tab}<pageSetUpPr fitToPage="${print.fitToPage ? 1 : 0}"/></sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0">${frozen}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (widths.length ? `<cols>${widths.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length ? `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>` : '') +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    // Print options, margins, page setup and manual page breaks (local/print-setup.ts: the layout's own, or A4 one page wide).
    print.page +
    '</worksheet>'
  );
}
