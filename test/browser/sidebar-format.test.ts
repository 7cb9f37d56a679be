// Tests of how the sidebar reads points and groups amounts as typed (sidebar/format.ts), and of the server-error text it shows.
import { formatAmountTyping, formatPoints, readPoints } from '../../sidebar/format';
import { errorMessage } from '../../sidebar/server';

describe('readPoints: one criterion as typed', () => {
  test.each([
    ['', 10, false, { ok: true, value: null }],
    ['   ', 10, false, { ok: true, value: null }],
    ['7,5', 10, false, { ok: true, value: 7.5 }],
    ['7.5', 10, false, { ok: true, value: 7.5 }],
    ['10', 10, false, { ok: true, value: 10 }],
    ['0', 10, false, { ok: true, value: 0 }],
    ['12', 10, false, { ok: false, message: 'Tối đa 10 điểm' }],
    ['10,01', 10, false, { ok: false, message: 'Tối đa 10 điểm' }],
    ['3', 2.5, false, { ok: false, message: 'Tối đa 2,5 điểm' }],
    ['-1', 10, false, { ok: false, message: 'Điểm không được âm' }],
    ['abc', 10, false, { ok: false, message: 'Nhập một số, ví dụ 7,5' }],
    ['1.000,5', 10, false, { ok: false, message: 'Nhập một số, ví dụ 7,5' }],
    ['1', 1, true, { ok: true, value: 1 }],
    ['0', 1, true, { ok: true, value: 0 }],
    ['0,5', 1, true, { ok: false, message: 'Chỉ nhập 1 (đạt) hoặc 0 (không đạt)' }],
  ])('%p of max %p (condition %p)', (typed, max, condition, expected) => {
    expect(readPoints(typed, max, condition)).toEqual(expected);
  });
});

test('formatPoints writes a decimal comma and at most two decimals', () => {
  expect(formatPoints(7.5)).toBe('7,5');
  expect(formatPoints(10)).toBe('10');
  expect(formatPoints(0.1 + 0.2)).toBe('0,3');
  expect(formatPoints(-4.25)).toBe('-4,25');
});

test('formatAmountTyping groups digits with dots and leaves anything else as typed', () => {
  expect(formatAmountTyping('1500000')).toBe('1.500.000');
  expect(formatAmountTyping('1.500.00')).toBe('150.000');
  expect(formatAmountTyping('999')).toBe('999');
  expect(formatAmountTyping('1000')).toBe('1.000');
  expect(formatAmountTyping('0012000')).toBe('12.000');
  expect(formatAmountTyping('0')).toBe('0');
  expect(formatAmountTyping('')).toBe('');
  expect(formatAmountTyping('1,5')).toBe('1,5');
  expect(formatAmountTyping('abc')).toBe('abc');
  expect(formatAmountTyping('1.500.000 ₫')).toBe('1.500.000 ₫');
});

test('errorMessage keeps the server sentence and drops the "Error:"/"Exception:" prefix', () => {
  expect(errorMessage(new Error('Exception: Bảng tính đang bận, vui lòng thử lại'))).toBe('Bảng tính đang bận, vui lòng thử lại');
  expect(errorMessage(new Error('Error: Số tiền không hợp lệ: "1,5".'))).toBe('Số tiền không hợp lệ: "1,5".');
  expect(errorMessage(new Error('Bạn chưa có quyền dùng thanh bên.'))).toBe('Bạn chưa có quyền dùng thanh bên.');
  expect(errorMessage(new Error(''))).toBe('Có lỗi xảy ra trên máy chủ. Vui lòng thử lại.');
  expect(errorMessage(undefined)).toBe('Có lỗi xảy ra trên máy chủ. Vui lòng thử lại.');
});

describe('errorMessage: failures from Google or the browser, in English, become Vietnamese with the original after it', () => {
  test.each([
    ['NetworkError: Connection failure due to HTTP 0', /^Mất kết nối với máy chủ Google\./],
    ['Script function not found: sidebarSaveScore', /^Thanh bên đang mở là phiên bản cũ/],
    ['ScriptError: Authorization is required to perform that action.', /^Tài khoản của bạn chưa cho phép tiện ích/],
    ['Exceeded maximum execution time', /^Máy chủ Google xử lý quá lâu/],
    ['Exception: Service invoked too many times for one day: spreadsheets.', /^Máy chủ Google đang nhận quá nhiều yêu cầu/],
    ["TypeError: Cannot read properties of undefined (reading 'getRange')", /^Máy chủ báo một lỗi ngoài dự kiến\./],
  ])('%p', (original, sentence) => {
    const shown = errorMessage(new Error(original));
    expect(shown).toMatch(sentence);
    expect(shown.endsWith(`\nChi tiết: ${original}`)).toBe(true);
  });

  test('the server’s own sentence that already carries English details is shown as it is', () => {
    const server = 'Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\nChi tiết: Range not found';
    expect(errorMessage(new Error(`Exception: ${server}`))).toBe(server);
  });

  test('a plain string handed to the failure handler is read too', () => {
    expect(errorMessage('NetworkError: Connection failure due to HTTP 503')).toMatch(
      /^Mất kết nối[^\n]*\nChi tiết: NetworkError: Connection failure due to HTTP 503$/,
    );
  });
});
