// Protection of a sheet or range (Sheet.protect(), Range.protect()) and the User objects it lists, for the local runtime.
import { countMethods } from './counted';
import type { CallCounter } from './counter';

export const ProtectionType = Object.freeze({ RANGE: 'RANGE', SHEET: 'SHEET' } as const);

/** A user as Spreadsheet.getOwner(), getEditors() and Protection.getEditors() return it. */
export class User {
  constructor(readonly counter: CallCounter, private readonly email: string) {}
  getEmail(): string { return this.email; }
  toString(): string { return this.email; }
}

/** What a Protection needs from the runtime: its owner, its range, how to drop itself from its sheet, and who runs the script. */
export interface ProtectionHost { owner: string; range: object; detach(protection: Protection): void; currentUser(): string }

function emailOf(user: unknown): string {
  if (user && typeof user === 'object' && typeof (user as User).getEmail === 'function') return (user as User).getEmail();
  return String(user);
}

/**
 * A protection. The local user is the owner, so canEdit() is true. A new protection lists no editors (the owner is excluded,
 * as live Apps Script reports); the owner can never be removed.
 */
export class Protection {
  private description = '';
  private warningOnly = false;
  private editors: string[] = [];
  private removed = false;
  private unprotected: object[] = [];
  private domainEdit = true;

  constructor(readonly counter: CallCounter, private readonly type: 'RANGE' | 'SHEET', private readonly host: ProtectionHost) {}

  getProtectionType(): string { return this.type; }
  getRange(): object { return this.host.range; }
  getDescription(): string { return this.description; }
  setDescription(description: string): this { this.description = String(description); return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = !!warningOnly;
    if (this.warningOnly) this.editors = [];
    return this;
  }
  addEditor(emailOrUser: unknown): this { return this.addEditors([emailOrUser]); }
  addEditors(emailsOrUsers: unknown[]): this {
    for (const email of emailsOrUsers.map(emailOf)) if (email !== this.host.owner && !this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  removeEditor(emailOrUser: unknown): this { return this.removeEditors([emailOrUser]); }
  /** "Neither the owner of the spreadsheet nor the current user can be removed." */
  removeEditors(emailsOrUsers: unknown[]): this {
    const gone = new Set(emailsOrUsers.map(emailOf));
    this.editors = this.editors.filter((e) => !gone.has(e) || e === this.host.currentUser());
    return this;
  }
  getEditors(): User[] { return this.editors.map((e) => new User(this.counter, e)); }
  canEdit(): boolean { return true; }
  canDomainEdit(): boolean { return this.domainEdit; }
  setDomainEdit(editable: boolean): this { this.domainEdit = !!editable; return this; }
  setUnprotectedRanges(ranges: object[]): this { this.unprotected = [...ranges]; return this; }
  getUnprotectedRanges(): object[] { return [...this.unprotected]; }
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    this.host.detach(this);
  }
}

countMethods(User, 'User');
countMethods(Protection, 'Protection');
