// Tests the local LockService: Apps Script's timeout message, tryLock semantics, another process holding and releasing, no real sleeping.
import { CallCounter } from '../../local/runtime/counter';
import { createLockService, LocalLock, LockTable } from '../../local/runtime/lock';
import type { RuntimeClock } from '../../local/runtime/utilities';

function setUp(options: { bound?: boolean } = {}) {
  let advanced = 0;
  const start = Date.parse('2024-05-01T08:00:00Z');
  const clock: RuntimeClock = {
    now: () => new Date(start + advanced),
    advance: (ms) => {
      advanced += ms;
    },
  };
  const user = { email: 'a@example.com' };
  const context = { documentKey: () => (options.bound === false ? null : 'doc1'), userKey: () => user.email };
  const table = new LockTable(clock, context);
  const counter = new CallCounter();
  const service = createLockService(table, context, counter) as Record<string, () => LocalLock | null>;
  return { table, counter, service, user, waitedMs: () => advanced };
}

describe('LockService', () => {
  test('getDocumentLock is null when not bound to a document; script and user locks still exist', () => {
    const { service } = setUp({ bound: false });
    expect(service.getDocumentLock()).toBeNull();
    expect(service.getScriptLock()).toBeInstanceOf(LocalLock);
    expect(service.getUserLock()).toBeInstanceOf(LocalLock);
  });

  test("waitLock throws Apps Script's message when another process keeps the lock, after waiting the timeout on the clock only", () => {
    const { table, service, waitedMs } = setUp();
    table.holdByAnotherProcess('document');
    const lock = service.getDocumentLock()!;
    const started = Date.now();
    let error: Error | undefined;
    try {
      lock.waitLock(30000);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(error?.name).toBe('Exception');
    expect(String(error)).toBe('Exception: Lock timeout: another process was holding the lock for too long.');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(waitedMs()).toBe(30000);
    expect(lock.hasLock()).toBe(false);
    expect(table.waits).toEqual([{ key: 'document:doc1', method: 'waitLock', timeoutMs: 30000, waitedMs: 30000, acquired: false }]);
  });

  test('tryLock returns false on timeout, and true once the other process has let go', () => {
    const { table, service } = setUp();
    table.holdByAnotherProcess('script');
    const lock = service.getScriptLock()!;
    expect(lock.tryLock(100)).toBe(false);
    table.releaseByAnotherProcess('script');
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
  });

  test('tryLock and waitLock on a lock already held have no effect and succeed', () => {
    const { service, table } = setUp();
    const lock = service.getDocumentLock()!;
    lock.waitLock(1000);
    expect(lock.tryLock(0)).toBe(true);
    expect(() => lock.waitLock(0)).not.toThrow();
    expect(service.getDocumentLock()!.hasLock()).toBe(true);
    expect(table.heldByScript('document')).toBe(true);
  });

  test('a lock another process releases within the timeout is acquired after exactly that wait', () => {
    const { table, service, waitedMs } = setUp();
    table.holdByAnotherProcess('document', { releaseAfterMs: 500 });
    const lock = service.getDocumentLock()!;
    lock.waitLock(1000);
    expect(lock.hasLock()).toBe(true);
    expect(waitedMs()).toBe(500);
  });

  test('releaseLock frees the lock and has no effect when the lock is not held', () => {
    const { service, table } = setUp();
    const lock = service.getScriptLock()!;
    expect(() => lock.releaseLock()).not.toThrow();
    table.holdByAnotherProcess('script');
    lock.releaseLock();
    expect(lock.tryLock(0)).toBe(false);
    table.releaseByAnotherProcess('script');
    lock.waitLock(0);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('user locks are per effective user; the end of an execution releases what the script holds', () => {
    const { service, table, user } = setUp();
    table.holdByAnotherProcess('user', { user: 'b@example.com' });
    expect(service.getUserLock()!.tryLock(0)).toBe(true);
    user.email = 'b@example.com';
    expect(service.getUserLock()!.tryLock(0)).toBe(false);
    user.email = 'a@example.com';
    table.releaseAllHeldByScript();
    expect(service.getUserLock()!.hasLock()).toBe(false);
  });

  test('every call counts under Lock', () => {
    const { service, counter } = setUp();
    const lock = service.getScriptLock()!;
    lock.tryLock(10);
    lock.releaseLock();
    expect(counter.total('Lock')).toBe(3);
    expect(counter.byMethod()).toEqual({ 'Lock.releaseLock': 1, 'Lock.tryLock': 1, 'LockService.getScriptLock': 1 });
  });
});
