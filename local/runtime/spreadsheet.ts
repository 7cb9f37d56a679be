// The Spreadsheet of the local runtime: its sheets, names, time zone, locale, owner, A1 ranges across sheets and toasts.
import type { LocalSpreadsheetApi } from './api';
import { splitSheetName } from './a1';
import { countMethods, gridCells } from './counted';
import type { CallCounter } from './counter';
import { GasException, signatureError } from './exception';
import { SheetModel, type SpreadsheetModel } from './model';
import type { GridRect } from './a1';
import { PROTECTED_MESSAGE, type Protection, type ProtectionHost, User } from './protection';
import type { Range } from './range';
import type { RangeList } from './range-list';
import { Sheet } from './sheet';

export interface LocalSpreadsheetOptions {
  name?: string;
  /** Default 'Asia/Ho_Chi_Minh'. */
  timeZone?: string;
  /** Default 'vi_VN'. */
  locale?: string;
  /** The owner's email, default 'owner@example.com'. */
  owner?: string;
  counter: CallCounter;
  /** Called by Spreadsheet.toast(msg, title, timeoutSeconds). */
  onToast?: (message: string, title?: string, timeoutSeconds?: number) => void;
  /** Name of the first sheet, default 'Sheet1'; null creates no sheet (xlsx.ts adds its own). */
  firstSheet?: string | null;
}

let nextSpreadsheetId = 1;

/** An in-memory spreadsheet. Every public method call counts one Spreadsheet call ("Spreadsheet.<method>"). */
export class LocalSpreadsheet implements LocalSpreadsheetApi {
  readonly counter: CallCounter;
  /** The raw data (not counted): for xlsx.ts and tests. */
  readonly _model: SpreadsheetModel;
  private readonly facades = new Map<SheetModel, Sheet>();
  /** Who the script runs as (the runtime sets it to the session's effective user); protections are checked against it. */
  _currentUser: () => string = () => this._model.owner;
  /** Where toast() goes; createSpreadsheetApp fills it from its ctx.toast when the options gave none. */
  _onToast?: LocalSpreadsheetOptions['onToast'];

  constructor(opts: LocalSpreadsheetOptions) {
    this.counter = opts.counter;
    this._onToast = opts.onToast;
    const id = `local-${String(nextSpreadsheetId++).padStart(4, '0')}`;
    this._model = {
      id,
      name: opts.name ?? 'Bảng tính không có tiêu đề',
      timeZone: opts.timeZone ?? 'Asia/Ho_Chi_Minh',
      locale: opts.locale ?? 'vi_VN',
      owner: opts.owner ?? 'owner@example.com',
      editors: [],
      sheets: [],
      active: undefined as unknown as SheetModel,
      nextSheetId: 0,
    };
    if (opts.firstSheet !== null) this._addSheet(opts.firstSheet ?? 'Sheet1');
  }

  /** Adds a sheet at the end (or at a 0-based index) without counting; checks the name. */
  _addSheet(name: string, index?: number): Sheet {
    this._checkFreeName(name);
    const model = new SheetModel(name, this._model.nextSheetId++);
    const sheets = this._model.sheets;
    sheets.splice(index === undefined ? sheets.length : Math.max(0, Math.min(index, sheets.length)), 0, model);
    this._model.active ??= model;
    return this._sheet(model);
  }

  /** The one Sheet facade of a sheet model. */
  _sheet(model: SheetModel): Sheet {
    let sheet = this.facades.get(model);
    if (!sheet) this.facades.set(model, (sheet = new Sheet(this, model)));
    return sheet;
  }

  _checkFreeName(name: string): void {
    if (this._model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  _renameSheet(model: SheetModel, name: string): void {
    if (model.name === name) return;
    if (this._model.sheets.some((s) => s !== model && s.name.toLowerCase() === name.toLowerCase())) this._checkFreeName(name);
    model.name = name;
  }

  /** What a new protection of `model` needs: the owner, who runs the script, the spreadsheet's editors, what it covers. */
  _protectionHost(model: SheetModel, range: Range, rect: () => GridRect): ProtectionHost {
    return {
      owner: this._model.owner,
      range,
      rect,
      detach: (p) => {
        model.protections = model.protections.filter((x) => x !== p);
      },
      currentUser: () => this._currentUser(),
      spreadsheetEditors: () => this._model.editors,
    };
  }

  /** Refuses, with Sheets' message, a write into `rect` of a sheet that a protection closes to the current user (not counted). */
  _checkWrite(model: SheetModel, rect: GridRect): void {
    if (model.protections.length === 0) return;
    const user = this._currentUser();
    if (model.protections.some((p) => p._refuses(user, rect))) throw new GasException(PROTECTED_MESSAGE);
  }

  getSheets(): Sheet[] {
    return this._model.sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this._model.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    const model = this._model.sheets.find((s) => s.name === name);
    return model ? this._sheet(model) : null;
  }
  getSheetById(id: number): Sheet | null {
    const model = this._model.sheets.find((s) => s.sheetId === id);
    return model ? this._sheet(model) : null;
  }
  /** insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index): index is 0-based; the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): Sheet {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof nameOrIndex === 'string') [name, at] = [nameOrIndex, index];
    else if (nameOrIndex !== undefined) throw signatureError('Spreadsheet', 'insertSheet', [nameOrIndex]);
    if (name === undefined) {
      let n = this._model.sheets.length + 1;
      while (this._model.sheets.some((s) => s.name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._addSheet(name, at);
    this._model.active = sheet._model;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    const sheets = this._model.sheets;
    const at = sheets.indexOf(sheet._model);
    if (at < 0) throw new GasException('Sheet not found');
    if (sheets.length === 1) throw new GasException("You can't remove all the sheets in a document.");
    this._checkWrite(sheet._model, { row: 1, column: 1, numRows: sheet._model.maxRows, numColumns: sheet._model.maxColumns });
    sheets.splice(at, 1);
    if (this._model.active === sheet._model) this._model.active = sheets[Math.max(0, at - 1)];
  }
  getActiveSheet(): Sheet {
    return this._sheet(this._model.active);
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._model.active = sheet._model;
    sheet._model.hidden = false;
    return sheet;
  }
  getActiveRange(): Range {
    return this.getActiveSheet().getActiveRange();
  }
  getName(): string {
    return this._model.name;
  }
  rename(newName: string): void {
    this._model.name = String(newName);
  }
  getId(): string {
    return this._model.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._model.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this._model.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this._model.timeZone = String(timezone);
  }
  getSpreadsheetLocale(): string {
    return this._model.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._model.locale = String(locale);
  }
  getOwner(): User {
    return new User(this.counter, this._model.owner);
  }
  getEditors(): User[] {
    return [this._model.owner, ...this._model.editors].map((e) => new User(this.counter, e));
  }
  addEditor(emailAddress: string): this {
    if (!this._model.editors.includes(emailAddress)) this._model.editors.push(emailAddress);
    return this;
  }
  /** Every protection of the type on every sheet, in sheet order. */
  getProtections(type: string): Protection[] {
    return this._model.sheets.flatMap((model) => this._sheet(model).getProtections(type));
  }
  /** 'Sheet!A1:B2' or a plain 'A1' (on the active sheet); an unknown sheet is "Range not found". */
  getRange(a1Notation: string): Range {
    const { sheetName, range } = splitSheetName(String(a1Notation));
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(sheetName);
    if (!sheet) throw new GasException('Range not found');
    return sheet._rangeA1(range);
  }
  /** A RangeList of the active sheet. */
  getRangeList(a1Notations: string[]): RangeList {
    return this.getActiveSheet().getRangeList(a1Notations);
  }
  getRangeByName(_name: string): Range | null {
    return null;
  }
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    return this.getActiveSheet().getSheetValues(row, column, numRows, numColumns);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._onToast?.(String(msg), title, timeoutSeconds);
  }
}

countMethods(LocalSpreadsheet, 'Spreadsheet', (ss: LocalSpreadsheet, method, _args, result) =>
  method === 'getSheetValues' ? { sheet: ss._model.active.name, read: gridCells(result), written: 0 } : null,
);
