// Tests of the sheet readers: tolerant headers, typed records, and warnings that name the sheet and cell of every bad value.
import { locateTable } from '../../src/workbook/table';
import { NameBook, readAwards, readFunds, readLedger, readRubric, readScores, readUnits, readVisits } from '../../src/workbook/readers';
import {
  AWARD_COLUMNS,
  FUND_COLUMNS,
  LEDGER_COLUMNS,
  RUBRIC_COLUMNS,
  SCORE_COLUMNS,
  UNIT_COLUMNS,
  VISIT_COLUMNS,
  type ColumnSpec,
} from '../../src/workbook/schema';
import type { Criterion } from '../../src/domain/types';

/** Dates in these tests are read as UTC+7 calendar days, as the add-in does for a spreadsheet in Asia/Ho_Chi_Minh. */
const readDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** A NameBook in which these unit codes were read from Đơn vị. */
function bookOf(codes: string[]): NameBook {
  const names = new NameBook();
  codes.forEach((code, i) => {
    names.units.spell(code, 'Đơn vị', `A${i + 2}`);
  });
  return names;
}

function table(sheet: string, specs: readonly ColumnSpec[], values: unknown[][]) {
  const located = locateTable(sheet, values, specs);
  if (!located.ok) throw new Error(located.error.message);
  return located.table;
}

describe('locateTable', () => {
  test('matches headers without diacritics, in any case and order, below a title row, keeping extra columns out', () => {
    const t = table('Đơn vị', UNIT_COLUMNS, [
      ['DANH SÁCH CĐCS', '', '', '', ''],
      ['  CUM ', 'Ghi chú riêng', 'ma don vi', 'Tên  đơn vị', 'Số CB,CCVC,LĐ'],
      ['Cụm 1', 'x', 'CD001', 'Trường A', 40],
    ]);
    expect(t.headerRow).toBe(2);
    expect(t.columns).toEqual({ cluster: 0, code: 2, name: 3, workers: 4 });
    expect(t.rows).toEqual([{ row: 3, values: ['Cụm 1', 'x', 'CD001', 'Trường A', 40] }]);
  });

  test('names the missing required header', () => {
    const located = locateTable('Đơn vị', [['Mã đơn vị', 'Tên đơn vị']], UNIT_COLUMNS);
    expect(located.ok).toBe(false);
    if (!located.ok) expect(located.error).toEqual({ sheet: 'Đơn vị', cell: 'A1', message: 'Trang tính "Đơn vị" thiếu cột bắt buộc "Cụm" ở dòng tiêu đề.' });
  });

  test('a duplicated header keeps the first column and warns at the second', () => {
    const located = locateTable(
      'Quỹ',
      [
        ['Quỹ', 'Số dư đầu kỳ', 'Quy'],
        ['A', 1, 'B'],
      ],
      FUND_COLUMNS,
    );
    expect(located.ok && located.table.columns.name).toBe(0);
    expect(located.ok && located.warnings.map((w) => w.cell)).toEqual(['C1']);
  });

  test('skips wholly blank rows but keeps sheet row numbers', () => {
    const t = table('Quỹ', FUND_COLUMNS, [['Quỹ'], ['', ''], ['Quỹ CĐCS']]);
    expect(t.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('readUnits', () => {
  test('counts typed with thousands dots are whole numbers: "1.250" people is 1250, not 1.25', () => {
    const read = readUnits(
      table('Đơn vị', UNIT_COLUMNS, [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động'],
        ['CD001', 'Trường A', 'Cụm 1', '1.250', '1 300'],
        ['CD002', 'Trường B', 'Cụm 1', '12,5', 20],
      ]),
    );
    expect(read.records.map((u) => [u.code, u.members, u.workers])).toEqual([
      ['CD001', 1250, 1300],
      ['CD002', 0, 20],
    ]);
    expect(read.warnings).toEqual([
      {
        sheet: 'Đơn vị',
        cell: 'D3',
        message: 'Số đoàn viên phải là số nguyên từ 0 trở lên: 12,5; đơn vị vẫn được xếp loại, số đoàn viên để trống (không cộng vào tổng).',
      },
    ]);
  });

  test('reads counts, treats blanks as 0, keeps a unit whose count or name is bad (saying so) and warns on duplicate codes', () => {
    const read = readUnits(
      table('Đơn vị', UNIT_COLUMNS, [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới'],
        ['CD001', 'Trường A', 'Cụm 1', 30, 32, ''],
        ['CD002', 'Trường B', 'Cụm 1', 'ba mươi', 32, 1],
        ['cd001', 'Trường C', 'Cụm 2', 10, 10, 0],
        ['CD003', '', 'Cụm 2', 1.5, 10, 0],
      ]),
    );
    expect(read.records).toEqual([
      { code: 'CD001', name: 'Trường A', cluster: 'Cụm 1', members: 30, workers: 32, newMembers: 0, row: 2 },
      { code: 'CD002', name: 'Trường B', cluster: 'Cụm 1', members: 0, workers: 32, newMembers: 1, row: 3 },
      { code: 'CD003', name: '', cluster: 'Cụm 2', members: 0, workers: 10, newMembers: 0, row: 5 },
    ]);
    const kept = 'đơn vị vẫn được xếp loại, số đoàn viên để trống (không cộng vào tổng).';
    expect(read.warnings).toEqual([
      { sheet: 'Đơn vị', cell: 'D3', message: `Số đoàn viên phải là số: "ba mươi"; ${kept}` },
      { sheet: 'Đơn vị', cell: 'B5', message: 'Thiếu tên đơn vị; đơn vị vẫn được xếp loại, tên để trống.' },
      { sheet: 'Đơn vị', cell: 'D5', message: `Số đoàn viên phải là số nguyên từ 0 trở lên: 1,5; ${kept}` },
      { sheet: 'Đơn vị', cell: 'A4', message: 'Mã đơn vị "cd001" bị trùng với dòng 2; bỏ qua dòng này.' },
    ]);
  });
});

const RUBRIC: Criterion[] = [
  { code: 'TC1', group: 'I', content: 'a', max: 10, kind: 'standard', row: 2 },
  { code: 'TH', group: '', content: 'b', max: 5, kind: 'bonus', row: 3 },
  { code: 'DK', group: '', content: 'c', max: 1, kind: 'condition', row: 4 },
];

describe('readRubric', () => {
  test('reads kinds tolerantly, defaults to Chuẩn and refuses a non-positive maximum', () => {
    const read = readRubric(
      table('Tiêu chí', RUBRIC_COLUMNS, [
        ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
        ['TC1', 'I', 'a', 10, ''],
        ['TH', '', 'b', '5', 'thuong'],
        ['DK', '', 'c', 1, 'Điều kiện'],
        ['X', '', 'd', 0, 'Chuẩn'],
        ['Y', '', 'e', 3, 'Phụ'],
      ]),
    );
    expect(read.records.map((c) => [c.code, c.max, c.kind])).toEqual([
      ['TC1', 10, 'standard'],
      ['TH', 5, 'bonus'],
      ['DK', 1, 'condition'],
    ]);
    expect(read.warnings.map((w) => w.cell)).toEqual(['D5', 'E6']);
    expect(read.warnings[0].message).toBe('Điểm tối đa phải lớn hơn 0: 0; tiêu chí này không được tính (mọi đơn vị được tính như không có tiêu chí này).');
  });
});

describe('readScores', () => {
  const header = ['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1', 'TH', 'DK', 'Ghi chú'];
  test('reads criterion columns by code, canonicalises the period and form; a bad score leaves out its cell, an unknown unit its row', () => {
    const read = readScores(
      table('Chấm điểm', SCORE_COLUMNS, [
        header,
        ['Năm học 2019 - 2020', 'CD001', 'tu cham', 'a@x.vn', 9.5, '', 1, ''],
        [2020, 'CD001', 'Chấm chéo', 'b@x.vn', '7,5', 2, 0, 'ok'],
        ['2020', 'CD001', 'Chấm chéo', 'c@x.vn', 12, '', '', ''],
        ['2020', 'CD009', 'Chấm chéo', 'c@x.vn', 1, '', '', ''],
        ['2020', 'CD001', 'Cấp trên', 'd@x.vn', 'mười', '', 2, ''],
      ]),
      RUBRIC,
      bookOf(['CD001']),
      9,
    );
    expect(read.records.map((r) => [r.period, r.form, r.scores, r.row])).toEqual([
      ['2019-2020', 'self', { TC1: 9.5, DK: 1 }, 2],
      ['2020', 'cross', { TC1: 7.5, TH: 2, DK: 0 }, 3],
      ['2020', 'cross', {}, 4],
      ['2020', 'superior', {}, 6],
    ]);
    const cardLeftOut = 'ô này không được tính, nên phiếu của dòng này thiếu tiêu chí Chuẩn và không được tính vào điểm chính thức.';
    const conditionMet = 'ô này được tính như để trống (coi là đạt), các ô khác của dòng vẫn được tính.';
    expect(read.warnings).toEqual([
      { sheet: 'Chấm điểm', cell: 'E4', message: `Điểm TC1 vượt quá tối đa 10: 12; ${cardLeftOut}` },
      { sheet: 'Chấm điểm', cell: 'E6', message: `Điểm TC1 phải là số: "mười"; ${cardLeftOut}` },
      { sheet: 'Chấm điểm', cell: 'G6', message: `Điều kiện DK (1 = đạt, 0 = không đạt) vượt quá tối đa 1: 2; ${conditionMet}` },
      { sheet: 'Chấm điểm', cell: 'B5', message: 'Mã đơn vị "CD009" không có trong trang Đơn vị; dòng chấm điểm này không được tính.' },
    ]);
  });

  test('warns once at the header when a criterion has no column', () => {
    const read = readScores(table('Chấm điểm', SCORE_COLUMNS, [['Kỳ', 'Mã đơn vị', 'Hình thức', 'TC1']]), RUBRIC, bookOf([]), 9);
    expect(read.warnings.map((w) => w.message)).toEqual([
      'Trang "Chấm điểm" không có cột cho tiêu chí "TH" (tối đa 5 điểm); mọi phiếu được tính 0 điểm ở tiêu chí này. Hãy thêm một cột có tiêu đề "TH".',
      'Trang "Chấm điểm" không có cột cho tiêu chí "DK" (tối đa 1 điểm); mọi phiếu được coi là đạt điều kiện này. Hãy thêm một cột có tiêu đề "DK".',
    ]);
    expect(read.withoutColumn).toEqual(['TH', 'DK']);
  });
});

describe('readVisits and readLedger', () => {
  test('dates from Sheets, serials and dd/mm/yyyy text; amounts as numbers or text; bad cells named', () => {
    const read = readVisits(
      table('Thăm hỏi', VISIT_COLUMNS, [
        ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
        [new Date('2020-03-04T17:00:00Z'), 'CD001', 'Nguyễn Thị Lan', 'om dau', '1.500.000 ₫', 'Quỹ CĐCS'],
        [43831, 'CD001', 'Trần Văn Minh', 'Hiếu', 2000000, 'Quỹ CĐCS'],
        ['31/02/2020', 'CD001', 'Lê Văn Tám', 'Hỷ', 'abc', 'Quỹ CĐCS'],
        ['5/3/2020', 'CD001', 'Lê Thị Hoa', 'Du lịch', -5, 'Quỹ CĐCS'],
      ]),
      readDate,
    );
    expect(read.records.map((v) => [v.date, v.reason, v.amount])).toEqual([
      ['2020-03-05', 'Ốm đau', 1500000],
      ['2020-01-01', 'Hiếu', 2000000],
    ]);
    expect(read.warnings).toEqual([
      // One warning per row left out, at its first bad cell, listing every bad cell of the row.
      {
        sheet: 'Thăm hỏi',
        cell: 'A4',
        message:
          'Dòng 4 có 2 ô không đọc được (A4: Ngày không có thật hoặc ngoài khoảng 1900-2100: "31/02/2020"; E4: Số tiền không hợp lệ: "abc"); lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).',
      },
      {
        sheet: 'Thăm hỏi',
        cell: 'D5',
        message:
          'Dòng 5 có 2 ô không đọc được (D5: Lý do không hợp lệ: "Du lịch"; E5: Số tiền không được âm: -5 ₫); lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).',
      },
    ]);
  });

  test('a row with many long bad cells is still one short warning: its cells named, the first one explained', () => {
    const long = 'x'.repeat(200);
    const read = readVisits(
      table('Thăm hỏi', VISIT_COLUMNS, [
        ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ', 'Người đi thăm', 'Ghi chú'],
        [long, '', '', long, long, '', new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z')],
      ]),
      readDate,
    );
    expect(read.warnings).toHaveLength(1);
    const [warning] = read.warnings;
    expect(warning.cell).toBe('A2');
    expect(warning.message.length).toBeLessThan(400);
    expect(warning.message).toMatch(/^Dòng 2 có 8 ô không đọc được \(A2, B2, C2, D2, E2, F2, G2, H2; ô đầu: Ngày không hợp lệ: "x{40}…"/);
  });

  test('a Sheets date out of 1900-2100 is named as the officer writes dates (dd/mm/yyyy), not as yyyy-mm-dd', () => {
    const read = readVisits(
      table('Thăm hỏi', VISIT_COLUMNS, [
        ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
        [new Date('2190-03-04T17:00:00Z'), 'CD001', 'Nguyễn Thị Lan', 'Ốm đau', 500000, 'Quỹ CĐCS'],
      ]),
      readDate,
    );
    expect(read.records).toEqual([]);
    expect(read.warnings).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'A2',
        message: 'Ngày ngoài khoảng 1900-2100: 05/03/2190; lần thăm này không được tính (không vào số lần thăm, số tiền và chi của quỹ).',
      },
    ]);
  });

  test('ledger amounts must be above 0 and the type is Thu or Chi', () => {
    const read = readLedger(
      table('Thu chi', LEDGER_COLUMNS, [
        ['Ngày', 'Số chứng từ', 'Quỹ', 'Loại', 'Khoản mục', 'Số tiền'],
        ['01/02/2020', 'PT001', 'Quỹ CĐCS', 'thu', 'Đoàn phí', 300000],
        ['01/02/2020', 'PC001', 'Quỹ CĐCS', 'Chi', 'Khen thưởng', 0],
        ['01/02/2020', 'PC002', 'Quỹ CĐCS', 'Nợ', 'Khác', 10],
      ]),
      readDate,
    );
    expect(read.records.map((e) => [e.voucher, e.type, e.amount])).toEqual([['PT001', 'income', 300000]]);
    expect(read.warnings.map((w) => [w.cell, w.message])).toEqual([
      ['F3', 'Số tiền phải lớn hơn 0: 0 ₫; dòng thu chi này không được tính.'],
      ['D4', 'Loại không hợp lệ: "Nợ" (chọn một trong: Thu, Chi); dòng thu chi này không được tính.'],
    ]);
  });
});

describe('readFunds and readAwards', () => {
  test('a blank budget is null, an opening balance may be negative, duplicate funds warn; diacritics make another fund', () => {
    const read = readFunds(
      table('Quỹ', FUND_COLUMNS, [
        ['Quỹ', 'Số dư đầu kỳ', 'Dự toán chi'],
        ['Quỹ CĐCS', '5.000.000', ''],
        ['Quỹ xã hội', -200000, 1000000],
        ['quỹ  cđcs', 1, 1],
        ['Quy CDCS', 2, 'nhiều'],
      ]),
    );
    expect(read.records.map((f) => [f.name, f.opening, f.budget])).toEqual([
      ['Quỹ CĐCS', 5000000, null],
      ['Quỹ xã hội', -200000, 1000000],
      ['Quy CDCS', 2, null],
    ]);
    expect(read.warnings.map((w) => [w.cell, w.message])).toEqual([
      ['C5', 'Dự toán chi không hợp lệ: "nhiều"; quỹ vẫn được tính, như không có dự toán.'],
      ['A4', 'Quỹ "quỹ  cđcs" bị trùng với dòng 2; bỏ qua dòng này.'],
    ]);
  });

  test('awards keep their canonical period and target', () => {
    const read = readAwards(
      table('Khen thưởng', AWARD_COLUMNS, [
        ['Kỳ', 'Đối tượng', 'Tên', 'Mã đơn vị', 'Hình thức', 'Cấp khen'],
        ['2019-2020', 'tap the', 'CĐCS Trường A', 'CD001', 'Giấy khen', 'LĐLĐ huyện'],
        ['2019-2021', 'Cá nhân', 'Nguyễn Văn B', '', 'Bằng khen', 'LĐLĐ tỉnh'],
      ]),
      9,
    );
    expect(read.records.map((a) => [a.period, a.target, a.form])).toEqual([['2019-2020', 'collective', 'Giấy khen']]);
    expect(read.warnings).toEqual([
      { sheet: 'Khen thưởng', cell: 'A3', message: 'Năm học phải gồm hai năm liền nhau: "2019-2021"; dòng khen thưởng này không được tính.' },
    ]);
  });
});

describe('values too large to add up (found by test/fuzz)', () => {
  test('a count above 10,000,000 people is refused in its cell (the unit kept), so membership totals stay exact', () => {
    const read = readUnits(
      table('Đơn vị', UNIT_COLUMNS, [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới'],
        ['CD001', 'Trường A', 'Cụm 1', 10_000_000, 10_000_000, 0],
        ['CD002', 'Trường B', 'Cụm 1', 1e308, 5, 0],
        ['CD003', 'Trường C', 'Cụm 1', 5, '10000001', 0],
      ]),
    );
    expect(read.records.map((u) => [u.code, u.members, u.workers])).toEqual([
      ['CD001', 10_000_000, 10_000_000],
      ['CD002', 0, 5],
      ['CD003', 5, 0],
    ]);
    expect(read.warnings).toEqual([
      {
        sheet: 'Đơn vị',
        cell: 'D3',
        message: 'Số đoàn viên quá lớn (tối đa 10.000.000): 1e+308; đơn vị vẫn được xếp loại, số đoàn viên để trống (không cộng vào tổng).',
      },
      {
        sheet: 'Đơn vị',
        cell: 'E4',
        message: 'Số người lao động quá lớn (tối đa 10.000.000): 10000001; đơn vị vẫn được xếp loại, số người lao động để trống (không cộng vào tổng).',
      },
    ]);
  });

  test('a criterion maximum above 1000 points is refused, so no card total can overflow to Infinity', () => {
    const read = readRubric(
      table('Tiêu chí', RUBRIC_COLUMNS, [
        ['Mã tiêu chí', 'Điểm tối đa'],
        ['K1', 1000],
        ['K2', Number.MAX_VALUE],
        ['K3', 1000.5],
      ]),
    );
    expect(read.records.map((c) => [c.code, c.max])).toEqual([['K1', 1000]]);
    expect(read.warnings.map((w) => [w.cell, w.message])).toEqual([
      ['B3', 'Điểm tối đa vượt quá tối đa 1000: 1,7976931348623157e+308; tiêu chí này không được tính (mọi đơn vị được tính như không có tiêu chí này).'],
      ['B4', 'Điểm tối đa vượt quá tối đa 1000: 1000,5; tiêu chí này không được tính (mọi đơn vị được tính như không có tiêu chí này).'],
    ]);
  });

  test('a criterion coded "__proto__" keeps its score as an entry of its own', () => {
    const rubric: Criterion[] = [{ code: '__proto__', group: '', content: '', max: 10, kind: 'standard', row: 2 }];
    const read = readScores(
      table('Chấm điểm', SCORE_COLUMNS, [
        ['Kỳ', 'Mã đơn vị', 'Hình thức', '__proto__'],
        ['2020', 'CD001', 'Cấp trên', 7],
      ]),
      rubric,
      bookOf(['CD001']),
      9,
    );
    expect(read.warnings).toEqual([]);
    expect(Object.getOwnPropertyDescriptor(read.records[0].scores, '__proto__')?.value).toBe(7);
  });
});

describe('spellings: one name, one key (the first spelling shown, each other spelling warned where it is)', () => {
  test('clusters group by name with diacritics significant; a name typed without any diacritic beside its accented twin is a likely duplicate', () => {
    const names = new NameBook();
    const read = readUnits(
      table('Đơn vị', UNIT_COLUMNS, [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
        ['A1', 'Trường A', 'Cụm Đông'],
        ['A2', 'Trường B', ' CỤM   ĐÔNG'],
        ['A3', 'Trường C', 'Cum Dong'],
        ['A4', 'Trường D', 'Cụm Tân Hòa'],
        ['A5', 'Trường E', 'Cụm Tân Hóa'],
        ['a1', 'Trường F', 'Cụm Đông'],
      ]),
      names,
    );
    expect(read.records.map((u) => [u.code, u.cluster])).toEqual([
      ['A1', 'Cụm Đông'],
      ['A2', 'Cụm Đông'],
      ['A3', 'Cum Dong'],
      ['A4', 'Cụm Tân Hòa'],
      ['A5', 'Cụm Tân Hóa'],
    ]);
    expect(read.warnings.map((w) => [w.cell, w.message])).toEqual([['A7', 'Mã đơn vị "a1" bị trùng với dòng 2; bỏ qua dòng này.']]);
    expect(names.warnings().map((w) => [w.cell, w.message])).toEqual([
      ['C3', 'Cụm "CỤM   ĐÔNG" được viết khác "Cụm Đông" (trang Đơn vị, ô C2); được tính là một và hiển thị "Cụm Đông".'],
      ['C4', 'Cụm "Cum Dong" chỉ khác "Cụm Đông" (ô C2) ở dấu; có thể là một tên gõ thiếu dấu. Hai cụm vẫn được tính riêng.'],
    ]);
  });

  test('codes in Chấm điểm, Thăm hỏi and Khen thưởng are shown as in Đơn vị, and funds as in Quỹ, each other spelling warned once per sheet', () => {
    const names = bookOf(['CD001']);
    const funds = readFunds(table('Quỹ', FUND_COLUMNS, [['Quỹ'], ['Quỹ CĐCS']]), names);
    expect(funds.records.map((f) => f.name)).toEqual(['Quỹ CĐCS']);
    const visits = readVisits(
      table('Thăm hỏi', VISIT_COLUMNS, [
        ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
        ['01/03/2020', 'cd001', 'Nguyễn Văn An', 'Ốm đau', 1, 'quỹ cđcs'],
        ['02/03/2020', 'cd001', 'Lê Thị Hoa', 'Ốm đau', 1, 'Quy CDCS'],
      ]),
      readDate,
      names,
    );
    expect(visits.records.map((v) => [v.unit, v.fund])).toEqual([
      ['CD001', 'Quỹ CĐCS'],
      ['CD001', 'Quy CDCS'],
    ]);
    expect(names.warnings().map((w) => [w.sheet, w.cell, w.message])).toEqual([
      [
        'Thăm hỏi',
        'B2',
        'Mã đơn vị "cd001" được viết khác "CD001" (trang Đơn vị, ô A2); được tính là một và hiển thị "CD001"; cách viết này còn ở 1 ô khác của trang.',
      ],
      ['Thăm hỏi', 'F2', 'Quỹ "quỹ cđcs" được viết khác "Quỹ CĐCS" (trang Quỹ, ô A2); được tính là một và hiển thị "Quỹ CĐCS".'],
    ]);
  });
});
