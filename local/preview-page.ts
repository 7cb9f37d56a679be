// The pages of npm run preview: the preview page (user bar above the sidebar's frame) and the sidebar with the google.script.run shim.
import { buildSync } from 'esbuild';
import path from 'node:path';

/** One person of Phân quyền, for the user bar. */
export interface PreviewUser {
  email: string;
  role: string;
}

/** JSON for an inline <script>: "<" escaped, so no text of the workbook can end the script. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

let shimBundle: string | undefined;

/** local/preview-shim.ts bundled for the browser once per process (esbuild, as the sidebar's build does). */
function shimCode(): string {
  shimBundle ??= buildSync({
    entryPoints: [path.join(__dirname, 'preview-shim.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__previewShim',
    platform: 'browser',
    target: 'es2020',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0].text;
  return shimBundle;
}

/** The sidebar as the preview serves it: dist/Sidebar.html with the google.script.run shim first in its <head>. */
export function sidebarPage(sidebarHtml: string, serverFunctions: readonly string[]): string {
  const code = `${shimCode()}\n__previewShim.installScriptRun(${inlineJson(serverFunctions)});`.replace(/<\/script/gi, '<\\/script');
  return sidebarHtml.replace(/<head>/i, () => `<head>\n<script>/* google.script.run shim of npm run preview */\n${code}</script>`);
}

/** The preview page: a bar to switch the user and download the workbook, above the sidebar in a 300 px frame. */
export function previewPage(users: PreviewUser[], user: string): string {
  const data = inlineJson({ users, user });
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

