// Tests the local Ui, HtmlService, PropertiesService, CacheService, Session and Logger against Apps Script's documented behaviour.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CacheStore, createCacheService, LocalCache } from '../../local/runtime/cache';
import { CallCounter } from '../../local/runtime/counter';
import { createHtmlService, LocalHtmlOutput, LocalHtmlTemplate } from '../../local/runtime/html';
import { createLogger, LogRecorder } from '../../local/runtime/logger';
import { createPropertiesService, LocalProperties, PropertyStore } from '../../local/runtime/properties';
import { createSession, type SessionState } from '../../local/runtime/session';
import { ButtonSet, UiRecorder } from '../../local/runtime/ui';
import type { RuntimeClock } from '../../local/runtime/utilities';

const QUOTA = 'You have exceeded the property storage quota. Please remove some properties and try again.';

describe('Ui', () => {
  const setUp = () => {
    const counter = new CallCounter();
    const recorder = new UiRecorder(counter, 'Công đoàn');
    return { counter, recorder, ui: recorder.getUi() };
  };

  test('a menu is recorded only when addToUi is called, as it stood then', () => {
    const { recorder, ui } = setUp();
    const menu = ui.createMenu('Báo cáo').addItem('Tổng hợp năm', 'menuSummary').addSeparator();
    expect(recorder.menus).toEqual([]);
    menu.addSubMenu(ui.createMenu('Xuất').addItem('Excel', 'menuExport')).addToUi();
    menu.addItem('Sau addToUi', 'late');
    expect(recorder.menus).toEqual([
      {
        caption: 'Báo cáo',
        addon: false,
        entries: [
          { kind: 'item', caption: 'Tổng hợp năm', functionName: 'menuSummary' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Xuất', entries: [{ kind: 'item', caption: 'Excel', functionName: 'menuExport' }] },
        ],
      },
    ]);
  });

  test('a second menu with the same caption replaces the first; the add-on menu carries the add-on name', () => {
    const { recorder, ui } = setUp();
    ui.createMenu('A').addItem('one', 'f1').addToUi();
    ui.createMenu('B').addItem('two', 'f2').addToUi();
    ui.createMenu('A').addItem('three', 'f3').addToUi();
    ui.createAddonMenu().addItem('Mở thanh bên', 'menuOpenSidebar').addToUi();
    expect(recorder.menus.map((m) => [m.caption, m.entries.length, (m.entries[0] as { functionName: string }).functionName])).toEqual([
      ['B', 1, 'f2'],
      ['A', 1, 'f3'],
      ['Công đoàn', 1, 'menuOpenSidebar'],
    ]);
    expect(recorder.addonMenu()?.addon).toBe(true);
  });

  test("getUi without a UI context throws Apps Script's message", () => {
    const { recorder } = setUp();
    recorder.available = false;
    expect(() => recorder.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('alert has three overloads, answered from the scripted queue (default: the first button of the set)', () => {
    const { recorder, ui } = setUp();
    recorder.answer({}, { button: 'NO' }, { button: 'CANCEL' });
    expect(ui.alert('Đã lưu')).toBe('OK');
    expect(ui.alert('Xoá dòng?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(ui.alert('Xác nhận', 'Ghi đè bảng tổng hợp?', ButtonSet.OK_CANCEL)).toBe('CANCEL');
    expect(ui.alert('Tiếp tục?', ButtonSet.YES_NO_CANCEL)).toBe('YES');
    expect(recorder.dialogs.map((d) => [d.title, d.prompt, d.buttons, d.answer.button])).toEqual([
      ['', 'Đã lưu', 'OK', 'OK'],
      ['', 'Xoá dòng?', 'YES_NO', 'NO'],
      ['Xác nhận', 'Ghi đè bảng tổng hợp?', 'OK_CANCEL', 'CANCEL'],
      ['', 'Tiếp tục?', 'YES_NO_CANCEL', 'YES'],
    ]);
    expect(recorder.pendingAnswers).toBe(0);
  });

  test('a scripted button outside the set, or a wrong argument, fails loudly', () => {
    const { recorder, ui } = setUp();
    recorder.answer({ button: 'YES' });
    expect(() => ui.alert('Chỉ có OK')).toThrow('not a button of ButtonSet.OK');
    expect(() => ui.alert(42)).toThrow("The parameters (number) don't match the method signature for Ui.alert.");
  });

  test('prompt returns the scripted text and button, or OK and empty text', () => {
    const { recorder, ui } = setUp();
    recorder.answer({ button: 'OK', text: '2019-2020' });
    const first = ui.prompt('Kỳ tổng hợp', 'Nhập kỳ (vd 2020):', ButtonSet.OK_CANCEL);
    expect([first.getSelectedButton(), first.getResponseText()]).toEqual(['OK', '2019-2020']);
    const second = ui.prompt('Ghi chú');
    expect([second.getSelectedButton(), second.getResponseText()]).toEqual(['OK', '']);
    expect(recorder.dialogs.map((d) => d.kind)).toEqual(['prompt', 'prompt']);
  });

  test('alert suspends the script, which releases its locks', () => {
    const { recorder, ui } = setUp();
    let suspended = 0;
    recorder.onSuspend = () => {
      suspended++;
    };
    ui.alert('x');
    ui.prompt('y');
    expect(suspended).toBe(2);
  });

  test('sidebars are 300 px wide; a dialog title overrides setTitle; a template is not an HtmlOutput', () => {
    const { recorder, ui, counter } = setUp();
    const out = new LocalHtmlOutput(counter, '<p>Xin chào</p>').setTitle('Công đoàn').setWidth(500).setHeight(400);
    ui.showSidebar(out);
    ui.showModalDialog(out, 'Hộp thoại');
    expect(recorder.shown).toEqual([
      { kind: 'sidebar', title: 'Công đoàn', content: '<p>Xin chào</p>', width: 300, height: 400 },
      { kind: 'modal', title: 'Hộp thoại', content: '<p>Xin chào</p>', width: 500, height: 400 },
    ]);
    const template = new LocalHtmlTemplate({ htmlDir: '.', counter, scriptScope: () => ({}) }, 'x');
    // @ts-expect-error -- a template where its evaluated output belongs, refused at run time as in Apps Script
    expect(() => ui.showSidebar(template)).toThrow("The parameters (HtmlTemplate) don't match the method signature for Ui.showSidebar.");
  });

  test('toasts are recorded; every Ui call counts under Ui', () => {
    const { recorder, ui, counter } = setUp();
    recorder.recordToast('Đã lưu 3 dòng', 'Công đoàn', 5);
    ui.createMenu('M').addItem('a', 'b').addToUi();
    expect(recorder.toasts).toEqual([{ message: 'Đã lưu 3 dòng', title: 'Công đoàn', timeoutSeconds: 5 }]);
    expect(counter.byMethod()).toEqual({ 'Menu.addItem': 1, 'Menu.addToUi': 1, 'Ui.createMenu': 1 });
  });
});

describe('HtmlService', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'html-service-'));
  fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<h1>Thanh bên</h1>');
  fs.writeFileSync(
    path.join(dir, 'Report.html'),
    '<h1><?= title ?></h1><?!= raw ?><? for (var i = 1; i <= n; i++) { ?><li><?= i ?></li><? } ?><p><?= greet() ?></p>',
  );
  const counter = new CallCounter();
  const html = createHtmlService({ htmlDir: dir, counter, scriptScope: () => ({ greet: () => 'Chào <bạn>' }) }) as Record<string, (...a: unknown[]) => unknown>;

  test('createHtmlOutputFromFile reads <htmlDir>/<name>.html, and throws for a missing file', () => {
    expect((html.createHtmlOutputFromFile('Sidebar') as LocalHtmlOutput).getContent()).toBe('<h1>Thanh bên</h1>');
    expect(() => html.createHtmlOutputFromFile('Thiếu')).toThrow('No HTML file named Thiếu was found.');
  });

  test('template: <?= ?> escapes, <?!= ?> does not, <? ?> runs code, template properties and script globals are in scope', () => {
    const template = html.createTemplateFromFile('Report') as LocalHtmlTemplate;
    template.title = 'A & B <i>';
    template.raw = '<b>đậm</b>';
    template.n = 2;
    expect(template.evaluate().getContent()).toBe('<h1>A &amp; B &lt;i&gt;</h1><b>đậm</b><li>1</li><li>2</li><p>Chào &lt;bạn&gt;</p>');
  });

  test('HtmlOutput setters chain and getters read back', () => {
    const out = (html.createHtmlOutput('<p>a</p>') as LocalHtmlOutput)
      .append('<p>b</p>')
      .setTitle('T')
      .setWidth(320)
      .setHeight(200)
      .setXFrameOptionsMode('ALLOWALL')
      .addMetaTag('viewport', 'width=device-width');
    expect([out.getContent(), out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['<p>a</p><p>b</p>', 'T', 320, 200]);
    expect(out.getMetaTags().map((m) => `${m.getName()}=${m.getContent()}`)).toEqual(['viewport=width=device-width']);
    expect(html.XFrameOptionsMode).toEqual({ ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' });
    expect(counter.total('Html')).toBeGreaterThan(0);
  });
});

describe('PropertiesService', () => {
  const open = (store = new PropertyStore()) => new LocalProperties(store, new CallCounter());

  test('values are stored as strings; a missing key is null; setters chain', () => {
    const props = open().setProperty('count', 3).setProperty('on', true);
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperty('on')).toBe('true');
    expect(props.getProperty('missing')).toBeNull();
  });

  test('getProperties returns a copy, not a live view', () => {
    const props = open().setProperties({ a: '1', b: '2' });
    const copy = props.getProperties();
    copy.a = 'changed';
    props.setProperty('c', '3');
    expect(copy).toEqual({ a: 'changed', b: '2' });
    expect(props.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
  });

  test('setProperties with deleteAllOthers, deleteProperty, deleteAllProperties, getKeys', () => {
    const props = open().setProperties({ a: 1, b: 2 }).setProperties({ c: 3 }, true);
    expect(props.getKeys()).toEqual(['c']);
    expect(props.deleteProperty('c').getKeys()).toEqual([]);
    expect(props.setProperty('x', 'y').deleteAllProperties().getProperties()).toEqual({});
  });

  test('9 KB per value (UTF-8 bytes): 4608 × "đ" fits, 4609 does not', () => {
    const props = open();
    expect(() => props.setProperty('v', 'đ'.repeat(4608))).not.toThrow();
    expect(() => props.setProperty('w', 'đ'.repeat(4609))).toThrow(QUOTA);
    expect(props.getProperty('w')).toBeNull();
  });

  test('500 KB per store: 56 entries of 3 + 9000 bytes fit (504,168), the 57th does not, and nothing is half-written', () => {
    const props = open();
    let failedAt = -1;
    for (let i = 0; i < 60 && failedAt < 0; i++) {
      try {
        props.setProperty(`k${String(i).padStart(2, '0')}`, 'x'.repeat(9000));
      } catch (error) {
        expect((error as Error).message).toBe(QUOTA);
        failedAt = i;
      }
    }
    expect(failedAt).toBe(56);
    expect(props.getKeys()).toHaveLength(56);
  });

  test('document properties are null when not bound; each service call counts', () => {
    const counter = new CallCounter();
    const service = createPropertiesService({ document: () => null, script: () => new PropertyStore(), user: () => new PropertyStore() }, counter) as Record<
      string,
      () => LocalProperties | null
    >;
    expect(service.getDocumentProperties()).toBeNull();
    service.getScriptProperties()!.getProperty('a');
    expect(counter.byMethod()).toEqual({
      'Properties.getProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
      'PropertiesService.getScriptProperties': 1,
    });
  });
});

describe('CacheService', () => {
  let advanced = 0;
  const clock: RuntimeClock = {
    now: () => new Date(Date.parse('2024-05-01T00:00:00Z') + advanced),
    advance: (ms) => {
      advanced += ms;
    },
  };
  const open = () => new LocalCache(new CacheStore(), clock, new CallCounter());

  test('entries expire on the runtime clock: 600 s by default', () => {
    const cache = open();
    cache.put('a', '1');
    // @ts-expect-error -- a number where the text belongs, stored as its text
    cache.put('b', 2, 60);
    clock.advance(59_999);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    clock.advance(1);
    expect(cache.get('b')).toBeNull();
    clock.advance(539_999);
    expect(cache.get('a')).toBe('1');
    clock.advance(1);
    expect(cache.get('a')).toBeNull();
  });

  test('limits: 21600 s at most, values up to 100 KB, keys up to 250 characters', () => {
    const cache = open();
    expect(() => cache.put('k', 'v', 21600)).not.toThrow();
    expect(() => cache.put('k', 'v', 21601)).toThrow();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024))).not.toThrow();
    expect(() => cache.put('k', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
  });

  test('putAll, remove and removeAll', () => {
    const cache = open();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('the document cache is null when not bound', () => {
    const service = createCacheService(
      { document: () => null, script: () => new CacheStore(), user: () => new CacheStore() },
      clock,
      new CallCounter(),
    ) as Record<string, () => unknown>;
    expect(service.getDocumentCache()).toBeNull();
    expect(service.getScriptCache()).toBeInstanceOf(LocalCache);
  });
});

describe('Session and Logger', () => {
  test('the active user can be hidden (""), the effective user stays; toString is the email', () => {
    const state: SessionState = {
      activeUser: 'chutich@truong.edu.vn',
      effectiveUser: 'chutich@truong.edu.vn',
      scriptTimeZone: 'Asia/Ho_Chi_Minh',
      userLocale: 'vi',
    };
    const session = createSession(state, new CallCounter()) as Record<string, () => { getEmail(): string }>;
    expect(session.getActiveUser().getEmail()).toBe('chutich@truong.edu.vn');
    expect(`${session.getActiveUser()}`).toBe('chutich@truong.edu.vn');
    state.activeUser = '';
    expect(session.getActiveUser().getEmail()).toBe('');
    expect(session.getEffectiveUser().getEmail()).toBe('chutich@truong.edu.vn');
    expect([session.getScriptTimeZone(), session.getActiveUserLocale()]).toEqual(['Asia/Ho_Chi_Minh', 'vi']);
    expect(session.getTemporaryActiveUserKey()).toBe(session.getTemporaryActiveUserKey());
  });

  test('Logger.log formats Java-style, chains, and getLog/clear work', () => {
    const recorder = new LogRecorder();
    const logger = createLogger(recorder, new CallCounter()) as { log(...a: unknown[]): typeof logger; getLog(): string; clear(): void };
    logger.log('Đã đọc %d dòng từ %s', 12, 'Đơn vị').log({ kỳ: '2020' });
    expect(logger.getLog()).toBe('Đã đọc 12 dòng từ Đơn vị\n{"kỳ":"2020"}');
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});
