// Writes what a laid-out sheet needs to print as laid out besides its grid: the rules, and the print setup kept on the sheet as developer metadata.
import { PRINT_METADATA_KEY } from '../../domain/sheet-grid';
import type { GridLayout } from '../../domain/sheet-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A fixed handful of calls whatever the size: every rule (a top border) in one RangeList call, and the print setup
 * (orientation, margins, page breaks, print area) replacing the sheet's earlier one, which only a sheet not just added can
 * have. Sheets has no API for its print settings: the metadata is what the offline copy prints by (local/print-setup.ts),
 * and a record in the file. The fonts are part of the grid's first pass (summary-sheet.ts).
 */
export function writePrintSetup({ sheet, added }: { sheet: Sheet; added: boolean }, layout: GridLayout): void {
  if (layout.underlines.length > 0) sheet.getRangeList(layout.underlines).setBorder(true, null, null, null, null, null);
  if (!added) for (const earlier of sheet.getDeveloperMetadata()) if (earlier.getKey() === PRINT_METADATA_KEY) earlier.remove();
  sheet.addDeveloperMetadata(PRINT_METADATA_KEY, JSON.stringify(layout.print));
}
