// The local LockService: document, script and user locks owned by one execution, or held by "another process" a test simulates; waits advance the clock, never block.
import type { LocalLockApi } from './api';
import type { CallCounter } from './counter';
import { GasException } from './exception';
import type { RuntimeClock } from './utilities';

export type LockScope = 'document' | 'script' | 'user';

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/**
 * Who holds one lock: an execution of this script (by its id), or another process (until `releaseAt` on the runtime clock, if given).
 * Execution 0 is code running outside any loadAddin call (a test driving the services directly).
 */
type LockState = { holder: 'script'; execution: number } | { holder: 'other'; releaseAt?: number };

/** One attempt to take a lock, as recorded for tests. */
export interface LockWait {
  key: string;
  method: 'waitLock' | 'tryLock';
  timeoutMs: number;
  waitedMs: number;
  acquired: boolean;
}

/** Where the lock keys come from: the bound document (null when unbound) and the effective user; and which execution is calling (default 0). */
export interface LockContext {
  documentKey(): string | null;
  userKey(): string;
  executionId?(): number;
}

/**
 * The runtime's table of locks, and the handle tests use to simulate another process.
 * Keys are "document:<id>", "script", "user:<email>".
 */
export class LockTable {
  private readonly held = new Map<string, LockState>();
  readonly waits: LockWait[] = [];

  constructor(
    private readonly clock: RuntimeClock,
    private readonly context: LockContext,
  ) {}

  /** The key of a scope in the current context (document: the active spreadsheet; user: the effective user). */
  keyOf(scope: LockScope, user?: string): string {
    if (scope === 'script') return 'script';
    if (scope === 'user') return `user:${user ?? this.context.userKey()}`;
    const doc = this.context.documentKey();
    if (doc === null) throw new Error('No document lock: the runtime is not bound to a document.');
    return `document:${doc}`;
  }

  /** Another process takes the lock; with releaseAfterMs it lets go that long after now (on the runtime clock). */
  holdByAnotherProcess(scope: LockScope, options: { releaseAfterMs?: number; user?: string } = {}): void {
    const releaseAt = options.releaseAfterMs === undefined ? undefined : this.clock.now().getTime() + options.releaseAfterMs;
    this.held.set(this.keyOf(scope, options.user), { holder: 'other', releaseAt });
  }

  /** The other process lets go of the lock. */
  releaseByAnotherProcess(scope: LockScope, user?: string): void {
    const key = this.keyOf(scope, user);
    if (this.held.get(key)?.holder === 'other') this.held.delete(key);
  }

  /** True if an execution of the script holds the lock of that scope. */
  heldByScript(scope: LockScope, user?: string): boolean {
    return this.state(this.keyOf(scope, user))?.holder === 'script';
  }

  /** The id of the execution holding the lock of that scope, or null when no execution of the script holds it. */
  executionHolding(scope: LockScope, user?: string): number | null {
    const state = this.state(this.keyOf(scope, user));
    return state?.holder === 'script' ? state.execution : null;
  }

  /** Releases every lock any execution of the script holds. */
  releaseAllHeldByScript(): void {
    for (const [key, state] of [...this.held]) if (state.holder === 'script') this.held.delete(key);
  }

  /** Releases the locks one execution holds: its end, or a Ui.alert/prompt suspension ("locks don't persist across the suspension"). */
  releaseHeldByExecution(execution: number): void {
    for (const [key, state] of [...this.held]) if (state.holder === 'script' && state.execution === execution) this.held.delete(key);
  }

  /** True if the calling execution holds the lock. */
  heldByCaller(key: string): boolean {
    const state = this.state(key);
    return state?.holder === 'script' && state.execution === this.caller();
  }

  private caller(): number {
    return this.context.executionId?.() ?? 0;
  }

  /** The lock's state now; a lock another process lets go of at a time already passed is free. */
  state(key: string): LockState | undefined {
    const state = this.held.get(key);
    if (state?.holder === 'other' && state.releaseAt !== undefined && state.releaseAt <= this.clock.now().getTime()) {
      this.held.delete(key);
      return undefined;
    }
    return state;
  }

  /**
   * Tries to take the lock for the calling execution within timeoutMs of simulated time; advances the clock by the time waited.
   * Another execution of the script holding it cannot let go while this one waits (executions here run one inside the other,
   * never in parallel), so the wait lasts the whole timeout, as a real lock held longer than the timeout does.
   */
  acquire(key: string, method: LockWait['method'], timeoutMs: number): boolean {
    const caller = this.caller();
    const state = this.state(key);
    if (state?.holder === 'script' && state.execution === caller) return true;
    let waitedMs = 0;
    let acquired = true;
    if (state) {
      const releaseAt = state.holder === 'other' ? state.releaseAt : undefined;
      const remaining = releaseAt === undefined ? Infinity : releaseAt - this.clock.now().getTime();
      acquired = remaining <= timeoutMs;
      waitedMs = acquired ? remaining : timeoutMs;
      this.clock.advance(waitedMs);
    }
    this.waits.push({ key, method, timeoutMs, waitedMs, acquired });
    if (acquired) this.held.set(key, { holder: 'script', execution: caller });
    return acquired;
  }

  /** Lets go of the lock if the calling execution holds it (no effect otherwise). */
  release(key: string): void {
    if (this.heldByCaller(key)) this.held.delete(key);
  }
}

function checkTimeout(ms: unknown, method: string): number {
  if (typeof ms !== 'number' || !(ms >= 0))
    throw new GasException(`The parameters (${typeof ms}) don't match the method signature for LockService.Lock.${method}.`);
  return ms;
}

/** A Lock as LockService returns it: a view of one key of the table. Calls count under "Lock". */
export class LocalLock implements LocalLockApi {
  constructor(
    private readonly table: LockTable,
    private readonly key: string,
    private readonly counter: CallCounter,
  ) {}

  /** Waits up to timeoutInMillis; throws the Apps Script timeout message if another process keeps the lock. No effect if already held. */
  waitLock(timeoutInMillis: number): void {
    this.counter.count('Lock', 'Lock.waitLock');
    if (!this.table.acquire(this.key, 'waitLock', checkTimeout(timeoutInMillis, 'waitLock'))) throw new GasException(LOCK_TIMEOUT_MESSAGE);
  }

  /** False on timeout; true (and no effect) if the lock is already held. */
  tryLock(timeoutInMillis: number): boolean {
    this.counter.count('Lock', 'Lock.tryLock');
    return this.table.acquire(this.key, 'tryLock', checkTimeout(timeoutInMillis, 'tryLock'));
  }

  /** True only for the execution that holds the lock. */
  hasLock(): boolean {
    this.counter.count('Lock', 'Lock.hasLock');
    return this.table.heldByCaller(this.key);
  }

  /** No effect if the lock is not held. */
  releaseLock(): void {
    this.counter.count('Lock', 'Lock.releaseLock');
    this.table.release(this.key);
  }
}

/** The LockService global. getDocumentLock returns null when the runtime is not bound to a document. */
export function createLockService(table: LockTable, context: LockContext, counter: CallCounter): Record<string, unknown> {
  return {
    getDocumentLock: () => {
      counter.count('Lock', 'LockService.getDocumentLock');
      return context.documentKey() === null ? null : new LocalLock(table, table.keyOf('document'), counter);
    },
    getScriptLock: () => {
      counter.count('Lock', 'LockService.getScriptLock');
      return new LocalLock(table, table.keyOf('script'), counter);
    },
    getUserLock: () => {
      counter.count('Lock', 'LockService.getUserLock');
      return new LocalLock(table, table.keyOf('user'), counter);
    },
  };
}
