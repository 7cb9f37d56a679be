// Shows an error to the officer: the Vietnamese message of a user-facing error, or a plain apology with the technical text for anything else.
export function errorMessage(error: unknown): string {
  if (error instanceof Error && (error.name === 'WorkbookError' || error.name === 'UserError')) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\nChi tiết: ${detail}`;
}

export function showError(error: unknown): void {
  SpreadsheetApp.getUi().alert('Công đoàn', errorMessage(error), SpreadsheetApp.getUi().ButtonSet.OK);
}
