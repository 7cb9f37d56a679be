// The formats the add-in puts on cells and dates: Sheets number-format patterns for cells, and Java patterns for Utilities.formatDate.

// ——— Sheets number formats (Range.setNumberFormat; the Sheets API format grammar: m is minutes next to h or s, else month) ———

/** A calendar day in a cell, shown 05/03/2020. */
export const DATE_CELL_FORMAT = 'dd/mm/yyyy';
/** An instant in a cell (Thời điểm), shown 05/03/2020 14:30:00 in the spreadsheet's time zone. */
export const TIME_CELL_FORMAT = 'dd/mm/yyyy hh:mm:ss';

// ——— Java SimpleDateFormat patterns (Utilities.formatDate: MM is month, mm minutes, HH the 24-hour clock) ———

/** The calendar day of an instant as IsoDate text, 2020-03-05. */
export const ISO_DAY_PATTERN = 'yyyy-MM-dd';
/** An instant as officers read it, to the minute: 05/03/2020 14:30. */
export const SHOWN_MINUTE_PATTERN = 'dd/MM/yyyy HH:mm';
/** An instant as officers read it, to the second: 05/03/2020 14:30:00. */
export const SHOWN_SECOND_PATTERN = 'dd/MM/yyyy HH:mm:ss';
