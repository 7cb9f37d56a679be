// Tests of the text helpers shared by every reader: typed decimals.
import { parseDecimal } from '../../src/domain/text';

describe('parseDecimal (one reading of typed decimals for sheet cells, custom functions, sidebar payloads and the sidebar)', () => {
  test('a decimal comma or point, a sign, nothing else', () => {
    expect(parseDecimal('7,5')).toBe(7.5);
    expect(parseDecimal(' 7.5 ')).toBe(7.5);
    expect(parseDecimal('-2')).toBe(-2);
    expect(parseDecimal('10')).toBe(10);
    for (const bad of ['', '7,5,1', '1.500.000', 'abc', '7 5', '+3', '.5', '5.']) expect(parseDecimal(bad)).toBeUndefined();
  });
});
