// The local runtime's executions: each call through loadScript/loadAddin is one, they can nest from onServiceCall, each owns its locks and runs as its user.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadScript } from '../../local/load-addin';
import { createRuntime, type ServiceCall } from '../../local/runtime/index';

const TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

/** The functions lockingDist's Code.js defines. */
interface LockingScript {
  whoAmI(): string;
  hold(): boolean;
  tryTake(): { got: boolean; has: boolean; waited: string | null };
  keep(): string;
}

/** A throwaway dist/ whose Code.js takes the document lock, reports, and lets go. */
function lockingDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-dist-'));
  fs.writeFileSync(
    path.join(dir, 'Code.js'),
    `
    function whoAmI() { return Session.getActiveUser().getEmail(); }
    function hold() {
      var lock = LockService.getDocumentLock();
      lock.waitLock(10000);
      var held = lock.hasLock();
      SpreadsheetApp.flush();
      lock.releaseLock();
      return held;
    }
    function tryTake() {
      var lock = LockService.getDocumentLock();
      var got = lock.tryLock(500);
      var waited = null;
      try { lock.waitLock(2000); } catch (e) { waited = e.message; }
      lock.releaseLock();
      return { got: got, has: lock.hasLock(), waited: waited };
    }
    function keep() { LockService.getDocumentLock().waitLock(100); return Session.getActiveUser().getEmail(); }`,
  );
  return dir;
}

describe('executions', () => {
  test('onServiceCall sees every counted call with its execution and 1-based index, before the call takes effect', () => {
    const runtime = createRuntime({ activeUser: 'a@cd.vn' });
    const addin = loadScript<LockingScript>(runtime, lockingDist());
    const seen: string[] = [];
    runtime.onServiceCall = (call: ServiceCall) => {
      const held = runtime.locks.executionHolding('document');
      seen.push(`${call.execution?.id}#${call.index} ${call.method} held=${held}`);
    };
    expect(addin.hold()).toBe(true);
    const id = seen[0].split('#')[0];
    expect(seen).toEqual([
      `${id}#1 LockService.getDocumentLock held=null`,
      `${id}#2 Lock.waitLock held=null`,
      `${id}#3 Lock.hasLock held=${id}`,
      `${id}#4 SpreadsheetApp.flush held=${id}`,
      `${id}#5 Lock.releaseLock held=${id}`,
    ]);
    expect(runtime.currentExecution).toBeNull();
  });

  test('an execution nested while another holds the lock cannot take it: tryLock false, waitLock times out on the clock, release is no-op', () => {
    const runtime = createRuntime({ activeUser: 'a@cd.vn' });
    const dist = lockingDist();
    const addinA = loadScript<LockingScript>(runtime, dist);
    const addinB = loadScript<LockingScript>(runtime, dist);
    let inner: unknown;
    let advanced = 0;
    runtime.onServiceCall = (call) => {
      if (call.method !== 'SpreadsheetApp.flush' || inner) return;
      runtime.setActiveUser('b@cd.vn');
      const before = runtime.clock.advancedMs;
      inner = addinB.tryTake();
      advanced = runtime.clock.advancedMs - before;
      // B let go of nothing: A still holds the lock, and the session is A's again.
      expect(runtime.locks.heldByScript('document')).toBe(true);
      expect(addinB.whoAmI()).toBe('a@cd.vn');
    };
    expect(addinA.hold()).toBe(true);
    expect(inner).toEqual({ got: false, has: false, waited: TIMEOUT });
    expect(advanced).toBe(2500);
    expect(runtime.locks.heldByScript('document')).toBe(false);
  });

  test('a nested execution that ends releases only its own locks; the outer one then waits for nothing', () => {
    const runtime = createRuntime();
    const dist = lockingDist();
    const addinA = loadScript<LockingScript>(runtime, dist);
    const addinB = loadScript<LockingScript>(runtime, dist);
    let innerHolder: number | null = null;
    runtime.onServiceCall = (call) => {
      if (call.method !== 'LockService.getDocumentLock' || call.execution?.calls !== 1 || innerHolder !== null) return;
      innerHolder = -1;
      addinB.keep(); // takes the lock and forgets to release it: its end releases it
      innerHolder = runtime.locks.executionHolding('document');
    };
    expect(addinA.hold()).toBe(true);
    expect(innerHolder).toBeNull();
    expect(runtime.locks.waits.map((w) => [w.acquired, w.waitedMs])).toEqual([
      [true, 0],
      [true, 0],
    ]);
  });

  test('each execution runs as the user it started as; the outer user comes back when a nested one ends', () => {
    const runtime = createRuntime({ activeUser: 'a@cd.vn' });
    const dist = lockingDist();
    const addinA = loadScript<LockingScript>(runtime, dist);
    const addinB = loadScript<LockingScript>(runtime, dist);
    const users: string[] = [];
    runtime.onServiceCall = (call) => {
      if (call.execution?.activeUser !== 'a@cd.vn' || call.method !== 'Lock.waitLock') return;
      runtime.setActiveUser('b@cd.vn');
      users.push(addinB.keep());
    };
    users.push(addinA.keep());
    expect(users).toEqual(['b@cd.vn', 'a@cd.vn']);
  });
});
