// Cell-level conversion between exceljs and the local runtime's cells: values, dates in the spreadsheet's time zone, formats, notes.
import type ExcelJS from 'exceljs';
import { fromUtcCivil, toUtcCivil } from './civil-time';
import type { Cell, CellFormat } from './model';
import { isDateValue } from './values';

/** The font size of a cell that sets none: Sheets' default, which the reader leaves unset and the writers write. */
export const DEFAULT_FONT_SIZE = 10;
/** The font of a cell that names none: Sheets' default. */
export const DEFAULT_FONT_NAME = 'Arial';

/** '#RRGGBB' from exceljs' 'AARRGGBB' (lower case, as Apps Script's getBackground returns). */
function fromArgb(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9a-f]{6,8}$/i.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

function toArgb(color: string): string | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return note.texts?.map((t) => t.text).join('');
}

/** The value of an exceljs cell as the runtime stores it; formulas keep their text and cached result. */
export function readExcelValue(cell: ExcelJS.Cell, timeZone: string): Pick<Cell, 'value' | 'formula'> {
  const raw = cell.value as unknown;
  if (raw === null || raw === undefined) return {};
  if (isDateValue(raw)) return { value: fromUtcCivil(raw, timeZone) };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (typeof raw === 'string') return raw === '' ? {} : { value: raw };
  const obj = raw as Record<string, unknown>;
  if ('formula' in obj || 'sharedFormula' in obj) {
    const formula = cell.formula ? `=${cell.formula}` : undefined;
    const result = obj.result as unknown;
    let value: Cell['value'];
    if (isDateValue(result)) value = fromUtcCivil(result, timeZone);
    else if (result && typeof result === 'object' && 'error' in (result as object)) value = String((result as { error: unknown }).error);
    else if (typeof result === 'number' || typeof result === 'boolean' || typeof result === 'string') value = result;
    return { formula, value: value === '' ? undefined : value };
  }
  if ('richText' in obj) return { value: (obj.richText as { text: string }[]).map((r) => r.text).join('') };
  if ('hyperlink' in obj) {
    const text = obj.text as unknown;
    const label =
      typeof text === 'string'
        ? text
        : text && typeof text === 'object' && 'richText' in text
          ? (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('')
          : String(obj.hyperlink);
    return { value: label };
  }
  if ('error' in obj) return { value: String(obj.error) };
  return { value: String(raw) };
}

/** Formatting of an exceljs cell style (number format, font, fill, alignment, borders). */
function formatOfStyle(style: Partial<ExcelJS.Style>): CellFormat {
  const out: CellFormat = {};
  if (style.numFmt && !/^general$/i.test(style.numFmt)) out.numberFormat = style.numFmt;
  const font = style.font;
  if (font?.bold) out.fontWeight = 'bold';
  if (font?.italic) out.fontStyle = 'italic';
  if (font?.size && font.size !== DEFAULT_FONT_SIZE) out.fontSize = font.size;
  const fontColor = fromArgb(font?.color?.argb);
  if (fontColor && fontColor !== '#000000') out.fontColor = fontColor;
  const fill = style.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const background = fromArgb(fill.fgColor?.argb);
    if (background && background !== '#ffffff') out.background = background;
  }
  const alignment = style.alignment;
  if (alignment?.horizontal) out.horizontalAlignment = alignment.horizontal;
  if (alignment?.vertical) out.verticalAlignment = alignment.vertical === 'middle' ? 'middle' : alignment.vertical;
  if (alignment?.wrapText) out.wrap = true;
  const border = style.border;
  if (border && (border.top || border.left || border.bottom || border.right)) {
    out.border = { top: !!border.top, left: !!border.left, bottom: !!border.bottom, right: !!border.right };
  }
  return out;
}

/**
 * The runtime formatting of exceljs cells, converted once per style object: after loading, exceljs gives every cell with the
 * same style id the same style object, so 100,000s of cells share a few dozen conversions. formatOfStyle reads only the five
 * parts tested below, so a style without them has no formatting.
 */
export class ExcelFormatReader {
  private readonly formats = new WeakMap<object, CellFormat>();

  /** The cell's formatting (shared between cells: copy before changing it), or null for an unformatted cell. */
  formatOf(cell: ExcelJS.Cell): CellFormat | null {
    const style = cell.style;
    // Unstyled cells each have an empty style object of their own: answer them without touching the cache.
    if (!style || !(style.numFmt || style.font || style.fill || style.alignment || style.border)) return null;
    let format = this.formats.get(style);
    if (!format) this.formats.set(style, (format = formatOfStyle(style)));
    return hasKeys(format) ? format : null;
  }
}

function hasKeys(object: object): boolean {
  for (const key in object) if (Object.prototype.hasOwnProperty.call(object, key)) return true;
  return false;
}

/** The text of an exceljs cell's note, if any. */
export function readExcelNote(cell: ExcelJS.Cell): string | undefined {
  return noteText(cell.note) || undefined;
}

/** The exceljs style (number format, font, fill, alignment, border) of a runtime cell, built from its formatting alone. */
function excelStyleOf(cell: Cell): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (cell.numberFormat) style.numFmt = cell.numberFormat;
  const font: Partial<ExcelJS.Font> = {};
  if (cell.fontWeight === 'bold') font.bold = true;
  if (cell.fontStyle === 'italic') font.italic = true;
  // The reader leaves the default size (10) unset; exceljs would write such a font at its own 11 pt, and figures measured
  // for 10 pt would print ### in their columns.
  font.size = cell.fontSize ?? DEFAULT_FONT_SIZE;
  // Likewise the font: without a name LibreOffice prints in its own default (a serif), wider than the Arial that Sheets uses
  // and that the layouts measure for, so a header or name measured to fit wraps into a line its row has no room for.
  font.name = cell.fontFamily ?? DEFAULT_FONT_NAME;
  const fontColor = cell.fontColor && toArgb(cell.fontColor);
  if (fontColor) font.color = { argb: fontColor };
  if (Object.keys(font).length) style.font = font;
  const background = cell.background && toArgb(cell.background);
  if (background) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: background } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (cell.horizontalAlignment && cell.horizontalAlignment !== 'general') alignment.horizontal = cell.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  if (cell.verticalAlignment) alignment.vertical = cell.verticalAlignment as ExcelJS.Alignment['vertical'];
  if (cell.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length) style.alignment = alignment;
  if (cell.border) {
    const border = { style: /medium/i.test(cell.border.style ?? '') ? 'medium' : /thick/i.test(cell.border.style ?? '') ? 'thick' : 'thin' } as ExcelJS.Border;
    const side = (on?: boolean) => (on ? { ...border, color: cell.border?.color ? { argb: toArgb(cell.border.color) } : undefined } : undefined);
    style.border = {
      top: side(cell.border.top),
      left: side(cell.border.left),
      bottom: side(cell.border.bottom),
      right: side(cell.border.right),
    } as ExcelJS.Borders;
  }
  return style;
}

/**
 * One exceljs style object per distinct cell format, for one saved workbook. exceljs remembers the style id of every style
 * object it has seen, so cells sharing an object skip rendering their style to XML to find its id (100,000s of cells, a few
 * dozen formats). The objects must never be changed after they are handed out.
 */
export class ExcelStyleCache {
  /** exceljs gives the first cell's style id to every cell sharing its object, and a date without a number format gets
   * mm-dd-yy where a number gets General: such date cells therefore have objects of their own. */
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  private readonly dateStyles = new Map<string, Partial<ExcelJS.Style>>();

  private readonly unformatted = {};
  private readonly unformattedDate = {};

  styleOf(cell: Cell, dateWithoutFormat: boolean): Partial<ExcelJS.Style> {
    if (
      !cell.numberFormat &&
      !cell.fontWeight &&
      !cell.fontStyle &&
      !cell.fontSize &&
      !cell.fontFamily &&
      !cell.fontColor &&
      !cell.background &&
      !cell.horizontalAlignment &&
      !cell.verticalAlignment &&
      !cell.wrap &&
      !cell.border
    ) {
      return dateWithoutFormat ? this.unformattedDate : this.unformatted;
    }
    const b = cell.border;
    const key =
      `${cell.numberFormat ?? ''}\u0000${cell.fontWeight ?? ''}\u0000${cell.fontStyle ?? ''}\u0000${cell.fontSize ?? ''}\u0000${cell.fontFamily ?? ''}` +
      `\u0000${cell.fontColor ?? ''}\u0000${cell.background ?? ''}\u0000${cell.horizontalAlignment ?? ''}\u0000${cell.verticalAlignment ?? ''}` +
      `\u0000${cell.wrap ? 1 : ''}\u0000${b ? `${b.top ? 1 : 0}${b.left ? 1 : 0}${b.bottom ? 1 : 0}${b.right ? 1 : 0}|${b.style ?? ''}|${b.color ?? ''}` : ''}`;
    const styles = dateWithoutFormat ? this.dateStyles : this.styles;
    let style = styles.get(key);
    if (!style) styles.set(key, (style = excelStyleOf(cell)));
    return style;
  }
}

/**
 * Writes a runtime cell into an exceljs cell: dates as civil time of the spreadsheet's zone, formulas with their result.
 * Cells in a merge keep the style object exceljs shares between the merged cells; every other cell takes the cached style.
 */
export function writeExcelCell(target: ExcelJS.Cell, cell: Cell, timeZone: string, styles: ExcelStyleCache): void {
  const value = isDateValue(cell.value) ? toUtcCivil(cell.value, timeZone) : cell.value;
  if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ''), result: value ?? '' } as ExcelJS.CellFormulaValue;
  else if (value !== undefined) target.value = value;
  const style = styles.styleOf(cell, !cell.numberFormat && isDateValue(value));
  if (target.isMerged) {
    for (const key of ['numFmt', 'font', 'fill', 'alignment', 'border'] as const)
      if (style[key]) (target as unknown as Record<string, unknown>)[key] = style[key];
  } else {
    target.style = style;
  }
  if (cell.note) target.note = cell.note;
}
