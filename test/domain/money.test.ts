// Tests of parseAmount and formatVnd: the ways officers type amounts, fractions, signs, blanks and the round trip.
import fc from 'fast-check';
import { formatVnd, parseAmount, parseAmountAtLeast } from '../../src/domain/money';

function value(input: unknown): number {
  const parsed = parseAmount(input);
  if (!parsed.ok) throw new Error(`expected ${String(input)} to parse, got: ${parsed.message}`);
  return parsed.value;
}

function refused(input: unknown): string {
  const parsed = parseAmount(input);
  if (parsed.ok) throw new Error(`expected ${String(input)} to be refused, got ${parsed.value}`);
  return parsed.message;
}

describe('parseAmount', () => {
  test.each([
    [1500000, 1500000],
    [0, 0],
    ['1500000', 1500000],
    ['1.500.000', 1500000],
    ['1.500.000 ₫', 1500000],
    ['1.500.000₫', 1500000],
    ['1.500.000đ', 1500000],
    ['1.500.000 đ', 1500000],
    ['1.500.000 đồng', 1500000],
    ['1.500.000 VNĐ', 1500000],
    ['1.500.000 vnd', 1500000],
    ['1,500,000', 1500000],
    ['1 500 000', 1500000],
    ['1\u00a0500\u00a0000 ₫', 1500000],
    ['  250.000  ', 250000],
    ['1.000', 1000],
    ['999', 999],
  ])('reads %p as %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  test('keeps the sign of negative amounts for the caller to judge', () => {
    expect(value(-500000)).toBe(-500000);
    expect(value('-1.500.000 ₫')).toBe(-1500000);
    expect(value('-1,500,000')).toBe(-1500000);
  });

  test('reads decomposed (NFD) Vietnamese currency words', () => {
    expect(value('1.500.000 đồng'.normalize('NFD'))).toBe(1500000);
  });

  test('reads groups separated by a narrow no-break space', () => {
    expect(value('1\u202f500\u202f000')).toBe(1500000);
  });

  test.each([1500000.5, 0.1, -2.25])('refuses the fractional number %p: đồng has no decimals', (input) => {
    expect(refused(input)).toMatch(/nguyên/);
  });

  test.each(['1.500.000,50', '1.5', '1,5', '1500000.5', '1.50.000', '15.00.000', '1,50,000'])('refuses the text %p', (input) => {
    expect(refused(input)).toMatch(/không hợp lệ/);
  });

  test.each(['', '   ', 'abc', '₫', '1.500.000 USD', '1 500.000', '--5'])('refuses %p', (input) => {
    expect(refused(input)).toMatch(/Số tiền không hợp lệ/);
  });

  test('refuses non-numbers and non-finite numbers', () => {
    expect(refused(Number.NaN)).toMatch(/không hợp lệ/);
    expect(refused(Number.POSITIVE_INFINITY)).toMatch(/không hợp lệ/);
    expect(refused(null)).toMatch(/không hợp lệ/);
    expect(refused(true)).toMatch(/không hợp lệ/);
    expect(refused(new Date(2020, 0, 1))).toMatch(/không hợp lệ/);
  });

  test('refuses amounts beyond the safe integers', () => {
    expect(refused(2 ** 53)).toMatch(/quá lớn/);
    expect(refused('99999999999999999999')).toMatch(/quá lớn/);
  });

  test('shortens a long bad text in its message', () => {
    const message = refused('x'.repeat(500));
    expect(message.length).toBeLessThan(80);
  });
});

describe('formatVnd', () => {
  test.each([
    [0, '0 ₫'],
    [999, '999 ₫'],
    [1000, '1.000 ₫'],
    [1500000, '1.500.000 ₫'],
    [123456789, '123.456.789 ₫'],
    [-500000, '-500.000 ₫'],
  ])('shows %p as %p', (amount, shown) => {
    expect(formatVnd(amount)).toBe(shown);
  });
});

describe('properties', () => {
  test('parseAmount(formatVnd(n)) = n for every safe integer n ≥ 0', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const parsed = parseAmount(formatVnd(n));
        return parsed.ok && parsed.value === n;
      }),
      { numRuns: 2000 },
    );
  });

  test('the plain digits, dot groups and comma groups of a number read the same', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const dots = formatVnd(n).replace(' ₫', '');
        const parsed = [String(n), dots, dots.replace(/\./g, ','), `${dots}đ`].map(parseAmount);
        return parsed.every((p) => p.ok && p.value === n);
      }),
    );
  });

  test('a number with a fractional part is always refused', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => !Number.isInteger(x)),
        (x) => !parseAmount(x).ok,
      ),
    );
  });
});

describe('parseAmountAtLeast', () => {
  test('0 refuses a negative amount, 1 refuses 0; the amount is shown in đồng; no minimum keeps the sign', () => {
    expect(parseAmountAtLeast('-2.500.000 ₫', 0)).toEqual({ ok: false, message: 'Số tiền không được âm: -2.500.000 ₫' });
    expect(parseAmountAtLeast(0, 0)).toEqual({ ok: true, value: 0 });
    expect(parseAmountAtLeast(0, 1, 'Số dư')).toEqual({ ok: false, message: 'Số dư phải lớn hơn 0: 0 ₫' });
    expect(parseAmountAtLeast('-200.000', undefined)).toEqual({ ok: true, value: -200000 });
    expect(parseAmountAtLeast('abc', 0)).toEqual({ ok: false, message: 'Số tiền không hợp lệ: "abc"' });
  });
});
