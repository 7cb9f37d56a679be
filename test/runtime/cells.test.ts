// The runtime's price list: cells read and written per call, per sheet and per execution, and RangeList as Apps Script has it.
import { loadAddin } from '../../local/load-addin';
import { CallCounter } from '../../local/runtime/counter';
import { createRuntime, type Execution } from '../../local/runtime/index';
import { LocalSpreadsheet } from '../../local/runtime/spreadsheet';

function newBook() {
  const counter = new CallCounter();
  const spreadsheet = new LocalSpreadsheet({ counter });
  const data = spreadsheet.getActiveSheet();
  data.setName('Dữ liệu');
  const other = spreadsheet.insertSheet('Khác');
  counter.reset();
  return { counter, spreadsheet, data, other };
}

describe('cells per call and per sheet', () => {
  test('a grid read counts the cells it returns; a one-cell getter one; position getters none', () => {
    const { counter, data } = newBook();
    data.getRange(1, 1, 3, 4).getValues();
    data.getRange('B2').getValue();
    const range = data.getRange('A1:C5');
    range.getNumRows();
    range.getA1Notation();
    expect(counter.cellTotals()).toEqual({ read: 13, written: 0 });
    expect(
      counter
        .calls()
        .filter((c) => c.read > 0)
        .map((c) => [c.method, c.sheet, c.read]),
    ).toEqual([
      ['Range.getValues', 'Dữ liệu', 12],
      ['Range.getValue', 'Dữ liệu', 1],
    ]);
    expect(counter.total()).toBe(7);
  });

  test('writes count every cell of the range, per sheet; getDataRange reads only the used rectangle', () => {
    const { counter, data, other } = newBook();
    data.getRange(1, 1, 2, 3).setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    data.getRange(1, 1, 2, 3).setNumberFormat('@');
    other.appendRow(['a', 'b']);
    data.getDataRange().getValues();
    expect(counter.cellsBySheet()).toEqual({ 'Dữ liệu': { read: 6, written: 12 }, Khác: { read: 0, written: 2 } });
  });

  test('a method built on another counts its cells once (appendRow on setValues, getSheetValues on getValues)', () => {
    const { counter, data } = newBook();
    data.appendRow([1, 2, 3]);
    data.getSheetValues(1, 1, 1, 3);
    expect(counter.cellTotals()).toEqual({ read: 3, written: 3 });
    expect(counter.total()).toBe(2);
  });

  test('reset clears the cells with the calls', () => {
    const { counter, data } = newBook();
    data.getRange('A1:B2').getValues();
    counter.reset();
    expect(counter.cellTotals()).toEqual({ read: 0, written: 0 });
    expect(counter.cellsBySheet()).toEqual({});
    expect(counter.calls()).toEqual([]);
  });
});

describe('cells per execution', () => {
  test('each execution of dist/Code.js adds up its own cells, by sheet', () => {
    const runtime = createRuntime();
    const sheet = runtime.spreadsheet.getActiveSheet();
    sheet.getRange(1, 1, 4, 3).setValues([
      ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
      ['CD1', 'A', 'Cụm 1'],
      ['CD2', 'B', 'Cụm 1'],
      ['CD3', 'C', 'Cụm 2'],
    ]);
    sheet.setName('Đơn vị');
    const seen: Execution[] = [];
    runtime.onServiceCall = ({ execution }) => {
      if (execution && !seen.includes(execution)) seen.push(execution);
    };
    const addin = loadAddin(runtime);
    addin.sidebarContext(); // the owner, no Phân quyền: Quản trị; reads Đơn vị whole (4 rows × 3 columns)
    addin.sidebarContext();
    expect(seen).toHaveLength(2);
    for (const execution of seen) {
      expect(execution.cellsBySheet['Đơn vị']).toEqual({ read: 12, written: 0 });
      expect(execution.cellsRead).toBe(Object.values(execution.cellsBySheet).reduce((n, c) => n + c.read, 0));
      expect(execution.cellsWritten).toBe(0);
    }
  });
});

describe('RangeList', () => {
  test('one call sets borders and formats on every range of the list, counting all their cells', () => {
    const { counter, data } = newBook();
    const list = data.getRangeList(['A1:B2', 'D4:D6']);
    list.setBorder(true, true, true, true, true, true).setFontWeight('bold').setBackground('#eeeeee');
    expect(counter.byMethod()).toEqual({ 'RangeList.setBackground': 1, 'RangeList.setBorder': 1, 'RangeList.setFontWeight': 1, 'Sheet.getRangeList': 1 });
    expect(counter.cellTotals().written).toBe(3 * 7);
    expect(data.getRange('D5').getFontWeight()).toBe('bold');
    expect(data.getRange('B2').getBackground()).toBe('#eeeeee');
    expect(data.getRange('A1:B2').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'bold'],
    ]);
    expect(data.getRange('C3').getFontWeight()).toBe('normal');
  });

  test('getRanges gives each range; there is no merge, as in Apps Script', () => {
    const { data } = newBook();
    const list = data.getRangeList(['A1:B1', 'C3']);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1', 'C3']);
    expect(list).not.toHaveProperty('merge');
    expect(list).not.toHaveProperty('mergeAcross');
    list.breakApart().clearContent();
  });

  test('a list needs at least one range, in A1 notation on this sheet', () => {
    const { data } = newBook();
    expect(() => data.getRangeList([])).toThrow();
    expect(() => data.getRangeList(['Khác!A1'])).toThrow('Range not found');
  });
});
