// Shows an error to the officer: the Vietnamese message of a user-facing error, or a plain apology with the technical text for anything else.
import { errorMessage } from './errors';

export function showError(error: unknown): void {
  SpreadsheetApp.getUi().alert('Công đoàn', errorMessage(error), SpreadsheetApp.getUi().ButtonSet.OK);
}
