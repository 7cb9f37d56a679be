// Funds carried from one period to the next, and the warnings an officer's trial asked for, through dist/Code.js on the sidebar fixture (answers worked out by hand).
import type { FundSummary as Fund } from '../../src/domain/types';
import { addSheet, ADMIN, errorOf, ledgerLine, makeFixture, OFFICER, ROLES, sheetOf, snapshot, visit, type Fixture } from './sidebar-api.fixture';

interface Summary {
  funds: Fund[];
  previous: { period: { label: string }; funds: Fund[] | null } | null;
  visits: { count: number; amount: number };
  warnings: { sheet: string; cell: string; message: string }[];
}

const summaryOf = (f: Fixture, period: string): Summary => JSON.parse(JSON.stringify(f.addin.runYearlySummary(period)));
const on = (summary: Summary, sheet: string) => summary.warnings.filter((w) => w.sheet === sheet);

describe('Quỹ: Số dư đầu kỳ is the balance before the first line, carried from period to period', () => {
  // Fixture, 2024: Quỹ CĐCS opens at 5.000.000, Thu 2.000.000, Chi 300.000, visits 500.000 + 300.000; Quỹ xã hội opens at
  // 1.000.000, visits 100.000 + 200.000. Added: a receipt of 1.000.000 to Quỹ CĐCS on 15/06/2023.
  function withLastYear(): Fixture {
    const f = makeFixture();
    sheetOf(f.ss, 'Thu chi')
      .getRange('A4:G4')
      .setValues([['15/06/2023', 'PT000', 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 1000000, 'năm trước']]);
    return f;
  }

  test("2024 opens at 2023's closing; previous, the summary and the sidebar's balance agree", () => {
    const f = withLastYear();
    const summary = summaryOf(f, '2024');
    expect(summary.funds).toEqual([
      { fund: 'Quỹ CĐCS', opening: 6_000_000, income: 2_000_000, expense: 1_100_000, closing: 6_900_000, budget: 10_000_000 },
      { fund: 'Quỹ xã hội', opening: 1_000_000, income: 0, expense: 300_000, closing: 700_000, budget: null },
    ]);
    expect(summary.previous?.period.label).toBe('2023');
    expect(summary.previous?.funds).toEqual([
      { fund: 'Quỹ CĐCS', opening: 5_000_000, income: 1_000_000, expense: 0, closing: 6_000_000, budget: 10_000_000 },
      { fund: 'Quỹ xã hội', opening: 1_000_000, income: 0, expense: 0, closing: 1_000_000, budget: null },
    ]);
    // Today (after 2024) nothing more is spent: the sidebar shows 2024's closing.
    expect(f.addin.sidebarVisitForm('CD001').funds).toEqual([
      { name: 'Quỹ CĐCS', balance: 6_900_000 },
      { name: 'Quỹ xã hội', balance: 700_000 },
    ]);
    // 2023 itself opens at Quỹ's figure, and 2025 at 2024's closing.
    expect(summaryOf(f, '2023').funds[0]).toMatchObject({ opening: 5_000_000, closing: 6_000_000 });
    expect(summaryOf(f, '2025').funds.map((fund) => fund.opening)).toEqual([6_900_000, 700_000]);
  });

  test('the report prints the carried opening', () => {
    const f = withLastYear();
    const { sheet } = f.addin.buildReport('2024') as { sheet: string };
    const shown = sheetOf(f.ss, sheet).getDataRange().getDisplayValues().flat().join('\n');
    expect(shown).toContain('6.000.000');
    expect(shown).toContain('6.900.000');
    expect(shown).not.toMatch(/\b5\.000\.000 ₫/);
  });
});

describe('Phân quyền names of clusters and units not in Đơn vị', () => {
  test('a Cụm (by nameKey) or Mã đơn vị (by codeKey) missing from Đơn vị is a warning on that cell; other spellings of known ones are not', () => {
    const f = makeFixture({
      roles: [...ROLES, ['c@x.vn', 'Cụm trưởng', 'Cụm 9', ''], ['d@x.vn', 'Cán bộ', '', 'CD99'], ['e@x.vn', 'Cán bộ', 'CỤM   1', ' cd001 ']],
    });
    expect(on(summaryOf(f, '2024'), 'Phân quyền')).toEqual([
      {
        sheet: 'Phân quyền',
        cell: 'C6',
        message:
          'Cụm "Cụm 9" không có trong trang Đơn vị; dòng này không cấp quyền gì ở cụm đó (điểm người này chấm cho cụm đó không được tính). Hãy sửa tên cụm cho đúng cột Cụm của trang Đơn vị.',
      },
      {
        sheet: 'Phân quyền',
        cell: 'D7',
        message:
          'Mã đơn vị "CD99" không có trong trang Đơn vị; dòng này không cấp quyền gì ở đơn vị đó (điểm người này chấm cho đơn vị đó không được tính). Hãy sửa mã cho đúng cột Mã đơn vị của trang Đơn vị.',
      },
    ]);
  });
});

describe('Thăm hỏi is not entered again in Thu chi', () => {
  test('a Thu chi line under "thăm hỏi" is warned at its Khoản mục cell and still counted; the sidebar neither offers nor saves it', () => {
    const f = makeFixture();
    sheetOf(f.ss, 'Thu chi')
      .getRange('A4:G4')
      .setValues([['20/03/2024', 'PC008', 'Quỹ CĐCS', 'Chi', 'thăm  hỏi', 400000, 'thăm ông An']]);
    const summary = summaryOf(f, '2024');
    // Quỹ CĐCS spends 300.000 + 400.000 in Thu chi and 800.000 in visits.
    expect(summary.funds[0]).toMatchObject({ expense: 1_500_000, closing: 5_000_000 + 2_000_000 - 1_500_000 });
    expect(on(summary, 'Thu chi')).toEqual([
      {
        sheet: 'Thu chi',
        cell: 'E4',
        message:
          'Khoản mục "Thăm hỏi" không ghi ở trang Thu chi: mỗi lần thăm hỏi được ghi ở trang Thăm hỏi và đã được tính vào chi của quỹ từ đó. ' +
          'Dòng này vẫn được tính vào chi của quỹ; nếu lần thăm đã có ở trang Thăm hỏi thì nó đang bị tính hai lần: hãy xóa dòng này, hoặc chuyển lần thăm sang trang Thăm hỏi.',
      },
    ]);
    const categories = f.addin.sidebarLedgerForm().categories;
    expect([...categories.Thu, ...categories.Chi].filter((c: string) => c.toLowerCase().replace(/\s+/g, ' ') === 'thăm hỏi')).toEqual([]);
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveLedger({ ...ledgerLine(), category: 'Thăm hỏi' }))).toBe(
      'Khoản mục "Thăm hỏi" không ghi ở trang Thu chi: hãy ghi lần thăm ở mục Thăm hỏi. Chưa có gì được ghi.',
    );
    expect(snapshot(f.ss)).toBe(before);
  });
});

describe('visits over the cap or over the balance', () => {
  test('the visit form brings the balance the sidebar compares with, the save notes the cap, and the summary warns about the amount over the cap while counting it', () => {
    const f = makeFixture({ settings: [['Mức chi tối đa mỗi lần thăm', '2000000']] });
    f.runtime.setActiveUser(OFFICER);
    // Quỹ CĐCS holds 5.000.000 + 2.000.000 − 300.000 − 800.000 = 5.900.000 today: the sidebar asks before saving 6.000.000.
    expect(f.addin.sidebarVisitForm('CD002').funds.find((fund) => fund.name === 'Quỹ CĐCS')?.balance).toBe(5_900_000);
    const result = f.addin.sidebarSaveVisit({ ...visit('CD002'), amount: '6.000.000' });
    expect(result.message).toBe(
      'Đã ghi thăm hỏi Trần Thị Cúc (Thai sản, 6.000.000 ₫) vào dòng 6. ' +
        'Lưu ý: số tiền vượt mức chi tối đa một lần thăm (2.000.000 ₫); lần thăm vẫn được tính và có cảnh báo trong bản tổng hợp.',
    );
    expect(f.addin.sidebarContext().visitCap).toBe(2_000_000);
    f.runtime.setActiveUser(ADMIN);
    const summary = summaryOf(f, '2024');
    expect(summary.visits).toMatchObject({ count: 5, amount: 7_100_000 });
    expect(on(summary, 'Thăm hỏi')).toEqual([
      { sheet: 'Thăm hỏi', cell: 'E6', message: 'Số tiền 6.000.000 ₫ vượt mức chi tối đa một lần thăm (2.000.000 ₫); lần thăm vẫn được tính.' },
    ]);
  });
});

describe('period messages that are true', () => {
  test("a visit dated in another year is said to belong to that year, and that year's summary counts it", () => {
    const f = makeFixture();
    sheetOf(f.ss, 'Thăm hỏi')
      .getRange('A6:F6')
      .setValues([['30/11/2026', 'CD001', 'Lê Văn Bảy', 'Ốm đau', 150000, 'Quỹ CĐCS']]);
    expect(on(summaryOf(f, '2024'), 'Thăm hỏi')).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'A6',
        message:
          'Ngày 30/11/2026 không thuộc kỳ đang tổng hợp (2024) mà thuộc kỳ 2026, kỳ không có dòng chấm điểm hay khen thưởng nào; lần thăm này không được tính ở đây, chỉ được tính khi tổng hợp kỳ 2026. Nếu năm bị gõ nhầm, hãy sửa ngày.',
      },
    ]);
    expect(summaryOf(f, '2026').visits).toMatchObject({ count: 1, amount: 150_000 });
  });

  test('a period with only awards is not called empty, and an empty period never lists itself as having data', () => {
    const f = makeFixture();
    addSheet(f.ss, 'Khen thưởng', [
      ['Kỳ', 'Đối tượng', 'Tên', 'Mã đơn vị', 'Hình thức', 'Cấp khen'],
      ['2023', 'Tập thể', 'CĐCS Trường THCS Lê Lợi', 'CD001', 'Giấy khen', 'LĐLĐ huyện'],
    ]);
    const awardsOnly = on(summaryOf(f, '2023'), 'Chấm điểm').map((w) => w.message);
    expect(awardsOnly).toEqual([
      'Kỳ 2023 (01/01/2023 – 31/12/2023) không có dòng chấm điểm nào: cột Kỳ của trang Chấm điểm chỉ ghi "2024"; mọi đơn vị là CXL. Nếu đó là cùng một kỳ, hãy tổng hợp kỳ 2024 hoặc sửa cột Kỳ cho đúng.',
    ]);
    expect(on(summaryOf(f, '2022'), 'Chấm điểm').map((w) => w.message)).toEqual([
      'Kỳ 2022 (01/01/2022 – 31/12/2022) không có dòng chấm điểm, lần thăm, dòng thu chi hay khen thưởng nào; mọi đơn vị là CXL và các số liệu bằng 0. Các kỳ có dữ liệu: 2023, 2024.',
    ]);
  });

  test('score rows labelled "2024" summarised as the school year 2023-2024: a warning names the labels there are', () => {
    const f = makeFixture();
    const summary = summaryOf(f, '2023-2024');
    expect(on(summary, 'Chấm điểm').map((w) => w.message)).toEqual([
      'Kỳ 2023-2024 (01/09/2023 – 31/08/2024) không có dòng chấm điểm nào: cột Kỳ của trang Chấm điểm chỉ ghi "2024"; mọi đơn vị là CXL. Nếu đó là cùng một kỳ, hãy tổng hợp kỳ 2024 hoặc sửa cột Kỳ cho đúng.',
    ]);
    // The visits of February and March 2024 are in the school year and counted.
    expect(summary.visits.count).toBe(4);
  });
});

describe('one warning per bad row', () => {
  test('a "Tổng cộng" row in Thăm hỏi and a half-filled row in Thu chi are one warning each, listing their cells, "Thiếu" in lower case', () => {
    const f = makeFixture();
    sheetOf(f.ss, 'Thăm hỏi')
      .getRange('A6:E6')
      .setValues([['Tổng cộng', '', '', '', 1100000]]);
    sheetOf(f.ss, 'Thu chi')
      .getRange('A4:G4')
      .setValues([['', '', '', '', 'Tổng', 2300000, '']]);
    const summary = summaryOf(f, '2024');
    expect(on(summary, 'Thăm hỏi')).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'A6',
        message:
          'Dòng 6 có 5 ô không đọc được (A6: Ngày không hợp lệ: "Tổng cộng" (cần dạng dd/mm/yyyy); B6: Thiếu mã đơn vị; C6: Thiếu người được thăm; D6: Thiếu lý do; F6: Thiếu quỹ); ' +
          'lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).',
      },
    ]);
    expect(on(summary, 'Thu chi')).toEqual([
      {
        sheet: 'Thu chi',
        cell: 'A4',
        message: 'Dòng 4 có 3 ô không đọc được (A4: Thiếu ngày; C4: Thiếu quỹ; D4: Thiếu loại); dòng thu chi này không được tính.',
      },
    ]);
    expect(summary.visits).toMatchObject({ count: 4, amount: 1_100_000 });
  });
});
