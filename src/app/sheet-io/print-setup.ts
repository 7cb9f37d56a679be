// Writes what a laid-out sheet needs to print as laid out: font sizes and slant, the paper's font, the rules, and the print setup kept on the sheet as developer metadata.
import { PRINT_METADATA_KEY } from '../../domain/sheet-grid';
import type { GridLayout } from '../../domain/sheet-grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A fixed handful of calls whatever the size: font sizes and styles as two grids, the font family once, one border per rule,
 * and the print setup (orientation, margins, page breaks, print area) replacing the sheet's earlier one. Sheets has no API for
 * its print settings: the metadata is what the offline copy prints by (local/print-setup.ts), and a record in the file.
 */
export function writePrintSetup(sheet: Sheet, layout: GridLayout): void {
  const grid = sheet.getRange(1, 1, layout.values.length, layout.columnWidths.length);
  grid.setFontSizes(layout.fontSizes);
  grid.setFontStyles(layout.fontStyles);
  if (layout.fontFamily) grid.setFontFamily(layout.fontFamily);
  for (const a1 of layout.underlines) sheet.getRange(a1).setBorder(true, null, null, null, null, null);
  for (const earlier of sheet.getDeveloperMetadata()) if (earlier.getKey() === PRINT_METADATA_KEY) earlier.remove();
  sheet.addDeveloperMetadata(PRINT_METADATA_KEY, JSON.stringify(layout.print));
}
