// The concurrency harness can fail: without the lock a nested save is overwritten, and a save that doubles its row or writes before refusing is caught.
import { OFFICER4 } from '../app/sidebar-api.fixture';
import { BUSY, holdsLock, runNested, type SaveSpec } from './interleave.fixture';
import { leaderScore, officerSelfScore } from './saves.fixture';

const A = leaderScore('A (cụm trưởng chấm CD002)', 'Người A');
const B = officerSelfScore('B (cán bộ tự chấm CD002)', 'Người B');

describe('the harness', () => {
  test('holdsLock: held after a waitLock until a releaseLock', () => {
    expect(holdsLock([])).toBe(false);
    expect(holdsLock(['Sheet.getLastRow', 'Lock.waitLock'])).toBe(true);
    expect(holdsLock(['Lock.waitLock', 'Range.setValues', 'Lock.releaseLock'])).toBe(false);
  });

  test('an add-in whose lock does nothing loses B’s row and fails creating Nhật ký twice', () => {
    const noLock = { waitLock() {}, tryLock: () => true, hasLock: () => true, releaseLock() {} };
    const unlocked = (index: number, runtime: { globals: Record<string, unknown> }) =>
      index === 0 ? { ...runtime.globals, LockService: { getDocumentLock: () => noLock, getScriptLock: () => noLock } } : undefined;
    const found: string[] = [];
    for (let k = 1; ; k++) {
      const run = runNested([A, B], [k], { globalsFor: unlocked });
      found.push(...run.problems);
      if (!run.outcomes[1].startedInside) break;
    }
    // B's row overwritten by A, which had read the last row before B appended…
    expect(found).toContainEqual(expect.stringMatching(/^Chấm điểm: row \d+ of B \(cán bộ tự chấm CD002\) holds .*"Người A".*\(lost or overwritten\)$/));
    expect(found).toContainEqual(expect.stringMatching(/^Nhật ký: 0 lines for B/));
    // …and both creating Nhật ký: A fails after B made it between A's look-up and A's insertSheet.
    // Google's English text reaches the officer only after the Vietnamese sentence of officerFacing.
    expect(found).toContain(
      'A (cụm trưởng chấm CD002): expected saved, was refused with "Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\n' +
        'Chi tiết: A sheet with the name "Nhật ký" already exists. Please enter another name."',
    );
  });

  test('a save that writes its row twice is reported as doubled, in its sheet and in Nhật ký', () => {
    const twice: SaveSpec = {
      ...A,
      save: (addin) => {
        A.save(addin);
        return A.save(addin);
      },
    };
    const { problems } = runNested([twice], []);
    expect(problems).toContain('Chấm điểm: 2 new rows for 1 saves');
    expect(problems).toContain('Nhật ký: 2 new lines for 1 saves');
  });

  test('a save that writes and then says busy is reported as a refusal that changed the workbook', () => {
    const liar: SaveSpec = {
      ...B,
      save: (addin) => {
        B.save(addin);
        throw new Error(BUSY);
      },
    };
    const { problems } = runNested([A, liar], [1]);
    expect(problems).toContain(`B (cán bộ tự chấm CD002): refused ("${BUSY}") but changed the workbook`);
    expect(problems).toContain('B (cán bộ tự chấm CD002): busy without waiting the 10000 ms timeout');
    expect(problems).toContain('B (cán bộ tự chấm CD002): expected saved, was refused with "Bảng tính đang bận, vui lòng thử lại."');
  });

  test('a save by someone without the right is an unexpected refusal', () => {
    const wrongUser: SaveSpec = { ...B, user: OFFICER4 }; // a Cán bộ of Cụm 2 cannot score CD002
    const { problems } = runNested([wrongUser], []);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^B \(cán bộ tự chấm CD002\): expected saved, was refused with "/);
  });
});
