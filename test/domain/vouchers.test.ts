// Tests of the next voucher number per type (PT for receipts, PC for payments).
import { nextVoucher } from '../../src/domain/vouchers';

describe('nextVoucher', () => {
  test('the first receipt and payment are PT001 and PC001', () => {
    expect(nextVoucher([], 'income')).toBe('PT001');
    expect(nextVoucher([], 'expense')).toBe('PC001');
  });

  test('the largest number of that type plus one, whatever the order', () => {
    const existing = ['PC003', 'PT007', 'PC011', 'PC002', 'PT001'];
    expect(nextVoucher(existing, 'expense')).toBe('PC012');
    expect(nextVoucher(existing, 'income')).toBe('PT008');
  });

  test('zero-padded to at least three digits, more when needed', () => {
    expect(nextVoucher(['PC9'], 'expense')).toBe('PC010');
    expect(nextVoucher(['PC999'], 'expense')).toBe('PC1000');
    expect(nextVoucher(['PC1234'], 'expense')).toBe('PC1235');
  });

  test('the prefix is matched ignoring case and spaces, with an optional separator', () => {
    expect(nextVoucher(['pc 12', ' PC-015 ', 'Pc.004'], 'expense')).toBe('PC016');
  });

  test('texts that are not voucher numbers of the type are ignored', () => {
    expect(nextVoucher(['', 'PT050', 'PC12/2020', 'Phiếu chi 7', 'XPC020', 'PC'], 'expense')).toBe('PC001');
  });
});
