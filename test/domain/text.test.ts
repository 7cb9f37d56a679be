// Tests of the text helpers shared by every reader: typed decimals, and telling Vietnamese text from English.
import { isVietnamese, listSome, parseDecimal } from '../../src/domain/text';

describe('parseDecimal (one reading of typed decimals for sheet cells, custom functions, sidebar payloads and the sidebar)', () => {
  test('a decimal comma or point, a sign, nothing else', () => {
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal(' 7.5 ')).toBe(7.5);
    expect(parseDecimal('-2')).toBe(-2);
    expect(parseDecimal('10')).toBe(10);
    for (const bad of ['', '7,5,1', '1.500.000', 'abc', '7 5', '+3', '.5', '5.']) expect(parseDecimal(bad)).toBeUndefined();
  });
});

test('isVietnamese tells the add-in’s sentences from a library’s English ones', () => {
  expect(isVietnamese('Bảng tính đang bận, vui lòng thử lại')).toBe(true);
  expect(isVietnamese('Đơn vị')).toBe(true);
  expect(isVietnamese('Tuổi'.normalize('NFD'))).toBe(true);
  expect(isVietnamese('NetworkError: Connection failure due to HTTP 0')).toBe(false);
  expect(isVietnamese('Script function not found: sidebarContext')).toBe(false);
  expect(isVietnamese('')).toBe(false);
});

describe('listSome', () => {
  it('lists up to max items, then counts the rest', () => {
    expect(listSome(['TC1', 'TC2'], 'tiêu chí')).toBe('TC1, TC2');
    expect(listSome(['TC1', 'TC2', 'TC3', 'TC4', 'TC5'], 'tiêu chí')).toBe('TC1, TC2, TC3 và 2 tiêu chí khác');
    expect(listSome(['a', 'b', 'c'], 'nguyên nhân', 2, '; ')).toBe('a; b và 1 nguyên nhân khác');
  });
});
