// End-to-end tests of the offline command: the built add-in on small hand-made workbooks whose answers were worked out from the rules.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, runOffline, SAMPLE_WORKBOOK } from '../../local/cli';
import { loadXlsx } from '../../local/xlsx';
import { CallCounter } from '../../local/runtime/counter';
import type { YearlySummary } from '../../src/domain/types';
import { tempDir, xlsxWith, type SheetRows } from '../helpers/workbook';

const root = path.resolve(__dirname, '../..');
const UNITS = ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới'];
const RUBRIC = [
  ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
  ['TC1', 'I', 'Tổ chức', 70, 'Chuẩn'],
  ['TC2', 'II', 'Chăm lo', 30, 'Chuẩn'],
  ['TH', '', 'Cờ thi đua', 10, 'Thưởng'],
  ['TR', '', 'Vi phạm', 10, 'Trừ'],
  ['DK', '', 'Không có tai nạn lao động chết người', 1, 'Điều kiện'],
];
const SCORE_HEADER = ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1', 'TC2', 'TH', 'TR', 'DK', 'Ghi chú'];

/**
 * Seven units in three clusters for 2020. Worked out by hand:
 * U1 self 100, cross 90 and 80 → 85 HTTNV, gap 15 → CHENH_LECH.   U2 leader 90 → HTXSNV (exactly 90).
 * U3 self only 60 → HTNV, CHUA_CHAM_CHEO.   U4 superior 100 with DK 0 → HTTNV (condition).
 * U5 cross 70+14+10 = 94 but group II 14/30 < 50% → HTTNV (group floor); self 110 → gap 16 → CHENH_LECH.
 * U6 cross row replaced by the same scorer's later row 25 → KHTNV.   U7 no score in 2020 → CXL.
 * Levels 1/3/1/1/1 of 7 → 14.3 / 42.8 / 14.3 / 14.3 / 14.3 by the largest remainder (sum 100.0).
 */
const CALENDAR_BOOK: SheetRows = {
  'Đơn vị': [
    UNITS,
    ['U1', 'Trường Tiểu học Kim Đồng', 'Cụm 1', 30, 32, 2],
    ['U2', 'Trường THCS Nguyễn Trãi', 'Cụm 1', 40, 40, 1],
    ['U3', 'Trường Mầm non Hoa Sen', 'Cụm 1', 20, 25, 0],
    ['U4', 'Trường THCS Lê Lợi', 'Cụm 2', 50, 52, 3],
    ['U5', 'Trường Tiểu học Hòa Bình', 'Cụm 2', 15, 15, 0],
    ['U6', 'Trường Mầm non Sơn Ca', 'Cụm 10', 12, 14, 1],
    ['U7', 'Trường THPT Phan Chu Trinh', 'Cụm 10', 60, 61, 4],
  ],
  'Tiêu chí': RUBRIC,
  'Chấm điểm': [
    SCORE_HEADER,
    ['2020', 'U1', 'Tự chấm', 'a@u1.vn', 70, 30, 0, 0, 1, ''],
    ['2020', 'U1', 'Chấm chéo', 'x@u2.vn', 65, 25, '', '', 1, ''],
    ['2020', 'U1', 'Chấm chéo', 'y@u3.vn', 60, 20, '', '', '', ''],
    ['2020', 'U2', 'Tự chấm', 'a@u2.vn', 62, 28, '', '', 1, ''],
    ['2020', 'U2', 'Cụm trưởng', 'leader@cum1.vn', 62, 28, '', '', 1, ''],
    ['2020', 'U3', 'Tự chấm', 'a@u3.vn', 40, 20, '', '', '', ''],
    ['2020', 'U4', 'Cụm trưởng', 'leader@cum2.vn', 40, 20, '', '', 1, ''],
    ['2020', 'U4', 'Cấp trên', 'bth@ldld.vn', 70, 30, '', '', 0, 'Có tai nạn lao động'],
    ['2020', 'U5', 'Tự chấm', 'a@u5.vn', 70, 30, 10, '', 1, ''],
    ['2020', 'U5', 'Chấm chéo', 'z@u4.vn', 70, 14, 10, '', 1, ''],
    ['2020', 'U6', 'Chấm chéo', 'w@u7.vn', 70, 30, '', '', 1, 'nhầm'],
    ['2020', 'U6', 'Chấm chéo', 'W@U7.vn ', 20, 10, '', 5, 1, 'sửa lại'],
    ['2019', 'U7', 'Tự chấm', 'a@u7.vn', 70, 30, '', '', 1, ''],
  ],
  'Thăm hỏi': [
    ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ', 'Người đi thăm', 'Ghi chú'],
    ['05/03/2020', 'U1', 'Nguyễn Thị Lan', 'Ốm đau', '1.500.000 ₫', 'Quỹ CĐCS', '', ''],
    ['20/03/2020', 'U1', 'Nguyễn Thị Lan', 'Ốm đau', 1000000, 'Quỹ CĐCS', '', ''],
    ['31/12/2020', 'U4', 'Trần Văn Minh', 'Hiếu', 2000000, 'Quỹ CĐCS', '', ''],
    ['01/01/2021', 'U4', 'Trần Văn Minh', 'Hỷ', 500000, 'Quỹ CĐCS', '', ''],
    ['10/04/2020', 'U2', 'Lê Văn Tám', 'Hỷ', 'abc', 'Quỹ CĐCS', '', ''],
    ['11/04/2020', 'U2', 'Lê Thị Hoa', 'Hỷ', 300000, 'Quỹ X', '', ''],
  ],
  'Thu chi': [
    ['Ngày', 'Số chứng từ', 'Quỹ', 'Loại', 'Khoản mục', 'Số tiền', 'Diễn giải'],
    ['02/01/2020', 'PT001', 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 3000000, ''],
    ['15/05/2020', 'PC001', 'Quỹ CĐCS', 'Chi', 'Khen thưởng', 1000000, ''],
    ['15/06/2020', 'PC002', 'Quỹ xã hội', 'Chi', 'Khác', 200000, ''],
    ['31/12/2019', 'PT000', 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 9000000, 'năm trước'],
  ],
  Quỹ: [
    ['Quỹ', 'Số dư đầu kỳ', 'Dự toán chi'],
    ['Quỹ CĐCS', 5000000, 4000000],
    ['Quỹ xã hội', 0, ''],
  ],
  'Khen thưởng': [
    ['Kỳ', 'Đối tượng', 'Tên', 'Mã đơn vị', 'Hình thức', 'Cấp khen'],
    ['2020', 'Tập thể', 'CĐCS Trường THCS Nguyễn Trãi', 'U2', 'Giấy khen', 'LĐLĐ huyện'],
    ['2020', 'Cá nhân', 'Nguyễn Văn An', 'U2', 'Bằng khen', 'LĐLĐ tỉnh'],
    ['2020', 'Cá nhân', 'Trần Thị Bình', 'U4', 'Giấy khen', 'LĐLĐ huyện'],
    ['2019', 'Cá nhân', 'Lê Văn Cường', 'U4', 'Giấy khen', 'LĐLĐ huyện'],
  ],
};

async function summarise(sheets: SheetRows, period?: string): Promise<{ summary: YearlySummary; output: string; input: string; calls: number }> {
  const input = await xlsxWith(sheets);
  const dir = tempDir();
  const output = path.join(dir, 'ket-qua.xlsx');
  const { summary, calls } = await runOffline({ input, output, period, json: path.join(dir, 'ket-qua.json') });
  return { summary, output, input, calls };
}

describe('a calendar-year workbook worked out by hand', () => {
  let summary: YearlySummary;
  beforeAll(async () => {
    ({ summary } = await summarise(CALENDAR_BOOK));
  });

  test('picks the latest period and counts every unit of Đơn vị', () => {
    expect(summary.period).toEqual({ label: '2020', start: '2020-01-01', end: '2020-12-31' });
    expect(summary.units).toBe(7);
  });

  test('classifies by precedence, conditions, group floor and replaced rows', () => {
    expect(summary.classification).toEqual({ HTXSNV: 1, HTTNV: 3, HTNV: 1, KHTNV: 1, CXL: 1 });
    expect(summary.classificationPercent).toEqual({ HTXSNV: 14.3, HTTNV: 42.8, HTNV: 14.3, KHTNV: 14.3, CXL: 14.3 });
    const sum = Object.values(summary.classificationPercent).reduce((a, b) => a + b, 0);
    expect(Math.round(sum * 10)).toBe(1000);
  });

  test('ranks within each cluster, clusters in natural order, with the flags the contract names', () => {
    const rows = summary.clusters.map((c) => [c.name, c.ranking.map((r) => [r.unit, r.selfScore, r.finalScore, r.rank, r.level, r.flags])]);
    expect(rows).toEqual([
      [
        'Cụm 1',
        [
          ['U2', 90, 90, 1, 'HTXSNV', []],
          ['U1', 100, 85, 2, 'HTTNV', ['CHENH_LECH']],
          ['U3', 60, 60, 3, 'HTNV', ['CHUA_CHAM_CHEO']],
        ],
      ],
      [
        'Cụm 2',
        [
          ['U4', null, 100, 1, 'HTTNV', ['KHONG_DAT_DIEU_KIEN']],
          ['U5', 110, 94, 2, 'HTTNV', ['CHENH_LECH', 'DUOI_SAN_NHOM']],
        ],
      ],
      [
        'Cụm 10',
        [
          ['U6', null, 25, 1, 'KHTNV', []],
          ['U7', null, null, null, 'CXL', []],
        ],
      ],
    ]);
  });

  test('membership sums every unit', () => {
    expect(summary.membership).toEqual({ members: 227, workers: 239, newMembers: 11 });
  });

  test('visits of the period only, bad rows left out and warned about by cell', () => {
    expect(summary.visits.count).toBe(3);
    expect(summary.visits.amount).toBe(4_500_000);
    expect(summary.visits.byReason).toEqual({ 'Ốm đau': { count: 2, amount: 2_500_000 }, Hiếu: { count: 1, amount: 2_000_000 } });
    expect(summary.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Thăm hỏi',
          cell: 'E6',
          message: 'Số tiền không hợp lệ: "abc"; lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).',
        }),
      ]),
    );
    expect(summary.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'Thăm hỏi', cell: 'F7' })]));
    expect(summary.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ sheet: 'Thăm hỏi', cell: 'C3' })]));
  });

  test('funds: visits are expenses of their fund, counted once; overspending and a negative balance are warned about', () => {
    expect(summary.funds).toEqual([
      // Quỹ's 5,000,000 is the balance before the first line, so PT000 of 31/12/2019 (+9,000,000) opens 2020 at 14,000,000.
      { fund: 'Quỹ CĐCS', opening: 14_000_000, income: 3_000_000, expense: 5_500_000, closing: 11_500_000, budget: 4_000_000 },
      { fund: 'Quỹ xã hội', opening: 0, income: 0, expense: 200_000, closing: -200_000, budget: null },
    ]);
    expect(
      summary.warnings
        .filter((w) => w.sheet === 'Quỹ')
        .map((w) => w.cell)
        .sort(),
    ).toEqual(['A3', 'C2']);
  });

  test('awards of another period are not counted', () => {
    expect(summary.awards.collective).toBe(1);
    expect(summary.awards.individual).toBe(2);
  });
});

describe('a school-year workbook', () => {
  test('"Loại kỳ = Năm học" makes dates from 01/09 to 31/08 count, boundaries included', async () => {
    const { summary } = await summarise(
      {
        'Đơn vị': [UNITS, ['A', 'Trường A', 'Cụm 1', 10, 10, 0]],
        'Tiêu chí': RUBRIC,
        'Chấm điểm': [SCORE_HEADER, ['2019-2020', 'A', 'Tự chấm', 'a', 60, 20, '', '', 1, '']],
        'Thăm hỏi': [
          ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
          ['31/08/2019', 'A', 'Người 1', 'Khác', 100, 'Quỹ CĐCS'],
          ['01/09/2019', 'A', 'Người 2', 'Khác', 200, 'Quỹ CĐCS'],
          ['31/08/2020', 'A', 'Người 3', 'Khác', 400, 'Quỹ CĐCS'],
          ['01/09/2020', 'A', 'Người 4', 'Khác', 800, 'Quỹ CĐCS'],
        ],
        Quỹ: [
          ['Quỹ', 'Số dư đầu kỳ'],
          ['Quỹ CĐCS', 1000],
        ],
        'Cài đặt': [
          ['Thiết lập', 'Giá trị', 'Ghi chú'],
          ['Loại kỳ', 'Năm học', ''],
        ],
      },
      '2019-2020',
    );
    expect(summary.period).toEqual({ label: '2019-2020', start: '2019-09-01', end: '2020-08-31' });
    expect(summary.visits).toMatchObject({ count: 2, amount: 600 });
    // The visit of 31/08/2019 (100) was spent before the year: it opens at 900 and closes at 900 − 600.
    expect(summary.funds[0]).toMatchObject({ opening: 900, expense: 600, closing: 300 });
    expect(summary.classification.HTTNV).toBe(1); // 60 + 20 = 80: HTTNV
  });
});

describe('the command itself', () => {
  test('never writes the input file, and its output holds the source sheets unchanged plus the summary sheet', async () => {
    const input = await xlsxWith(CALENDAR_BOOK);
    const before = crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex');
    const output = path.join(tempDir(), 'out.xlsx');
    await runOffline({ input, output });
    expect(crypto.createHash('sha256').update(fs.readFileSync(input)).digest('hex')).toBe(before);
    const [source, result] = await Promise.all([loadXlsx(input, { counter: new CallCounter() }), loadXlsx(output, { counter: new CallCounter() })]);
    const names = (s: typeof source) => s.getSheets().map((sh) => sh.getName());
    expect(names(result)).toEqual([...names(source), 'Tổng hợp 2020']);
    const values = (s: typeof source, name: string) => s.getSheetByName(name)!.getDataRange().getValues();
    for (const name of names(source)) expect(values(result, name)).toEqual(values(source, name));
  });

  test('refuses to write over its input', async () => {
    const input = await xlsxWith(CALENDAR_BOOK);
    await expect(runOffline({ input, output: input })).rejects.toThrow('chính là tệp vào');
    expect(parseArgs(['--input', 'a.xlsx', '--output', 'b.xlsx'])).toMatchObject({ output: path.resolve('b.xlsx') });
  });

  test('a workbook without Đơn vị exits 1 naming the sheet; --json writes the contract JSON on success', async () => {
    const broken = await xlsxWith({ 'Tiêu chí': RUBRIC });
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'local/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
    const failed = run(['--input', broken, '--output', path.join(tempDir(), 'x.xlsx')]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Không tìm thấy trang tính "Đơn vị"');

    const good = await xlsxWith(CALENDAR_BOOK);
    const json = path.join(tempDir(), 'tong-hop.json');
    const ok = run(['--input', good, '--output', path.join(tempDir(), 'y.xlsx'), '--json', json]);
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('Tổng hợp kỳ 2020 (01/01/2020 – 31/12/2020): 7 đơn vị');
    expect(ok.stdout.trim().split('\n').at(-1)).toMatch(/^Đã ghi: .*y\.xlsx, .*tong-hop\.json$/);
    const parsed = JSON.parse(fs.readFileSync(json, 'utf8'));
    expect(Object.keys(parsed)).toEqual(
      expect.arrayContaining(['period', 'units', 'classification', 'classificationPercent', 'clusters', 'membership', 'visits', 'funds', 'awards', 'warnings']),
    );
  });

  test('a missing required header exits with the sheet and cell named; a file that is not .xlsx too', async () => {
    const noCluster = await xlsxWith({
      'Đơn vị': [
        ['Mã đơn vị', 'Tên đơn vị'],
        ['A', 'B'],
      ],
    });
    await expect(runOffline({ input: noCluster, output: path.join(tempDir(), 'z.xlsx') })).rejects.toThrow('Trang tính "Đơn vị" thiếu cột bắt buộc "Cụm"');
    const notXlsx = path.join(tempDir(), 'khong-phai.xlsx');
    fs.writeFileSync(notXlsx, 'đây không phải tệp Excel');
    await expect(runOffline({ input: notXlsx, output: path.join(tempDir(), 'w.xlsx') })).rejects.toThrow(/khong-phai\.xlsx/);
  });

  test('the bundled sample runs: npm start’s default input exists', () => {
    expect(fs.existsSync(SAMPLE_WORKBOOK)).toBe(true);
  });
});

describe("the command's output names", () => {
  test('an output whose extension is not the file it writes is refused in Vietnamese before anything is read', () => {
    expect(() => parseArgs(['--output', 'x.csv'])).toThrow(
      'Tệp ghi ra của --output phải có đuôi .xlsx ("x.csv" không có); tệp ghi ra là dạng XLSX. Hãy đổi tên tệp, ví dụ "x.xlsx"; chưa có gì được ghi.',
    );
    expect(() => parseArgs(['--json=ket-qua.txt'])).toThrow('phải có đuôi .json');
    expect(() => parseArgs(['--pdf', 'bao-cao'])).toThrow('phải có đuôi .pdf');
    expect(parseArgs(['--output', 'KQ.XLSX', '--json', 'a.json'])).toMatchObject({ output: path.resolve('KQ.XLSX'), json: path.resolve('a.json') });
  });
});
