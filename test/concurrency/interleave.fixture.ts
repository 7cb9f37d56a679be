// Runs sidebar saves of several users nested at chosen service-call boundaries of each other, over one spreadsheet, and lists every row lost, doubled or stray.
import { loadAddin, type Addin } from '../../local/load-addin';
import type { LocalRuntime, LocalSpreadsheet } from '../../local/runtime/index';
import { makeFixture, snapshot, valuesOf } from '../app/sidebar-api.fixture';

export const BUSY = 'Bảng tính đang bận, vui lòng thử lại.';
export const LOCK_TIMEOUT_MS = 10_000;
export const LOG_SHEET = 'Nhật ký';
export const LOG_HEADERS = ['Thời điểm', 'Email', 'Thao tác', 'Trang tính', 'Dòng', 'Nội dung', 'Mã kiểm tra'];
export const SCORE_SHEET = 'Chấm điểm';
/** A Date cell as the fixture's valuesOf shows it. */
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
export const ANY_TIME = Symbol('any Date cell');

/** What one save writes when it succeeds, given its place among the successful saves of its sheet (0 = the lowest row). */
export interface Expected {
  /**
   * The new row's cells by header (ANY_TIME: a Date cell whose instant is not fixed). Every other cell of the row must be
   * blank; a header missing from the sheet must have been added once when its value is not blank.
   */
  cells: Record<string, unknown>;
  /** Nhật ký's Nội dung, parsed. */
  content: Record<string, unknown>;
}

/** One user's save from the sidebar. */
export interface SaveSpec {
  name: string;
  user: string;
  sheet: string;
  action: string;
  save(addin: Addin): { sheet: string; row: number; message: string };
  expected(order: number): Expected;
}

/** What happened to one save in a run. */
export interface SaveOutcome {
  spec: SaveSpec;
  /** The save, or its retry once the others were done, succeeded at this row. */
  row?: number;
  /** The message of the first attempt's refusal, if refused. */
  refused?: string;
  /** The save was expected to be refused: an outer execution held the document lock when it started. */
  expectBusy: boolean;
  /** It started inside the outer save's call (false: right after the outer save returned, or it is the outermost). */
  startedInside: boolean;
  /** The counted service calls of the first attempt, by method. */
  calls: string[];
  /** Problems seen while it ran (a refusal that wrote something, a refusal that did not wait). */
  problems: string[];
  /** Indices in runtime.locks.waits of the waits made while it ran, nested saves' included: [from, to). */
  waits: [number, number];
}

export interface RunResult {
  outcomes: SaveOutcome[];
  /** Every problem found: empty means no row lost, doubled or stray, and Nhật ký complete. */
  problems: string[];
  runtime: LocalRuntime;
}

export interface RunOptions {
  /** After the nested run, each refused user saves again (as an officer would after the busy message). */
  retryRefused?: boolean;
  /** Changes the fixture's workbook before the run (e.g. removes a header the saves then add). */
  arrange?: (ss: LocalSpreadsheet) => void;
  /** Replaces an execution's globals before its context is loaded (the harness's own self-test breaks the lock this way). */
  globalsFor?: (index: number, runtime: LocalRuntime) => Record<string, unknown> | undefined;
}

/**
 * True when an execution, now between two calls, holds the lock, judged only from the calls it has completed: a waitLock
 * with no releaseLock after it (a failed waitLock ends the save, so a waitLock followed by more calls succeeded).
 */
export function holdsLock(completedCalls: readonly string[]): boolean {
  return completedCalls.lastIndexOf('Lock.waitLock') > completedCalls.lastIndexOf('Lock.releaseLock');
}

/**
 * Runs specs[0] on a fresh sidebar fixture; specs[i + 1] starts from inside specs[i]'s boundaries[i]-th service call, before
 * that call takes effect (or right after specs[i] returns when it makes fewer calls). Each user has their own vm context of
 * dist/Code.js over the same spreadsheet, lock table and clock. Then checks the workbook against what each save reported.
 */
export function runNested(specs: readonly SaveSpec[], boundaries: readonly number[], options: RunOptions = {}): RunResult {
  const { runtime, ss } = makeFixture({ activeUser: specs[0].user });
  options.arrange?.(ss);
  const addins = specs.map((_, i) => {
    const replaced = options.globalsFor?.(i, runtime);
    if (!replaced) return loadAddin(runtime);
    const original = runtime.globals;
    runtime.globals = replaced;
    try {
      return loadAddin(runtime);
    } finally {
      runtime.globals = original;
    }
  });
  const before = sheetsOf(ss);
  const outcomes: SaveOutcome[] = specs.map((spec) => ({ spec, expectBusy: false, startedInside: false, calls: [], problems: [], waits: [0, 0] }));
  const started: boolean[] = specs.map(() => false);
  const running: number[] = [];
  const owner = new Map<number, number>();
  let starting: number | null = null;

  runtime.onServiceCall = (call) => {
    if (!call.execution) return;
    let i = owner.get(call.execution.id);
    if (i === undefined) {
      if (starting === null) return;
      i = starting;
      owner.set(call.execution.id, i);
      starting = null;
    }
    outcomes[i].calls.push(call.method);
    if (i + 1 < specs.length && call.index === boundaries[i] && !started[i + 1]) {
      outcomes[i + 1].startedInside = true;
      start(i + 1);
    }
  };

  function start(i: number): void {
    started[i] = true;
    // Outer executions are between two calls: all but their last recorded call (the one about to happen) are complete.
    const outcome = outcomes[i];
    outcome.expectBusy = running.some((j) => holdsLock(outcomes[j].calls.slice(0, -1)));
    const beforeSave = uncounted(runtime, () => snapshot(ss));
    const waitsBefore = runtime.locks.waits.length;
    runtime.setActiveUser(specs[i].user);
    running.push(i);
    starting = i;
    try {
      outcome.row = specs[i].save(addins[i]).row;
    } catch (error) {
      outcome.refused = (error as Error).message;
    } finally {
      running.pop();
      starting = null;
      outcome.waits = [waitsBefore, runtime.locks.waits.length];
    }
    if (outcome.refused !== undefined) {
      // A save nested inside this one may have written; only a refusal with nothing nested in it can be held to "wrote nothing".
      const inner = i + 1 < specs.length && outcomes[i + 1].startedInside ? outcomes[i + 1] : null;
      if (!inner?.row && uncounted(runtime, () => snapshot(ss)) !== beforeSave)
        outcome.problems.push(`${specs[i].name}: refused ("${outcome.refused}") but changed the workbook`);
      const own = runtime.locks.waits.filter((_, w) => w >= waitsBefore && w < outcome.waits[1] && !(inner && w >= inner.waits[0] && w < inner.waits[1]));
      const waited = own.length === 1 && !own[0].acquired && own[0].waitedMs === LOCK_TIMEOUT_MS;
      if (outcome.refused === BUSY && !waited) outcome.problems.push(`${specs[i].name}: busy without waiting the ${LOCK_TIMEOUT_MS} ms timeout`);
    }
    if (i + 1 < specs.length && !started[i + 1]) start(i + 1);
  }

  start(0);
  runtime.onServiceCall = undefined;
  if (options.retryRefused) {
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.refused === undefined) continue;
      runtime.setActiveUser(specs[i].user);
      try {
        outcome.row = specs[i].save(addins[i]).row;
      } catch (error) {
        outcome.problems.push(`${specs[i].name}: the retry was refused too: ${(error as Error).message}`);
      }
    }
  }
  return { outcomes, problems: [...outcomes.flatMap((o) => o.problems), ...checkWorkbook(before, sheetsOf(ss), outcomes)], runtime };
}

type Grid = unknown[][];

/** The test's own reads, made between an execution's calls: neither counted as that execution's calls nor seen by the hook. */
function uncounted<T>(runtime: LocalRuntime, read: () => T): T {
  const onCall = runtime.counter.onCall;
  runtime.counter.onCall = undefined;
  try {
    return read();
  } finally {
    runtime.counter.onCall = onCall;
  }
}

function sheetsOf(ss: LocalSpreadsheet): Map<string, Grid> {
  return new Map(ss.getSheets().map((sheet) => [sheet.getName(), valuesOf(ss, sheet.getName())]));
}

function cellMatches(actual: unknown, expected: unknown): boolean {
  return expected === ANY_TIME ? typeof actual === 'string' && ISO_TIME.test(actual) : Object.is(actual, expected);
}

const show = (value: unknown) => JSON.stringify(value, (_k, v) => (v === ANY_TIME ? '<Date>' : v));
/** JSON with object keys sorted, to compare records whatever their key order. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

/** The problems of one run: outcomes against expectations, old cells changed, target rows lost, doubled or wrong, Nhật ký lines missing or extra. */
function checkWorkbook(before: Map<string, Grid>, after: Map<string, Grid>, outcomes: readonly SaveOutcome[]): string[] {
  const problems: string[] = [];
  for (const o of outcomes) {
    const expected = o.expectBusy ? `refused with "${BUSY}"` : 'saved';
    const actual = o.refused === undefined ? 'saved' : `refused with "${o.refused}"`;
    if (expected !== actual) problems.push(`${o.spec.name}: expected ${expected}, was ${actual}`);
  }
  const saved = outcomes.filter((o) => o.row !== undefined);

  const expectedSheets = [...before.keys(), ...(saved.length > 0 && !before.has(LOG_SHEET) ? [LOG_SHEET] : [])];
  if (show([...after.keys()]) !== show(expectedSheets)) problems.push(`sheets ${show([...after.keys()])}, expected ${show(expectedSheets)}`);

  for (const [name, old] of before) {
    const now = after.get(name) ?? [];
    const header = now[0] ?? [];
    // The header row: the old cells, then each header the saves needed and the sheet lacked, once, in any order.
    const needed = new Set<string>();
    for (const o of saved.filter((x) => x.spec.sheet === name)) {
      for (const [h, v] of Object.entries(o.spec.expected(orderInSheet(o, saved)).cells)) if (v !== '' && !old[0].includes(h)) needed.add(h);
    }
    const added = header.slice(old[0].length);
    if (show([...added].sort()) !== show([...needed].sort())) problems.push(`${name}: headers added ${show(added)}, expected ${show([...needed])}`);
    const width = Math.max(old[0].length + needed.size, ...now.map((r) => r.length));
    const pad = (row: unknown[]) => [...row, ...new Array(Math.max(0, width - row.length)).fill('')];
    const kept = [pad(old[0]).slice(0, old[0].length), ...old.slice(1).map(pad)];
    const nowKept = [header.slice(0, old[0].length), ...now.slice(1, old.length).map(pad)];
    if (show(nowKept) !== show(kept)) problems.push(`${name}: cells that were there before changed`);
    problems.push(...checkNewRows(name, old.length, now, saved));
  }

  const log = after.get(LOG_SHEET) ?? [];
  const oldLog = before.get(LOG_SHEET)?.length ?? 1;
  if (saved.length > 0 && show(log[0]) !== show(LOG_HEADERS)) problems.push(`${LOG_SHEET}: header ${show(log[0])}`);
  const lines = log.slice(oldLog);
  if (lines.length !== saved.length) problems.push(`${LOG_SHEET}: ${lines.length} new lines for ${saved.length} saves`);
  for (const o of saved) {
    const order = orderInSheet(o, saved);
    const mine = lines.filter((l) => show(l.slice(1, 5)) === show([o.spec.user, o.spec.action, o.spec.sheet, o.row]));
    if (mine.length !== 1) {
      problems.push(`${LOG_SHEET}: ${mine.length} lines for ${o.spec.name} (row ${o.row})`);
      continue;
    }
    const [line] = mine;
    if (!cellMatches(line[0], ANY_TIME)) problems.push(`${LOG_SHEET}: the line of ${o.spec.name} has no time`);
    const content = typeof line[5] === 'string' ? line[5] : '';
    if (canonical(JSON.parse(content || 'null')) !== canonical(o.spec.expected(order).content))
      problems.push(`${LOG_SHEET}: content of ${o.spec.name} is ${content}`);
  }
  return problems;
}

function orderInSheet(o: SaveOutcome, saved: readonly SaveOutcome[]): number {
  return saved.filter((s) => s.spec.sheet === o.spec.sheet && s.row! < o.row!).length;
}

/** The saves of one sheet own exactly its new rows, one each, contiguous after the old ones, each with its own values. */
function checkNewRows(name: string, oldLength: number, now: Grid, saved: readonly SaveOutcome[]): string[] {
  const problems: string[] = [];
  const mine = saved.filter((o) => o.spec.sheet === name);
  if (name === LOG_SHEET) return problems;
  const rows = mine.map((o) => o.row!).sort((a, b) => a - b);
  const wanted = mine.map((_, i) => oldLength + 1 + i);
  if (show(rows) !== show(wanted)) problems.push(`${name}: saves reported rows ${show(rows)}, expected ${show(wanted)} (a row shared or skipped)`);
  if (now.length !== oldLength + mine.length) problems.push(`${name}: ${now.length - oldLength} new rows for ${mine.length} saves`);
  const header = (now[0] ?? []).map((h) => String(h));
  for (const o of mine) {
    const { cells } = o.spec.expected(orderInSheet(o, saved));
    const actual = now[o.row! - 1] ?? [];
    // Each cell under its own header, the rest blank.
    const expected = header.map((h) => (h !== '' && h in cells ? cells[h] : ''));
    const same = expected.every((cell, c) => cellMatches(actual[c], cell)) && actual.slice(expected.length).every((v) => v === '');
    if (!same)
      problems.push(`${name}: row ${o.row} of ${o.spec.name} holds ${show(actual)} under ${show(header)}, expected ${show(cells)} (lost or overwritten)`);
    for (const [h, v] of Object.entries(cells)) {
      const count = header.filter((x) => x === h).length;
      if (count > 1 || (count === 0 && v !== '')) problems.push(`${name}: header ${h} appears ${count} times`);
    }
  }
  return problems;
}

/** The number of counted service calls one save makes alone on a fresh fixture, and their methods. */
export function soloCalls(spec: SaveSpec): string[] {
  const { outcomes, problems } = runNested([spec], []);
  if (problems.length > 0) throw new Error(`the save alone fails: ${problems.join('; ')}`);
  return outcomes[0].calls;
}
