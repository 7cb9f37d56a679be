// What each sidebar action reads, counted by sheet in the local runtime through dist/Code.js: only the sheets (and columns) it needs, and rights read fresh on every call.
import { ADMIN, card, errorOf, LEADER, ledgerLine, makeFixture, sheetOf, visit, type Fixture } from './sidebar-api.fixture';

/** Cells read per sheet by one call (sheets with none left out). */
function readsOf(f: Fixture, call: () => unknown): Record<string, number> {
  f.runtime.counter.reset();
  call();
  return Object.fromEntries(
    Object.entries(f.runtime.counter.cellsBySheet())
      .filter(([, c]) => c.read > 0)
      .map(([name, c]) => [name, c.read]),
  );
}

const sheetsRead = (reads: Record<string, number>) => Object.keys(reads).sort();

/** Rows of Chấm điểm for other units and years, in the fixture's column order (Mã đơn vị, Kỳ, Hình thức, Người chấm, 5 criteria, Ghi chú, Cột riêng). */
function scoreRows(n: number): unknown[][] {
  return Array.from({ length: n }, (_, i) => [`CD00${(i % 3) + 3}`, String(2000 + (i % 20)), 'Chấm chéo', `cb${i}@cd.vn`, 10, 5, 0, 0, 1, '', '']);
}

/** Adds rows to Thăm hỏi and Thu chi, as a busy year would. */
function addMoneyRows(f: Fixture, n: number): void {
  const visits = sheetOf(f.ss, 'Thăm hỏi');
  visits.insertRowsAfter(visits.getMaxRows(), n);
  visits
    .getRange(visits.getLastRow() + 1, 1, n, 8)
    .setValues(Array.from({ length: n }, (_, i) => ['01/04/2024', 'CD004', `Người ${i}`, 'Ốm đau', 100000, 'Quỹ CĐCS', '', '']));
  const ledger = sheetOf(f.ss, 'Thu chi');
  ledger.insertRowsAfter(ledger.getMaxRows(), n);
  ledger
    .getRange(ledger.getLastRow() + 1, 1, n, 7)
    .setValues(Array.from({ length: n }, (_, i) => ['02/04/2024', `PT${1000 + i}`, 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 1000, '']));
  f.runtime.counter.reset();
}

describe('each action reads only the sheets it needs', () => {
  test('opening the sidebar, a score form and saving a score never read Thăm hỏi, Thu chi or Quỹ', () => {
    const f = makeFixture({ activeUser: LEADER });
    const scoring = ['Cài đặt', 'Chấm điểm', 'Phân quyền', 'Tiêu chí', 'Đơn vị'].sort();
    expect(sheetsRead(readsOf(f, () => f.addin.sidebarContext()))).toEqual(scoring);
    expect(sheetsRead(readsOf(f, () => f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' })))).toEqual(scoring);
    f.addin.sidebarSaveScore(card('CD002', 'leader')); // the first save creates Nhật ký
    expect(sheetsRead(readsOf(f, () => f.addin.sidebarSaveScore(card('CD003', 'leader'))))).toEqual([...scoring, 'Nhật ký'].sort());
  });

  test('saving a visit never reads Chấm điểm, Tiêu chí or Thu chi, and of Thăm hỏi its date column, then only the rows dated within 30 days', () => {
    const f = makeFixture({ activeUser: ADMIN });
    f.addin.sidebarSaveVisit(visit('CD001'));
    const reads = readsOf(f, () => f.addin.sidebarSaveVisit(visit('CD002')));
    expect(sheetsRead(reads)).toEqual(['Cài đặt', 'Nhật ký', 'Phân quyền', 'Quỹ', 'Thăm hỏi', 'Đơn vị'].sort());
    // Thăm hỏi holds a header and five visits of 8 columns (15/02, 20/02, 01/03, 05/03 and the first save's 10/03/2024): its
    // top rows (6 × 8), the date column of the five, then the five in full (all within 30 days of 10/03/2024).
    expect(reads['Thăm hỏi']).toBe(6 * 8 + 5 + 5 * 8);
    // A thousand visits of an earlier year add their date cells only (and fill the top 10 rows where the header is looked for).
    const visits = sheetOf(f.ss, 'Thăm hỏi');
    visits.insertRowsAfter(visits.getMaxRows(), 1000);
    visits
      .getRange(visits.getLastRow() + 1, 1, 1000, 8)
      .setValues(Array.from({ length: 1000 }, (_, i) => ['01/04/2022', 'CD004', `Người ${i}`, 'Ốm đau', 100000, 'Quỹ CĐCS', '', '']));
    const later = readsOf(f, () => f.addin.sidebarSaveVisit(visit('CD002')));
    expect(later['Thăm hỏi']).toBe(10 * 8 + 1006 + 6 * 8); // the top 10 rows, 1,006 dates, the six visits of 2024
  });

  test('saving a ledger line never reads Chấm điểm or Thăm hỏi, and of Thu chi only its header and voucher column', () => {
    const f = makeFixture({ activeUser: ADMIN });
    f.addin.sidebarSaveLedger(ledgerLine());
    const reads = readsOf(f, () => f.addin.sidebarSaveLedger(ledgerLine()));
    expect(sheetsRead(reads)).toEqual(['Cài đặt', 'Nhật ký', 'Phân quyền', 'Quỹ', 'Thu chi', 'Đơn vị'].sort());
    // Thu chi holds a header and three lines of 7 columns: the header row, then the 3 vouchers.
    expect(reads['Thu chi']).toBe(4 * 7 + 3);
  });
});

describe('reads do not grow with the sheets an action does not need', () => {
  test('a score save and a score form read the same cells with 3 or 1,000 more lines in Thăm hỏi and Thu chi', () => {
    const f = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(20) });
    f.addin.sidebarSaveScore(card('CD002', 'leader'));
    const form = () => f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' });
    const before = { form: readsOf(f, form), save: readsOf(f, () => f.addin.sidebarSaveScore(card('CD003', 'leader'))) };
    addMoneyRows(f, 1000);
    const after = { save: readsOf(f, () => f.addin.sidebarSaveScore(card('CD003', 'cross'))), form: readsOf(f, form) };
    // The save in between added one row to Chấm điểm (4 key cells more for the form; the save reads its header rows only) and
    // one to Nhật ký (read in its top rows).
    const logWidth = sheetOf(f.ss, 'Nhật ký').getLastColumn();
    expect(after.save).toEqual({ ...before.save, 'Nhật ký': before.save['Nhật ký'] + logWidth });
    expect(after.form).toEqual({ ...before.form, 'Chấm điểm': before.form['Chấm điểm'] + 2 * 4 });
  });

  test('of Chấm điểm, opening the sidebar reads the key columns only and a score form the key columns and the cards it shows', () => {
    const small = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(20) });
    const large = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(1000) });
    const open = (f: Fixture) => readsOf(f, () => f.addin.sidebarContext())['Chấm điểm'];
    const form = (f: Fixture) => readsOf(f, () => f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' }))['Chấm điểm'];
    // Mã đơn vị, Kỳ, Hình thức stand in columns A–C: 3 cells a row; the score form adds Người chấm (4 a row).
    expect(open(large) - open(small)).toBe(980 * 3);
    expect(form(large) - form(small)).toBe(980 * 4);
    // The whole sheet is 11 columns: the top 10 rows (to find the header), 4 key cells of each of the 21 data rows, and the self card's row.
    expect(form(small)).toBe(10 * 11 + 21 * 4 + 11);
  });

  test('a score save reads Chấm điểm’s header rows only: the same cells with 20 or 1,000 rows in it', () => {
    const save = (rows: number) => {
      const f = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(rows) });
      f.addin.sidebarSaveScore(card('CD002', 'leader')); // creates Nhật ký
      return readsOf(f, () => f.addin.sidebarSaveScore(card('CD003', 'leader')))['Chấm điểm'];
    };
    // The top 10 rows, where the header is looked for (12 columns: the first save added Thời điểm lưu); no data row.
    expect(save(20)).toBe(10 * 12);
    expect(save(1000)).toBe(save(20));
  });

  test('a score form shows the latest self card and the user’s latest card, read in full from their rows', () => {
    const f = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(50) });
    f.addin.sidebarSaveScore(card('CD002', 'cross'));
    f.addin.sidebarSaveScore({ ...card('CD002', 'cross'), scores: { TC01: '7,5', TC02: 20 }, note: 'sửa lại' });
    const form = f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' });
    expect(form.selfScores).toEqual({ TC01: 8, TC02: 15, TC03: 2, TC04: 1, DK01: 1 });
    expect(form.selfTotal).toBe(24);
    expect(form.mine).toEqual({ form: 'cross', scores: { TC01: 7.5, TC02: 20 }, note: 'sửa lại', row: 54 });
  });
});

describe('rights and criteria are read at every call (nothing is cached)', () => {
  test('a role removed by hand from Phân quyền takes effect at the next call', () => {
    const f = makeFixture({ activeUser: LEADER });
    expect(f.addin.sidebarContext().user.role).toBe('leader');
    const roles = sheetOf(f.ss, 'Phân quyền');
    roles.deleteRow(3); // the leader's row
    expect(errorOf(() => f.addin.sidebarContext())).toMatch(/^Bạn chưa có quyền dùng thanh bên/);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD002', 'leader')))).toMatch(/^Bạn chưa có quyền dùng thanh bên/);
  });

  test('a criterion changed by hand in Tiêu chí is seen at the next call: its new maximum shown and enforced', () => {
    const f = makeFixture({ activeUser: LEADER });
    expect(f.addin.sidebarContext().criteria.find((c) => c.code === 'TC01')?.max).toBe(10);
    sheetOf(f.ss, 'Tiêu chí').getRange('D2').setValue(8);
    expect(f.addin.sidebarContext().criteria.find((c) => c.code === 'TC01')?.max).toBe(8);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD002', 'leader')))).toBe('Tiêu chí TC01: điểm 9 vượt quá tối đa 8.');
  });
});

describe('sheets are found by name, not by listing every tab', () => {
  const listing = (f: Fixture) => {
    const byMethod = f.runtime.counter.byMethod();
    return { getSheets: byMethod['Spreadsheet.getSheets'] ?? 0, getName: byMethod['Sheet.getName'] ?? 0 };
  };

  test('with every tab spelled as the contract spells it, no sidebar action lists the tabs', () => {
    const f = makeFixture({ activeUser: ADMIN });
    f.ss
      .insertSheet('Khen thưởng')
      .getRange(1, 1, 1, 5)
      .setValues([['Kỳ', 'Đối tượng', 'Tên', 'Mã đơn vị', 'Hình thức']]);
    f.addin.sidebarSaveScore(card('CD002', 'superior')); // creates Nhật ký: the one save that looks for it by listing the tabs
    for (const call of [
      () => f.addin.sidebarContext(),
      () => f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' }),
      () => f.addin.sidebarSaveScore(card('CD002', 'superior')),
      () => f.addin.sidebarSaveScore(card('CD003', 'superior')),
      () => f.addin.sidebarSaveVisit(visit('CD002')),
      () => f.addin.sidebarSaveLedger(ledgerLine()),
    ]) {
      f.runtime.counter.reset();
      call();
      expect(listing(f)).toEqual({ getSheets: 0, getName: 0 });
    }
  });

  test('a tab in another spelling ("Don vi") is still found: the tabs are listed once, and only then', () => {
    const f = makeFixture({ activeUser: ADMIN });
    sheetOf(f.ss, 'Đơn vị').setName('Don vi');
    f.runtime.counter.reset();
    const context = f.addin.sidebarContext();
    expect(context.scorableClusters.flatMap((c) => c.units.map((u) => u.code))).toContain('CD002');
    expect(listing(f)).toEqual({ getSheets: 1, getName: f.ss.getSheets().length });
  });
});

describe('the period of a score card', () => {
  test('an earlier period the workbook does not hold yet may be saved (entered late); one that has not begun is refused', () => {
    const f = makeFixture({ activeUser: ADMIN });
    const saved = f.addin.sidebarSaveScore({ ...card('CD002', 'superior'), period: '2015' });
    expect(sheetOf(f.ss, 'Chấm điểm').getRange(saved.row, 2).getValue()).toBe('2015');
    const next = new Date().getUTCFullYear() + 2;
    expect(errorOf(() => f.addin.sidebarSaveScore({ ...card('CD002', 'superior'), period: String(next) }))).toBe(
      `Kỳ "${next}" chưa bắt đầu (bắt đầu ngày 01/01/${next}); chỉ ghi được cho kỳ đã bắt đầu.`,
    );
    // The workbook scores by calendar year (Cài đặt, Loại kỳ: Năm): a school year it does not hold is refused.
    expect(errorOf(() => f.addin.sidebarSaveScore({ ...card('CD002', 'superior'), period: '2014-2015' }))).toBe(
      'Kỳ "2014-2015" là một năm học, nhưng bảng tính chấm theo năm (Cài đặt, Loại kỳ); hãy chọn kỳ trong danh sách.',
    );
  });
});
