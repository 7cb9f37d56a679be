// The Sheet of the local Spreadsheet runtime: getRange in all its forms, size and content bounds, rows, freezing, widths, rules, charts.
import type { LocalSheetApi } from './api';
import { parseA1, resolveA1, splitSheetName } from './a1';
import type { ConditionalFormatRule } from './builders';
import { type EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { countMethods, gridCells } from './counted';
import type { CallCounter } from './counter';
import { GasException, signatureError } from './exception';
import { DeveloperMetadata } from './metadata';
import type { SheetModel } from './model';
import { Protection, ProtectionType } from './protection';
import { Range } from './range';
import { RangeList } from './range-list';
import { autoWidth, checkDelete, checkRowCount } from './sheet-ops';
import type { LocalSpreadsheet } from './spreadsheet';
import type { ValueContext } from './values';

let nextChartId = 1;

/** One sheet (tab). Every public method call counts one Spreadsheet call ("Sheet.<method>"). */
export class Sheet implements LocalSheetApi {
  readonly counter: CallCounter;

  constructor(
    readonly _parent: LocalSpreadsheet,
    readonly _model: SheetModel,
  ) {
    this.counter = _parent.counter;
  }

  /** Time zone and locale used to parse and display values (not counted). */
  _context(): ValueContext {
    return { timeZone: this._parent._model.timeZone, locale: this._parent._model.locale };
  }

  /**
   * A range checked as Apps Script checks it. Ranges beyond the sheet throw here, at getRange (Apps Script may only throw at
   * the later read or write: UNVERIFIED; throwing early fails loudest). The sheet is never extended.
   */
  _range(row: number, column: number, numRows: number, numColumns: number, method = 'Sheet.getRange', open: { rows?: boolean; columns?: boolean } = {}): Range {
    const [className, name] = method.split('.');
    if ([row, column, numRows, numColumns].some((n) => typeof n !== 'number' || Number.isNaN(n)))
      throw signatureError(
        className,
        name,
        [row, column, numRows, numColumns].filter((n) => n !== undefined),
      );
    if (row < 1) throw new GasException('The starting row of the range is too small.');
    if (column < 1) throw new GasException('The starting column of the range is too small.');
    if (numRows < 1) throw new GasException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new GasException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this._model.maxRows || column + numColumns - 1 > this._model.maxColumns) {
      throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this, { row: Math.floor(row), column: Math.floor(column), numRows: Math.floor(numRows), numColumns: Math.floor(numColumns) }, open);
  }

  /** A1 notation on this sheet. 'Other!A1' naming another sheet throws "Range not found" (UNVERIFIED; loudest choice). */
  _rangeA1(notation: string): Range {
    const { sheetName, range } = splitSheetName(notation);
    const ref = parseA1(range);
    if (!ref || (sheetName !== undefined && sheetName !== this._model.name)) throw new GasException('Range not found');
    const rect = resolveA1(ref, this._model.maxRows, this._model.maxColumns);
    const open = { rows: ref.startRow === undefined && ref.endRow === undefined, columns: ref.startColumn === undefined && ref.endColumn === undefined };
    return this._range(rect.row, rect.column, rect.numRows, rect.numColumns, 'Sheet.getRange', open);
  }

  _activateRange(range: Range): void {
    this._parent._model.active = this._model;
    this.activeRange = range;
  }
  private activeRange: Range | null = null;

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    if (typeof a === 'string' && column === undefined) return this._rangeA1(a);
    if (typeof a !== 'number' || typeof column !== 'number')
      throw signatureError(
        'Sheet',
        'getRange',
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
      );
    return this._range(a, column, numRows ?? 1, numColumns ?? 1);
  }
  /** Ranges of this sheet in A1 notation as one RangeList (each notation as getRange(a1) reads it). */
  getRangeList(a1Notations: string[]): RangeList {
    if (!Array.isArray(a1Notations)) throw signatureError('Sheet', 'getRangeList', [a1Notations]);
    return new RangeList(a1Notations.map((a1) => this._rangeA1(String(a1))));
  }
  getDataRange(): Range {
    return this._range(1, 1, Math.max(1, this._model.lastRow()), Math.max(1, this._model.lastColumn()));
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this._model.lastRow() - row + 1 : numRows;
    const columns = numColumns === -1 ? this._model.lastColumn() - column + 1 : numColumns;
    return this._range(row, column, rows, columns, 'Sheet.getSheetValues').getValues();
  }
  getActiveRange(): Range {
    return this.activeRange ?? this._range(1, 1, 1, 1);
  }
  setActiveRange(range: Range): Range {
    this._activateRange(range);
    return range;
  }
  getLastRow(): number {
    return this._model.lastRow();
  }
  getLastColumn(): number {
    return this._model.lastColumn();
  }
  getMaxRows(): number {
    return this._model.maxRows;
  }
  getMaxColumns(): number {
    return this._model.maxColumns;
  }

  // Rows and columns.
  insertRowsAfter(afterPosition: number, howMany: number): this {
    checkRowCount(this._model, afterPosition, howMany);
    this._checkRows(afterPosition + 1, 1);
    this._model.insertRows(afterPosition + 1, howMany);
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    checkRowCount(this._model, beforePosition, howMany);
    this._checkRows(beforePosition, 1);
    this._model.insertRows(beforePosition, howMany);
    return this;
  }
  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): this {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._checkColumns(afterPosition + 1, 1);
    this._model.insertColumns(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this._checkColumns(beforePosition, 1);
    this._model.insertColumns(beforePosition, howMany);
    return this;
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this._checkColumns(columnIndex, 1);
    this._model.insertColumns(columnIndex, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    checkDelete(this._model, 'rows', rowPosition, howMany);
    this._checkRows(rowPosition, howMany);
    this._model.deleteRows(rowPosition, howMany);
  }
  deleteRow(rowPosition: number): this {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    checkDelete(this._model, 'columns', columnPosition, howMany);
    this._checkColumns(columnPosition, howMany);
    this._model.deleteColumns(columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): this {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Appends after the last row with content, growing the sheet by one row when it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) throw signatureError('Sheet', 'appendRow', [rowContents]);
    const row = this._model.lastRow() + 1;
    if (row > this._model.maxRows) this._model.maxRows = row;
    if (rowContents.length > this._model.maxColumns) this._model.maxColumns = rowContents.length;
    this._range(row, 1, 1, rowContents.length).setValues([rowContents]);
    return this;
  }

  // Clearing.
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this._whole().clear(options);
    return this;
  }
  clearContents(): this {
    this._whole().clear({ contentsOnly: true });
    return this;
  }
  clearFormats(): this {
    this._whole().clear({ formatOnly: true });
    return this;
  }
  clearNotes(): this {
    this._whole().clear({ commentsOnly: true });
    return this;
  }
  private _whole(): Range {
    return new Range(this, this._wholeRect());
  }
  private _wholeRect() {
    return { row: 1, column: 1, numRows: this._model.maxRows, numColumns: this._model.maxColumns };
  }
  /** Refuses a change of these rows (all columns) when a protection closes them to the current user. */
  private _checkRows(row: number, numRows: number): void {
    this._parent._checkWrite(this._model, { row, column: 1, numRows: Math.max(1, numRows), numColumns: this._model.maxColumns });
  }
  private _checkColumns(column: number, numColumns: number): void {
    this._parent._checkWrite(this._model, { row: 1, column, numRows: this._model.maxRows, numColumns: Math.max(1, numColumns) });
  }

  // Identity and visibility.
  getName(): string {
    return this._model.name;
  }
  setName(name: string): this {
    this._checkRows(1, this._model.maxRows);
    this._parent._renameSheet(this._model, String(name));
    return this;
  }
  getSheetName(): string {
    return this._model.name;
  }
  getSheetId(): number {
    return this._model.sheetId;
  }
  getIndex(): number {
    return this._parent._model.sheets.indexOf(this._model) + 1;
  }
  getParent(): LocalSpreadsheet {
    return this._parent;
  }
  activate(): this {
    this._parent._model.active = this._model;
    this._model.hidden = false;
    return this;
  }
  hideSheet(): this {
    if (this._parent._model.sheets.filter((s) => !s.hidden && s !== this._model).length === 0)
      throw new GasException("You can't hide all the sheets in a document.");
    this._model.hidden = true;
    return this;
  }
  showSheet(): this {
    this._model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._model.hidden;
  }
  setTabColor(color: string | null): this {
    this._model.tabColor = color;
    return this;
  }
  getTabColor(): string | null {
    return this._model.tabColor;
  }

  // Freezing and widths.
  setFrozenRows(rows: number): void {
    this._model.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._model.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this._model.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this._model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this._model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._model.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._model.columnWidths.get(columnPosition) ?? 100;
  }
  autoResizeColumns(startColumn: number, numColumns: number): this {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._model.columnWidths.set(c, autoWidth(this, c));
    return this;
  }
  autoResizeColumn(columnPosition: number): this {
    return this.autoResizeColumns(columnPosition, 1);
  }

  // Protection, conditional formats, charts.
  /** The sheet's protection (the existing one when there is one): it covers every cell the sheet has at the time of a check. */
  protect(): Protection {
    const existing = this.getProtections(ProtectionType.SHEET)[0];
    if (existing) return existing;
    const model = this._model;
    const protection = new Protection(
      this.counter,
      'SHEET',
      this._parent._protectionHost(model, this._whole(), () => this._wholeRect()),
    );
    model.protections.push(protection);
    return protection;
  }
  getProtections(type: string): Protection[] {
    return this._model.protections.filter((p) => p.getProtectionType() === String(type));
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    if (!Array.isArray(rules)) throw signatureError('Sheet', 'setConditionalFormatRules', [rules]);
    this._model.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): ConditionalFormatRule[] {
    return [...this._model.conditionalRules] as ConditionalFormatRule[];
  }
  clearConditionalFormatRules(): void {
    this._model.conditionalRules = [];
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this.counter);
  }
  insertChart(chart: EmbeddedChart): void {
    this._model.charts.push(chart._withId(nextChartId++));
  }
  updateChart(chart: EmbeddedChart): void {
    this._model.charts = (this._model.charts as EmbeddedChart[]).map((c) => (c._record().chartId === chart._record().chartId ? chart : c));
  }
  removeChart(chart: EmbeddedChart): void {
    this._model.charts = (this._model.charts as EmbeddedChart[]).filter((c) => c._record().chartId !== chart._record().chartId);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._model.charts] as EmbeddedChart[];
  }
  addDeveloperMetadata(key: string, value?: string): this {
    if (typeof key !== 'string' || key === '') throw signatureError('Sheet', 'addDeveloperMetadata', [key]);
    this._model.developerMetadata.push({ key, value: value === undefined ? '' : String(value) });
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this._model.developerMetadata.map((entry) => new DeveloperMetadata(this.counter, this._model, entry));
  }
}

/** Cells a Sheet call moves: getSheetValues reads its grid, appendRow writes its row. A whole-sheet clear is counted as a call only. */
countMethods(Sheet, 'Sheet', (sheet: Sheet, method, args, result) => {
  if (method === 'getSheetValues') return { sheet: sheet._model.name, read: gridCells(result), written: 0 };
  if (method === 'appendRow') return { sheet: sheet._model.name, read: 0, written: Array.isArray(args[0]) ? args[0].length : 0 };
  return null;
});
