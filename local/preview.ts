// npm run preview: the preview server. Serves the built sidebar on localhost; its google.script.run calls run dist/Code.js on the local runtime.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { isVietnamese } from '../src/domain/text';
import { OptionsError, readOptions } from './command-options';
import { DEFAULT_DIST_DIR, loadScript, type ScriptFunctions } from './load-addin';
import type { PreviewUser } from './preview-bar';
import { previewPage, sidebarPage } from './preview-page';
import type { RunReply, RunRequest } from './preview-shim';
import { CallCounter } from './runtime/counter';
import { createRuntime, REPO_ROOT, type LocalRuntime } from './runtime/index';
import type { LocalSpreadsheet } from './runtime/spreadsheet';
import { loadXlsx, saveXlsx } from './xlsx';

export type { PreviewUser };

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
  /** The people of Phân quyền as the add-in reads them (dist/Code.js's listRoleUsers_), read afresh at each call. */
  users(): PreviewUser[];
  /** Every server call the sidebar made, in order, for tests and the console. */
  calls: { name: string; user: string; ok: boolean; message?: string }[];
  close(): Promise<void>;
}

const isDateValue = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

/** True when a Date hides anywhere in the value: google.script.run cannot return it (the sidebar would receive null). */
function holdsDate(value: unknown, depth = 0): boolean {
  if (isDateValue(value)) return true;
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => holdsDate(v, depth + 1));
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
    spreadsheet = await loadXlsx(input, { counter: new CallCounter() }).catch((error: Error) => {
      throw error?.name === 'XlsxError'
        ? error
        : new Error(`Không đọc được bảng tính "${input}" (tệp hỏng hoặc không phải .xlsx).\nChi tiết: ${error?.message ?? error}`);
    });
  }
  const runtime = createRuntime({ spreadsheet });

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
    return Object.keys(scope).filter(
      (name) => !name.endsWith('_') && !name.startsWith('__') && !(name in runtime.globals) && typeof scope[name] === 'function',
    );
  };

  /** Phân quyền read by the add-in's own reader (tolerant tab name and headers), so the user bar lists whom the sidebar knows. */
  const users = (): PreviewUser[] => JSON.parse(JSON.stringify(currentAddin().listRoleUsers_()));
  const defaultUser = options.user ?? users()[0]?.email ?? spreadsheet._model.owner;
  const calls: Preview['calls'] = [];

  async function run(body: string): Promise<RunReply> {
    let request: Partial<Record<keyof RunRequest, unknown>>;
    try {
      request = JSON.parse(body);
    } catch {
      return { ok: false, message: 'Yêu cầu gửi máy chủ xem trước không phải JSON.' };
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
        console.warn(`[xem trước] ${name} trả về một Date: google.script.run không truyền được Date, thanh bên nhận null.`);
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
        send(response, 200, 'text/html; charset=utf-8', previewPage(users(), defaultUser));
      } else if (request.method === 'GET' && url.pathname === '/sidebar') {
        const html = fs.readFileSync(path.join(distDir, 'Sidebar.html'), 'utf8');
        send(response, 200, 'text/html; charset=utf-8', sidebarPage(html, serverFunctions()));
      } else if (request.method === 'GET' && url.pathname === '/download') {
        await download(response);
      } else if (url.pathname === '/favicon.ico') {
        // The preview has no icon; an empty answer keeps the browser's console free of a 404.
        response.writeHead(204, { 'cache-control': 'max-age=86400' });
        response.end();
      } else {
        send(response, 404, 'text/plain; charset=utf-8', 'Không có trang này.');
      }
    };
    handle().catch((error: Error) => {
      const message = `Máy chủ xem trước gặp lỗi khi trả lời ${request.method} ${url.pathname}.\nChi tiết: ${error?.message ?? error}`;
      console.error(`[xem trước] ${message}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', message);
      else response.end();
    });
  });

  const wanted = options.port ?? DEFAULT_PREVIEW_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? `Cổng ${wanted} đang được chương trình khác dùng; chọn cổng khác bằng --port.` : `Không mở được cổng ${wanted}.`;
      reject(new Error(`${reason}\nChi tiết: ${error.message}`));
    });
    server.listen(wanted, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    sidebarUrl: (user = defaultUser) => `${url}sidebar?user=${encodeURIComponent(user)}`,
    runtime,
    users,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const USAGE = `Cách dùng: npm run preview -- [--port 8765] [--input BẢNG_TÍNH.xlsx] [--user EMAIL]
  --port   cổng trên máy này; mặc định 8765
  --input  bảng tính .xlsx cần xem; mặc định: ví dụ mẫu examples/mau-cong-doan.xlsx
  --user   người dùng lúc mở trang; mặc định: email đầu tiên của trang Phân quyền`;

/** The preview's command line; 'help' for --help. */
export function parsePreviewArgs(argv: readonly string[]): PreviewOptions | 'help' {
  const values = readOptions(argv, ['port', 'input', 'user'] as const, USAGE);
  if (values === 'help') return values;
  if (values.port !== undefined && (!/^\d+$/.test(values.port) || Number(values.port) > 65535)) {
    throw new OptionsError(`Cổng không hợp lệ: "${values.port}" (cần một số từ 0 đến 65535).\n${USAGE}`);
  }
  return { port: values.port === undefined ? undefined : Number(values.port), input: values.input, user: values.user };
}

async function main(argv: readonly string[]): Promise<void> {
  const options = parsePreviewArgs(argv);
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const preview = await startPreview(options);
  const users = preview.users();
  console.log(`Xem trước thanh bên: ${preview.url}`);
  console.log(
    users.length
      ? `Người dùng trong Phân quyền: ${users.map((u) => `${u.email} (${u.role})`).join(', ')}`
      : 'Trang Phân quyền chưa có ai: người dùng là chủ bảng tính.',
  );
  console.log('Thay đổi chỉ nằm trong bộ nhớ; bấm "Tải bảng tính (.xlsx)" để xem. Ctrl+C để dừng.');
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: Error) => {
    const known = error instanceof OptionsError || isVietnamese(String(error?.message ?? ''));
    console.error(known ? `Lỗi: ${error.message}` : `Lỗi: không chạy được bản xem trước.\nChi tiết: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
