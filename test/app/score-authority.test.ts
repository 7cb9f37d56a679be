// Authority checked when counting, through dist/Code.js: a listed scorer without the right is left out with a warning naming the row; unlisted names and the admin count; hand-typed rows are listed once.
import { ADMIN, card, LEADER, makeFixture, ROLES, sheetOf, type Fixture } from './sidebar-api.fixture';
import { loadAddin } from '../../local/load-addin';

const LEADER2 = 'leader2@cd.vn'; // Cụm trưởng of Cụm 2

interface Entry {
  unit: string;
  finalScore: number | null;
  flags: string[];
}
interface Summary {
  clusters: { ranking: Entry[] }[];
  warnings: { sheet: string; cell: string; message: string }[];
}

/** Score rows in SCORE_HEADER order: Mã đơn vị, Kỳ, Hình thức, Người chấm, TC02, TC01, TC03, TC04, DK01. */
const row = (unit: string, form: string, scorer: string, tc02: number, tc01: number) => [unit, '2024', form, scorer, tc02, tc01, 0, 0, 1, '', ''];

function withRows(roles: unknown[][]): Fixture {
  return makeFixture({
    roles,
    scoreRows: [
      row('CD002', 'Cụm trưởng', LEADER2, 20, 10), // row 3: a leader of Cụm 2 scoring a Cụm 1 unit: no right
      row('CD003', 'Chấm chéo', 'Nguyễn Văn Bình', 12, 6), // row 4: a name typed from a paper form: not listed, counts
      row('CD004', 'Cấp trên', ADMIN, 14, 7), // row 5: the admin typing by hand: counts
    ],
  });
}

const summaryOf = (f: Fixture): Summary => JSON.parse(JSON.stringify(f.addin.runYearlySummary('2024')));
const entry = (s: Summary, unit: string) => s.clusters.flatMap((c) => c.ranking).find((e) => e.unit === unit)!;

test('a listed leader scoring another cluster is left out with a warning naming the row and why; a paper name and the admin count', () => {
  const s = summaryOf(withRows([...ROLES, [LEADER2, 'Cụm trưởng', 'Cụm 2', 'CD005']]));
  expect(s.warnings).toContainEqual({
    sheet: 'Chấm điểm',
    cell: 'D3',
    message: `${LEADER2} (Cụm trưởng Cụm 2, CD005 theo trang "Phân quyền") không có quyền nhập phiếu Cụm trưởng cho đơn vị CD002 (Cụm 1); dòng 3 không được tính.`,
  });
  expect(entry(s, 'CD002')).toMatchObject({ finalScore: 24, flags: expect.arrayContaining(['CHUA_CHAM_CHEO']) });
  expect(entry(s, 'CD003').finalScore).toBe(18);
  expect(entry(s, 'CD004').finalScore).toBe(21);
  const handTyped = s.warnings.filter((w) => w.message.includes('không khớp dòng nào trong "Nhật ký"'));
  expect(handTyped).toEqual([
    {
      sheet: 'Chấm điểm',
      cell: 'D2',
      message: expect.stringContaining('4 dòng chấm điểm không khớp dòng nào trong "Nhật ký" (nhập tay, hoặc sửa tay sau khi lưu từ thanh bên): dòng 2–5.'),
    },
  ]);
});

test('with no one in Phân quyền everything counts and nothing is reported', () => {
  const s = summaryOf(withRows([ROLES[0]]));
  expect(entry(s, 'CD002').finalScore).toBe(30);
  expect(s.warnings.filter((w) => w.sheet === 'Chấm điểm')).toEqual([]);
});

test('a row saved from the sidebar matches its Nhật ký line until it is edited by hand', () => {
  const f = makeFixture();
  f.runtime.setActiveUser(LEADER);
  f.addin.sidebarSaveScore(card('CD003', 'leader'));
  f.runtime.setActiveUser(ADMIN);
  const rowsOf = (s: Summary) => s.warnings.find((w) => w.message.includes('không khớp dòng nào'))?.message.match(/dòng ([\d–, ]+)\./)?.[1];
  expect(rowsOf(summaryOf(f))).toBe('2');
  sheetOf(f.ss, 'Chấm điểm').getRange('F3').setValue(10);
  expect(rowsOf(summaryOf(f))).toBe('2, 3');
});

test('the summary reads under the lock: a save that lands while it waits for the lock is in it', () => {
  const f = makeFixture();
  const leader = loadAddin(f.runtime);
  let saved = false;
  f.runtime.onServiceCall = (call) => {
    if (saved || call.method !== 'LockService.getDocumentLock' || call.execution?.activeUser !== ADMIN) return;
    saved = true;
    f.runtime.setActiveUser(LEADER);
    leader.sidebarSaveScore(card('CD002', 'leader'));
  };
  const s: Summary = JSON.parse(JSON.stringify(f.addin.runYearlySummary('2024')));
  f.runtime.onServiceCall = undefined;
  expect(saved).toBe(true);
  expect(entry(s, 'CD002').finalScore).toBe(26.5); // the leader's card (9 + 17,5), not the self-score's 24
});
