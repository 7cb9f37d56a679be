// Runs a write under the document lock (script lock when unbound), with the officer's message when another save holds it too long.
import { UserError } from '../errors';

export const LOCK_TIMEOUT_MS = 10_000;
export const BUSY_MESSAGE = 'Bảng tính đang bận, vui lòng thử lại.';

export function withDocumentLock<T>(work: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_TIMEOUT_MS);
  } catch {
    throw new UserError(BUSY_MESSAGE);
  }
  try {
    const result = work();
    SpreadsheetApp.flush();
    return result;
  } finally {
    lock.releaseLock();
  }
}
