// Two users save at once: B's whole save runs at every service-call boundary of A's; none lost or doubled, busy exactly while A holds the lock, Nhật ký complete.
import { BUSY, runNested, soloCalls, type SaveSpec } from './interleave.fixture';
import { adminPayment, leaderScore, officerSelfScore, officerVisit } from './saves.fixture';

const PAIRS: [string, SaveSpec, SaveSpec][] = [
  ['score + score (same unit)', leaderScore('A (cụm trưởng chấm CD002)', 'Người A'), officerSelfScore('B (cán bộ tự chấm CD002)', 'Người B')],
  ['visit + ledger', officerVisit('A (thăm hỏi)', 'Người A'), adminPayment('B (phiếu chi)', 'Người B')],
  ['score + visit', leaderScore('A (cụm trưởng chấm CD002)', 'Người A'), officerVisit('B (thăm hỏi)', 'Người B')],
  ['ledger + ledger (blank vouchers numbered under the lock)', adminPayment('A (phiếu chi)', 'Người A'), adminPayment('B (phiếu chi)', 'Người B')],
];

/** A's lock, from its calls alone: taken by its k-th call (1-based) = waitLock, let go by its releaseLock. */
function lockSpan(calls: readonly string[]): { waitLock: number; releaseLock: number } {
  return { waitLock: calls.indexOf('Lock.waitLock') + 1, releaseLock: calls.lastIndexOf('Lock.releaseLock') + 1 };
}

describe.each(PAIRS)('%s', (_name, a, b) => {
  test('B at every boundary of A: refused with the busy message exactly while A holds the lock, otherwise saved; every row once', () => {
    const solo = soloCalls(a);
    const { waitLock, releaseLock } = lockSpan(solo);
    expect(waitLock).toBeGreaterThan(1);
    expect(releaseLock).toBe(solo.length); // releaseLock is A's last call
    const refusedAt: number[] = [];
    let k = 0;
    for (;;) {
      k++;
      const run = runNested([a, b], [k]);
      expect({ boundary: k, problems: run.problems }).toEqual({ boundary: k, problems: [] });
      const [outA, outB] = run.outcomes;
      expect(outA.refused).toBeUndefined();
      if (outB.refused !== undefined) {
        expect(outB.refused).toBe(BUSY);
        refusedAt.push(k);
      }
      if (!outB.startedInside) break;
    }
    // Boundaries 1 … N inside A's save, then B right after it. Before A's waitLock B goes first (its waitLock boundary
    // included: the hook runs before the call takes effect); from the call after waitLock to releaseLock A holds the lock.
    expect(k).toBe(solo.length + 1);
    expect(refusedAt).toEqual(Array.from({ length: releaseLock - waitLock }, (_, i) => waitLock + 1 + i));
  });

  test('a user refused while the other held the lock saves again afterwards: the row appears once, logged once', () => {
    const { waitLock, releaseLock } = lockSpan(soloCalls(a));
    for (const k of [waitLock + 1, Math.floor((waitLock + releaseLock) / 2), releaseLock]) {
      const run = runNested([a, b], [k], { retryRefused: true });
      expect(run.outcomes[1].refused).toBe(BUSY);
      expect({ boundary: k, problems: run.problems }).toEqual({ boundary: k, problems: [] });
      const [rowA, rowB] = run.outcomes.map((o) => o.row);
      // The retry comes after A's save: the next row of the same sheet, or the first new row of its own.
      if (a.sheet === b.sheet) expect(rowB).toBe(rowA! + 1);
      else expect(rowB).toBeGreaterThan(1);
    }
  });
});
