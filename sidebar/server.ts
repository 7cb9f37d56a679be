// The sidebar's one door to the server: a typed promise over google.script.run, with the server's message as the error text.
import type { ServerApi } from '../src/shared/api';

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
 * The Vietnamese sentence an officer should read for a failed call. Apps Script may prefix the thrown message with
 * "Error: " or "Exception: "; that prefix means nothing to an officer and is dropped.
 */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const text = raw.replace(/^\s*(Uncaught\s+)?(Error|Exception|UserError|WorkbookError)\s*:\s*/i, '').trim();
  return text || 'Có lỗi xảy ra trên máy chủ. Vui lòng thử lại.';
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
