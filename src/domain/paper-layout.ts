// The administrative paper of Nghị định 30/2020/NĐ-CP on a sheet: Times New Roman on A4 portrait, the national heading, text broken into lines, Nơi nhận and signature (pure).
import { PAPER_HEADER_FILL } from './cell-formats';
import { A4_DECREE, a1Range, breakLines, pageFor, SheetGrid } from './sheet-grid';
import type { GridLayout, RowLook } from './sheet-grid';

/** Row looks of a paper: body 13 pt, headings bold, the national heading 12–13 pt, tables 12 pt. */
export type PaperStyle =
  | 'body'
  | 'bold'
  | 'italic'
  | 'heading'
  | 'title'
  | 'subject'
  | 'small'
  | 'smallBold'
  | 'smallItalic'
  | 'header'
  | 'cell'
  | 'group'
  | 'total'
  | 'center'
  | 'centerBold'
  | 'dateLine';

export const PAPER_LOOKS: Record<PaperStyle, RowLook> = {
  body: { weight: 'normal', fill: null, align: null, size: 13 },
  bold: { weight: 'bold', fill: null, align: null, size: 13 },
  italic: { weight: 'normal', fill: null, align: null, size: 13, italic: true },
  heading: { weight: 'bold', fill: null, align: null, size: 13 },
  title: { weight: 'bold', fill: null, align: 'center', size: 14 },
  subject: { weight: 'bold', fill: null, align: 'center', size: 13 },
  center: { weight: 'normal', fill: null, align: 'center', size: 12 },
  centerBold: { weight: 'bold', fill: null, align: 'center', size: 12 },
  dateLine: { weight: 'normal', fill: null, align: 'center', size: 13, italic: true },
  small: { weight: 'normal', fill: null, align: null, size: 11 },
  smallBold: { weight: 'bold', fill: null, align: null, size: 12 },
  smallItalic: { weight: 'bold', fill: null, align: null, size: 12, italic: true },
  header: { weight: 'bold', fill: PAPER_HEADER_FILL, align: 'center', size: 12 },
  cell: { weight: 'normal', fill: null, align: null, size: 12 },
  group: { weight: 'bold', fill: null, align: null, size: 12 },
  total: { weight: 'bold', fill: null, align: null, size: 12 },
};

export const PAPER_FONT = 'Times New Roman';

/** Breaks a text into lines no wider than `width` pixels at the style's font, word by word (a word longer than a line stands alone). */
export function wrapLines(value: string, width: number, style: PaperStyle): string[] {
  const look = PAPER_LOOKS[style];
  return breakLines(value, width, look.size, look.weight === 'bold', A4_DECREE.fontFactor);
}

/** A paper: the sheet grid in the paper's looks, with column widths known, so text is broken into lines that fit. */
export class PaperGrid extends SheetGrid<PaperStyle> {
  readonly rules: string[] = [];

  constructor(
    columns: number,
    private readonly paperWidths: readonly number[],
  ) {
    super(columns, PAPER_LOOKS, pageFor(A4_DECREE, paperWidths), paperWidths, 'cell');
  }

  /** A line of text; a heading line goes to the next page with what follows it rather than stand at the foot of a page. */
  override line(style: PaperStyle, value: string, options: Parameters<SheetGrid<PaperStyle>['line']>[2] = {}): number {
    return super.line(style, value, { heading: style === 'heading', ...options });
  }

  /** Pixel width of columns from..to (1-based, inclusive), less the cell padding. */
  spanWidth(from: number, to: number): number {
    let width = 0;
    for (let c = from; c <= to; c += 1) width += this.paperWidths[c - 1];
    return width - 10;
  }

  /** A paragraph over the whole width, broken into one merged row per line; the first line indented as the decree's body is. */
  paragraph(value: string, style: PaperStyle = 'body', indent = true): void {
    const lines = wrapLines(`${indent ? '\u2003\u2003' : ''}${value}`, this.spanWidth(1, this.columns), style);
    for (const line of lines) this.line(style, line);
  }

  /** Lines in columns from..to (merged), each broken to fit; returns the rows. */
  block(values: string[], style: PaperStyle, from: number, to: number): number[] {
    return values.flatMap((value) => wrapLines(value, this.spanWidth(from, to), style)).map((line) => this.line(style, line, { from, to }));
  }

  /** A line along the top edge of columns from..to of the next row (the motto's underline, under the subject). */
  rule(row: number, from: number, to: number): void {
    this.rules.push(a1Range(row, from, row, to));
  }

  /** The grids of the paper: GridLayout plus the rules and the font family. */
  paper(): PaperLayout {
    return { ...this.build(this.paperWidths), underlines: this.rules, fontFamily: PAPER_FONT };
  }
}

export interface PaperLayout extends GridLayout {
  fontFamily: string;
}

/** Who issues the paper and where: from Cài đặt. */
export interface PaperHeading {
  parentName: string;
  unionName: string;
  /** "Số: …/BC-CĐGD"; blank for minutes, which carry no number. */
  numberLine: string;
  place: string;
  /** The civil date the paper is made, yyyy-mm-dd. */
  date: string;
}

/** "Thăng Bình, ngày 15 tháng 6 năm 2020"; the place left as dots to fill in by hand when Cài đặt has none. */
export function placeAndDate(place: string, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${place.trim() === '' ? '……………' : place.trim()}, ngày ${String(day).padStart(2, '0')} tháng ${month < 3 ? String(month).padStart(2, '0') : month} năm ${year}`;
}

/**
 * The national heading: at the left the parent body and the union in capitals, and the number line; at the right the
 * national title in bold capitals and the motto in bold with a line under it, then the place and date in italics.
 * `split` is the last column of the left block.
 */
export function nationalHeading(grid: PaperGrid, heading: PaperHeading, split: number): void {
  const left: { text: string; style: PaperStyle }[] = [];
  for (const line of heading.parentName.trim() === '' ? [] : wrapLines(heading.parentName.trim().toUpperCase(), grid.spanWidth(1, split), 'center'))
    left.push({ text: line, style: 'center' });
  for (const line of wrapLines(heading.unionName.trim().toUpperCase(), grid.spanWidth(1, split), 'centerBold')) left.push({ text: line, style: 'centerBold' });
  const right: { text: string; style: PaperStyle }[] = [
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'centerBold' },
    { text: 'Độc lập - Tự do - Hạnh phúc', style: 'subject' },
  ];
  const rows = Math.max(left.length, right.length);
  for (let i = 0; i < rows; i += 1) {
    const l = left[i];
    const r = right[i];
    const row = grid.line(l?.style ?? 'center', l?.text ?? '', { from: 1, to: split });
    // The right half of the same row: written into the cells of the row just added.
    if (r) grid.setText(row, split + 1, r.text, grid.columns, r.style);
  }
  const under = grid.line('center', heading.numberLine, { from: 1, to: split });
  // The rule under the motto, centred in the right block (its middle columns).
  grid.rule(under, split + 2, grid.columns - 1);
  const dateRow = grid.line('center', '', { from: 1, to: split });
  grid.setText(dateRow, split + 1, placeAndDate(heading.place, heading.date), grid.columns, 'dateLine');
  grid.line('body', '');
}

/** A line of a two-column block: its text and look. */
export interface PaperLine {
  text: string;
  style: PaperStyle;
}

/** Two blocks side by side, row by row: `left` in columns 1..split, `right` in split+1..last; kept on one page. */
export function sideBySide(grid: PaperGrid, left: PaperLine[], right: PaperLine[], split: number): void {
  const rows = Math.max(left.length, right.length);
  grid.keep(rows + 1);
  for (let i = 0; i < rows; i += 1) {
    const l = left[i];
    const row = grid.line(l?.style ?? 'small', l?.text ?? '', { from: 1, to: split });
    const r = right[i];
    if (r && r.text !== '') grid.setText(row, split + 1, r.text, grid.columns, r.style);
  }
}

/** A signature: the body signed for (TM. BAN THƯỜNG VỤ), the title, room for the signature and seal, the name (dots when unknown). */
export function signature(on: string, title: string, name: string): PaperLine[] {
  const lines: PaperLine[] = [];
  if (on !== '') lines.push({ text: on, style: 'subject' });
  lines.push({ text: title, style: title.startsWith('(') ? 'dateLine' : 'subject' });
  lines.push({ text: '', style: 'center' }, { text: '', style: 'center' }, { text: '', style: 'center' });
  lines.push({ text: name.trim() === '' ? '……………………' : name.trim(), style: 'subject' });
  return lines;
}

/** "Nơi nhận:" and its list, as the decree sets it at the bottom left. */
export function recipients(list: string[]): PaperLine[] {
  return [{ text: 'Nơi nhận:', style: 'smallItalic' }, ...list.map((r) => ({ text: r, style: 'small' as PaperStyle }))];
}
