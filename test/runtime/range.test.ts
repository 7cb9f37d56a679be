// Range of the local Spreadsheet runtime against documented Apps Script behaviour (values, dimension errors, parsing, formats).
import { DataValidationBuilder } from '../../local/runtime/builders';
import { CallCounter } from '../../local/runtime/counter';
import { LocalSpreadsheet } from '../../local/runtime/spreadsheet';

function newSheet() {
  const counter = new CallCounter();
  const spreadsheet = new LocalSpreadsheet({ counter });
  return { counter, spreadsheet, sheet: spreadsheet.getActiveSheet() };
}

describe('Range values', () => {
  test('empty cells read as "" and getValue gives the top-left cell', () => {
    const { sheet } = newSheet();
    sheet.getRange('B2').setValue(7);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['', ''],
      ['', 7],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe(7);
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('dates come back as Date objects, copied', () => {
    const { sheet } = newSheet();
    const date = new Date('2020-03-14T17:00:00Z'); // 15/03/2020 00:00 in Asia/Ho_Chi_Minh
    sheet.getRange('A1').setValue(date);
    const first = sheet.getRange('A1').getValue() as Date;
    expect(first).toBeInstanceOf(Date);
    expect(first.getTime()).toBe(date.getTime());
    first.setFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).getTime()).toBe(date.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/03/2020');
  });

  test("row and column mismatches throw with Apps Script's exact messages", () => {
    const { sheet } = newSheet();
    expect(() =>
      sheet.getRange(1, 1, 3, 4).setValues([
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
        [1, 2, 3, 4],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 4 but the range has 3.');
    expect(() => sheet.getRange(1, 1, 1, 4).setValues([[1, 2, 3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2], []])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 0 but the range has 2.',
    );
  });

  test('a non-2-D value does not match the method signature', () => {
    const { sheet } = newSheet();
    expect(() => sheet.getRange('A1:B1').setValues(['a', 'b'])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    try {
      sheet.getRange('A1').setValues('x');
    } catch (error) {
      expect((error as Error).name).toBe('Exception');
      expect(String(error)).toBe("Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues.");
    }
    expect.assertions(3);
  });

  test('strings are parsed as if typed, except in "@" cells', () => {
    const { sheet } = newSheet();
    sheet.getRange('B1').setNumberFormat('@');
    sheet.getRange('A1:B1').setValues([['01234', '01234']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[1234, '01234']]);
    sheet.getRange('A2:E2').setValues([['-3.5', "'0123", 'TRUE', 'Nguyễn Văn An', '10%']]);
    expect(sheet.getRange('A2:E2').getValues()).toEqual([[-3.5, '0123', true, 'Nguyễn Văn An', 0.1]]);
    expect(sheet.getRange('E2').getDisplayValue()).toBe('10%');
  });

  test('null and undefined write empty cells', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:B1').setValues([[1, 2]]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('"=…" becomes a formula; HYPERLINK reads back as its label, other formulas as ""', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([['=HYPERLINK("https://ví-dụ.vn";"Xem ô")', '=SUM(1,2)', '=HYPERLINK("https://a.vn","Mở")']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=HYPERLINK("https://ví-dụ.vn";"Xem ô")', '=SUM(1,2)', '=HYPERLINK("https://a.vn","Mở")']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Xem ô', '', 'Mở']]);
    expect(sheet.getRange('D1').getFormula()).toBe('');
  });

  test('a typed dd/mm/yyyy date becomes midnight of that day in the spreadsheet time zone', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1').setValue('01/02/2020');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2020-01-31T17:00:00.000Z');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
  });
});

describe('Range display values and number formats', () => {
  test('vi_VN renders đồng, percent, decimals and dates', () => {
    const { sheet } = newSheet();
    // biome-ignore lint/suspicious/noApproximativeNumericConstant: a decimal to round for display, not π
    sheet.getRange('A1:F1').setValues([[1500000, 0.125, 3.14159, 2.25, new Date('2020-03-14T17:00:00Z'), new Date('2020-03-15T08:05:09Z')]]);
    sheet.getRange('A1:F1').setNumberFormats([['#,##0 "₫"', '0.0%', '0.00', '0.0', 'dd/mm/yyyy', 'dd/MM/yyyy HH:mm:ss']]);
    expect(sheet.getRange('A1:F1').getDisplayValues()).toEqual([['1.500.000 ₫', '12,5%', '3,14', '2,3', '15/03/2020', '15/03/2020 15:05:09']]);
    sheet.getRange('A2:C2').setValues([[-2500, 1234567, 3.5]]);
    sheet.getRange('A2:B2').setNumberFormat('#,##0');
    expect(sheet.getRange('A2:C2').getDisplayValues()).toEqual([['-2.500', '1.234.567', '3,5']]);
  });

  test('unformatted cells report 0.###############, and the format set is the one returned', () => {
    const { sheet } = newSheet();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B1').setNumberFormat('#,##0 "₫"');
    expect(sheet.getRange('A1:C1').getNumberFormats()).toEqual([['#,##0 "₫"', '#,##0 "₫"', '0.###############']]);
    expect(() => sheet.getRange('A1:B1').setNumberFormats([['0.00']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('display of empty cells, booleans and text', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:C1').setValues([[true, '', 'Hiếu']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['TRUE', '', 'Hiếu']]);
  });
});

describe('Range formats, notes, merges, validation', () => {
  test('font weight, colours, backgrounds and alignment read back with defaults elsewhere', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1').setFontWeight('bold').setBackground('#d9ead3').setFontColor('#ff0000').setHorizontalAlignment('center');
    expect(sheet.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'normal']]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#d9ead3', '#ffffff']]);
    expect(sheet.getRange('A1').getFontColor()).toBe('#ff0000');
    expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('center');
    sheet.getRange('A1').clearFormat();
    expect(sheet.getRange('A1').getFontWeight()).toBe('normal');
  });

  test('notes, merges and clear', () => {
    const { sheet } = newSheet();
    sheet.getRange('A1:B1').setValues([['Tiêu đề', 'mất']]);
    sheet.getRange('A1').setNote('Mã đơn vị duy nhất');
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Tiêu đề', '']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Mã đơn vị duy nhất', '']]);
    sheet.getRange('A1:B1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(sheet.getRange('A1').getNote()).toBe('Mã đơn vị duy nhất');
  });

  test('position getters, A1 notation and offset', () => {
    const { sheet } = newSheet();
    const range = sheet.getRange('B3:D7');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns(), range.getLastRow(), range.getLastColumn()]).toEqual([
      3, 2, 5, 3, 7, 4,
    ]);
    expect(range.getA1Notation()).toBe('B3:D7');
    expect(range.offset(1, 1, 1, 1).getA1Notation()).toBe('C4');
    expect(() => range.offset(0, 0, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(range.getSheet()).toBe(sheet);
  });

  test('a strict list validation rejects a value outside the list', () => {
    const { sheet, counter } = newSheet();
    const rule = new DataValidationBuilder(counter).requireValueInList(['Thu', 'Chi']).setAllowInvalid(false).build();
    sheet.getRange('A1:A2').setDataValidation(rule);
    sheet.getRange('A1').setValue('Thu');
    expect(() => sheet.getRange('A2').setValue('Khác')).toThrow('The data you entered in cell A2 violates the data validation rules set on this cell.');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['Thu'], ['']]);
    expect(sheet.getRange('A2').getDataValidation()?.getCriteriaValues()).toEqual([['Thu', 'Chi'], true]);
  });
});

describe('counting', () => {
  test('one getValues is one Range.getValues call, and internal reuse does not count', () => {
    const { sheet, counter } = newSheet();
    const range = sheet.getRange('A1:C3');
    counter.reset();
    range.getValues();
    expect(counter.byMethod()).toEqual({ 'Range.getValues': 1 });
    range.getNumberFormat(); // built on getNumberFormats internally
    expect(counter.byMethod()).toEqual({ 'Range.getNumberFormat': 1, 'Range.getValues': 1 });
    expect(counter.total('Spreadsheet')).toBe(2);
  });
});
