// Incomplete score cards, an HTXSNV out of reach, percentage settings and CXL reasons (officer's trial items 1, 2, 4, 6, 15, 17):
// hand-made workbooks through dist/Code.js and the offline command.
import path from 'node:path';
import { runOffline } from '../../local/cli';
import { loadAddin } from '../../local/load-addin';
import type { YearlySummary } from '../../src/domain/types';
import { runtimeWith, tempDir, xlsxWith, type SheetRows } from '../helpers/workbook';
import { errorOf, LEADER, makeFixture, snapshot } from './sidebar-api.fixture';

/**
 * Five units of Cụm 1; TC1 and TC2 Chuẩn (50 each), TH Thưởng (10), DK Điều kiện. Cài đặt: the cap 0.2 (what Sheets stores
 * for "20%") → 20% of 5 = 1 HTXSNV; the floor "0%" (text) → off. Worked out by hand:
 * - A1: Chấm chéo x 48 + 47 = 95 (TH blank = 0, DK blank = met); Chấm chéo y has every criterion blank (row 3): not a card.
 *   → 95 (counting row 3 as 0 would give 47,5, KHTNV).
 * - A2: Chấm chéo 46 + 46 + TH 0 = 92; the leader's row 5 has only TC1 = 5: incomplete, left out → 92 by points, HTXSNV, then
 *   the cap keeps only A1 → HTTNV with the cap's reason (read as 0,2% the cap would have dropped A1 too).
 * - A3: Cấp trên row 6 has TC1 = 60 (> 50, unreadable) → incomplete; Tự chấm 40 + 40 = 80 decides → HTTNV, CHUA_CHAM_CHEO.
 * - A4: only a Tự chấm with TC1 blank → CXL, reason "Chưa có phiếu chấm đủ…". A5: no row → CXL, "Chưa có điểm".
 * Counts 1 / 2 / 0 / 0 / 2 of 5 → 20 / 40 / 0 / 0 / 40 %.
 */
const CARDS_BOOK: SheetRows = {
  'Đơn vị': [['Mã đơn vị', 'Tên đơn vị', 'Cụm'], ...['A1', 'A2', 'A3', 'A4', 'A5'].map((code) => [code, `Trường ${code}`, 'Cụm 1'])],
  'Tiêu chí': [
    ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ['TC1', '', 'Tổ chức', 50, 'Chuẩn'],
    ['TC2', '', 'Chăm lo', 50, 'Chuẩn'],
    ['TH', '', 'Cờ thi đua', 10, 'Thưởng'],
    ['DK', '', 'Không có tai nạn', 1, 'Điều kiện'],
  ],
  'Chấm điểm': [
    ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1', 'TC2', 'TH', 'DK', 'Ghi chú'],
    ['2020', 'A1', 'Chấm chéo', 'x@cd.vn', 48, 47, '', '', ''],
    ['2020', 'A1', 'Chấm chéo', 'y@cd.vn', '', '', '', '', 'chưa chấm xong'],
    ['2020', 'A2', 'Chấm chéo', 'x@cd.vn', 46, 46, 0, 1, ''],
    ['2020', 'A2', 'Cụm trưởng', 'l@cd.vn', 5, '', '', '', ''],
    ['2020', 'A3', 'Cấp trên', 's@cd.vn', 60, 40, '', '', ''],
    ['2020', 'A3', 'Tự chấm', 'a3@cd.vn', 40, 40, '', '', ''],
    ['2020', 'A4', 'Tự chấm', 'a4@cd.vn', '', 30, '', '', ''],
  ],
  'Cài đặt': [
    ['Thiết lập', 'Giá trị', 'Ghi chú'],
    ['Giới hạn tỷ lệ HTXSNV (%)', 0.2, ''],
    ['Sàn điểm nhóm (%)', '0%', ''],
  ],
};

const leftOut = 'phiếu chưa đủ nên không được tính vào điểm chính thức';
const CARD_WARNINGS = [
  {
    sheet: 'Chấm điểm',
    cell: 'E6',
    message: 'Điểm TC1 vượt quá tối đa 50: 60; ô này không được tính, nên phiếu của dòng này thiếu tiêu chí Chuẩn và không được tính vào điểm chính thức.',
  },
  {
    sheet: 'Chấm điểm',
    cell: 'B3',
    message:
      'Dòng 3 (Chấm chéo cho A1, người chấm y@cd.vn) không có điểm tiêu chí nào: đây không phải phiếu chấm, dòng này không được tính; điểm chính thức của A1 lấy từ phiếu Chấm chéo: 95 điểm.',
  },
  {
    sheet: 'Chấm điểm',
    cell: 'B5',
    message: `Dòng 5 (Cụm trưởng cho A2, người chấm l@cd.vn) thiếu điểm tiêu chí Chuẩn TC2 (ô trống hoặc không đọc được): ${leftOut}; điểm chính thức của A2 lấy từ phiếu Chấm chéo: 92 điểm.`,
  },
  {
    sheet: 'Chấm điểm',
    cell: 'B6',
    message: `Dòng 6 (Cấp trên cho A3, người chấm s@cd.vn) thiếu điểm tiêu chí Chuẩn TC1 (ô trống hoặc không đọc được): ${leftOut}; điểm chính thức của A3 lấy từ phiếu Tự chấm: 80 điểm.`,
  },
  {
    sheet: 'Chấm điểm',
    cell: 'B8',
    message: `Dòng 8 (Tự chấm cho A4, người chấm a4@cd.vn) thiếu điểm tiêu chí Chuẩn TC1 (ô trống hoặc không đọc được): ${leftOut}; đơn vị A4 không còn phiếu nào đủ nên chưa xếp loại (CXL).`,
  },
];

/** The warnings, less those about the sheets these books leave out on purpose (Thăm hỏi, Thu chi, Quỹ, Khen thưởng). */
const warningsOf = (summary: YearlySummary) => summary.warnings.filter((w) => !/^Không có trang tính "(Thăm hỏi|Thu chi|Quỹ|Khen thưởng)"/.test(w.message));

function expectCardsResult(summary: YearlySummary): void {
  expect(summary.clusters[0].ranking.map((r) => [r.unit, r.finalScore, r.rank, r.level, r.flags, r.reasons])).toEqual([
    ['A1', 95, 1, 'HTXSNV', [], []],
    ['A2', 92, 2, 'HTTNV', ['VUOT_GIOI_HAN'], ['Vượt giới hạn HTXSNV 20% (tối đa 1/5 đơn vị), hạ xuống HTTNV']],
    ['A3', 80, 3, 'HTTNV', ['CHUA_CHAM_CHEO'], []],
    ['A4', null, null, 'CXL', [], ['Chưa có phiếu chấm đủ các tiêu chí Chuẩn (xem cảnh báo trang Chấm điểm)']],
    ['A5', null, null, 'CXL', [], ['Chưa có điểm']],
  ]);
  expect(summary.classification).toEqual({ HTXSNV: 1, HTTNV: 2, HTNV: 0, KHTNV: 0, CXL: 2 });
  expect(summary.classificationPercent).toEqual({ HTXSNV: 20, HTTNV: 40, HTNV: 0, KHTNV: 0, CXL: 40 });
  expect(warningsOf(summary)).toEqual(CARD_WARNINGS);
}

/**
 * A rubric that cannot reach HTXSNV: TC2's Điểm tối đa is "năm mươi" (Tiêu chí D3, left out), and TH has no column in Chấm
 * điểm. Counted: TC1 50 + TH 0 (no column) = 50 < 90. B1's Cấp trên card is TC1 50 → 50, HTNV. Ngưỡng HTXSNV "chín mươi" is
 * unreadable: the default 90 is used and said.
 */
const REACH_BOOK: SheetRows = {
  'Đơn vị': [
    ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
    ['B1', 'Trường B1', 'Cụm 1'],
  ],
  'Tiêu chí': [
    ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ['TC1', '', 'Tổ chức', 50, 'Chuẩn'],
    ['TC2', '', 'Chăm lo', 'năm mươi', 'Chuẩn'],
    ['TH', '', 'Cờ thi đua', 10, 'Thưởng'],
  ],
  'Chấm điểm': [
    ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1'],
    ['2020', 'B1', 'Cấp trên', 's@cd.vn', 50],
  ],
  'Cài đặt': [
    ['Thiết lập', 'Giá trị', 'Ghi chú'],
    ['Ngưỡng HTXSNV', 'chín mươi', ''],
  ],
};

function expectReachResult(summary: YearlySummary): void {
  expect(summary.clusters[0].ranking.map((r) => [r.unit, r.finalScore, r.level])).toEqual([['B1', 50, 'HTNV']]);
  expect(warningsOf(summary)).toEqual([
    { sheet: 'Cài đặt', cell: 'B2', message: 'Ngưỡng HTXSNV phải là số từ 0 đến 1000: "chín mươi"; dùng giá trị mặc định 90.' },
    {
      sheet: 'Tiêu chí',
      cell: 'D3',
      message: 'Điểm tối đa phải là số: "năm mươi"; tiêu chí này không được tính (mọi đơn vị được tính như không có tiêu chí này).',
    },
    {
      sheet: 'Chấm điểm',
      cell: 'A1',
      message:
        'Trang "Chấm điểm" không có cột cho tiêu chí "TH" (tối đa 10 điểm); mọi phiếu được tính 0 điểm ở tiêu chí này. Hãy thêm một cột có tiêu đề "TH".',
    },
    {
      sheet: 'Tiêu chí',
      cell: 'D3',
      message:
        'Điểm cao nhất có thể đạt theo các tiêu chí được tính chỉ là 50 (Chuẩn 50), dưới ngưỡng HTXSNV 90 điểm: không đơn vị nào có thể đạt HTXSNV, ' +
        'nên xếp loại của bản tổng hợp này không đúng. Nguyên nhân: ô D3 của trang Tiêu chí sai nên tiêu chí của dòng đó không được tính; ' +
        'trang Chấm điểm không có cột cho tiêu chí "TH".',
    },
  ]);
}

describe('incomplete cards and an unreachable HTXSNV through dist/Code.js', () => {
  test('blank and incomplete rows are left out, each with one warning saying what decided instead; the cap reads 0.2 as 20%', () => {
    const summary = JSON.parse(JSON.stringify(loadAddin(runtimeWith(CARDS_BOOK)).runYearlySummary('2020'))) as YearlySummary;
    expectCardsResult(summary);
  });

  test('a rubric whose counted maxima stay below the HTXSNV threshold says no unit can reach it, and why', () => {
    expectReachResult(loadAddin(runtimeWith(REACH_BOOK)).runYearlySummary('2020') as YearlySummary);
  });
});

describe('incomplete cards and an unreachable HTXSNV through the offline command', () => {
  test('the JSON holds the same hand-computed results and warnings', async () => {
    const dir = tempDir();
    const cards = await runOffline({ input: await xlsxWith(CARDS_BOOK, 'phieu.xlsx'), output: path.join(dir, 'phieu-kq.xlsx'), period: '2020' });
    expectCardsResult(cards.summary);
    const reach = await runOffline({ input: await xlsxWith(REACH_BOOK, 'tieu-chi.xlsx'), output: path.join(dir, 'tieu-chi-kq.xlsx'), period: '2020' });
    expectReachResult(reach.summary);
  });
});

describe('the sidebar server refuses a card missing Chuẩn criteria', () => {
  test('a leader who typed only TC01 of TC01/TC02 is told which are missing, and nothing is written', () => {
    const f = makeFixture({ activeUser: LEADER });
    const before = snapshot(f.ss);
    const card = { period: '2024', unit: 'CD002', form: 'leader', scores: { TC01: 5 }, note: '' };
    expect(errorOf(() => f.addin.sidebarSaveScore(card))).toBe(
      'Chưa lưu: phiếu còn thiếu điểm tiêu chí Chuẩn TC02. Phiếu thiếu tiêu chí Chuẩn không được tính vào điểm chính thức; hãy nhập đủ rồi lưu.',
    );
    expect(snapshot(f.ss)).toBe(before);
    // Thưởng, Trừ and Điều kiện may stay blank: the complete card is saved.
    expect(f.addin.sidebarSaveScore({ ...card, scores: { TC01: 5, TC02: 10 } }).message).toMatch(
      /^Đã lưu điểm Cụm trưởng cho CD002 \(dòng \d+\), tổng 15 điểm\.$/,
    );
  });
});
