// Assembles the local Apps Script runtime: one spreadsheet, one call counter, one clock, and the globals (SpreadsheetApp, HtmlService, …) dist/Code.js sees.
import path from 'node:path';
import { createCacheService, CacheStore } from './cache';
import { CallCounter, type ServiceName } from './counter';
import { createHtmlService } from './html';
import { createLockService, LockTable } from './lock';
import { createLogger, LogRecorder } from './logger';
import { createPropertiesService, PropertyStore } from './properties';
import { createSession, type SessionState } from './session';
import { LocalSpreadsheet } from './spreadsheet';
import { createSpreadsheetApp } from './spreadsheet-app';
import { UiRecorder } from './ui';
import { createUtilities, type RuntimeClock } from './utilities';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const DEFAULT_OWNER = 'owner@example.com';
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface LocalRuntimeOptions {
  /** The script's time zone, also the new spreadsheet's (default Asia/Ho_Chi_Minh). */
  timeZone?: string;
  /** Who runs the script (default: the owner); '' models an identity Apps Script hides. */
  activeUser?: string;
  owner?: string;
  /** Where createHtmlOutputFromFile looks for <name>.html (default <repo>/dist). */
  htmlDir?: string;
  /** False models a standalone script: no document lock, properties or cache, and no UI. */
  bound?: boolean;
  /** Whether getUi() works (default: same as bound). */
  uiContext?: boolean;
  /** The base clock (default: the real time); sleeps and lock waits add to it. */
  now?: () => Date;
  spreadsheet?: LocalSpreadsheet;
  /** The caption createAddonMenu() records (Extensions → this name). */
  addonName?: string;
  /** Session.getActiveUserLocale() (default 'vi'). */
  userLocale?: string;
}

/**
 * One run of an add-in function (loadAddin makes each call one). Executions may nest: a test can start another from inside
 * onServiceCall, as a second user saving while the first is between two service calls. Each runs as the user it started as
 * and owns the locks it takes.
 */
export interface Execution {
  readonly id: number;
  /** Who it runs as (the session when it began). */
  readonly activeUser: string;
  readonly effectiveUser: string;
  /** Counted service calls it has made so far. */
  calls: number;
  /** Cells its Spreadsheet calls have read and written so far, in all and per sheet name. */
  cellsRead: number;
  cellsWritten: number;
  cellsBySheet: Record<string, { read: number; written: number }>;
}

/** One counted service call, as onServiceCall sees it: before the call takes effect. */
export interface ServiceCall {
  service: ServiceName;
  method: string;
  /** The execution making it; null for calls outside any execution (test set-up). */
  execution: Execution | null;
  /** 1-based position of the call in its execution (0 outside any execution). */
  index: number;
}

/** The simulated clock: `now()` is the base clock plus everything slept or waited. */
export interface AdvancingClock extends RuntimeClock {
  readonly advancedMs: number;
}

export interface LocalRuntime {
  /** The Apps Script globals; loadAddin copies them into a fresh vm context. */
  globals: Record<string, unknown>;
  /** The active spreadsheet (changes with useSpreadsheet). */
  readonly spreadsheet: LocalSpreadsheet;
  counter: CallCounter;
  ui: UiRecorder;
  /** Simulates another process holding locks; records every wait. */
  locks: LockTable;
  clock: AdvancingClock;
  log: LogRecorder;
  /** Every Utilities.sleep, in ms (none of them blocked). */
  sleeps: number[];
  session: SessionState;
  /** The raw stores, for tests that arrange or inspect state without counting calls. */
  stores: { documentProperties(): PropertyStore | null; scriptProperties: PropertyStore; userProperties(email?: string): PropertyStore };
  /** Switches who runs the script. '' hides the identity; the effective user then stays who it was unless given. */
  setActiveUser(email: string, effectiveUser?: string): void;
  /** Makes another spreadsheet the active, bound one (its document properties, cache and lock come with it). */
  useSpreadsheet(ss: LocalSpreadsheet): void;
  setUiContext(available: boolean): void;
  /** Starts an execution (loadAddin does it for every call): it runs as the current session's user. */
  beginExecution(): Execution;
  /**
   * The end of an execution (default: the innermost running one): Apps Script releases the locks it still holds. When an
   * outer execution is still running, the session becomes its user again.
   */
  endExecution(execution?: Execution): void;
  /** The innermost running execution, or null. */
  readonly currentExecution: Execution | null;
  /** Called at every counted service call, before it takes effect; a test may run another execution from inside it. */
  onServiceCall?: (call: ServiceCall) => void;
  /** The scope template scriptlets see (loadAddin sets it to the add-in's context). */
  setScriptScope(scope: object): void;
}

interface DocumentState {
  id: string;
  properties: PropertyStore;
  cache: CacheStore;
}

export function createRuntime(opts: LocalRuntimeOptions = {}): LocalRuntime {
  const counter = new CallCounter();
  const owner = opts.owner ?? DEFAULT_OWNER;
  const timeZone = opts.timeZone ?? DEFAULT_TIME_ZONE;
  const bound = opts.bound ?? true;
  const activeUser = opts.activeUser ?? owner;
  const session: SessionState = { activeUser, effectiveUser: activeUser || owner, scriptTimeZone: timeZone, userLocale: opts.userLocale ?? 'vi' };

  const base = opts.now ?? (() => new Date());
  let advancedMs = 0;
  const clock: AdvancingClock = {
    now: () => new Date(base().getTime() + advancedMs),
    advance: (ms: number) => {
      advancedMs += ms;
    },
    get advancedMs() {
      return advancedMs;
    },
  };

  const ui = new UiRecorder(counter, opts.addonName);
  ui.available = opts.uiContext ?? bound;
  let active = opts.spreadsheet ?? new LocalSpreadsheet({ timeZone, owner, counter, onToast: (m, t, s) => ui.recordToast(m, t, s) });

  /** Protections are checked against the user the script runs as. */
  const runAsSession = (ss: LocalSpreadsheet) => {
    ss._currentUser = () => session.effectiveUser;
  };
  runAsSession(active);
  const documents = new WeakMap<LocalSpreadsheet, DocumentState>();
  let documentCount = 0;
  const documentState = (): DocumentState | null => {
    if (!bound) return null;
    let state = documents.get(active);
    if (!state) {
      state = { id: `doc${++documentCount}`, properties: new PropertyStore(), cache: new CacheStore() };
      documents.set(active, state);
    }
    return state;
  };
  const scriptProperties = new PropertyStore();
  const userProperties = new Map<string, PropertyStore>();
  const userProps = (email = session.effectiveUser) => userProperties.get(email) ?? userProperties.set(email, new PropertyStore()).get(email)!;
  const scriptCache = new CacheStore();
  const userCaches = new Map<string, CacheStore>();
  const userCache = () => userCaches.get(session.effectiveUser) ?? userCaches.set(session.effectiveUser, new CacheStore()).get(session.effectiveUser)!;

  const running: Execution[] = [];
  let executionCount = 0;
  const current = (): Execution | null => running[running.length - 1] ?? null;

  const lockContext = { documentKey: () => documentState()?.id ?? null, userKey: () => session.effectiveUser, executionId: () => current()?.id ?? 0 };
  const locks = new LockTable(clock, lockContext);
  ui.onSuspend = () => locks.releaseHeldByExecution(current()?.id ?? 0);
  const log = new LogRecorder();
  const sleeps: number[] = [];
  let scriptScope: object | null = null;

  const globals: Record<string, unknown> = {
    SpreadsheetApp: createSpreadsheetApp({
      active: () => active,
      counter,
      getUi: () => ui.getUi(),
      toast: (m: string, t?: string, s?: number) => ui.recordToast(m, t, s),
    }),
    HtmlService: createHtmlService({ htmlDir: opts.htmlDir ?? path.join(REPO_ROOT, 'dist'), counter, scriptScope: () => scriptScope ?? globals }),
    LockService: createLockService(locks, lockContext, counter),
    PropertiesService: createPropertiesService(
      { document: () => documentState()?.properties ?? null, script: () => scriptProperties, user: () => userProps() },
      counter,
    ),
    CacheService: createCacheService({ document: () => documentState()?.cache ?? null, script: () => scriptCache, user: userCache }, clock, counter),
    Session: createSession(session, counter),
    Utilities: createUtilities(counter, clock, sleeps),
    Logger: createLogger(log, counter),
    ScriptApp: createScriptApp(),
    console,
  };

  const runtime: LocalRuntime = {
    globals,
    counter,
    ui,
    locks,
    clock,
    log,
    sleeps,
    session,
    get spreadsheet() {
      return active;
    },
    stores: { documentProperties: () => documentState()?.properties ?? null, scriptProperties, userProperties: userProps },
    setActiveUser(email: string, effectiveUser?: string) {
      session.activeUser = email;
      session.effectiveUser = effectiveUser ?? (email || session.effectiveUser);
    },
    useSpreadsheet(ss: LocalSpreadsheet) {
      active = ss;
      runAsSession(ss);
    },
    setUiContext(available: boolean) {
      ui.available = available;
    },
    beginExecution() {
      const execution: Execution = {
        id: ++executionCount,
        activeUser: session.activeUser,
        effectiveUser: session.effectiveUser,
        calls: 0,
        cellsRead: 0,
        cellsWritten: 0,
        cellsBySheet: {},
      };
      running.push(execution);
      return execution;
    },
    endExecution(execution = current() ?? undefined) {
      if (!execution) {
        locks.releaseHeldByExecution(0);
        return;
      }
      locks.releaseHeldByExecution(execution.id);
      const at = running.lastIndexOf(execution);
      if (at >= 0) running.splice(at, 1);
      const outer = current();
      if (outer) {
        session.activeUser = outer.activeUser;
        session.effectiveUser = outer.effectiveUser;
      }
    },
    get currentExecution() {
      return current();
    },
    setScriptScope(scope: object) {
      scriptScope = scope;
    },
  };
  counter.onCall = (service, method) => {
    const execution = current();
    if (execution) execution.calls++;
    runtime.onServiceCall?.({ service, method, execution, index: execution?.calls ?? 0 });
  };
  counter.onCells = ({ sheet, read, written }) => {
    const execution = current();
    if (!execution) return;
    execution.cellsRead += read;
    execution.cellsWritten += written;
    const bySheet = (execution.cellsBySheet[sheet] ??= { read: 0, written: 0 });
    bySheet.read += read;
    bySheet.written += written;
  };
  return runtime;
}

/**
 * A minimal ScriptApp: the AuthMode and AuthorizationStatus enums, and authorization info that says nothing is required.
 * Not counted: the counter has no ScriptApp service.
 */
function createScriptApp(): Record<string, unknown> {
  const AuthorizationStatus = Object.freeze({ REQUIRED: 'REQUIRED', NOT_REQUIRED: 'NOT_REQUIRED' });
  return {
    AuthMode: Object.freeze({ NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' }),
    AuthorizationStatus,
    getAuthorizationInfo: () => ({
      getAuthorizationStatus: () => AuthorizationStatus.NOT_REQUIRED,
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [],
    }),
    getScriptId: () => 'local-script',
  };
}

export { CallCounter, LocalSpreadsheet };
export type * from './api';
