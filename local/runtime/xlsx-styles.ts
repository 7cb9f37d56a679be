// The styles part of an .xlsx (xl/styles.xml): number formats of the cell styles on reading, and new cell styles appended on writing.
import type { Cell } from './model';
import { attributes, escapeXml } from './xlsx-xml';

/** Excel's built-in number formats by id (the ones a reader must know to tell dates and show numbers). */
const BUILT_IN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** True for a number format that shows a date or a time (letters d, m, y, h, s outside quotes, escapes and colour tags). */
export function isDateFormat(format: string): boolean {
  const code = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(code) && !/^general$/i.test(code.trim());
}

/** The number format of each cell style (by its index in cellXfs), and whether it shows dates. */
export class CellStyleFormats {
  private constructor(
    private readonly formats: (string | undefined)[],
    private readonly dates: boolean[],
  ) {}

  static parse(stylesXml: string | undefined): CellStyleFormats {
    if (!stylesXml) return new CellStyleFormats([], []);
    const custom = new Map<number, string>();
    const numFmts = /<numFmts\b[^>]*>([\s\S]*?)<\/numFmts>/.exec(stylesXml)?.[1] ?? '';
    for (const tag of numFmts.match(/<numFmt\b[^>]*>/g) ?? []) {
      const a = attributes(tag.slice(7));
      custom.set(Number(a.numFmtId), a.formatCode ?? '');
    }
    const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
    const formats: (string | undefined)[] = [];
    for (const tag of xfs.match(/<xf\b[^>]*>/g) ?? []) {
      const id = Number(attributes(tag.slice(3)).numFmtId ?? 0);
      const format = custom.get(id) ?? BUILT_IN_FORMATS[id];
      formats.push(format && !/^general$/i.test(format) ? format : undefined);
    }
    return new CellStyleFormats(
      formats,
      formats.map((f) => !!f && isDateFormat(f)),
    );
  }

  numberFormat(style: number): string | undefined {
    return this.formats[style];
  }
  isDate(style: number): boolean {
    return this.dates[style] ?? false;
  }
}

/** The element each list of styles.xml holds. */
const ITEM = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' } as const;

function listBody(xml: string, list: keyof typeof ITEM): string | undefined {
  return new RegExp(`<${list}\\b[^>]*>([\\s\\S]*?)</${list}>`).exec(xml)?.[1];
}

function itemCount(body: string, list: keyof typeof ITEM): number {
  return (body.match(new RegExp(`<${ITEM[list]}\\b`, 'g')) ?? []).length;
}

/** The formatting of a written cell that styles.xml can express, as one key per distinct look. */
type StyleKey = string;

/** '#RRGGBB' → 'FFRRGGBB', or undefined. */
function argb(color: string | undefined): string | undefined {
  const m = color && /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? `FF${m[1].toUpperCase()}` : undefined;
}

/**
 * New cell styles for one written sheet, appended to the input's styles.xml so every existing style index keeps its meaning.
 * `indexOf` gives a cell's style index (0, the workbook's default, for an unformatted cell); `patch` returns the new styles.xml.
 */
export class AppendedStyles {
  private readonly keys = new Map<StyleKey, number>();
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly numFmtIds = new Map<string, number>();
  private readonly base: {
    xfs: number;
    fonts: number;
    fills: number;
    borders: number;
    nextNumFmt: number;
    fontName: string;
    fontSize: string;
    styleXf: boolean;
  };
  readonly usable: boolean;

  constructor(private readonly stylesXml: string | undefined) {
    const count = (list: keyof typeof ITEM) => (stylesXml ? itemCount(listBody(stylesXml, list) ?? '', list) : 0);
    const ids = [...(stylesXml ?? '').matchAll(/numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
    const firstFont = /<fonts\b[^>]*>\s*<font\b[^>]*>([\s\S]*?)<\/font>/.exec(stylesXml ?? '')?.[1] ?? '';
    this.base = {
      xfs: count('cellXfs'),
      fonts: count('fonts'),
      fills: count('fills'),
      borders: count('borders'),
      nextNumFmt: Math.max(163, ...ids) + 1,
      fontName: /<name\s+val="([^"]*)"/.exec(firstFont)?.[1] ?? 'Arial',
      fontSize: /<sz\s+val="([^"]*)"/.exec(firstFont)?.[1] ?? '10',
      styleXf: /<cellStyleXfs\b[^>]*>\s*<xf\b/.test(stylesXml ?? ''),
    };
    this.usable = !!stylesXml && this.base.xfs > 0 && this.base.fonts > 0 && this.base.fills >= 2 && this.base.borders > 0;
  }

  /** The style index of a cell; `dateWithoutFormat` gives an unformatted date the dd/mm/yyyy format. */
  indexOf(cell: Cell, dateWithoutFormat: boolean, link = false): number {
    if (!this.usable) return 0;
    const numberFormat = cell.numberFormat ?? (dateWithoutFormat ? 'dd/mm/yyyy' : undefined);
    const b = cell.border;
    const key = [
      numberFormat,
      cell.fontWeight,
      cell.fontStyle,
      cell.fontSize,
      cell.fontFamily,
      link ? '#0563C1' : cell.fontColor,
      link,
      cell.background,
      cell.horizontalAlignment,
      cell.verticalAlignment,
      cell.wrap,
      b && `${b.top}${b.left}${b.bottom}${b.right}${b.style}${b.color}`,
    ].join('\u0000');
    let index = this.keys.get(key);
    if (index === undefined) {
      index = this.base.xfs + this.xfs.length;
      this.keys.set(key, index);
      this.xfs.push(this.xf(cell, numberFormat, link));
    }
    return index;
  }

  private xf(cell: Cell, numberFormat: string | undefined, link: boolean): string {
    const numFmtId = numberFormat && numberFormat !== '@' ? this.numFmtId(numberFormat) : numberFormat === '@' ? 49 : 0;
    const size = cell.fontSize ? String(cell.fontSize) : this.base.fontSize;
    const color = link ? 'FF0563C1' : argb(cell.fontColor);
    this.fonts.push(
      `<font>${cell.fontWeight === 'bold' ? '<b/>' : ''}${cell.fontStyle === 'italic' ? '<i/>' : ''}${link ? '<u/>' : ''}<sz val="${escapeXml(size)}"/>` +
        `${color ? `<color rgb="${color}"/>` : ''}<name val="${escapeXml(cell.fontFamily ?? this.base.fontName)}"/></font>`,
    );
    const fillColor = argb(cell.background);
    this.fills.push(
      fillColor
        ? `<fill><patternFill patternType="solid"><fgColor rgb="${fillColor}"/><bgColor indexed="64"/></patternFill></fill>`
        : '<fill><patternFill patternType="none"/></fill>',
    );
    const b = cell.border;
    const line = /medium/i.test(b?.style ?? '') ? 'medium' : /thick/i.test(b?.style ?? '') ? 'thick' : 'thin';
    const side = (name: string, on?: boolean) =>
      on ? `<${name} style="${line}">${argb(b?.color) ? `<color rgb="${argb(b?.color)}"/>` : '<color auto="1"/>'}</${name}>` : `<${name}/>`;
    this.borders.push(`<border>${side('left', b?.left)}${side('right', b?.right)}${side('top', b?.top)}${side('bottom', b?.bottom)}<diagonal/></border>`);
    const n = this.xfs.length;
    const alignment = [
      cell.horizontalAlignment && cell.horizontalAlignment !== 'general' ? `horizontal="${escapeXml(cell.horizontalAlignment)}"` : '',
      cell.verticalAlignment ? `vertical="${cell.verticalAlignment === 'middle' ? 'center' : escapeXml(cell.verticalAlignment)}"` : '',
      cell.wrap ? 'wrapText="1"' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      `<xf numFmtId="${numFmtId}" fontId="${this.base.fonts + n}" fillId="${this.base.fills + n}" borderId="${this.base.borders + n}"${this.base.styleXf ? ' xfId="0"' : ''}` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"${alignment ? ` applyAlignment="1"><alignment ${alignment}/></xf>` : '/>'}`
    );
  }

  private numFmtId(format: string): number {
    let id = this.numFmtIds.get(format);
    if (id === undefined) {
      id = this.base.nextNumFmt + this.numFmts.length;
      this.numFmtIds.set(format, id);
      this.numFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`);
    }
    return id;
  }

  /** styles.xml with the new fonts, fills, borders, number formats and cell styles appended; undefined when nothing was added. */
  patch(): string | undefined {
    if (!this.stylesXml || this.xfs.length === 0) return undefined;
    let xml = this.stylesXml;
    const append = (list: keyof typeof ITEM, items: string[]) => {
      if (items.length === 0) return;
      xml = xml.replace(new RegExp(`(<${list}\\b[^>]*>)([\\s\\S]*?)(</${list}>)`), (_all, open: string, body: string, close: string) => {
        const total = itemCount(body, list) + items.length;
        return `${open.replace(/\s+count\s*=\s*"[^"]*"/, '').replace(/>$/, ` count="${total}">`)}${body}${items.join('')}${close}`;
      });
    };
    if (this.numFmts.length) {
      if (/<numFmts\b/.test(xml)) append('numFmts', this.numFmts);
      else xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${this.numFmts.length}">${this.numFmts.join('')}</numFmts>`);
    }
    append('fonts', this.fonts);
    append('fills', this.fills);
    append('borders', this.borders);
    append('cellXfs', this.xfs);
    return xml;
  }
}
