// Browser code of npm run preview: google.script.run and google.script.host as Apps Script gives them, over POST /run to the preview server.
// Bundled for the page by previewShimScript (local/preview-page.ts); runs in the sidebar's frame before the sidebar's own script.

/** What POST /run answers: the function's result, or the message of what it threw (as Apps Script hands it to the failure handler). */
export type RunReply = { ok: true; result: unknown } | { ok: false; message: string };

/** What POST /run is sent: the server function, its arguments (JSON) and the user the page stands for ('' = an email Apps Script hides). */
export interface RunRequest {
  name: string;
  args: unknown[];
  user: string | null;
}

type SuccessHandler = (result: unknown, userObject: unknown) => void;
type FailureHandler = (error: Error, userObject: unknown) => void;

/** google.script.run: a runner whose with… methods return a new runner, and one method per public server function. */
export interface ScriptRun {
  withSuccessHandler(handler: SuccessHandler): ScriptRun;
  withFailureHandler(handler: FailureHandler): ScriptRun;
  withUserObject(userObject: unknown): ScriptRun;
  [serverFunction: string]: (...args: never[]) => unknown;
}

/**
 * The Error Apps Script hands the failure handler when the call does not reach the server (offline, the preview stopped):
 * its text is Google's, in English; the sidebar must turn it into Vietnamese.
 */
function connectionFailure(status: number): Error {
  const error = new Error(`NetworkError: Connection failure due to HTTP ${status}`);
  error.name = 'NetworkError';
  return error;
}

function runner(names: readonly string[], user: string | null, success: SuccessHandler | null, failure: FailureHandler | null, userObject: unknown): ScriptRun {
  const fail = (error: Error) => {
    if (failure) failure(error, userObject);
    else console.error(`google.script.run: lời gọi thất bại và thanh bên không có withFailureHandler.\nChi tiết: ${error.message}`);
  };
  const run: Record<string, unknown> = {
    withSuccessHandler: (handler: SuccessHandler) => runner(names, user, handler, failure, userObject),
    withFailureHandler: (handler: FailureHandler) => runner(names, user, success, handler, userObject),
    withUserObject: (object: unknown) => runner(names, user, success, failure, object),
  };
  for (const name of names) {
    run[name] = (...args: unknown[]) => {
      let body: string;
      try {
        body = JSON.stringify({ name, args, user } satisfies RunRequest);
      } catch (error) {
        // Apps Script refuses such parameters before sending anything; the text is the browser's, after a Vietnamese sentence.
        const detail = error instanceof Error ? error.message : String(error);
        void Promise.resolve().then(() => fail(new Error(`Tham số không gửi được lên máy chủ (chỉ số, chữ, mảng và đối tượng thuần).\nChi tiết: ${detail}`)));
        return;
      }
      fetch('/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
        async (response) => {
          const reply = response.ok ? ((await response.json().catch(() => null)) as RunReply | null) : null;
          if (!reply) fail(connectionFailure(response.status));
          else if (reply.ok) success?.(reply.result, userObject);
          else fail(new Error(reply.message));
        },
        (error: unknown) => {
          console.warn(`[xem trước] Không gọi được máy chủ xem trước (đã dừng?).\nChi tiết: ${error instanceof Error ? error.message : String(error)}`);
          fail(connectionFailure(0));
        },
      );
    };
  }
  return run as ScriptRun;
}

/** Puts google.script.run (one method per name) and google.script.host on window; the user is the page's ?user=. */
export function installScriptRun(names: readonly string[]): void {
  const user = new URLSearchParams(location.search).get('user');
  const host = {
    close: () => {
      document.body.textContent = '(Thanh bên đã đóng)';
    },
    setHeight: () => undefined,
    setWidth: () => undefined,
    editor: { focus: () => undefined },
  };
  (window as unknown as { google: unknown }).google = { script: { run: runner(names, user, null, null, undefined), host } };
}
