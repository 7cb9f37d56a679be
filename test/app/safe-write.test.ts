// The append helper: rows laid out by header position, missing headers added at the end, text formatted "@" before writing, sheets grown when full.
import { createRuntime } from '../../local/runtime/index';
import { appendPlannedRow, blankCell, dateCell, numberCell, planRow, textCell } from '../../src/app/sheet-io/safe-write';
import { DATE_CELL_FORMAT, GENERAL_FORMAT, TEXT_FORMAT } from '../../src/domain/cell-formats';
import { asAppsScript } from '../helpers/apps-script';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function sheetWith(rows: unknown[][]): Sheet {
  const runtime = createRuntime();
  const sheet = runtime.spreadsheet.insertSheet('Thử');
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  return asAppsScript(sheet);
}

describe('planRow', () => {
  const sheet = {} as Sheet;

  test('cells go under their own headers, extra columns stay blank, and a missing header is added after the last one', () => {
    const plan = planRow(sheet, { headerRow: 2, headers: ['Tên', 'Riêng', 'Mã', ''] }, [
      { column: 2, header: 'Mã', cell: textCell('CD001') },
      { column: 0, header: 'Tên', cell: textCell('An') },
      { column: undefined, header: 'Thời điểm', cell: numberCell(5), addIfMissing: true },
      { column: undefined, header: 'Ghi chú', cell: textCell('') },
    ]);
    expect(plan.newHeaders).toEqual({ column: 3, headers: ['Thời điểm'] });
    expect(plan.values).toEqual(['An', '', 'CD001', 5]);
    expect(plan.formats).toEqual([TEXT_FORMAT, GENERAL_FORMAT, TEXT_FORMAT, GENERAL_FORMAT]);
  });

  test('a missing header with a value is added by default; a blank one is not', () => {
    const plan = planRow(sheet, { headerRow: 1, headers: ['A'] }, [
      { column: undefined, header: 'Ghi chú', cell: textCell('có nội dung') },
      { column: undefined, header: 'Khác', cell: blankCell() },
    ]);
    expect(plan.newHeaders).toEqual({ column: 1, headers: ['Ghi chú'] });
    expect(plan.values).toEqual(['', 'có nội dung']);
  });

  test('a calendar day is written as its serial number with a dd/mm/yyyy format, so no time zone can move it', () => {
    const plan = planRow(sheet, { headerRow: 1, headers: ['Ngày'] }, [{ column: 0, header: 'Ngày', cell: dateCell('2024-03-10') }]);
    // 2024-03-10 is 45361 days after 1899-12-30.
    expect(plan.values).toEqual([45361]);
    expect(plan.formats).toEqual([DATE_CELL_FORMAT]);
  });
});

describe('appendPlannedRow', () => {
  test('appends after the last row with text kept as text (=, +, -, @ and leading zeros)', () => {
    const sheet = sheetWith([
      ['Mã', 'Ghi chú', 'Điểm'],
      ['CD001', 'cũ', 1],
    ]);
    const texts = ['=SUM(1,2)', '+84912', '-5', '@x', '007'];
    for (const text of texts) {
      const plan = planRow(sheet, { headerRow: 1, headers: ['Mã', 'Ghi chú', 'Điểm'] }, [
        { column: 0, header: 'Mã', cell: textCell(text) },
        { column: 1, header: 'Ghi chú', cell: textCell(text) },
        { column: 2, header: 'Điểm', cell: numberCell(2.5) },
      ]);
      appendPlannedRow(plan);
    }
    const values = sheet.getRange(3, 1, texts.length, 3).getValues();
    expect(values).toEqual(texts.map((t) => [t, t, 2.5]));
    expect(
      sheet
        .getRange(3, 1, texts.length, 3)
        .getFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);
  });

  test('a header-only sheet gets its first row just below the header, even when the header is not on row 1', () => {
    const sheet = sheetWith([['Bảng thăm hỏi'], ['Ngày', 'Tên']]);
    const row = appendPlannedRow(planRow(sheet, { headerRow: 2, headers: ['Ngày', 'Tên'] }, [{ column: 1, header: 'Tên', cell: textCell('Bình') }]));
    expect(row).toBe(3);
    expect(sheet.getRange(3, 2).getValue()).toBe('Bình');
  });

  test('a full sheet grows by the rows needed, and new headers are written as text', () => {
    const sheet = sheetWith([['A']]);
    sheet.deleteRows(2, sheet.getMaxRows() - 1);
    expect(sheet.getMaxRows()).toBe(1);
    const row = appendPlannedRow(planRow(sheet, { headerRow: 1, headers: ['A'] }, [{ column: undefined, header: '+Thời điểm', cell: textCell('x') }]));
    expect(row).toBe(2);
    expect(sheet.getMaxRows()).toBe(2);
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['A', '+Thời điểm'],
      ['', 'x'],
    ]);
  });
});
