// Tests the layout "Khởi tạo bảng tính" gives each contract sheet: headers, formats, notes, widths, drop-downs, settings rows.
import { criterionCeiling, sheetLayout, type ColumnLayout, type SheetLayout } from '../../src/workbook/layout';
import { SHEET, type SheetKey } from '../../src/workbook/schema';
import type { Criterion } from '../../src/domain/types';

const VND = '#,##0 "₫"';

function criterion(code: string, kind: Criterion['kind'], max: number, content = ''): Criterion {
  return { code, group: 'A', content, max, kind, row: 2 } as Criterion;
}

function column(layout: SheetLayout, header: string): ColumnLayout {
  const found = layout.columns.find((c) => c.header === header);
  if (!found) throw new Error(`no column ${header} in ${layout.name}`);
  return found;
}

/** A column's check in short: a list's values, a look-up's "sheet.column", a number's "≥0" or ">0"; undefined for another kind. */
function described(key: SheetKey, header: string, kind: 'list' | 'lookup' | 'number'): unknown {
  const v = column(sheetLayout(key), header).validation;
  if (v?.kind !== kind) return undefined;
  if (v.kind === 'list') return v.values;
  if (v.kind === 'lookup') return `${v.sheet}.${v.column}`;
  return `${v.above ? '>' : '≥'}${v.min}`;
}

/** Headers and data-row formats of every sheet, written out by hand from contract.md and the brief. */
const EXPECTED: Record<SheetKey, [string, string | null][]> = {
  units: [
    ['Mã đơn vị', '@'],
    ['Tên đơn vị', '@'],
    ['Cụm', '@'],
    ['Số đoàn viên', '0'],
    ['Số người lao động', '0'],
    ['Kết nạp mới', '0'],
  ],
  rubric: [
    ['Mã tiêu chí', '@'],
    ['Nhóm', '@'],
    ['Nội dung', '@'],
    ['Điểm tối đa', '0.##'],
    ['Loại', '@'],
  ],
  scores: [
    ['Kỳ', '@'],
    ['Mã đơn vị', '@'],
    ['Hình thức', '@'],
    ['Người chấm', '@'],
    ['Ghi chú', '@'],
    ['Thời điểm', 'dd/mm/yyyy hh:mm:ss'],
  ],
  visits: [
    ['Ngày', 'dd/mm/yyyy'],
    ['Mã đơn vị', '@'],
    ['Người được thăm', '@'],
    ['Lý do', '@'],
    ['Số tiền', VND],
    ['Quỹ', '@'],
    ['Người đi thăm', '@'],
    ['Ghi chú', '@'],
  ],
  ledger: [
    ['Ngày', 'dd/mm/yyyy'],
    ['Số chứng từ', '@'],
    ['Quỹ', '@'],
    ['Loại', '@'],
    ['Khoản mục', '@'],
    ['Số tiền', VND],
    ['Diễn giải', '@'],
  ],
  funds: [
    ['Quỹ', '@'],
    ['Số dư đầu kỳ', VND],
    ['Dự toán chi', VND],
  ],
  awards: [
    ['Kỳ', '@'],
    ['Đối tượng', '@'],
    ['Tên', '@'],
    ['Mã đơn vị', '@'],
    ['Hình thức', '@'],
    ['Cấp khen', '@'],
  ],
  settings: [
    ['Thiết lập', '@'],
    ['Giá trị', null],
    ['Ghi chú', '@'],
  ],
  roles: [
    ['Email', '@'],
    ['Vai trò', '@'],
    ['Cụm', '@'],
    ['Mã đơn vị', '@'],
  ],
  log: [
    ['Thời điểm', 'dd/mm/yyyy hh:mm:ss'],
    ['Email', '@'],
    ['Thao tác', '@'],
    ['Trang tính', '@'],
    ['Dòng', '0'],
    ['Nội dung', '@'],
    ['Mã kiểm tra', '@'],
  ],
};

describe('sheetLayout', () => {
  const keys = Object.keys(EXPECTED) as SheetKey[];

  test.each(keys)('%s: headers in contract order with their number formats', (key) => {
    const layout = sheetLayout(key);
    expect(layout.name).toBe(SHEET[key]);
    expect(layout.columns.map((c) => [c.header, c.numberFormat])).toEqual(EXPECTED[key]);
  });

  test.each(keys)('%s: every header has a Vietnamese note and a sensible width', (key) => {
    for (const c of sheetLayout(key).columns) {
      expect(c.note.length).toBeGreaterThan(5);
      expect(c.width).toBeGreaterThanOrEqual(60);
      expect(c.width).toBeLessThanOrEqual(600);
    }
  });

  test('closed lists: Hình thức, Loại tiêu chí, Lý do, Loại thu chi, Đối tượng, Hình thức khen thưởng, Vai trò', () => {
    const list = (key: SheetKey, header: string) => described(key, header, 'list');
    expect(list('scores', 'Hình thức')).toEqual(['Tự chấm', 'Chấm chéo', 'Cụm trưởng', 'Cấp trên']);
    expect(list('rubric', 'Loại')).toEqual(['Chuẩn', 'Thưởng', 'Trừ', 'Điều kiện']);
    expect(list('visits', 'Lý do')).toEqual([
      'Ốm đau',
      'Thai sản',
      'Tai nạn',
      'Bệnh hiểm nghèo',
      'Hiếu',
      'Hỷ',
      'Khó khăn đột xuất',
      'Lễ Tết',
      'Nghỉ hưu',
      'Khác',
    ]);
    expect(list('ledger', 'Loại')).toEqual(['Thu', 'Chi']);
    expect(list('awards', 'Đối tượng')).toEqual(['Tập thể', 'Cá nhân']);
    expect(list('awards', 'Hình thức')).toEqual(['Cờ thi đua', 'Bằng khen', 'Giấy khen', 'Kỷ niệm chương', 'Bằng Lao động sáng tạo', 'Khác']);
    expect(list('roles', 'Vai trò')).toEqual(['Quản trị', 'Cụm trưởng', 'Cán bộ']);
  });

  test('look-ups: Mã đơn vị from Đơn vị, Quỹ from Quỹ, Cụm from Đơn vị', () => {
    const lookup = (key: SheetKey, header: string) => described(key, header, 'lookup');
    expect(lookup('scores', 'Mã đơn vị')).toBe('units.code');
    expect(lookup('visits', 'Mã đơn vị')).toBe('units.code');
    expect(lookup('awards', 'Mã đơn vị')).toBe('units.code');
    expect(lookup('roles', 'Mã đơn vị')).toBe('units.code');
    expect(lookup('visits', 'Quỹ')).toBe('funds.name');
    expect(lookup('ledger', 'Quỹ')).toBe('funds.name');
    expect(lookup('roles', 'Cụm')).toBe('units.cluster');
    // The unit list itself is not a look-up of itself.
    expect(column(sheetLayout('units'), 'Mã đơn vị').validation).toBeUndefined();
  });

  test('numbers: ≥ 0 for counts, visit amounts and budgets; > 0 for ledger amounts and maxima; none on opening balances', () => {
    const number = (key: SheetKey, header: string) => described(key, header, 'number');
    expect(number('units', 'Số đoàn viên')).toBe('≥0');
    expect(number('units', 'Kết nạp mới')).toBe('≥0');
    expect(number('visits', 'Số tiền')).toBe('≥0');
    expect(number('funds', 'Dự toán chi')).toBe('≥0');
    expect(number('ledger', 'Số tiền')).toBe('>0');
    expect(number('rubric', 'Điểm tối đa')).toBe('>0');
    expect(number('funds', 'Số dư đầu kỳ')).toBeUndefined();
  });

  test('Chấm điểm: one column per criterion between Người chấm and Ghi chú, bounded by its maximum', () => {
    const layout = sheetLayout('scores', [
      criterion('TC01', 'standard', 10, 'Tổ chức đại hội'),
      criterion('001', 'condition', 1),
      criterion('TC03', 'penalty', 5),
    ]);
    expect(layout.columns.map((c) => c.header)).toEqual(['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC01', '001', 'TC03', 'Ghi chú', 'Thời điểm']);
    const tc01 = column(layout, 'TC01');
    expect(tc01.numberFormat).toBe('0.##');
    expect(tc01.note).toContain('Tổ chức đại hội');
    expect(tc01.note).toContain('từ 0 đến 10 điểm');
    expect(tc01.validation).toMatchObject({ kind: 'number', min: 0, max: 10 });
    expect(column(layout, '001').validation).toMatchObject({ kind: 'number', min: 0, max: 1 });
    expect(column(layout, '001').note).toContain('1 = đạt, 0 = không đạt');
    expect(column(layout, 'TC03').note).toContain('(Trừ)');
  });

  test('a condition criterion entered with a maximum above 1 is still bounded by 1', () => {
    expect(criterionCeiling({ kind: 'condition', max: 5 })).toBe(1);
    expect(criterionCeiling({ kind: 'bonus', max: 5 })).toBe(5);
  });

  test('Cài đặt comes with its settings and their defaults; the other sheets start empty', () => {
    const rows = sheetLayout('settings').initialRows;
    const byLabel = new Map(rows.map((r) => [r[0], r[1]]));
    expect(byLabel.get('Ngưỡng HTXSNV')).toBe(90);
    expect(byLabel.get('Ngưỡng HTTNV')).toBe(70);
    expect(byLabel.get('Ngưỡng HTNV')).toBe(50);
    expect(byLabel.get('Sàn điểm nhóm (%)')).toBe(50);
    expect(byLabel.get('Giới hạn tỷ lệ HTXSNV (%)')).toBe('');
    expect(byLabel.get('Ngưỡng chênh lệch tự chấm')).toBe(10);
    expect(byLabel.get('Loại kỳ')).toBe('Năm');
    expect(byLabel.get('Tháng bắt đầu năm học')).toBe(9);
    for (const row of rows) {
      expect(row).toHaveLength(3);
      expect(String(row[2]).length).toBeGreaterThan(5);
    }
    expect(sheetLayout('units').initialRows).toEqual([]);
  });

  test('Nhật ký is protected whole as an append-only log; the others protect their header row', () => {
    const log = sheetLayout('log');
    expect(log.protectWholeSheet).toBe(true);
    expect(log.protectionDescription).toContain('chỉ ghi thêm');
    expect(sheetLayout('units').protectWholeSheet).toBe(false);
    expect(sheetLayout('units').protectionDescription).toContain('tiêu đề');
  });
});
