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
