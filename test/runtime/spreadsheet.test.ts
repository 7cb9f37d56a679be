// Sheet, Spreadsheet, builders and SpreadsheetApp of the local runtime against documented Apps Script behaviour.
import { CallCounter } from '../../local/runtime/counter';
import type { Sheet } from '../../local/runtime/sheet';
import { LocalSpreadsheet } from '../../local/runtime/spreadsheet';
import { createSpreadsheetApp } from '../../local/runtime/spreadsheet-app';

function newSpreadsheet(onToast?: (m: string, t?: string, s?: number) => void) {
  const counter = new CallCounter();
  const spreadsheet = new LocalSpreadsheet({ counter, onToast });
  return { counter, spreadsheet, sheet: spreadsheet.getActiveSheet() };
}

type App = {
  getActiveSpreadsheet(): LocalSpreadsheet;
  getActiveSheet(): Sheet;
  getUi(): unknown;
  flush(): void;
  newDataValidation(): import('../../local/runtime/builders').DataValidationBuilder;
  newConditionalFormatRule(): import('../../local/runtime/builders').ConditionalFormatRuleBuilder;
  ProtectionType: Record<string, string>;
  DataValidationCriteria: Record<string, string>;
  BorderStyle: Record<string, string>;
};

describe('Sheet.getRange', () => {
  test('numeric forms: one cell, one column of n rows, a block', () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
  });

  test('A1 forms resolve against a 1000 × 26 sheet', () => {
    const { sheet } = newSpreadsheet();
    const shape = (a1: string) => {
      const r = sheet.getRange(a1);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    };
    expect(shape('A1')).toEqual([1, 1, 1, 1]);
    expect(shape('A1:D10')).toEqual([1, 1, 10, 4]);
    expect(shape('B:B')).toEqual([1, 2, 1000, 1]);
    expect(shape('A:C')).toEqual([1, 1, 1000, 3]);
    expect(shape('2:2')).toEqual([2, 1, 1, 26]);
    expect(shape('A1:C')).toEqual([1, 1, 1000, 3]);
    expect(shape('A2:2')).toEqual([2, 1, 1, 26]);
    expect(sheet.getRange('B:B').getA1Notation()).toBe('B:B');
    expect(() => sheet.getRange('B')).toThrow('Range not found');
  });

  test("bad coordinates throw Apps Script's messages", () => {
    const { sheet } = newSpreadsheet();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, sheet.getLastColumn())).toThrow('The number of columns in the range must be at least 1.');
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
});

describe('Sheet structure', () => {
  test('an empty sheet: data range A1, last row and column 0, size 1000 × 26', () => {
    const { sheet } = newSpreadsheet();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  test('appendRow writes after the last row with content and grows a full sheet', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:B1').setValues([['Ngày', 'Số tiền']]);
    sheet.getRange('C5').setFontWeight('bold'); // formatting alone is not content
    sheet.appendRow(['15/03/2020', '1500000']);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getRange('B2').getValue()).toBe(1500000);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    sheet.getRange(1000, 1).setValue('cuối');
    sheet.appendRow(['thêm']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('thêm');
  });

  test('insertRowsAfter shifts content down; deleteRows removes rows', () => {
    const { sheet } = newSpreadsheet();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['a'], [''], [''], ['b'], ['c']]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['a'], ['b'], ['c']]);
    expect(sheet.getMaxRows()).toBe(1000);
  });

  test('freezing, widths, hiding, name, index', () => {
    const { spreadsheet, sheet } = newSpreadsheet();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getColumnWidth(3)]).toEqual([1, 180, 100]);
    const second = spreadsheet.insertSheet('Quỹ');
    second.hideSheet();
    expect(second.isSheetHidden()).toBe(true);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    sheet.setName('Đơn vị');
    expect(spreadsheet.getSheetByName('Đơn vị')).toBe(sheet);
    expect([sheet.getIndex(), second.getIndex()]).toEqual([1, 2]);
  });
});

describe('Spreadsheet', () => {
  test('insertSheet: 0-based index, becomes active, duplicate name error', () => {
    const { spreadsheet } = newSpreadsheet();
    const first = spreadsheet.insertSheet('Thu chi', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Thu chi', 'Sheet1']);
    expect(spreadsheet.getActiveSheet()).toBe(first);
    expect(() => spreadsheet.insertSheet('Thu chi')).toThrow('A sheet with the name "Thu chi" already exists. Please enter another name.');
  });

  test('getSheetByName is exact and returns null when missing', () => {
    const { spreadsheet } = newSpreadsheet();
    spreadsheet.insertSheet('Khen thưởng');
    expect(spreadsheet.getSheetByName('Khen thưởng')?.getName()).toBe('Khen thưởng');
    expect(spreadsheet.getSheetByName('Khen thuong')).toBeNull();
    expect(spreadsheet.getRangeByName('x')).toBeNull();
  });

  test('deleteSheet refuses to remove the last sheet', () => {
    const { spreadsheet, sheet } = newSpreadsheet();
    const other = spreadsheet.insertSheet('Tạm');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getNumSheets()).toBe(1);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  test('identity, time zone, locale, owner, sheet-qualified ranges and toast', () => {
    const toasts: unknown[][] = [];
    const { spreadsheet } = newSpreadsheet((...args) => toasts.push(args));
    expect([spreadsheet.getSpreadsheetTimeZone(), spreadsheet.getSpreadsheetLocale()]).toEqual(['Asia/Ho_Chi_Minh', 'vi_VN']);
    expect(spreadsheet.getOwner().getEmail()).toBe('owner@example.com');
    spreadsheet.insertSheet('Đơn vị').getRange('B2').setValue('CD001');
    expect(spreadsheet.getRange("'Đơn vị'!B2").getValue()).toBe('CD001');
    expect(() => spreadsheet.getRange('Không có!A1')).toThrow('Range not found');
    spreadsheet.toast('Đã lưu', 'Công đoàn', 3);
    expect(toasts).toEqual([['Đã lưu', 'Công đoàn', 3]]);
  });
});

describe('builders and protection', () => {
  test('data validation defaults and values', () => {
    const { spreadsheet, counter } = newSpreadsheet();
    const app = createSpreadsheetApp({ active: () => spreadsheet, counter, getUi: () => 'ui' }) as App;
    const rule = app.newDataValidation().requireValueInList(['Thu', 'Chi']).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
    expect(() => app.newDataValidation().requireDate('=I1' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireDate.",
    );
    const between = app.newDataValidation().requireNumberBetween(0, 10).setAllowInvalid(false).setHelpText('0 đến 10').build();
    expect([between.getCriteriaValues(), between.getAllowInvalid(), between.getHelpText()]).toEqual([[0, 10], false, '0 đến 10']);
  });

  test('setConditionalFormatRules replaces all rules', () => {
    const { spreadsheet, sheet, counter } = newSpreadsheet();
    const app = createSpreadsheetApp({ active: () => spreadsheet, counter, getUi: () => null }) as App;
    const red = app
      .newConditionalFormatRule()
      .whenNumberGreaterThan(10)
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('E2:E')])
      .build();
    const bold = app.newConditionalFormatRule().whenFormulaSatisfied('=$F2>10').setBold(true).build();
    sheet.setConditionalFormatRules([red, bold]);
    sheet.setConditionalFormatRules([bold]);
    expect(sheet.getConditionalFormatRules()).toEqual([bold]);
    expect(red.getBooleanCondition().getBackground()).toBe('#f4cccc');
  });

  test('sheet protection: no editors at first, owner never listed, same protection twice', () => {
    const { sheet, counter } = newSpreadsheet();
    const protection = sheet.protect().setWarningOnly(true).setDescription('Tiêu đề');
    expect(protection.getEditors()).toEqual([]);
    expect(sheet.protect()).toBe(protection);
    expect([protection.isWarningOnly(), protection.getDescription(), protection.canEdit()]).toEqual([true, 'Tiêu đề', true]);
    const strict = sheet.getRange('A1:C1').protect().addEditors(['owner@example.com', 'cumtruong@example.com']);
    expect(strict.getEditors().map((u) => u.getEmail())).toEqual(['cumtruong@example.com']);
    expect(sheet.getProtections('RANGE')).toEqual([strict]);
    strict.remove();
    expect(sheet.getProtections('RANGE')).toEqual([]);
    expect(counter.byMethod()['Protection.getEditors']).toBe(2);
  });

  test('charts are recorded with their type, title and ranges', () => {
    const { sheet } = newSpreadsheet();
    const chart = sheet.newChart().addRange(sheet.getRange('A1:B5')).asPieChart().setTitle('Xếp loại').setPosition(2, 5, 0, 0).build();
    sheet.insertChart(chart);
    const [recorded] = sheet.getCharts();
    expect(recorded._record().type).toBe('PIE');
    expect(recorded.getOptions().get('title')).toBe('Xếp loại');
    expect((recorded.getRanges()[0] as { getA1Notation(): string }).getA1Notation()).toBe('A1:B5');
    sheet.removeChart(recorded);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});

describe('SpreadsheetApp and counting', () => {
  test('getActiveSpreadsheet, getUi, enums; each call counted once as SpreadsheetApp.<name>', () => {
    const { spreadsheet, counter } = newSpreadsheet();
    const toasts: string[] = [];
    const app = createSpreadsheetApp({ active: () => spreadsheet, counter, getUi: () => 'the ui', toast: (m) => toasts.push(m) }) as App;
    counter.reset();
    expect(app.getActiveSpreadsheet()).toBe(spreadsheet);
    expect(app.getUi()).toBe('the ui');
    app.flush();
    expect(app.ProtectionType.SHEET).toBe('SHEET');
    expect(app.BorderStyle.SOLID).toBe('SOLID');
    expect(counter.byMethod()).toEqual({ 'SpreadsheetApp.flush': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1, 'SpreadsheetApp.getUi': 1 });
    app.getActiveSheet().getDataRange().getValues();
    expect(counter.total()).toBe(6);
  });

  test('toast reaches ctx.toast when the spreadsheet has no handler', () => {
    const { spreadsheet, counter } = newSpreadsheet();
    const toasts: string[] = [];
    const app = createSpreadsheetApp({ active: () => spreadsheet, counter, getUi: () => null, toast: (m) => toasts.push(m) }) as App;
    app.getActiveSpreadsheet().toast('Xong');
    expect(toasts).toEqual(['Xong']);
  });
});
