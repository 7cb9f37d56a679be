// Protections of sheets and ranges (Sheet.protect(), Range.protect()) as Sheets enforces them: who may write where, and the User objects they list.
import type { LocalProtectionApi, LocalUserApi } from './api';
import type { GridRect } from './a1';
import { countMethods } from './counted';
import type { CallCounter } from './counter';
import { GasException } from './exception';
import type { Range } from './range';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const);

/** Sheets' message for a write (by hand, by a script running as the user or through the API) that a protection refuses. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** A user as Spreadsheet.getOwner(), getEditors() and Protection.getEditors() return it. */
export class User implements LocalUserApi {
  constructor(
    readonly counter: CallCounter,
    private readonly email: string,
  ) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

/** What a Protection needs from the runtime. */
export interface ProtectionHost {
  owner: string;
  /** The protected Range (a sheet protection: the whole sheet). */
  range: Range;
  /** The rectangle covered (a sheet protection: every row and column of the sheet at the time of the check). */
  rect(): GridRect;
  detach(protection: Protection): void;
  /** Who the script runs as now (Session.getEffectiveUser). */
  currentUser(): string;
  /** The spreadsheet's editors besides the owner: a new protection mirrors them until its editors are changed. */
  spreadsheetEditors(): readonly string[];
}

const emailKey = (email: string) => email.trim().toLowerCase();

function emailOf(user: unknown): string {
  if (user && typeof user === 'object' && typeof (user as User).getEmail === 'function') return emailKey((user as User).getEmail());
  return emailKey(String(user));
}

const overlaps = (a: GridRect, b: GridRect) =>
  a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
const inside = (row: number, column: number, r: GridRect) => row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns;

/**
 * A protection. A new one mirrors the spreadsheet's editors plus the user who made it (never the owner, whom getEditors() does
 * not list). The owner and the current user can never be removed; warning-only protections list no editors and refuse nobody
 * (a script writes through them; people get a warning in the UI). Only the owner and the protection's editors may change it or
 * read its editors; anyone else gets Sheets' protected message (the exact text for managing a protection is UNVERIFIED: the
 * loudest choice is the same refusal).
 */
export class Protection implements LocalProtectionApi {
  private description = '';
  private warningOnly = false;
  private editors: string[];
  private removed = false;
  private unprotected: Range[] = [];
  private domainEdit = true;

  constructor(
    readonly counter: CallCounter,
    private readonly type: 'RANGE' | 'SHEET',
    private readonly host: ProtectionHost,
  ) {
    const maker = emailKey(host.currentUser());
    this.editors = [...new Set([...host.spreadsheetEditors().map(emailKey), maker])].filter((e) => e !== '' && e !== emailKey(host.owner));
  }

  /** Whether `email` may write through this protection (the runtime's write check; not counted). */
  _allows(email: string): boolean {
    const key = emailKey(email);
    return this.warningOnly || key === emailKey(this.host.owner) || this.editors.includes(key);
  }

  /** Whether a write of `rect` by `email` is refused: it touches a covered cell outside the unprotected ranges. */
  _refuses(email: string, rect: GridRect): boolean {
    if (this._allows(email)) return false;
    const covered = this.host.rect();
    if (!overlaps(covered, rect)) return false;
    if (this.unprotected.length === 0) return true;
    const open = this.unprotected.map((r) => (r as { _rect(): GridRect })._rect());
    for (let row = Math.max(rect.row, covered.row); row < Math.min(rect.row + rect.numRows, covered.row + covered.numRows); row++) {
      for (
        let column = Math.max(rect.column, covered.column);
        column < Math.min(rect.column + rect.numColumns, covered.column + covered.numColumns);
        column++
      ) {
        if (!open.some((r) => inside(row, column, r))) return true;
      }
    }
    return false;
  }

  private manage(): void {
    if (!this._allows(this.host.currentUser())) throw new GasException(PROTECTED_MESSAGE);
  }

  getProtectionType(): 'RANGE' | 'SHEET' {
    return this.type;
  }
  getRange(): Range {
    return this.host.range;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.manage();
    this.description = String(description);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.manage();
    this.warningOnly = !!warningOnly;
    if (this.warningOnly) this.editors = [];
    else if (!this._allows(this.host.currentUser())) this.editors.push(emailKey(this.host.currentUser()));
    return this;
  }
  addEditor(emailOrUser: unknown): this {
    return this.addEditors([emailOrUser]);
  }
  addEditors(emailsOrUsers: unknown[]): this {
    this.manage();
    if (this.warningOnly) return this;
    for (const email of emailsOrUsers.map(emailOf))
      if (email !== '' && email !== emailKey(this.host.owner) && !this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  removeEditor(emailOrUser: unknown): this {
    return this.removeEditors([emailOrUser]);
  }
  /** Neither the owner nor the current user can be removed: they stay editors. */
  removeEditors(emailsOrUsers: unknown[]): this {
    this.manage();
    const me = emailKey(this.host.currentUser());
    const gone = new Set(emailsOrUsers.map(emailOf).filter((e) => e !== me));
    this.editors = this.editors.filter((e) => !gone.has(e));
    return this;
  }
  /** Throws for a user who may not edit the protection, as Apps Script does. */
  getEditors(): User[] {
    this.manage();
    return this.editors.map((e) => new User(this.counter, e));
  }
  canEdit(): boolean {
    return this._allows(this.host.currentUser());
  }
  /** Recorded only: the local spreadsheet belongs to no Workspace domain, so domain editing grants nobody anything. */
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.manage();
    this.domainEdit = !!editable;
    return this;
  }
  setUnprotectedRanges(ranges: Range[]): this {
    this.manage();
    this.unprotected = [...ranges];
    return this;
  }
  getUnprotectedRanges(): Range[] {
    return [...this.unprotected];
  }
  remove(): void {
    if (this.removed) return;
    this.manage();
    this.removed = true;
    this.host.detach(this);
  }
}

countMethods(User, 'User');
countMethods(Protection, 'Protection');
