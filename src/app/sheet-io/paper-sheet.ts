// Writes a paper (Báo cáo, Biên bản) into its sheet: replaced whole on each run, in a fixed number of calls, source sheets never touched.
import type { PaperLayout } from '../../domain/paper-layout';
import { prepareSummarySheet, writeSummaryLayout } from './summary-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet `name`, emptied (or added), with the paper written in: grids, merges, borders, widths, fonts and the print setup. */
export function writePaperSheet(spreadsheet: Spreadsheet, name: string, layout: PaperLayout): Sheet {
  const sheet = prepareSummarySheet(spreadsheet, name, layout.values.length, layout.columnWidths.length);
  // The summary's writer, with nothing frozen and no charts; it ends with the fonts and the print setup (print-setup.ts).
  writeSummaryLayout(sheet, { ...layout, titleRange: 'A1', titleFontSize: layout.fontSizes[0]?.[0] ?? 13, frozenRows: 0, charts: [], sections: [] });
  return sheet;
}
