// The sidebar's one door to the server: a typed promise over google.script.run, with the server's message as the error text.
import { isVietnamese } from '../src/domain/text';
import type { ServerApi } from '../src/wire/api';

interface ScriptRunner {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [name: string]: unknown;
}

declare global {
  interface Window {
    google?: { script?: { run?: ScriptRunner } };
  }
}

const NO_SERVER = 'Không kết nối được với máy chủ Apps Script. Hãy đóng thanh bên và mở lại từ menu Tiện ích mở rộng › Công đoàn.';

/**
 * Failures that come from Google or the browser rather than from the add-in, in English: what each means for an officer.
 * Texts seen from google.script.run: "NetworkError: Connection failure due to HTTP 0", "Script function not found: …",
 * "Authorization is required to perform that action.", "Exceeded maximum execution time", "Service invoked too many times…".
 */
const LIBRARY_FAILURES: readonly (readonly [RegExp, string])[] = [
  [
    /NetworkError|Connection failure|Failed to fetch|network/i,
    'Mất kết nối với máy chủ Google. Hãy kiểm tra mạng rồi thử lại; nếu vừa bấm Lưu, hãy xem trang tính trước khi lưu lại để khỏi ghi hai lần.',
  ],
  [
    /Script function not found/i,
    'Thanh bên đang mở là phiên bản cũ, không còn khớp với tiện ích trên máy chủ. Hãy đóng thanh bên và mở lại từ menu Tiện ích mở rộng › Công đoàn.',
  ],
  [
    /Authori[sz]ation|PERMISSION_DENIED|permission/i,
    'Tài khoản của bạn chưa cho phép tiện ích truy cập bảng tính (hoặc quyền đã hết hạn). Hãy mở lại từ menu Tiện ích mở rộng › Công đoàn và đồng ý cấp quyền.',
  ],
  [
    /Exceeded maximum execution time|timed out|timeout/i,
    'Máy chủ Google xử lý quá lâu nên đã dừng. Hãy thử lại sau ít phút; nếu vẫn vậy, hãy báo cho quản trị viên.',
  ],
  [/too many times|too many scripts|quota/i, 'Máy chủ Google đang nhận quá nhiều yêu cầu từ tài khoản này. Hãy đợi khoảng một phút rồi thử lại.'],
];

const UNEXPECTED = 'Máy chủ báo một lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.';

/**
 * The Vietnamese an officer should read for a failed call. The add-in's own messages are Vietnamese and shown as they are
 * (without the "Error: " or "Exception: " Apps Script may put before them). Anything else comes from Google or the browser in
 * English: it becomes a Vietnamese sentence saying what to do, with the original text after it for the maintainers.
 */
export function errorMessage(error: unknown): string {
  const raw = (error instanceof Error ? error.message : typeof error === 'string' ? error : '').trim();
  const text = raw.replace(/^\s*(Uncaught\s+)?(Error|Exception|UserError|WorkbookError)\s*:\s*/i, '').trim();
  if (!text) return 'Có lỗi xảy ra trên máy chủ. Vui lòng thử lại.';
  if (isVietnamese(text)) return text;
  const sentence = LIBRARY_FAILURES.find(([pattern]) => pattern.test(raw))?.[1] ?? UNEXPECTED;
  return `${sentence}\nChi tiết: ${raw}`;
}

/** Calls a server function by name with typed arguments; resolves with its result or rejects with an Error carrying its message. */
export function call<K extends keyof ServerApi>(name: K, ...args: Parameters<ServerApi[K]>): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const run = window.google?.script?.run;
    if (!run) {
      reject(new Error(NO_SERVER));
      return;
    }
    const runner = run
      .withSuccessHandler((result) => resolve(result as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) => reject(new Error(errorMessage(error))));
    const method = runner[name];
    if (typeof method !== 'function') {
      reject(new Error(NO_SERVER));
      return;
    }
    (method as (...a: unknown[]) => void).apply(runner, args);
  });
}
