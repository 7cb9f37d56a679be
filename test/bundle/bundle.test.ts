// Tests of what clasp pushes: dist/Code.js loads in a bare context, every export of src/index.ts is a top-level function, custom functions keep their JSDoc.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');

function entryExports(): { name: string; customFunction: boolean }[] {
  const file = path.join(root, 'src/index.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2020, true);
  return source.statements
    .filter(ts.isFunctionDeclaration)
    .filter((f) => f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
    .map((f) => ({
      name: f.name!.text,
      customFunction: /@customfunction/.test(f.getFullText()),
    }));
}

let code = '';
beforeAll(() => {
  code = fs.readFileSync(path.join(dist, 'Code.js'), 'utf8');
});

test('dist/Code.js loads in a bare context with no Apps Script services and exposes every export as a top-level function', () => {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  const exported = entryExports();
  expect(exported.map((e) => e.name)).toEqual(expect.arrayContaining(['onOpen', 'onInstall', 'runYearlySummary']));
  for (const { name } of exported) expect(typeof context[name]).toBe('function');
  expect(
    Object.keys(context)
      .filter((k) => typeof context[k] === 'function')
      .sort(),
  ).toEqual(exported.map((e) => e.name).sort());
});

test('every custom function is UPPERCASE and carries its JSDoc with @customfunction and a Vietnamese example', () => {
  const custom = entryExports().filter((e) => e.customFunction);
  expect(custom.length).toBeGreaterThanOrEqual(7);
  for (const { name } of custom) {
    expect(name).toMatch(/^[A-Z]+$/);
    const at = code.indexOf(`\nfunction ${name}(`);
    expect(at).toBeGreaterThan(0);
    const doc = code.slice(code.lastIndexOf('/**', at), at);
    expect(doc).toContain('@customfunction');
    expect(doc).toContain('Ví dụ: =' + name + '(');
  }
});

test('no import/export is left, nothing Apps Script V8 lacks is used, and the bundle stays under 200 KB', () => {
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  for (const missing of ['setTimeout(', 'new URL(', 'TextEncoder', 'fetch(', 'require(', 'process.']) expect(code).not.toContain(missing);
  expect(Buffer.byteLength(code)).toBeLessThan(200 * 1024);
});

test('the manifest is copied with V8, Asia/Ho_Chi_Minh and only the narrow scopes', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
  expect(manifest.oauthScopes.sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('the sidebar is one self-contained HTML file: no external script or stylesheet', () => {
  const html = fs.readFileSync(path.join(dist, 'Sidebar.html'), 'utf8');
  expect(html).not.toMatch(/<script[^>]+src=/i);
  expect(html).not.toMatch(/<link[^>]+stylesheet/i);
  expect(html).not.toContain('/*INLINE_JS*/');
  expect(html).toContain('lang="vi"');
});

test('no installable triggers: the code never creates or lists triggers and the manifest has no scope that would allow it', () => {
  for (const call of ['ScriptApp.newTrigger', 'newTrigger(', 'getProjectTriggers', 'deleteTrigger']) expect(code).not.toContain(call);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'appsscript.json'), 'utf8'));
  expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/script.scriptapp');
});
