// Tests loadAddin: the built dist/Code.js runs in a fresh vm with the local runtime's globals, and its onOpen builds the menu index.ts defines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_DIST_DIR, loadAddin, loadScript } from '../../local/load-addin';
import { createRuntime, REPO_ROOT } from '../../local/runtime/index';

/** A throwaway dist/ with its own Code.js, to test the loader itself. */
function fakeDist(code: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-dist-'));
  fs.writeFileSync(path.join(dir, 'Code.js'), code);
  fs.writeFileSync(path.join(dir, 'Other.js'), 'throw new Error("only Code.js may be loaded");');
  return dir;
}

describe('loadAddin with the built dist/Code.js (jest global setup builds it)', () => {
  const indexSource = fs.readFileSync(path.join(REPO_ROOT, 'src/index.ts'), 'utf8');

  test('onOpen and onInstall are top-level functions', () => {
    const addin = loadAddin(createRuntime());
    expect(typeof addin.onOpen).toBe('function');
    expect(typeof addin.onInstall).toBe('function');
  });

  test('onOpen records the menu src/index.ts builds, and every item names a top-level function', () => {
    const runtime = createRuntime();
    const script = loadScript(runtime);
    script.onOpen({ authMode: 'NONE' });
    expect(runtime.ui.menus).toHaveLength(1);
    const [menu] = runtime.ui.menus;
    if (indexSource.includes('createAddonMenu()')) {
      expect(menu).toMatchObject({ addon: true, caption: runtime.ui.addonName });
    } else {
      expect(indexSource).toContain(`createMenu('${menu.caption}')`);
    }
    const items = menu.entries.flatMap((e) => (e.kind === 'item' ? [e] : []));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(typeof script[item.functionName]).toBe('function');
  });

  test("onInstall builds the same menu; without a UI context onOpen throws Apps Script's message", () => {
    const runtime = createRuntime();
    loadAddin(runtime).onInstall({});
    expect(runtime.ui.menus).toHaveLength(1);
    const headless = createRuntime({ uiContext: false });
    expect(() => loadAddin(headless).onOpen()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('the default dist directory is <repo>/dist', () => {
    expect(DEFAULT_DIST_DIR).toBe(path.join(REPO_ROOT, 'dist'));
  });
});

describe('loadScript mechanics (loadAddin loads dist/Code.js through it)', () => {
  test('a missing dist/Code.js says to build first', () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-dist-'));
    expect(() => loadAddin(createRuntime(), empty)).toThrow('Chưa build: chạy npm run build');
  });

  test('each load is a fresh context: top-level state does not leak, runtime.globals is not touched', () => {
    const dir = fakeDist('var calls = 0; function bump() { calls += 1; return calls; }');
    const runtime = createRuntime();
    const first = loadScript(runtime, dir);
    expect([first.bump(), first.bump()]).toEqual([1, 2]);
    expect(loadScript(runtime, dir).bump()).toBe(1);
    expect('bump' in runtime.globals).toBe(false);
  });

  test('arrays and dates from the vm fail instanceof but pass Array.isArray and toString checks', () => {
    const addin = loadScript<{ make(): unknown[] }>(createRuntime(), fakeDist('function make() { return [new Date(0)]; }'));
    const made = addin.make();
    // biome-ignore lint/suspicious/useIsArray: the point of this test is that instanceof fails across realms
    expect(made instanceof Array).toBe(false);
    expect(Array.isArray(made)).toBe(true);
    expect(Object.prototype.toString.call(made[0])).toBe('[object Date]');
  });

  test("service exceptions are Errors to the add-in, with Apps Script's message", () => {
    const runtime = createRuntime();
    runtime.locks.holdByAnotherProcess('document');
    const addin = loadScript(
      runtime,
      fakeDist(
        'function save() { try { LockService.getDocumentLock().waitLock(5000); return "ok"; } catch (e) { return [e instanceof Error, e.message].join("|"); } }',
      ),
    );
    expect(addin.save()).toBe('true|Lock timeout: another process was holding the lock for too long.');
  });

  test('locks the script forgot to release are released when the call ends', () => {
    const runtime = createRuntime();
    const addin = loadScript(runtime, fakeDist('function take() { var l = LockService.getScriptLock(); l.waitLock(100); return l.hasLock(); }'));
    expect(addin.take()).toBe(true);
    expect(runtime.locks.heldByScript('script')).toBe(false);
  });

  test("template scriptlets see the add-in's top-level functions", () => {
    const runtime = createRuntime();
    const addin = loadScript(
      runtime,
      fakeDist(
        'function title() { return "Công đoàn"; } function page() { return HtmlService.createTemplate("<h1><?= title() ?></h1>").evaluate().getContent(); }',
      ),
    );
    expect(addin.page()).toBe('<h1>Công đoàn</h1>');
  });
});
