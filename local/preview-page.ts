// The pages of npm run preview: the preview page (user bar above the sidebar's frame) and the sidebar with the google.script.run shim.
import { buildSync } from 'esbuild';
import path from 'node:path';
import type { PreviewUser, UserBarData } from './preview-bar';

/** JSON for an inline <script>: "<" escaped, so no text of the workbook can end the script. */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const bundles = new Map<string, string>();

/** A browser module of local/ bundled by esbuild (as the sidebar's build does) once per process, its exports under `globalName`. */
function browserModule(file: string, globalName: string): string {
  let code = bundles.get(file);
  if (code === undefined) {
    code = buildSync({
      entryPoints: [path.join(__dirname, file)],
      bundle: true,
      format: 'iife',
      globalName,
      platform: 'browser',
      target: 'es2020',
      charset: 'utf8',
      write: false,
      logLevel: 'silent',
    }).outputFiles[0].text;
    bundles.set(file, code);
  }
  return code;
}

/** An inline <script> running a browser module, then `call` (text that cannot end the script early). */
function inlineScript(comment: string, file: string, globalName: string, call: string): string {
  const code = `${browserModule(file, globalName)}\n${call}`.replace(/<\/script/gi, '<\\/script');
  return `<script>/* ${comment} */\n${code}</script>`;
}

/** The sidebar as the preview serves it: dist/Sidebar.html with the google.script.run shim first in its <head>. */
export function sidebarPage(sidebarHtml: string, serverFunctions: readonly string[]): string {
  const shim = inlineScript(
    'google.script.run shim of npm run preview',
    'preview-shim.ts',
    '__previewShim',
    `__previewShim.installScriptRun(${inlineJson(serverFunctions)});`,
  );
  return sidebarHtml.replace(/<head>/i, () => `<head>\n${shim}`);
}

/** The preview page: a bar to switch the user and download the workbook, above the sidebar in a 300 px frame. */
export function previewPage(users: PreviewUser[], user: string): string {
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
${inlineScript('user bar of npm run preview', 'preview-bar.ts', '__previewBar', `__previewBar.startUserBar(${inlineJson({ users, user } satisfies UserBarData)});`)}
</body></html>`;
}
