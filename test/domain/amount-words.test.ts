// Tests of amounts in Vietnamese words: the lead's examples, linh/mốt/tư/lăm, skipped zero groups, tỷ and above, and properties.
import fc from 'fast-check';
import { amountInWords } from '../../src/domain/amount-words';

describe('amountInWords', () => {
  test.each([
    [1500000, 'Một triệu năm trăm nghìn đồng chẵn'],
    [0, 'Không đồng'],
    [1005000, 'Một triệu không trăm linh năm nghìn đồng chẵn'],
    [21, 'Hai mươi mốt đồng chẵn'],
    [25, 'Hai mươi lăm đồng chẵn'],
    [15, 'Mười lăm đồng chẵn'],
    [10, 'Mười đồng chẵn'],
    [1000000000, 'Một tỷ đồng chẵn'],
    [2024, 'Hai nghìn không trăm hai mươi tư đồng chẵn'],
  ])('the lead’s example %p → %p', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  test.each([
    [1, 'Một đồng chẵn'],
    [4, 'Bốn đồng chẵn'],
    [5, 'Năm đồng chẵn'],
    [11, 'Mười một đồng chẵn'],
    [14, 'Mười bốn đồng chẵn'],
    [20, 'Hai mươi đồng chẵn'],
    [24, 'Hai mươi tư đồng chẵn'],
    [41, 'Bốn mươi mốt đồng chẵn'],
    [44, 'Bốn mươi tư đồng chẵn'],
    [55, 'Năm mươi lăm đồng chẵn'],
    [99, 'Chín mươi chín đồng chẵn'],
  ])('below a hundred: %p → %p', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  test.each([
    [100, 'Một trăm đồng chẵn'],
    [101, 'Một trăm linh một đồng chẵn'],
    [104, 'Một trăm linh bốn đồng chẵn'],
    [105, 'Một trăm linh năm đồng chẵn'],
    [110, 'Một trăm mười đồng chẵn'],
    [115, 'Một trăm mười lăm đồng chẵn'],
    [999, 'Chín trăm chín mươi chín đồng chẵn'],
  ])('hundreds: %p → %p', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  test.each([
    [1001, 'Một nghìn không trăm linh một đồng chẵn'],
    [10000, 'Mười nghìn đồng chẵn'],
    [15000, 'Mười lăm nghìn đồng chẵn'],
    [250000, 'Hai trăm năm mươi nghìn đồng chẵn'],
    [1000010, 'Một triệu không trăm mười đồng chẵn'],
    [1000005, 'Một triệu không trăm linh năm đồng chẵn'],
    [9850000, 'Chín triệu tám trăm năm mươi nghìn đồng chẵn'],
    [68300000, 'Sáu mươi tám triệu ba trăm nghìn đồng chẵn'],
    [1000500000, 'Một tỷ năm trăm nghìn đồng chẵn'],
    [1000000001, 'Một tỷ không trăm linh một đồng chẵn'],
    [2500000000, 'Hai tỷ năm trăm triệu đồng chẵn'],
    [5000000000000, 'Năm nghìn tỷ đồng chẵn'],
    [1234567891234, 'Một nghìn hai trăm ba mươi tư tỷ năm trăm sáu mươi bảy triệu tám trăm chín mươi mốt nghìn hai trăm ba mươi tư đồng chẵn'],
  ])('groups of thousands, with the groups of 000 skipped: %p → %p', (amount, words) => {
    expect(amountInWords(amount)).toBe(words);
  });

  test.each([-1, 1.5, Number.NaN, 2 ** 53])('throws a RangeError for %p', (amount) => {
    expect(() => amountInWords(amount)).toThrow(RangeError);
  });
});

describe('properties', () => {
  test('never throws for 0 … 999 999 999 999; starts with a capital letter and ends with "đồng chẵn" (or is "Không đồng")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 999_999_999_999 }), fc.integer({ min: 0, max: 2000 })), (amount) => {
        const words = amountInWords(amount);
        if (amount === 0) return words === 'Không đồng';
        const first = words.charAt(0);
        return first === first.toUpperCase() && first !== first.toLowerCase() && words.endsWith(' đồng chẵn');
      }),
      { numRuns: 5000 },
    );
  });

  test('one word per space, no doubled words like "không không" or a stray "linh" at the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (amount) => {
        const words = amountInWords(amount);
        return !/\s{2}|không không|linh đồng|trăm trăm/.test(words) && !/^Không /.test(words);
      }),
      { numRuns: 3000 },
    );
  });

  test('"lăm", "mốt" and "tư" appear only after "mười"/"mươi" as the ones digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (amount) => {
        const words = amountInWords(amount).toLowerCase().split(' ');
        return words.every((word, i) => !['lăm', 'mốt', 'tư'].includes(word) || ['mười', 'mươi'].includes(words[i - 1]));
      }),
      { numRuns: 3000 },
    );
  });
});
