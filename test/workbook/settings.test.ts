// Tests of Cài đặt: the per-visit cap is an amount of đồng, read as every other amount is ("2.000.000", "2.000.000 ₫").
import { readSettings } from '../../src/workbook/settings';
import { SETTING_COLUMNS } from '../../src/workbook/schema';
import { locateTable } from '../../src/workbook/table';

function settingsOf(rows: unknown[][]) {
  const located = locateTable('Cài đặt', [['Thiết lập', 'Giá trị', 'Ghi chú'], ...rows], SETTING_COLUMNS);
  if (!located.ok) throw new Error(located.error.message);
  return readSettings(located.table);
}

describe('Mức chi tối đa mỗi lần thăm', () => {
  test.each([
    [2000000, 2_000_000],
    ['2000000', 2_000_000],
    ['2.000.000', 2_000_000],
    ['2.000.000 ₫', 2_000_000],
    ['2,000,000', 2_000_000],
    ['1.500.000đ', 1_500_000],
  ])('%p is %p đồng, with no warning', (typed, amount) => {
    const { settings, warnings } = settingsOf([['Mức chi tối đa mỗi lần thăm', typed, '']]);
    expect(settings.visitCap).toBe(amount);
    expect(warnings).toEqual([]);
  });

  test.each(['abc', '-500.000', '1.500.000,5'])('%p keeps no cap and warns on the value cell, in Vietnamese', (typed) => {
    const { settings, warnings } = settingsOf([['Mức chi tối đa mỗi lần thăm', typed, '']]);
    expect(settings.visitCap).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ sheet: 'Cài đặt', cell: 'B2' });
    expect(warnings[0].message).toMatch(/^Mức chi tối đa mỗi lần thăm .*; bỏ qua ô này, như để trống \(không giới hạn\)\.$/);
  });
});

describe('percentage settings', () => {
  test.each([
    [0.1, 10], // what Sheets stores when "10%" is typed in a cell formatted 0%
    [0.125, 12.5],
    ['10%', 10],
    ['12,5 %', 12.5],
    [10, 10],
    ['10', 10],
    [1, 1],
    [0, 0],
  ])('Giới hạn tỷ lệ HTXSNV %p is %p%', (typed, percent) => {
    const { settings, warnings } = settingsOf([['Giới hạn tỷ lệ HTXSNV (%)', typed, '']]);
    expect(settings.excellentCapPercent).toBe(percent);
    expect(warnings).toEqual([]);
  });

  it('reads the group floor the same way', () => {
    expect(settingsOf([['Sàn điểm nhóm (%)', 0.4, '']]).settings.groupFloorPercent).toBe(40);
    expect(settingsOf([['Sàn điểm nhóm (%)', '40%', '']]).settings.groupFloorPercent).toBe(40);
  });

  it('says which default an unreadable value gives way to, ending with a full stop', () => {
    const { settings, warnings } = settingsOf([
      ['Sàn điểm nhóm (%)', '150%', ''],
      ['Ngưỡng HTXSNV', 'chín mươi', ''],
      ['Giới hạn tỷ lệ HTXSNV (%)', 'mười', ''],
      ['Cách tính chấm chéo', 'trung vị', ''],
      ['Không có thiết lập này', 1, ''],
    ]);
    expect(settings).toMatchObject({ groupFloorPercent: 50, thresholds: { excellent: 90 }, excellentCapPercent: null, crossCheckAggregation: 'mean' });
    expect(warnings.map((w) => [w.cell, w.message])).toEqual([
      ['B2', 'Sàn điểm nhóm (%) phải là tỷ lệ từ 0% đến 100%: "150%"; dùng giá trị mặc định 50%.'],
      ['B3', 'Ngưỡng HTXSNV phải là số từ 0 đến 1000: "chín mươi"; dùng giá trị mặc định 90.'],
      ['B4', 'Giới hạn tỷ lệ HTXSNV (%) phải là tỷ lệ từ 0% đến 100%: "mười"; bỏ qua ô này, như để trống (không giới hạn).'],
      ['B5', 'Cách tính chấm chéo không hợp lệ: "trung vị" (chọn: Trung bình, Trung bình cắt); dùng giá trị mặc định "Trung bình".'],
      ['A6', 'Thiết lập không rõ: "Không có thiết lập này"; dòng này được bỏ qua.'],
    ]);
  });
});
