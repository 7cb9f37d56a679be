// The Range of the local Spreadsheet runtime: values, display values, formulas, formats, notes, validation, merges, protection.
import type { LocalRangeApi } from './api';
import { formatA1, type GridRect } from './a1';
import { DataValidation } from './builders';
import { countMethods, gridCells, type CellMeasure } from './counted';
import type { CallCounter } from './counter';
import { displayValue } from './display';
import { signatureError } from './exception';
import { FORMAT_KEYS, type Cell, type CellFormat, type SheetModel } from './model';
import { Protection } from './protection';
import { breakApart, eachCell, isHiddenByMerge, mapCells, mergeRects, mergesIn, setBorders, writeGrid } from './range-ops';
import type { Sheet } from './sheet';
import { checkValidation } from './validation-check';
import { DEFAULT_NUMBER_FORMAT, readValue, writeValue, type ValueContext } from './values';

type FormatKey = keyof CellFormat;

const DEFAULTS: Partial<Record<FormatKey, unknown>> = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  fontWeight: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontStyle: 'normal',
  fontFamily: 'Arial',
  background: '#ffffff',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
};

/** A rectangle of one sheet. Every public method call counts one Spreadsheet call ("Range.<method>"). */
export class Range implements LocalRangeApi {
  readonly counter: CallCounter;

  constructor(
    private readonly sheet: Sheet,
    private readonly rect: GridRect,
    private readonly open: { rows?: boolean; columns?: boolean } = {},
  ) {
    this.counter = sheet.counter;
  }

  /** The rectangle, for the runtime (not counted). */
  _rect(): GridRect {
    return { ...this.rect };
  }
  _sheet(): Sheet {
    return this.sheet;
  }
  private _model(): SheetModel {
    return this.sheet._model;
  }
  /** Every change of the range's cells is refused first when a protection closes them to the user the script runs as. */
  private _mutate(): void {
    this.sheet._parent._checkWrite(this.sheet._model, this.rect);
  }
  private _ctx(): ValueContext {
    return this.sheet._context();
  }
  private _read<T>(read: (cell: Cell | undefined) => T): T[][] {
    return mapCells(this._model(), this.rect, read);
  }
  private _format<K extends FormatKey>(key: K): unknown[][] {
    return this._read((cell) => cell?.[key] ?? DEFAULTS[key] ?? null);
  }
  private _setFormat<K extends FormatKey>(key: K, value: CellFormat[K] | null | undefined): this {
    this._mutate();
    eachCell(this._model(), this.rect, (cell) => {
      if (value === null || value === undefined) delete cell[key];
      else cell[key] = value;
    });
    return this;
  }
  private _setFormats<K extends FormatKey>(
    key: K,
    grid: unknown,
    method: string,
    convert: (v: unknown) => CellFormat[K] | undefined = (v) => v as CellFormat[K],
  ): this {
    this._mutate();
    writeGrid(this._model(), this.rect, grid, method, (cell, v) => {
      const value = v === null || v === undefined ? undefined : convert(v);
      if (value === undefined) delete cell[key];
      else cell[key] = value;
    });
    return this;
  }
  private _write(cell: Cell, value: unknown, row: number, column: number): void {
    if (isHiddenByMerge(this._model(), row, column)) return;
    const before = { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
    writeValue(cell, value, this._ctx());
    try {
      checkValidation(cell, row, column);
    } catch (error) {
      Object.assign(cell, before);
      throw error;
    }
  }

  // Values and formulas.
  getValues(): unknown[][] {
    const tz = this._ctx().timeZone;
    return this._read((cell) => readValue(cell, tz));
  }
  getValue(): unknown {
    return readValue(this._model().cell(this.rect.row, this.rect.column), this._ctx().timeZone);
  }
  getDisplayValues(): string[][] {
    const { timeZone, locale } = this._ctx();
    return this._read((cell) => displayValue(cell, timeZone, locale));
  }
  getDisplayValue(): string {
    const { timeZone, locale } = this._ctx();
    return displayValue(this._model().cell(this.rect.row, this.rect.column), timeZone, locale);
  }
  setValues(values: unknown): this {
    this._mutate();
    writeGrid(this._model(), this.rect, values, 'setValues', (cell, v, r, c) => this._write(cell, v, r, c));
    return this;
  }
  setValue(value: unknown): this {
    if (Array.isArray(value)) throw signatureError('Range', 'setValue', [value]);
    this._mutate();
    eachCell(this._model(), this.rect, (cell, r, c) => this._write(cell, value, r, c));
    return this;
  }
  getFormulas(): string[][] {
    return this._read((cell) => cell?.formula ?? '');
  }
  getFormula(): string {
    return this._model().cell(this.rect.row, this.rect.column)?.formula ?? '';
  }
  setFormula(formula: string): this {
    return this.setValue(String(formula));
  }
  setFormulas(formulas: unknown): this {
    this._mutate();
    writeGrid(this._model(), this.rect, formulas, 'setFormulas', (cell, v, r, c) => this._write(cell, v === null || v === undefined ? '' : String(v), r, c));
    return this;
  }
  isBlank(): boolean {
    return this._read((cell) => cell?.value === undefined && !cell?.formula).every((row) => row.every(Boolean));
  }

  // Number formats and text style.
  getNumberFormats(): string[][] {
    return this._format('numberFormat') as string[][];
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  setNumberFormat(format: string): this {
    return this._setFormat('numberFormat', /^general$/i.test(format) ? undefined : String(format));
  }
  setNumberFormats(formats: unknown): this {
    return this._setFormats('numberFormat', formats, 'setNumberFormats', (v) => (/^general$/i.test(String(v)) ? undefined : String(v)));
  }
  getFontWeights(): string[][] {
    return this._format('fontWeight') as string[][];
  }
  getFontWeight(): string {
    return this.getFontWeights()[0][0];
  }
  setFontWeight(weight: string | null): this {
    return this._setFormat('fontWeight', weight === 'normal' ? null : weight);
  }
  setFontWeights(weights: unknown): this {
    return this._setFormats('fontWeight', weights, 'setFontWeights', (v) => (v === 'normal' ? undefined : String(v)));
  }
  getFontColors(): string[][] {
    return this._format('fontColor') as string[][];
  }
  getFontColor(): string {
    return this.getFontColors()[0][0];
  }
  setFontColor(color: string | null): this {
    return this._setFormat('fontColor', color);
  }
  setFontColors(colors: unknown): this {
    return this._setFormats('fontColor', colors, 'setFontColors', String);
  }
  getFontSizes(): number[][] {
    return this._format('fontSize') as number[][];
  }
  getFontSize(): number {
    return this.getFontSizes()[0][0];
  }
  setFontSize(size: number): this {
    return this._setFormat('fontSize', size);
  }
  setFontSizes(sizes: unknown): this {
    return this._setFormats('fontSize', sizes, 'setFontSizes', Number);
  }
  getFontStyles(): string[][] {
    return this._format('fontStyle') as string[][];
  }
  getFontStyle(): string {
    return this.getFontStyles()[0][0];
  }
  setFontStyle(style: string | null): this {
    return this._setFormat('fontStyle', style === 'normal' ? null : style);
  }
  setFontStyles(styles: unknown): this {
    return this._setFormats('fontStyle', styles, 'setFontStyles', String);
  }
  getFontFamily(): string {
    return this._format('fontFamily')[0][0] as string;
  }
  setFontFamily(family: string | null): this {
    return this._setFormat('fontFamily', family);
  }
  getBackgrounds(): string[][] {
    return this._format('background') as string[][];
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  setBackground(color: string | null): this {
    return this._setFormat('background', color);
  }
  setBackgrounds(colors: unknown): this {
    return this._setFormats('background', colors, 'setBackgrounds', String);
  }
  getHorizontalAlignments(): string[][] {
    return this._format('horizontalAlignment') as string[][];
  }
  getHorizontalAlignment(): string {
    return this.getHorizontalAlignments()[0][0];
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._setFormat('horizontalAlignment', alignment);
  }
  setHorizontalAlignments(alignments: unknown): this {
    return this._setFormats('horizontalAlignment', alignments, 'setHorizontalAlignments', String);
  }
  getVerticalAlignments(): string[][] {
    return this._format('verticalAlignment') as string[][];
  }
  getVerticalAlignment(): string {
    return this.getVerticalAlignments()[0][0];
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._setFormat('verticalAlignment', alignment);
  }
  setVerticalAlignments(alignments: unknown): this {
    return this._setFormats('verticalAlignment', alignments, 'setVerticalAlignments', String);
  }
  getWraps(): boolean[][] {
    return this._format('wrap') as boolean[][];
  }
  getWrap(): boolean {
    return this.getWraps()[0][0];
  }
  setWrap(wrap: boolean): this {
    return this._setFormat('wrap', wrap ? true : undefined);
  }
  setWraps(wraps: unknown): this {
    return this._setFormats('wrap', wraps, 'setWraps', (v) => (v ? true : undefined));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): this {
    this._mutate();
    setBorders(this._model(), this.rect, [top, left, bottom, right, vertical, horizontal], color, style);
    return this;
  }

  // Notes and data validation.
  getNotes(): string[][] {
    return this._read((cell) => cell?.note ?? '');
  }
  getNote(): string {
    return this.getNotes()[0][0];
  }
  setNote(note: string | null): this {
    this._mutate();
    eachCell(this._model(), this.rect, (cell) => {
      if (note) cell.note = String(note);
      else delete cell.note;
    });
    return this;
  }
  setNotes(notes: unknown): this {
    this._mutate();
    writeGrid(this._model(), this.rect, notes, 'setNotes', (cell, v) => {
      if (v) cell.note = String(v);
      else delete cell.note;
    });
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }
  getDataValidations(): (DataValidation | null)[][] {
    return this._read((cell) => (cell?.validation as DataValidation | undefined) ?? null);
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0][0];
  }
  setDataValidation(rule: DataValidation | null): this {
    if (rule !== null && !(rule instanceof DataValidation)) throw signatureError('Range', 'setDataValidation', [rule]);
    this._mutate();
    eachCell(this._model(), this.rect, (cell) => {
      if (rule) cell.validation = rule;
      else delete cell.validation;
    });
    return this;
  }
  setDataValidations(rules: unknown): this {
    this._mutate();
    writeGrid(this._model(), this.rect, rules, 'setDataValidations', (cell, v) => {
      if (v) cell.validation = v as DataValidation;
      else delete cell.validation;
    });
    return this;
  }
  clearDataValidations(): this {
    return this.setDataValidation(null);
  }

  // Clearing.
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; commentsOnly?: boolean; validationsOnly?: boolean }): this {
    this._mutate();
    const only = options && (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    this._model().forEachCell(this.rect, (cell) => {
      if (!only || options.contentsOnly) {
        delete cell.value;
        delete cell.formula;
      }
      if (!only || options.formatOnly) for (const key of FORMAT_KEYS) delete cell[key];
      if (only && options.commentsOnly) delete cell.note;
      if (only && options.validationsOnly) delete cell.validation;
    });
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  // Merges.
  merge(): this {
    this._mutate();
    mergeRects(this._model(), [this.rect]);
    return this;
  }
  mergeAcross(): this {
    this._mutate();
    mergeRects(
      this._model(),
      Array.from({ length: this.rect.numRows }, (_, i) => ({ ...this.rect, row: this.rect.row + i, numRows: 1 })),
    );
    return this;
  }
  mergeVertically(): this {
    this._mutate();
    mergeRects(
      this._model(),
      Array.from({ length: this.rect.numColumns }, (_, j) => ({ ...this.rect, column: this.rect.column + j, numColumns: 1 })),
    );
    return this;
  }
  breakApart(): this {
    this._mutate();
    breakApart(this._model(), this.rect);
    return this;
  }
  isPartOfMerge(): boolean {
    return mergesIn(this._model(), this.rect).length > 0;
  }
  getMergedRanges(): Range[] {
    return mergesIn(this._model(), this.rect).map((m) => new Range(this.sheet, m));
  }

  // Position and navigation.
  getRow(): number {
    return this.rect.row;
  }
  getRowIndex(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.column;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numColumns;
  }
  getHeight(): number {
    return this.rect.numRows;
  }
  getWidth(): number {
    return this.rect.numColumns;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.column + this.rect.numColumns - 1;
  }
  getA1Notation(): string {
    return formatA1(this.rect, this.open);
  }
  getSheet(): Sheet {
    return this.sheet;
  }
  getCell(row: number, column: number): Range {
    return this.sheet._range(this.rect.row + row - 1, this.rect.column + column - 1, 1, 1, 'Range.getCell');
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet._range(
      this.rect.row + rowOffset,
      this.rect.column + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numColumns,
      'Range.offset',
    );
  }
  activate(): this {
    this.sheet._activateRange(this);
    return this;
  }
  /** A new range protection (each call makes another, as in Sheets); it covers this range's cells. */
  protect(): Protection {
    const model = this._model();
    const protection = new Protection(
      this.counter,
      'RANGE',
      this.sheet._parent._protectionHost(model, this, () => this._rect()),
    );
    model.protections.push(protection);
    return protection;
  }
}

/** Getters of one cell's value or format (the top-left cell): one cell read. */
const SINGLE_CELL_READS = new Set([
  'getValue',
  'getDisplayValue',
  'getFormula',
  'getNumberFormat',
  'getFontWeight',
  'getFontColor',
  'getFontSize',
  'getFontStyle',
  'getFontFamily',
  'getBackground',
  'getHorizontalAlignment',
  'getVerticalAlignment',
  'getWrap',
  'getNote',
  'getDataValidation',
]);

/**
 * Cells a Range call moves: a grid getter reads the cells it returns, a one-cell getter one cell, isBlank the whole range;
 * setters, clears, merges and borders write every cell of the range. Position, navigation and protection move none.
 */
export const measureRange: CellMeasure<Range> = (range, method, _args, result) => {
  const rect = range._rect();
  const size = rect.numRows * rect.numColumns;
  const sheet = range._sheet()._model.name;
  if (SINGLE_CELL_READS.has(method)) return { sheet, read: 1, written: 0 };
  if (method === 'isBlank') return { sheet, read: size, written: 0 };
  if (method.startsWith('get') && Array.isArray(result) && Array.isArray(result[0]) && !(result[0][0] instanceof Range)) {
    return { sheet, read: gridCells(result), written: 0 };
  }
  if (/^(set|clear|merge|breakApart)/.test(method)) return { sheet, read: 0, written: size };
  return null;
};

countMethods(Range, 'Range', measureRange);
