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
    expect(warnings[0].message).toMatch(/^Mức chi tối đa mỗi lần thăm .*; dùng giá trị mặc định$/);
  });
});
