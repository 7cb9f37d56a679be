// One name, one key (issue 10; issue 17 item 3): a hand-made workbook of spelling variants and bad cells, through dist/Code.js and the offline command.
import path from 'node:path';
import { runOffline } from '../../local/cli';
import { loadXlsx } from '../../local/xlsx';
import { CallCounter } from '../../local/runtime/counter';
import { loadAddin } from '../../local/load-addin';
import type { YearlySummary } from '../../src/domain/types';
import { runtimeWith, tempDir, xlsxWith, type SheetRows } from '../helpers/workbook';
import { errorOf, makeFixture, sheetOf, snapshot } from './sidebar-api.fixture';

const LEADER = 'leader@tanhoa.vn';
const OFFICER = 'officer@u2.vn';
const NFD_TAN_HOA = 'Cụm Tân Hòa'.normalize('NFD');

/**
 * Eight units. Worked out by hand (thresholds 90/70/50, no groups):
 * - "Cụm Tân Hòa" is U1, U3 ("cụm tân  hòa": case and spaces), U4 (the same name typed decomposed, NFD) and U5: one cluster,
 *   shown as first written in Đơn vị. "Cụm Tân Hóa" (another tone mark) is another cluster: U2, U6, CĐ01, CD01.
 * - U1 Cấp trên 70 + 25 = 95 → HTXSNV, rank 1. U3 ("u3" in Chấm điểm) 60 + 20 = 80 → HTTNV, rank 2. U4 60 + 20 = 80 → HTTNV, rank 2.
 *   U5: TC1 "mười" is unreadable, so its only card lacks a Chuẩn criterion and is not counted → CXL, no rank, reason "Chưa có
 *   phiếu chấm đủ…" (its count "mười" leaves it in Đơn vị, members blank).
 * - U2 70 + 20 = 90 → HTXSNV, rank 1. U6 (1e308 members: left blank) 50 + 0 = 50 → HTNV, rank 2. CĐ01 and CD01 unscored → CXL;
 *   they differ only by a diacritic: a likely duplicate, both counted.
 * - 2 HTXSNV, 2 HTTNV, 1 HTNV, 1 KHTNV, 2 CXL of 8 → 25 / 25 / 12,5 / 12,5 / 25 (sum 100).
 * - Members 10 + 10 + 10 + 10 + 0 + 0 + 5 + 5 = 50; workers 6 × 10 + 5 + 5 = 70.
 * - Visits: only row 2 counts (unit "u1", fund "quỹ  cđcs" are U1 and Quỹ CĐCS): 1 visit, 500.000 ₫. Row 3 has no real date,
 *   row 4 a bad amount, row 5 the fund "Quy CDCS", which is not Quỹ CĐCS (diacritics count): each left out, saying so.
 * - Quỹ CĐCS: 1.000.000 opening − 500.000 = 500.000.
 * The scores tab is named "Cham diem": its warnings name that tab. A tab "Don vi" stands left of "Đơn vị": the exact spelling is read.
 */
const SPELLINGS_BOOK: SheetRows = {
  'Don vi': [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
    ['X9', 'Bản nháp cũ', 'Cụm nháp'],
  ],
  'Đơn vị': [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới'],
    ['U1', 'Trường A', 'Cụm Tân Hòa', 10, 10, 0],
    ['U2', 'Trường B', 'Cụm Tân Hóa', 10, 10, 0],
    ['U3', 'Trường C', 'cụm tân  hòa', 10, 10, 0],
    ['U4', 'Trường D', NFD_TAN_HOA, 10, 10, 0],
    ['U5', 'Trường E', 'Cụm Tân Hòa', 'mười', 10, 0],
    ['U6', 'Trường F', 'Cụm Tân Hóa', 1e308, 10, 0],
    ['CĐ01', 'Trường G', 'Cụm Tân Hóa', 5, 5, 0],
    ['CD01', 'Trường H', 'Cụm Tân Hóa', 5, 5, 0],
  ],
  'Tiêu chí': [
    ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ['TC1', '', 'Tổ chức', 70, 'Chuẩn'],
    ['TC2', '', 'Chăm lo', 30, 'Chuẩn'],
  ],
  'Cham diem': [
    ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1', 'TC2'],
    ['2020', 'U1', 'Cấp trên', 'cap.tren@ld.vn', 70, 25],
    ['2020', 'u3', 'Cấp trên', 'cap.tren@ld.vn', 60, 20],
    ['2020', 'U4', 'Cấp trên', 'cap.tren@ld.vn', 60, 20],
    ['2020', 'U5', 'Cấp trên', 'cap.tren@ld.vn', 'mười', 25],
    ['2020', 'U2', 'Cấp trên', 'cap.tren@ld.vn', 70, 20],
    ['2020', 'U6', 'Cấp trên', 'cap.tren@ld.vn', 50, 0],
  ],
  'Thăm hỏi': [
    ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
    ['05/03/2020', 'u1', 'Nguyễn Văn An', 'Ốm đau', 500000, 'quỹ  cđcs'],
    ['31/02/2020', 'U1', 'Lê Văn Bình', 'Ốm đau', 300000, 'Quỹ CĐCS'],
    ['06/03/2020', 'U1', 'Trần Thị Cúc', 'Hỷ', 'abc', 'Quỹ CĐCS'],
    ['07/03/2020', 'U2', 'Phạm Văn Dũng', 'Hiếu', 200000, 'Quy CDCS'],
  ],
  Quỹ: [
    ['Quỹ', 'Số dư đầu kỳ', 'Dự toán chi'],
    ['Quỹ CĐCS', 1000000, ''],
  ],
  'Phân quyền': [
    ['Email', 'Vai trò', 'Cụm', 'Mã đơn vị'],
    [LEADER, 'Cụm trưởng', 'cụm tân  hòa', 'U1'],
    [' Officer\u200b@U2.VN ', 'Cán bộ', '', 'u2'],
  ],
  'TỔNG HỢP 2020': [['Bản tổng hợp cũ, gõ chữ hoa']],
};

function clusterOf(summary: YearlySummary, name: string) {
  const cluster = summary.clusters.find((c) => c.name === name);
  if (!cluster) throw new Error(`no cluster ${name} in ${summary.clusters.map((c) => c.name).join(', ')}`);
  return cluster.ranking.map((r) => [r.unit, r.finalScore, r.rank, r.level]);
}

function message(summary: YearlySummary, sheet: string, cell: string): string {
  const found = summary.warnings.filter((w) => w.sheet === sheet && w.cell === cell).map((w) => w.message);
  if (found.length !== 1) throw new Error(`${found.length} warnings at ${sheet} ${cell}: ${JSON.stringify(summary.warnings)}`);
  return found[0];
}

/** Everything the hand computation above says, for a summary made by either path. */
function expectHandResult(summary: YearlySummary): void {
  expect(summary.units).toBe(8);
  expect(summary.clusters.map((c) => [c.name, c.units])).toEqual([
    ['Cụm Tân Hòa', 4],
    ['Cụm Tân Hóa', 4],
  ]);
  expect(clusterOf(summary, 'Cụm Tân Hòa')).toEqual([
    ['U1', 95, 1, 'HTXSNV'],
    ['U3', 80, 2, 'HTTNV'],
    ['U4', 80, 2, 'HTTNV'],
    ['U5', null, null, 'CXL'],
  ]);
  expect(clusterOf(summary, 'Cụm Tân Hóa')).toEqual([
    ['U2', 90, 1, 'HTXSNV'],
    ['U6', 50, 2, 'HTNV'],
    ['CD01', null, null, 'CXL'],
    ['CĐ01', null, null, 'CXL'],
  ]);
  expect(summary.classification).toEqual({ HTXSNV: 2, HTTNV: 2, HTNV: 1, KHTNV: 0, CXL: 3 });
  expect(summary.classificationPercent).toEqual({ HTXSNV: 25, HTTNV: 25, HTNV: 12.5, KHTNV: 0, CXL: 37.5 });
  expect(summary.membership).toEqual({ members: 50, workers: 70, newMembers: 0 });
  expect([summary.visits.count, summary.visits.amount]).toEqual([1, 500000]);
  expect(summary.funds.map((f) => [f.fund, f.opening, f.expense, f.closing])).toEqual([['Quỹ CĐCS', 1000000, 500000, 500000]]);

  // Every spelling variant is named where it is, with the spelling shown instead.
  expect(message(summary, 'Đơn vị', 'C4')).toBe(
    'Cụm "cụm tân  hòa" được viết khác "Cụm Tân Hòa" (trang Đơn vị, ô C2); được tính là một và hiển thị "Cụm Tân Hòa".',
  );
  expect(message(summary, 'Đơn vị', 'C5')).toBe(
    `Cụm "${NFD_TAN_HOA}" được viết khác "Cụm Tân Hòa" (trang Đơn vị, ô C2) (giống hệt khi nhìn nhưng khác cách gõ dấu: dựng sẵn và tổ hợp); được tính là một và hiển thị "Cụm Tân Hòa".`,
  );
  expect(message(summary, 'Cham diem', 'B3')).toBe('Mã đơn vị "u3" được viết khác "U3" (trang Đơn vị, ô A4); được tính là một và hiển thị "U3".');
  expect(message(summary, 'Đơn vị', 'A9')).toBe('Mã đơn vị "CD01" chỉ khác "CĐ01" (ô A8) ở dấu; có thể là một mã gõ hai lần. Hai mã vẫn được tính riêng.');
  // A bad cell says what was done, and never removes its unit, row or visit silently.
  expect(message(summary, 'Đơn vị', 'D6')).toBe('Số đoàn viên phải là số: "mười"; đơn vị vẫn được xếp loại, số đoàn viên để trống (không cộng vào tổng).');
  expect(message(summary, 'Đơn vị', 'D7')).toBe(
    'Số đoàn viên quá lớn (tối đa 10.000.000): 1e+308; đơn vị vẫn được xếp loại, số đoàn viên để trống (không cộng vào tổng).',
  );
  expect(message(summary, 'Cham diem', 'E5')).toBe(
    'Điểm TC1 phải là số: "mười"; ô này không được tính, nên phiếu của dòng này thiếu tiêu chí Chuẩn và không được tính vào điểm chính thức.',
  );
  expect(message(summary, 'Cham diem', 'B5')).toBe(
    'Dòng 5 (Cấp trên cho U5, người chấm cap.tren@ld.vn) thiếu điểm tiêu chí Chuẩn TC1 (ô trống hoặc không đọc được): phiếu chưa đủ nên không được tính vào điểm chính thức; đơn vị U5 không còn phiếu nào đủ nên chưa xếp loại (CXL).',
  );
  const leftOut = 'lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).';
  expect(message(summary, 'Thăm hỏi', 'A3')).toBe(`Ngày không có thật hoặc ngoài khoảng 1900-2100: "31/02/2020"; ${leftOut}`);
  expect(message(summary, 'Thăm hỏi', 'E4')).toBe(`Số tiền không hợp lệ: "abc"; ${leftOut}`);
  expect(message(summary, 'Thăm hỏi', 'F5')).toBe('Quỹ "Quy CDCS" không có trong trang Quỹ; lần thăm ngày 07/03/2020 không được tính.');
  // Two tabs match "Đơn vị": both named, the exact spelling read.
  expect(message(summary, 'Đơn vị', '')).toBe(
    'Có 2 trang cùng khớp tên "Đơn vị": "Don vi", "Đơn vị". Tiện ích đọc trang "Đơn vị" (viết đúng tên); trang "Don vi" không được đọc.',
  );
  // No warning names a tab the workbook does not have.
  expect(summary.warnings.filter((w) => w.sheet === 'Chấm điểm')).toEqual([]);
  expect(summary.warnings.some((w) => /U5|X9/.test(w.message) && /không có trong trang/.test(w.message))).toBe(false);
}

describe('one name, one key: the spelling workbook through dist/Code.js', () => {
  test('clusters group by name (diacritics count), codes by code, bad cells keep their unit, row and say so; the old summary in capitals is replaced', () => {
    const runtime = runtimeWith(SPELLINGS_BOOK);
    const addin = loadAddin(runtime);
    const summary = JSON.parse(JSON.stringify(addin.runYearlySummary('2020'))) as YearlySummary;
    expectHandResult(summary);
    const ss = runtime.spreadsheet;
    const names = ss.getSheets().map((s) => s.getName());
    expect(names.filter((n) => /t[oổ]ng h[oợ]p 2020/i.test(n))).toEqual(['Tổng hợp 2020']);
    expect(ss.getSheetByName('Tổng hợp 2020')?.getRange(1, 1).getValue()).not.toBe('Bản tổng hợp cũ, gõ chữ hoa');
  });

  test('a period with no score row, visit or ledger line is a warning naming it', () => {
    const addin = loadAddin(runtimeWith(SPELLINGS_BOOK));
    const summary = addin.runYearlySummary('2019') as YearlySummary;
    expect(summary.classification.CXL).toBe(8);
    expect(summary.warnings.map((w) => w.message)).toContain(
      'Kỳ 2019 (01/01/2019 – 31/12/2019) không có dòng chấm điểm, lần thăm, dòng thu chi hay khen thưởng nào; mọi đơn vị là CXL và các số liệu bằng 0. Các kỳ có dữ liệu: 2020.',
    );
    expect(addin.runYearlySummary('2020').warnings.some((w: { message: string }) => /không có dòng chấm điểm/.test(w.message))).toBe(false);
  });

  test('the leader of "cụm tân  hòa" may score exactly the units of Cụm Tân Hòa (their own by Tự chấm only), as the summary ranks it, never Cụm Tân Hóa', () => {
    const runtime = runtimeWith(SPELLINGS_BOOK, { activeUser: LEADER, owner: 'owner@ld.vn' });
    const addin = loadAddin(runtime);
    const context = addin.sidebarContext();
    expect(JSON.parse(JSON.stringify(context.scorableClusters))).toEqual([
      {
        name: 'Cụm Tân Hòa',
        units: [
          { code: 'U1', name: 'Trường A', cluster: 'Cụm Tân Hòa' },
          { code: 'U3', name: 'Trường C', cluster: 'Cụm Tân Hòa' },
          { code: 'U4', name: 'Trường D', cluster: 'Cụm Tân Hòa' },
          { code: 'U5', name: 'Trường E', cluster: 'Cụm Tân Hòa' },
        ],
      },
    ]);
    expect(context.user.cluster).toBe('Cụm Tân Hòa');
    const ss = runtime.spreadsheet;
    const before = JSON.stringify(ss.getSheetByName('Cham diem')?.getDataRange().getValues());
    const card = { period: '2020', unit: 'U2', form: 'leader', scores: { TC1: 60, TC2: 20 }, note: '' };
    expect(() => addin.sidebarSaveScore(card)).toThrow('Bạn không có quyền chấm điểm đơn vị U2 (Trường B).');
    expect(JSON.stringify(ss.getSheetByName('Cham diem')?.getDataRange().getValues())).toBe(before);
    expect(addin.sidebarSaveScore({ ...card, unit: 'u4' }).message).toBe('Đã lưu điểm Cụm trưởng cho U4 (dòng 8), tổng 80 điểm.');
  });

  test('an email in Phân quyền with capitals, spaces and a zero-width space is the user it names', () => {
    const addin = loadAddin(runtimeWith(SPELLINGS_BOOK, { activeUser: OFFICER, owner: 'owner@ld.vn' }));
    const context = addin.sidebarContext();
    expect([context.user.email, context.user.unit, context.user.cluster]).toEqual([OFFICER, 'U2', 'Cụm Tân Hóa']);
    expect(context.visitUnits.map((u: { code: string }) => u.code)).toEqual(['U2']);
  });
});

describe('one name, one key: the offline command on the same workbook', () => {
  test('the JSON holds the hand-computed result and every warning, the tab "Cham diem" named as spelled', async () => {
    const input = await xlsxWith(SPELLINGS_BOOK, 'cach-viet.xlsx');
    const dir = tempDir();
    const { summary } = await runOffline({ input, output: path.join(dir, 'ket-qua.xlsx'), period: '2020' });
    expectHandResult(summary);
    const written = await loadXlsx(path.join(dir, 'ket-qua.xlsx'), { counter: new CallCounter() });
    const names = written.getSheets().map((s) => s.getName());
    expect(names.filter((n) => /t[oổ]ng h[oợ]p 2020/i.test(n))).toEqual(['Tổng hợp 2020']);
  });

  test('--period 2019 on a workbook with no data in 2019 warns naming the period', async () => {
    const input = await xlsxWith(SPELLINGS_BOOK, 'cach-viet.xlsx');
    const { summary } = await runOffline({ input, output: path.join(tempDir(), 'ket-qua.xlsx'), period: '2019' });
    expect(summary.classification.CXL).toBe(8);
    expect(summary.warnings.filter((w) => /không có dòng chấm điểm/.test(w.message))).toEqual([
      {
        sheet: 'Cham diem',
        cell: '',
        message:
          'Kỳ 2019 (01/01/2019 – 31/12/2019) không có dòng chấm điểm, lần thăm, dòng thu chi hay khen thưởng nào; mọi đơn vị là CXL và các số liệu bằng 0. Các kỳ có dữ liệu: 2020.',
      },
    ]);
  });
});

describe('sidebar payloads: prototype-free, no colliding codes, bounded before they are walked', () => {
  test('criterion codes named like JavaScript built-ins are saved as typed, and no blank cell receives a function', () => {
    const f = makeFixture();
    const rubric = sheetOf(f.ss, 'Tiêu chí');
    rubric.getRange(7, 1, 3, 5).setValues([
      ['constructor', 'III', 'a', 5, 'Chuẩn'],
      ['toString', 'III', 'b', 5, 'Thưởng'], // Thưởng, so the card is complete with it blank
      ['__proto__', 'III', 'c', 5, 'Chuẩn'],
    ]);
    const scores = sheetOf(f.ss, 'Chấm điểm');
    scores.getRange(1, 12, 1, 3).setValues([['constructor', 'toString', '__proto__']]);
    const result = f.addin.sidebarSaveScore({
      period: '2024',
      unit: 'CD002',
      form: 'superior',
      scores: JSON.parse('{"TC01": 5, "TC02": 0, "constructor": 4, "__proto__": 3}'),
      note: '',
    });
    expect(result.message).toBe('Đã lưu điểm Cấp trên cho CD002 (dòng 3), tổng 12 điểm.');
    const row = scores.getRange(3, 1, 1, 14).getValues()[0];
    expect(row.slice(11)).toEqual([4, '', 3]);
    expect(row.some((v: unknown) => /function|native code/.test(String(v)))).toBe(false);
  });

  test('a payload whose codes collide after matching (TC01, tc01, " TC01 ") is refused naming them, nothing written', () => {
    const f = makeFixture();
    const before = snapshot(f.ss);
    const message = errorOf(() =>
      f.addin.sidebarSaveScore({ period: '2024', unit: 'CD002', form: 'superior', scores: { TC01: 5, tc01: 6, ' TC01 ': 7 }, note: '' }),
    );
    expect(message).toBe('Bảng điểm gửi một tiêu chí nhiều lần dưới các cách viết "TC01", "tc01", " TC01 "; không lưu gì, hãy gửi mỗi tiêu chí một lần.');
    expect(snapshot(f.ss)).toBe(before);
  });

  test('150,000 unknown keys or a 10,000-deep nesting are refused with a Vietnamese sentence, not a stack overflow', () => {
    const f = makeFixture();
    const before = snapshot(f.ss);
    const many: Record<string, number> = {};
    for (let i = 0; i < 150_000; i++) many[`K${i}`] = 1;
    expect(errorOf(() => f.addin.sidebarSaveScore({ period: '2024', unit: 'CD002', form: 'superior', scores: many, note: '' }))).toBe(
      'Dữ liệu gửi lên không hợp lệ: quá lớn (hơn 2000 giá trị); không có gì được ghi. Hãy tải lại thanh bên rồi thử lại.',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    expect(errorOf(() => f.addin.sidebarSaveVisit(deep))).toBe(
      'Dữ liệu gửi lên không hợp lệ: lồng nhau quá sâu (hơn 10 tầng); không có gì được ghi. Hãy tải lại thanh bên rồi thử lại.',
    );
    expect(snapshot(f.ss)).toBe(before);
  });
});

describe('the summary sheet in another spelling', () => {
  test('"TONG HOP 2024" is found, renamed and rewritten by the sidebar button, never an unexpected error', () => {
    const f = makeFixture();
    const old = f.ss.insertSheet('TONG HOP 2024');
    old.getRange(1, 1).setValue('cũ');
    const result = f.addin.sidebarBuildSummary('2024');
    expect(result.sheet).toBe('Tổng hợp 2024');
    const names = f.ss.getSheets().map((s) => s.getName());
    expect(names.filter((n) => /t[oổ]ng h[oợ]p 2024/i.test(n))).toEqual(['Tổng hợp 2024']);
    expect(f.ss.getSheetByName('Tổng hợp 2024')?.getRange(1, 1).getValue()).not.toBe('cũ');
  });
});

describe('two tabs matching the summary sheet', () => {
  test('the summary is written into the one spelled exactly, and the other is named in a warning: it keeps an old summary', () => {
    const f = makeFixture();
    f.ss.insertSheet('TONG HOP 2024').getRange(1, 1).setValue('cũ');
    f.ss.insertSheet('Tổng hợp 2024');
    const summary = JSON.parse(JSON.stringify(f.addin.runYearlySummary('2024'))) as { warnings: { sheet: string; cell: string; message: string }[] };
    expect(summary.warnings).toContainEqual({
      sheet: 'Tổng hợp 2024',
      cell: '',
      message:
        'Có 2 trang cùng khớp tên "Tổng hợp 2024": "TONG HOP 2024", "Tổng hợp 2024". Tiện ích ghi vào trang "Tổng hợp 2024" (viết đúng tên); trang "TONG HOP 2024" giữ nội dung cũ: hãy xóa để khỏi nhầm.',
    });
    expect(f.ss.getSheetByName('TONG HOP 2024')?.getRange(1, 1).getValue()).toBe('cũ');
  });
});
