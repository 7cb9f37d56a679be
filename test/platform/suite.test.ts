// The platform suite against the local runtime: every check passes, a host that disagrees is reported with expected and actual
// and the runtime file to change, and the run always puts back what it touched, within its time budget.
import { createRuntime, type LocalRuntime } from '../../local/runtime/index';
import type { CheckGroup, PlatformHost } from '../../src/platform/check';
import { PLATFORM_CHECKS } from '../../src/platform/checks';
import { describeRun } from '../../src/platform/report';
import { runPlatformSuite } from '../../src/platform/run';
import { runtimeWith } from '../helpers/workbook';

const hostOf = (runtime: LocalRuntime) => runtime.globals as unknown as PlatformHost;

test('every check of the platform suite passes on the local runtime, and the ids are unique', () => {
  const run = runPlatformSuite(hostOf(createRuntime()));
  expect(run.results.filter((r) => r.ok !== true)).toEqual([]);
  const ids = PLATFORM_CHECKS.flatMap((g) => g.checks.map(([id]) => id));
  expect(run.results.map((r) => r.id)).toEqual(ids);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length).toBeGreaterThanOrEqual(28);
  expect(describeRun(run, new Date()).summary).toMatch(new RegExp(`^Kiểm tra tiện ích: ${ids.length}/${ids.length} mục đạt \\(\\d+(,\\d)? giây\\)\\.$`));
});

test('the suite also passes in an en_US spreadsheet in another time zone (the officer may have changed both)', () => {
  const runtime = createRuntime();
  runtime.spreadsheet.setSpreadsheetLocale('en_US');
  runtime.spreadsheet.setSpreadsheetTimeZone('America/New_York');
  expect(runPlatformSuite(hostOf(runtime)).results.filter((r) => r.ok !== true)).toEqual([]);
});

test('a host that answers otherwise fails that check only, with the expected and actual values and the runtime file to change', () => {
  const runtime = createRuntime();
  const utilities = runtime.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
  const host = {
    ...hostOf(runtime),
    Utilities: { ...utilities, formatDate: (d: Date, tz: string, p: string) => (p === 'z' ? 'ICT' : utilities.formatDate(d, tz, p)) },
  } as PlatformHost;
  const run = runPlatformSuite(host);
  expect(run.results.filter((r) => r.ok !== true)).toEqual([
    { id: 'utilities.zone-name', title: 'Tiện ích (Utilities)', files: 'utilities.ts', ok: false, expected: '"GMT+07:00"', actual: '"ICT"' },
  ]);
  const { summary, report, failed, passed, total } = describeRun(run, new Date('2026-12-01T03:00:00Z'));
  expect([failed, passed]).toEqual([1, total - 1]);
  expect(summary).toContain('• Chưa đạt: Tiện ích (Utilities) (utilities.zone-name): mong đợi "GMT+07:00", thực tế "ICT".');
  expect(summary).toContain('Hãy chép báo cáo bên dưới gửi người bảo trì.');
  expect(report).toContain('2026-12-01T03:00:00.000Z; bảng tính Asia/Ho_Chi_Minh vi_VN, tập lệnh Asia/Ho_Chi_Minh');
  expect(report).toContain(
    'CHƯA ĐẠT utilities.zone-name: sửa local/runtime/{utilities.ts} cho giống Google, rồi sửa giá trị mong đợi của mục này trong src/platform/checks.ts.\n  runtime cục bộ: "GMT+07:00"\n  Google: "ICT"',
  );
});

test('values are compared with their types: the text "1" is not the number 1, dates show as Date(ISO)', () => {
  const groups: CheckGroup[] = [
    {
      title: 'Kiểu',
      files: 'values.ts',
      checks: [
        ['text-vs-number', () => ['1', 1]],
        ['date', () => [new Date(Date.UTC(2020, 0, 2)), '2020-01-02T00:00:00.000Z']],
      ],
    },
  ];
  const run = runPlatformSuite(hostOf(createRuntime()), { groups });
  expect(run.results.map((r) => [r.expected, r.actual])).toEqual([
    ['1', '"1"'],
    ['"2020-01-02T00:00:00.000Z"', '"Date(2020-01-02T00:00:00.000Z)"'],
  ]);
});

test('whatever a check does and however it fails, the run removes its sheets, keys and lock and leaves the other sheets as they were', () => {
  const runtime = runtimeWith({ 'Đơn vị': [['Mã đơn vị'], ['A']], 'Thăm hỏi': [['Ngày']] });
  const ss = runtime.spreadsheet;
  ss.setActiveSheet(ss.getSheetByName('Thăm hỏi')!);
  runtime.stores.documentProperties()!.data.set('giữ', '1');
  let usedKey = '';
  const groups: CheckGroup[] = [
    {
      title: 'Hỏng',
      files: 'x.ts',
      checks: [
        [
          'boom',
          (sheet, row, c) => {
            c.spreadsheet.insertSheet('Thêm');
            sheet.getRange(row, 1).setValue('tạm');
            usedKey = c.key('k');
            c.PropertiesService.getDocumentProperties().setProperty(usedKey, 'v');
            c.CacheService.getDocumentCache()!.put(usedKey, 'v');
            c.LockService.getDocumentLock().waitLock(100);
            throw new Error('hỏng giữa chừng');
          },
        ],
        ['after', () => [1, 1]],
      ],
    },
  ];
  const run = runPlatformSuite(hostOf(runtime), { groups });
  expect(run.results.map((r) => [r.id, r.ok, r.actual])).toEqual([
    ['boom', false, 'hỏng giữa chừng'],
    ['after', true, undefined],
  ]);
  expect(ss.getSheets().map((s) => s.getName())).toEqual(['Đơn vị', 'Thăm hỏi']);
  expect(ss.getActiveSheet().getName()).toBe('Thăm hỏi');
  expect(Object.fromEntries(runtime.stores.documentProperties()!.data)).toEqual({ giữ: '1' });
  expect((runtime.globals.CacheService as GoogleAppsScript.Cache.CacheService).getDocumentCache()!.get(usedKey)).toBeNull();
  expect(runtime.locks.heldByScript('document')).toBe(false);
  expect(ss.getSheetByName('Đơn vị')!.getDataRange().getValues()).toEqual([['Mã đơn vị'], ['A']]);
});

test('no new check starts after the time budget: the rest are reported as not run, and the sheet is still removed', () => {
  const runtime = createRuntime();
  let clock = 0;
  const run = runPlatformSuite(hostOf(runtime), { budgetMs: 10_000, now: () => (clock += 1000) });
  const notRun = run.results.filter((r) => r.ok === null);
  expect(notRun.length).toBeGreaterThan(0);
  expect(run.results.filter((r) => r.ok === true).length).toBe(run.results.length - notRun.length);
  const { summary, notRun: counted } = describeRun(run, new Date());
  expect(counted).toBe(notRun.length);
  expect(summary).toContain(`, ${notRun.length} mục chưa chạy vì hết giờ`);
  expect(runtime.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
});
