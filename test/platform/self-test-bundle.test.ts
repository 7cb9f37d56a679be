// "Kiểm tra tiện ích" through dist/Code.js on the local runtime: every check passes, the spreadsheet is left exactly as it was,
// the run stays well inside Apps Script's time limit, and the menu shows the result with a copyable, escaped report.
import { loadAddin } from '../../local/load-addin';
import type { LocalRuntime } from '../../local/runtime/index';
import { SUITE_BUDGET_MS } from '../../src/platform/run';
import { asAppsScript } from '../helpers/apps-script';
import { runtimeWith } from '../helpers/workbook';

/** A pessimistic cost of one service call in Google Sheets (reads there take ~0.2 s uncached, cached ones far less). */
const SECONDS_PER_CALL = 0.5;

function officersWorkbook(): LocalRuntime {
  const runtime = runtimeWith({
    'Đơn vị': [
      ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
      ['A', 'Trường A', 'Cụm 1'],
      ['B', 'Trường B', 'Cụm 1'],
    ],
    'Thăm hỏi': [
      ['Ngày', 'Mã đơn vị', 'Số tiền'],
      [new Date(Date.UTC(2020, 5, 14, 17)), 'A', 1500000],
    ],
    'Nhật ký': [['Thời điểm', 'Email']],
  });
  const ss = asAppsScript(runtime.spreadsheet);
  const app = runtime.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss.getSheetByName('Nhật ký')!.protect().setDescription('Nhật ký').setWarningOnly(true);
  ss.getSheetByName('Đơn vị')!
    .getRange('C2:C3')
    .setDataValidation(app.newDataValidation().requireValueInList(['Cụm 1', 'Cụm 2']).build());
  ss.getSheetByName('Thăm hỏi')!.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#fce8e6')
      .setRanges([ss.getSheetByName('Thăm hỏi')!.getRange('A2:C')])
      .build(),
  ]);
  ss.setActiveSheet(ss.getSheetByName('Thăm hỏi')!);
  runtime.stores.documentProperties()!.data.set('cai-dat', '{"gap":10}');
  (runtime.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!.put('vai-tro', 'Quản trị', 600);
  return runtime;
}

/** Everything the self-test could touch: every sheet (cells, sizes, protections, rules), the active sheet, document properties, cache, locks. */
function snapshot(runtime: LocalRuntime): string {
  const { nextSheetId: _ids, active, ...model } = runtime.spreadsheet._model;
  const seen = new WeakSet<object>();
  return JSON.stringify(
    {
      model,
      active: active.name,
      properties: [...runtime.stores.documentProperties()!.data],
      cache: (runtime.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!.get('vai-tro'),
      lock: runtime.locks.heldByScript('document'),
    },
    (key, value) => {
      if (key === 'counter' || key === '_parent') return undefined;
      if (value instanceof Map) return [...value];
      if (value && typeof value === 'object') {
        if (seen.has(value)) return '(xem trên)';
        seen.add(value);
      }
      return value;
    },
  );
}

const totalCalls = (runtime: LocalRuntime) =>
  (['Spreadsheet', 'Lock', 'Properties', 'Cache', 'Session', 'Utilities', 'Ui', 'Html'] as const).reduce((n, s) => n + runtime.counter.total(s), 0);

test("runSelfTest() passes every check and leaves the officer's spreadsheet, properties, cache and locks exactly as it found them", () => {
  const runtime = officersWorkbook();
  const before = snapshot(runtime);
  runtime.counter.reset();
  const result = loadAddin(runtime).runSelfTest();
  expect(result).toMatchObject({ failed: 0, notRun: 0 });
  expect(result.passed).toBe(result.total);
  expect(result.total).toBeGreaterThanOrEqual(28);
  expect(result.summary).toMatch(/^Kiểm tra tiện ích: \d+\/\d+ mục đạt \(\d+(,\d)? giây\)\.$/);
  expect(snapshot(runtime)).toBe(before);
  // Within the time budget, measured in service calls at a pessimistic price, and no simulated waiting (sleeps, lock waits).
  expect(totalCalls(runtime) * SECONDS_PER_CALL * 1000).toBeLessThan(SUITE_BUDGET_MS);
  expect(SUITE_BUDGET_MS).toBeLessThan((6 * 60 * 1000) / 2);
  expect(runtime.clock.advancedMs).toBe(0);
});

test('any editor can run it: as an officer who is not the owner, it passes and changes nothing', () => {
  const runtime = officersWorkbook();
  runtime.spreadsheet.addEditor('canbo@example.com');
  runtime.setActiveUser('canbo@example.com');
  const before = snapshot(runtime);
  const result = loadAddin(runtime).runSelfTest();
  expect(result.summary).toMatch(/^Kiểm tra tiện ích: (\d+)\/\1 mục đạt/);
  expect(snapshot(runtime)).toBe(before);
});

test('the menu shows the result in a dialog with the report in a read-only box, everything escaped', () => {
  const runtime = officersWorkbook();
  const utilities = runtime.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
  runtime.globals.Utilities = { ...utilities, formatDate: (d: Date, tz: string, p: string) => (p === 'z' ? '<b>ICT</b>' : utilities.formatDate(d, tz, p)) };
  loadAddin(runtime).menuSelfTest();
  expect(runtime.ui.shown).toHaveLength(1);
  const dialog = runtime.ui.shown[0];
  expect(dialog).toMatchObject({ kind: 'modal', title: 'Kiểm tra tiện ích' });
  expect(dialog.content).toContain('• Chưa đạt: Tiện ích (Utilities) (utilities.zone-name): mong đợi "GMT+07:00", thực tế "&lt;b&gt;ICT&lt;/b&gt;".');
  expect(dialog.content).toMatch(
    /<textarea readonly[^>]*>Kiểm tra tiện ích: \d+\/\d+ mục đạt[\s\S]*CHƯA ĐẠT utilities\.zone-name: sửa local\/runtime\/\{utilities\.ts\}[\s\S]*<\/textarea>/,
  );
  expect(dialog.content).not.toContain('<b>ICT');
  expect(runtime.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Đơn vị', 'Thăm hỏi', 'Nhật ký']);
});
