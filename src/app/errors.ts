// The error an officer can act on: a Vietnamese sentence naming the sheet and cell, raised when a workbook cannot be used at all.

export class WorkbookError extends Error {
  readonly sheet: string;
  readonly cell: string;
  constructor(sheet: string, cell: string, message: string) {
    super(message);
    this.name = 'WorkbookError';
    this.sheet = sheet;
    this.cell = cell;
  }
}

/** Any other error that carries a message meant for the user (bad sidebar input, refused access, a busy lock). */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** A WorkbookError or UserError: its message is already a sentence for officers. */
function isForOfficers(error: unknown): error is Error {
  return error instanceof Error && (error.name === 'WorkbookError' || error.name === 'UserError');
}

/** The sentence an officer reads for any error: a user-facing one's own message, else an apology saying what to do, the technical text after it for the administrator. */
export function errorMessage(error: unknown): string {
  if (isForOfficers(error)) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\nChi tiết: ${detail}`;
}

/**
 * Runs a sidebar server function. google.script.run hands the sidebar the message of whatever is thrown, so an error not meant
 * for officers (a bug, a Google service failing in English) leaves as a UserError carrying errorMessage's Vietnamese sentence.
 */
export function officerFacing<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isForOfficers(error)) throw error;
    throw new UserError(errorMessage(error));
  }
}
