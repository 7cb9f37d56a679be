// Writes a paper (Báo cáo, Biên bản) into its sheet: replaced whole on each run, in a fixed number of calls, source sheets never touched.
import type { PaperLayout } from '../../domain/paper-layout';
import { prepareSummarySheet, writeSummaryLayout } from './summary-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet `name`, emptied (or added), with the paper written in: grids and fonts, merges, borders and rules, widths, the print setup. */
export function writePaperSheet(spreadsheet: Spreadsheet, name: string, layout: PaperLayout): Sheet {
  const prepared = prepareSummarySheet(spreadsheet, name, layout.values.length, layout.columnWidths.length);
  // The summary's writer, with nothing frozen and no charts.
  writeSummaryLayout(prepared, { ...layout, frozenRows: 0, charts: [], sections: [] });
  return prepared.sheet;
}
