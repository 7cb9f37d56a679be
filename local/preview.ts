// npm run preview: serves the built sidebar on localhost with a google.script.run shim that runs dist/Code.js on the local runtime.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SHEET } from '../src/workbook/schema';
import { DEFAULT_DIST_DIR, loadScript, type ScriptFunctions } from './load-addin';
import { CallCounter } from './runtime/counter';
import { createRuntime, REPO_ROOT, type LocalRuntime } from './runtime/index';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { loadXlsx, saveXlsx } from './xlsx';

export const SAMPLE_WORKBOOK = path.join(REPO_ROOT, 'examples', 'mau-cong-doan.xlsx');
export const DEFAULT_PREVIEW_PORT = 8765;

export interface PreviewOptions {
  /** 0 = any free port (the tests use it). Default 8765. */
  port?: number;
  /** The workbook to load (default the sample examples/mau-cong-doan.xlsx). Ignored when spreadsheet is given. */
  input?: string;
  /** A spreadsheet already loaded (and perhaps changed) by the caller, e.g. a test. */
  spreadsheet?: LocalSpreadsheet;
  /** The current user when the page names none (default: the first Email of Phân quyền, else the spreadsheet's owner). */
  user?: string;
  /** Where Code.js and Sidebar.html are (default dist/). */
  distDir?: string;
}

export interface Preview {
  /** http://127.0.0.1:<port>/ : the preview page (user bar above a 300 px sidebar frame). */
  url: string;
  /** The sidebar alone for a given user: `${url}sidebar?user=<email>` ('' = an email Apps Script hides). */
  sidebarUrl(user?: string): string;
  runtime: LocalRuntime;
  /** Every server call the sidebar made, in order, for tests and the console. */
  calls: { name: string; user: string; ok: boolean; message?: string }[];
  close(): Promise<void>;
}

/** One person of Phân quyền, for the user bar. */
export interface PreviewUser {
  email: string;
  role: string;
}

/** Emails and roles listed in Phân quyền, read straight from the model (not counted as service calls). */
export function roleUsers(spreadsheet: LocalSpreadsheet): PreviewUser[] {
  const sheet = spreadsheet._model.sheets.find((s) => s.name === SHEET.roles);
  if (!sheet) return [];
  const values = spreadsheet._sheet(sheet).getDataRange().getValues();
  const header = (values[0] ?? []).map((v) => String(v).trim().toLowerCase());
  const emailColumn = header.indexOf('email');
  const roleColumn = header.indexOf('vai trò');
  if (emailColumn < 0) return [];
  const users: PreviewUser[] = [];
  for (const row of values.slice(1)) {
    const email = String(row[emailColumn] ?? '').trim();
    if (email && !users.some((u) => u.email.toLowerCase() === email.toLowerCase())) users.push({ email, role: String(row[roleColumn] ?? '').trim() });
  }
  return users;
}

const isDateValue = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/** True when a Date hides anywhere in the value: google.script.run cannot return it (the sidebar would receive null). */
function holdsDate(value: unknown, depth = 0): boolean {
  if (isDateValue(value)) return true;
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => holdsDate(v, depth + 1));
}

/**
 * The google.script.run shim put first in the sidebar's <head>: one method per public server function; each call is
 * asynchronous, goes through JSON to POST /run, and ends in the success handler (result, userObject) or the failure handler
 * (Error with the server's message, userObject). withSuccessHandler / withFailureHandler / withUserObject return a new runner.
 */
function shimScript(functions: readonly string[]): string {
  const names = JSON.stringify(functions).replace(/</g, '\\u003c');
  return `<script>/* google.script.run shim of npm run preview */(function () {
  var names = ${names};
  var user = new URLSearchParams(location.search).get('user');
  function later(f) { Promise.resolve().then(f); }
  function runner(success, failure, userObject) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, failure, userObject); },
      withFailureHandler: function (f) { return runner(success, f, userObject); },
      withUserObject: function (o) { return runner(success, failure, o); }
    };
    function fail(error) {
      if (failure) failure(error, userObject); else console.error('google.script.run: ' + error.message);
    }
    names.forEach(function (name) {
      r[name] = function () {
        var body;
        try { body = JSON.stringify({ name: name, args: Array.prototype.slice.call(arguments), user: user }); }
        catch (e) { later(function () { fail(new Error('Tham số không gửi được: ' + e.message)); }); return; }
        fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: body })
          .then(function (response) { return response.json(); })
          .then(function (reply) {
            if (reply.ok) { if (success) success(reply.result, userObject); }
            else fail(new Error(reply.message));
          }, function (e) { fail(new Error('Không gọi được máy chủ xem trước: ' + e.message)); });
      };
    });
    return r;
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () { document.body.textContent = '(Thanh bên đã đóng)'; }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  } };
})();</script>`;
}

/** The preview page: a bar to switch the user and download the workbook, above the sidebar in a 300 px frame. */
function previewPage(users: PreviewUser[], user: string): string {
  const data = JSON.stringify({ users, user }).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Xem trước thanh bên Công đoàn</title>
<style>
body { margin: 0; font: 13px Roboto, Arial, sans-serif; background: #f1f3f4; color: #202124; }
.bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px; background: #fff; border-bottom: 1px solid #dadce0; }
.bar label { font-weight: 500; }
.bar select, .bar input, .bar a { font: inherit; height: 28px; }
.bar input { width: 220px; padding: 0 6px; }
.bar a { display: inline-flex; align-items: center; padding: 0 12px; border: 1px solid #dadce0; border-radius: 4px; color: #1a73e8; text-decoration: none; background: #fff; }
.frame { margin: 16px; width: 300px; height: calc(100vh - 100px); border: 1px solid #dadce0; background: #fff; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
iframe { width: 300px; height: 100%; border: 0; display: block; }
</style></head>
<body>
<div class="bar">
  <label for="user">Người dùng</label>
  <select id="user"></select>
  <input id="other" type="email" placeholder="hoặc nhập email khác rồi Enter">
  <a id="reload" href="#">Tải lại</a>
  <a href="/download" download>Tải bảng tính (.xlsx)</a>
</div>
<div class="frame"><iframe id="sidebar" title="Thanh bên"></iframe></div>
<script>
(function () {
  var data = ${data};
  var select = document.getElementById('user'), other = document.getElementById('other'), frame = document.getElementById('sidebar');
  var asked = new URLSearchParams(location.search).get('user');
  var current = asked === null ? data.user : asked;
  function option(email, label) { var o = document.createElement('option'); o.value = email; o.textContent = label; select.appendChild(o); }
  data.users.forEach(function (u) { option(u.email, u.email + (u.role ? ' (' + u.role + ')' : '')); });
  option('', '(email bị ẩn: tài khoản miền khác)');
  if (!Array.prototype.some.call(select.options, function (o) { return o.value === current; })) option(current, current);
  function show(email) {
    current = email; select.value = email;
    history.replaceState(null, '', '?user=' + encodeURIComponent(email));
    frame.src = '/sidebar?user=' + encodeURIComponent(email);
  }
  select.addEventListener('change', function () { show(select.value); });
  other.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' || !other.value.trim()) return;
    var email = other.value.trim();
    if (!Array.prototype.some.call(select.options, function (o) { return o.value === email; })) option(email, email);
    other.value = ''; show(email);
  });
  document.getElementById('reload').addEventListener('click', function (e) { e.preventDefault(); show(current); });
  show(current);
})();
</script></body></html>`;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 5_000_000) reject(new Error('Yêu cầu quá lớn'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** Loads the workbook, the add-in and starts the HTTP server. Resolves once it listens. */
export async function startPreview(options: PreviewOptions = {}): Promise<Preview> {
  const distDir = options.distDir ?? DEFAULT_DIST_DIR;
  let spreadsheet = options.spreadsheet;
  if (!spreadsheet) {
    const input = path.resolve(options.input ?? SAMPLE_WORKBOOK);
    if (!fs.existsSync(input)) {
      throw new Error(`Không thấy bảng tính "${input}". Tạo bảng tính mẫu bằng npm run sample, hoặc chọn tệp khác bằng --input.`);
    }
    spreadsheet = await loadXlsx(input, { counter: new CallCounter() });
  }
  const users = roleUsers(spreadsheet);
  const runtime = createRuntime({ spreadsheet });
  const defaultUser = options.user ?? users[0]?.email ?? spreadsheet._model.owner;

  // The add-in is reloaded when dist/Code.js changes (npm run build in another terminal); the spreadsheet stays as it is.
  const codeFile = path.join(distDir, 'Code.js');
  let addin: ScriptFunctions = loadScript(runtime, distDir);
  let loadedAt = fs.statSync(codeFile).mtimeMs;
  const currentAddin = (): ScriptFunctions => {
    const mtime = fs.statSync(codeFile).mtimeMs;
    if (mtime !== loadedAt) {
      addin = loadScript(runtime, distDir);
      loadedAt = mtime;
    }
    return addin;
  };
  /** Public server functions: top-level functions of Code.js whose names do not end in "_" (Apps Script hides those). */
  const serverFunctions = (): string[] => {
    const scope = currentAddin();
    return Object.keys(scope).filter((name) => !name.endsWith('_') && !name.startsWith('__') && !(name in runtime.globals) && typeof scope[name] === 'function');
  };

  const calls: Preview['calls'] = [];

  async function run(body: string): Promise<{ ok: true; result: unknown } | { ok: false; message: string }> {
    let request: { name?: unknown; args?: unknown; user?: unknown };
    try {
      request = JSON.parse(body);
    } catch {
      return { ok: false, message: 'Yêu cầu không phải JSON.' };
    }
    const name = typeof request.name === 'string' ? request.name : '';
    // No user: the default one; '' models a user whose email Apps Script hides (another domain).
    const user = typeof request.user === 'string' ? request.user : defaultUser;
    if (!serverFunctions().includes(name)) return { ok: false, message: `Script function not found: ${name}` };
    runtime.setActiveUser(user);
    try {
      const result = currentAddin()[name](...(Array.isArray(request.args) ? request.args : []));
      calls.push({ name, user, ok: true });
      if (holdsDate(result)) {
        console.warn(`[preview] ${name} trả về một Date: google.script.run không truyền được Date, thanh bên nhận null.`);
        return { ok: true, result: null };
      }
      return { ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
    } catch (error) {
      const message = error instanceof Error || (error && typeof (error as Error).message === 'string') ? (error as Error).message : String(error);
      calls.push({ name, user, ok: false, message });
      return { ok: false, message };
    }
  }

  async function download(response: http.ServerResponse): Promise<void> {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cong-doan-preview-'));
    const file = path.join(directory, 'xem-truoc.xlsx');
    try {
      await saveXlsx(runtime.spreadsheet, file);
      response.writeHead(200, {
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'content-disposition': `attachment; filename="xem-truoc.xlsx"; filename*=UTF-8''${encodeURIComponent(`${runtime.spreadsheet.getName()}-xem-truoc.xlsx`)}`,
        'cache-control': 'no-store',
      });
      response.end(fs.readFileSync(file));
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  }

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      if (request.method === 'POST' && url.pathname === '/run') {
        send(response, 200, 'application/json; charset=utf-8', JSON.stringify(await run(await readBody(request))));
      } else if (request.method === 'GET' && url.pathname === '/') {
        send(response, 200, 'text/html; charset=utf-8', previewPage(roleUsers(runtime.spreadsheet), defaultUser));
      } else if (request.method === 'GET' && url.pathname === '/sidebar') {
        const html = fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
        const shim = shimScript(serverFunctions());
        send(response, 200, 'text/html; charset=utf-8', html.replace(/<head>/i, () => `<head>\n${shim}`));
      } else if (request.method === 'GET' && url.pathname === '/download') {
        await download(response);
      } else {
        send(response, 404, 'text/plain; charset=utf-8', 'Không có trang này.');
      }
    };
    handle().catch((error: Error) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', error.message);
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PREVIEW_PORT, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    sidebarUrl: (user = defaultUser) => `${url}sidebar?user=${encodeURIComponent(user)}`,
    runtime,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parsePreviewArgs(argv: readonly string[]): PreviewOptions {
  const options: PreviewOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(port|input|user)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Tham số không hợp lệ: "${argv[i]}". Cách dùng: npm run preview -- [--port 8765] [--input BẢNG_TÍNH.xlsx] [--user EMAIL]`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`Thiếu giá trị cho --${match[1]}.`);
    if (match[1] === 'port') {
      if (!/^\d+$/.test(value) || Number(value) > 65535) throw new Error(`Cổng không hợp lệ: "${value}".`);
      options.port = Number(value);
    } else if (match[1] === 'input') options.input = value;
    else options.user = value;
  }
  return options;
}

if (require.main === module) {
  (async () => {
    const preview = await startPreview(parsePreviewArgs(process.argv.slice(2)));
    const users = roleUsers(preview.runtime.spreadsheet);
    console.log(`Xem trước thanh bên: ${preview.url}`);
    console.log(users.length ? `Người dùng trong Phân quyền: ${users.map((u) => `${u.email} (${u.role})`).join(', ')}` : 'Trang Phân quyền trống: người dùng là chủ bảng tính.');
    console.log('Thay đổi chỉ nằm trong bộ nhớ; bấm "Tải bảng tính (.xlsx)" để xem. Ctrl+C để dừng.');
  })().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
