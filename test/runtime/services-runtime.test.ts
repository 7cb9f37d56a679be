// Tests the assembled local runtime: globals wired to one spreadsheet, counter and clock; users, binding and UI context switchable.
import { createRuntime, LocalSpreadsheet } from '../../local/runtime/index';

// biome-ignore lint/suspicious/noExplicitAny: calls the runtime's globals by their Apps Script method names, untyped here
type Service = Record<string, (...args: any[]) => any>;
const service = (runtime: ReturnType<typeof createRuntime>, name: string) => runtime.globals[name] as Service;

describe('createRuntime', () => {
  test('defaults: the owner runs the script in Asia/Ho_Chi_Minh, bound to a spreadsheet in the same zone', () => {
    const runtime = createRuntime();
    const session = service(runtime, 'Session');
    expect(session.getActiveUser().getEmail()).toBe('owner@example.com');
    expect(session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(session.getActiveUserLocale()).toBe('vi');
    expect(service(runtime, 'SpreadsheetApp').getActiveSpreadsheet()).toBe(runtime.spreadsheet);
    expect(runtime.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect((runtime.globals.ScriptApp as { AuthMode: Record<string, string> }).AuthMode.NONE).toBe('NONE');
  });

  test('setActiveUser switches the user; "" hides the identity but user properties stay the effective user\'s', () => {
    const runtime = createRuntime({ activeUser: 'a@truong.edu.vn' });
    const props = service(runtime, 'PropertiesService');
    props.getUserProperties().setProperty('kỳ', '2020');
    runtime.setActiveUser('b@truong.edu.vn');
    expect(props.getUserProperties().getProperty('kỳ')).toBeNull();
    runtime.setActiveUser('a@truong.edu.vn');
    runtime.setActiveUser('');
    expect(service(runtime, 'Session').getActiveUser().getEmail()).toBe('');
    expect(service(runtime, 'Session').getEffectiveUser().getEmail()).toBe('a@truong.edu.vn');
    expect(props.getUserProperties().getProperty('kỳ')).toBe('2020');
  });

  test("SpreadsheetApp.getUi works in a UI context and throws Apps Script's message without one; toasts are recorded", () => {
    const runtime = createRuntime();
    const app = service(runtime, 'SpreadsheetApp');
    app.getUi().createMenu('Công đoàn').addItem('Tổng hợp', 'menuSummary').addToUi();
    expect(runtime.ui.menus.map((m) => m.caption)).toEqual(['Công đoàn']);
    app.getActiveSpreadsheet().toast('Đã lưu', 'Công đoàn', 3);
    expect(runtime.ui.toasts).toEqual([{ message: 'Đã lưu', title: 'Công đoàn', timeoutSeconds: 3 }]);
    runtime.setUiContext(false);
    expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('unbound: no document lock, properties or cache, and no UI', () => {
    const runtime = createRuntime({ bound: false });
    expect(service(runtime, 'LockService').getDocumentLock()).toBeNull();
    expect(service(runtime, 'PropertiesService').getDocumentProperties()).toBeNull();
    expect(service(runtime, 'CacheService').getDocumentCache()).toBeNull();
    expect(service(runtime, 'LockService').getScriptLock().tryLock(0)).toBe(true);
    expect(() => service(runtime, 'SpreadsheetApp').getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('document properties belong to the active spreadsheet', () => {
    const runtime = createRuntime();
    const props = service(runtime, 'PropertiesService');
    props.getDocumentProperties().setProperty('năm', 2020);
    const other = new LocalSpreadsheet({ counter: runtime.counter, name: 'Khác' });
    runtime.useSpreadsheet(other);
    expect(runtime.spreadsheet).toBe(other);
    expect(props.getDocumentProperties().getProperty('năm')).toBeNull();
    expect(props.getScriptProperties().getKeys()).toEqual([]);
  });

  test('Utilities.sleep advances the clock the cache expires on', () => {
    const runtime = createRuntime({ now: () => new Date('2024-05-01T00:00:00Z') });
    const cache = service(runtime, 'CacheService').getScriptCache();
    cache.put('tổng', '54', 120);
    service(runtime, 'Utilities').sleep(119_999);
    expect(cache.get('tổng')).toBe('54');
    service(runtime, 'Utilities').sleep(1);
    expect(cache.get('tổng')).toBeNull();
    expect(runtime.sleeps).toEqual([119_999, 1]);
    expect(runtime.clock.now().toISOString()).toBe('2024-05-01T00:02:00.000Z');
  });

  test("another process holding the document lock makes waitLock time out; an alert releases the script's locks", () => {
    const runtime = createRuntime();
    const locks = service(runtime, 'LockService');
    runtime.locks.holdByAnotherProcess('document');
    expect(() => locks.getDocumentLock().waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    runtime.locks.releaseByAnotherProcess('document');
    const lock = locks.getDocumentLock();
    lock.waitLock(10_000);
    expect(lock.hasLock()).toBe(true);
    service(runtime, 'SpreadsheetApp').getUi().alert('Tiếp tục?');
    expect(lock.hasLock()).toBe(false);
  });

  test('each service counts under its own name', () => {
    const runtime = createRuntime();
    service(runtime, 'Session').getActiveUser();
    service(runtime, 'Utilities').formatDate(new Date(0), 'UTC', 'yyyy');
    service(runtime, 'Logger').log('x');
    service(runtime, 'CacheService').getUserCache().get('a');
    expect([runtime.counter.total('Session'), runtime.counter.total('Utilities'), runtime.counter.total('Logger'), runtime.counter.total('Cache')]).toEqual([
      1, 1, 1, 2,
    ]);
    expect(runtime.log.lines).toEqual(['x']);
  });
});
