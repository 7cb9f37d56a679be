// Tests of readWorkbook's read plans on the local runtime: a sheet read in part keeps its table, and gives records only when every required column was read.
import { createRuntime } from '../../local/runtime/index';
import { readWorkbook } from '../../src/app/load-workbook';
import { SheetLookup } from '../../src/app/sheet-io/sheets';
import { asAppsScript } from '../helpers/apps-script';

// readWorkbook turns date cells into days with Utilities.formatDate: the runtime's globals go on globalThis.
function workbookWithVisits(visits: number) {
  const runtime = createRuntime({ timeZone: 'Asia/Ho_Chi_Minh' });
  Object.assign(globalThis, { Utilities: runtime.globals.Utilities, SpreadsheetApp: runtime.globals.SpreadsheetApp });
  const ss = asAppsScript(runtime.spreadsheet);
  ss.insertSheet('Đơn vị')
    .getRange(1, 1, 2, 3)
    .setValues([
      ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
      ['CD01', 'Trường THCS Lê Lợi', 'Cụm 1'],
    ]);
  const sheet = ss.insertSheet('Thăm hỏi');
  sheet.insertRowsAfter(sheet.getMaxRows(), visits);
  sheet
    .getRange(1, 1, visits + 1, 6)
    .setValues([
      ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ'],
      ...Array.from({ length: visits }, (_, i) => ['10/03/2024', 'CD01', `Người ${i}`, 'Ốm đau', 100000, 'Quỹ CĐCS']),
    ]);
  return { runtime, ss };
}

test('Thăm hỏi read in its date column only keeps its table and gives no visit and no warning (not one per row)', () => {
  const { ss } = workbookWithVisits(2000);
  const { data, tables } = readWorkbook(ss, new SheetLookup(ss), { units: 'all', visits: ['date'] });
  expect(tables.visits?.rows.length).toBe(2000);
  expect(tables.visits?.rows[0].values[0]).toBeInstanceOf(Date);
  expect(data.visits).toEqual([]);
  expect(data.warnings).toEqual([]);
});

test('Thăm hỏi read whole gives every visit', () => {
  const { ss } = workbookWithVisits(3);
  const { data } = readWorkbook(ss, new SheetLookup(ss), { units: 'all', visits: 'all' });
  expect(data.visits.map((v) => v.person)).toEqual(['Người 0', 'Người 1', 'Người 2']);
});
