// The local Logger service: keeps every logged line for getLog() and for tests; Logger.log(format, values…) formats Java-style.
import type { CallCounter } from './counter';
import { formatString } from './utilities';

/** What the add-in logged, in order. */
export class LogRecorder {
  readonly lines: string[] = [];
  /** When true, lines also go to the host console (off by default to keep test output quiet). */
  echo = false;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined || typeof value !== 'object') return String(value);
  if (Object.prototype.toString.call(value) === '[object Date]') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/**
 * The Logger global. UNVERIFIED: Apps Script prints objects Java-style ({a=1.0}) and getLog() lines may carry timestamps;
 * here objects are JSON and getLog() is the messages joined by "\n".
 */
export function createLogger(recorder: LogRecorder, counter: CallCounter): Record<string, unknown> {
  const logger: Record<string, unknown> = {
    log: (data: unknown, ...values: unknown[]) => {
      counter.count('Logger', 'Logger.log');
      const line = values.length > 0 && typeof data === 'string' ? formatString(data, ...values) : describe(data);
      recorder.lines.push(line);
      if (recorder.echo) console.log(line);
      return logger;
    },
    getLog: () => {
      counter.count('Logger', 'Logger.getLog');
      return recorder.lines.join('\n');
    },
    clear: () => {
      counter.count('Logger', 'Logger.clear');
      recorder.lines.length = 0;
    },
  };
  return logger;
}
