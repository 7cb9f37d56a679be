// Runs the platform suite on a temporary sheet it always removes, within a time budget, and puts back everything it touched.
import { eq, Mismatch, NO_ERROR, thrown, type CheckGroup, type PlatformHost } from './check';
import { PLATFORM_CHECKS } from './checks';

/** Apps Script stops a run after 6 minutes; the suite starts no new check after this, leaving time to clean up and report. */
export const SUITE_BUDGET_MS = 150_000;
/** Rows each check may write on the temporary sheet, starting at its own row. */
const ROWS_PER_CHECK = 3;

/** One check's outcome: ok true (passed), false (failed, with the expected and the actual text) or null (not run: out of time). */
export interface CheckResult {
  id: string;
  title: string;
  files: string;
  ok: boolean | null;
  expected?: string;
  actual?: string;
}

export interface SuiteRun {
  results: CheckResult[];
  elapsedMs: number;
  /** Where it ran: the spreadsheet's time zone and locale, the script's time zone. */
  host: string;
}

export interface SuiteOptions {
  budgetMs?: number;
  now?: () => number;
  groups?: CheckGroup[];
}

/**
 * Runs every check in order on a new sheet at the end of the active spreadsheet. Afterwards, whatever happened: every sheet the
 * run added is deleted, the sheet that was active is active again, the property and cache keys it used are removed and the
 * document lock is let go. No other sheet is read or written.
 */
export function runPlatformSuite(host: PlatformHost, options: SuiteOptions = {}): SuiteRun {
  const now = options.now ?? Date.now;
  const budget = options.budgetMs ?? SUITE_BUDGET_MS;
  const started = now();
  const ss = host.SpreadsheetApp.getActiveSpreadsheet();
  const active = ss.getActiveSheet();
  const existing = ss.getSheets().map((s) => s.getSheetId());
  const tag = host.Utilities.getUuid().slice(0, 8);
  const keys = new Set<string>();
  const key = (name: string) => {
    const k = `kiem_tra_tien_ich_${tag}_${name}`;
    keys.add(k);
    return k;
  };
  const results: CheckResult[] = [];
  try {
    const sheet = ss.insertSheet(`Kiểm tra tiện ích ${tag}`, ss.getNumSheets());
    for (const { title, files, checks } of options.groups ?? PLATFORM_CHECKS) {
      for (const [id, run] of checks) {
        const result: CheckResult = { id, title, files, ok: null };
        results.push(result);
        if (now() - started > budget) continue;
        const failure = caught(() => eq(...run(sheet, 1 + (results.length - 1) * ROWS_PER_CHECK, { ...host, spreadsheet: ss, key })));
        Object.assign(result, failure ? { ok: false, ...failure } : { ok: true });
      }
    }
  } finally {
    const steps = [
      () => {
        for (const s of ss.getSheets()) if (!existing.includes(s.getSheetId())) ss.deleteSheet(s);
      },
      () => ss.setActiveSheet(active),
      () => {
        const store = host.PropertiesService.getDocumentProperties();
        for (const k of keys) store.deleteProperty(k);
      },
      () => host.CacheService.getDocumentCache()?.removeAll([...keys]),
      () => host.LockService.getDocumentLock()?.releaseLock(),
    ];
    for (const step of steps) thrown(step);
  }
  return {
    results,
    elapsedMs: now() - started,
    host: `bảng tính ${ss.getSpreadsheetTimeZone()} ${ss.getSpreadsheetLocale()}, tập lệnh ${host.Session.getScriptTimeZone()}`,
  };
}

/** Runs one check: nothing when it passes, else its expected and actual text (an unexpected error is the actual). */
function caught(run: () => void): { expected: string; actual: string } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof Mismatch) return { expected: error.expected, actual: error.actual };
    return {
      expected: NO_ERROR,
      actual: thrown(() => {
        throw error;
      }),
    };
  }
}
