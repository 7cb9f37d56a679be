// The vocabulary of the platform suite: the Apps Script globals a check receives, its temporary sheet, and how a check says "expected this, got that".

type Services = typeof globalThis & {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  LockService: GoogleAppsScript.Lock.LockService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
};

/** The Apps Script globals the suite uses: the real ones in Google Sheets, the local runtime's under jest. */
export type PlatformHost = Pick<Services, 'SpreadsheetApp' | 'LockService' | 'PropertiesService' | 'CacheService' | 'Utilities' | 'Session'>;

/** What a check gets besides the temporary sheet and its row: the globals, the spreadsheet, and keys it may use in the stores. */
export interface CheckContext extends PlatformHost {
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** A property or cache key unique to this run; the runner deletes it afterwards. */
  key(name: string): string;
}

/**
 * One check: an id for maintainers and the run, which gets the temporary sheet, the first of the rows it alone may write
 * there, and the context; it returns [what the host gives, what the local runtime gives].
 */
export type Check = [id: string, run: (sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, c: CheckContext) => [actual: unknown, expected: unknown]];

/** The checks of one part of the runtime: a Vietnamese title for officers, the files under local/runtime/ to change when Google Sheets disagrees. */
export interface CheckGroup {
  title: string;
  files: string;
  checks: Check[];
}

/** A value that differs from what the local runtime does: the suite's expected text and the host's actual text. */
export class Mismatch {
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {}
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** A value as the report shows it: JSON with its type visible ("1" is not 1; dates as Date(ISO); an invalid date throws). */
export function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v) {
    const original = this[key];
    return isDate(original) ? `Date(${original.toISOString()})` : v;
  });
}

/** Fails the check unless the value looks exactly like the expected one. */
export function eq(actual: unknown, expected: unknown): void {
  const [a, e] = [shown(actual), shown(expected)];
  if (a !== e) throw new Mismatch(e, a);
}

/** The message of what `run` throws, or NO_ERROR. */
export function thrown(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error !== null && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  }
  return NO_ERROR;
}

export const NO_ERROR = '(không lỗi)';
