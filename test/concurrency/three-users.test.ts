// Three users at once: C's save at every boundary of B's, B's at a sample of A's boundaries (score, visit, payment); every row once, Nhật ký complete.
import { BUSY, holdsLock, runNested, soloCalls } from './interleave.fixture';
import { adminPayment, leaderScore, officerVisit } from './saves.fixture';

const A = leaderScore('A (cụm trưởng chấm CD002)', 'Người A');
const B = officerVisit('B (cán bộ ghi thăm hỏi)', 'Người B');
const C = adminPayment('C (quản trị ghi phiếu chi)', 'Người C');

describe('three users: C nested in B at every boundary of B, B nested in A at a sample of A’s boundaries', () => {
  const solo = soloCalls(A);
  const waitLock = solo.indexOf('Lock.waitLock') + 1;
  const releaseLock = solo.lastIndexOf('Lock.releaseLock') + 1;
  // Halfway through A's reads, at A's waitLock (B goes first, after A read everything), the first call under A's lock,
  // at A's releaseLock (still held), and after A.
  const sample = [Math.floor(waitLock / 2), waitLock, waitLock + 1, releaseLock, solo.length + 1];

  test.each(sample)('B at A’s boundary %i, C at each of B’s', (k) => {
    const aHolds = k <= solo.length && holdsLock(solo.slice(0, k - 1));
    let j = 0;
    let cRefused = 0;
    let bCalls: string[] = [];
    for (;;) {
      j++;
      const run = runNested([A, B, C], [k, j]);
      bCalls = run.outcomes[1].calls;
      expect({ boundaries: [k, j], problems: run.problems }).toEqual({ boundaries: [k, j], problems: [] });
      const [outA, outB, outC] = run.outcomes;
      expect(outA.refused).toBeUndefined();
      expect(outB.refused).toBe(aHolds ? BUSY : undefined);
      // While A holds the lock nobody else gets it; otherwise C is refused exactly while B holds it.
      if (aHolds) expect(outC.refused).toBe(BUSY);
      if (outC.refused !== undefined) cRefused++;
      if (!outC.startedInside) break;
    }
    // C ran at each of B's calls, then after B. B's calls stop at its refused waitLock when A holds the lock.
    expect(j - 1).toBe(bCalls.length);
    expect(bCalls.at(-1)).toBe(aHolds ? 'Lock.waitLock' : 'Lock.releaseLock');
    // C refused at every boundary while A holds the lock (and after B, still inside A's call), else exactly while B holds it.
    const bHeld = bCalls.lastIndexOf('Lock.releaseLock') - bCalls.indexOf('Lock.waitLock');
    expect(cRefused).toBe(aHolds ? j : bHeld);
  });
});
