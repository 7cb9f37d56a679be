// Builds what clasp pushes: dist/Code.js (one bundle whose exports become top-level functions), dist/Sidebar.html, dist/appsscript.json.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const entry = path.join(root, 'src/index.ts');
const quiet = process.argv.includes('--quiet');
/** --server builds only dist/Code.js (a quicker loop while working on the server side). */
const serverOnly = process.argv.includes('--server');
const MAX_BUNDLE_BYTES = 200 * 1024;

/** Every `export function` of the entry, with its JSDoc and parameter names. Anything else exported is an error. */
export function readEntryExports(file) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const functions = [];
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (!ts.isFunctionDeclaration(statement) || !statement.name) {
      throw new Error(
        `src/index.ts: only \`export function NAME(...)\` may be exported (line ${source.getLineAndCharacterOfPosition(statement.getStart()).line + 1})`,
      );
    }
    const ranges = ts.getLeadingCommentRanges(text, statement.getFullStart()) ?? [];
    const docs = ranges.map((r) => text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**'));
    functions.push({
      name: statement.name.text,
      params: statement.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : `arg${statement.parameters.indexOf(p)}`)),
      rest: statement.parameters.some((p) => p.dotDotDotToken),
      jsdoc: docs.at(-1) ?? '',
    });
  }
  return functions;
}

/** The footer that turns each export into a real top-level function Apps Script can call, keeping its JSDoc for autocomplete. */
function globalWrappers(functions) {
  return functions
    .map(({ name, params, rest, jsdoc }) => {
      const list = params.map((p, i) => (rest && i === params.length - 1 ? `...${p}` : p)).join(', ');
      const call = params.map((p, i) => (rest && i === params.length - 1 ? `...${p}` : p)).join(', ');
      return `${jsdoc ? jsdoc + '\n' : ''}function ${name}(${list}) { return __app.${name}(${call}); }`;
    })
    .join('\n\n');
}

/** Writes through a temporary file and a rename, so a test reading dist/ never sees half a file. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

async function buildServer() {
  const functions = readEntryExports(entry);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: '__app',
    platform: 'neutral',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    minify: true,
    keepNames: false,
    write: false,
    logLevel: 'silent',
  });
  const banner = '// Công đoàn: Google Sheets add-in. Built from src/ by scripts/build.mjs; do not edit.\n';
  const code = `${banner}${result.outputFiles[0].text}\n${globalWrappers(functions)}\n`;
  if (/^\s*(import|export)\s/m.test(code)) throw new Error('dist/Code.js still holds import/export');
  writeAtomically(path.join(dist, 'Code.js'), code);
  return { bytes: Buffer.byteLength(code), functions: functions.length };
}

async function buildSidebar() {
  const script = await build({
    entryPoints: [path.join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    charset: 'utf8',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const css = fs.readFileSync(path.join(root, 'sidebar/style.css'), 'utf8');
  const template = fs.readFileSync(path.join(root, 'sidebar/index.html'), 'utf8');
  if (!template.includes('/*INLINE_CSS*/') || !template.includes('/*INLINE_JS*/')) throw new Error('sidebar/index.html lacks its inline markers');
  const html = template.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => js);
  writeAtomically(path.join(dist, 'Sidebar.html'), html);
  return Buffer.byteLength(html);
}

async function main() {
  fs.mkdirSync(dist, { recursive: true });
  writeAtomically(path.join(dist, 'appsscript.json'), fs.readFileSync(path.join(root, 'appsscript.json')));
  const server = await buildServer();
  const sidebarBytes = serverOnly ? 0 : await buildSidebar();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  if (!quiet) {
    console.log(`dist/Code.js       ${kb(server.bytes)} (${server.functions} hàm toàn cục, giới hạn ${kb(MAX_BUNDLE_BYTES)})`);
    if (!serverOnly) console.log(`dist/Sidebar.html  ${kb(sidebarBytes)}`);
  }
  if (server.bytes > MAX_BUNDLE_BYTES) {
    console.error(`dist/Code.js is ${kb(server.bytes)}, over the ${kb(MAX_BUNDLE_BYTES)} limit`);
    process.exit(1);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
