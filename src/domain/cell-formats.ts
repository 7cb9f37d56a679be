// The looks the add-in puts on cells, in one place: Sheets number formats, the Java date patterns of Utilities.formatDate, and fill and font colours.

// ——— Sheets number formats (Range.setNumberFormat; the Sheets API format grammar: m is minutes next to h or s, else month) ———

/** Plain text: what is written is kept exactly ("001", "2019-2020", "=…"), never read as a formula, number or date. */
export const TEXT_FORMAT = '@';
/** Sheets' automatic format: numbers as they are. */
export const GENERAL_FORMAT = 'General';
/** Whole đồng, shown 1.500.000 ₫ in a Vietnamese spreadsheet. */
export const VND_FORMAT = '#,##0 "₫"';
/** A calendar day in a cell, shown 05/03/2020. */
export const DATE_CELL_FORMAT = 'dd/mm/yyyy';
/** An instant in a cell (Thời điểm), shown 05/03/2020 14:30:00 in the spreadsheet's time zone. */
export const TIME_CELL_FORMAT = 'dd/mm/yyyy hh:mm:ss';
/** A count typed by an officer (Số đoàn viên, Dòng): a plain whole number. */
export const WHOLE_NUMBER_FORMAT = '0';
/** Points typed by an officer (Điểm tối đa, a criterion's score): up to two decimals, none when whole. */
export const POINTS_ENTRY_FORMAT = '0.##';

/** The summary sheet's formats, by the kind of its cells. */
export const SUMMARY_FORMATS = {
  text: TEXT_FORMAT,
  count: '#,##0',
  vnd: VND_FORMAT,
  percent: '0.0%',
  points: '0.00',
  gap: '+0.00;-0.00;0.00',
  general: GENERAL_FORMAT,
} as const;

// ——— Java SimpleDateFormat patterns (Utilities.formatDate: MM is month, mm minutes, HH the 24-hour clock) ———

/** The calendar day of an instant as IsoDate text, 2020-03-05. */
export const ISO_DAY_PATTERN = 'yyyy-MM-dd';
/** An instant as officers read it, to the minute: 05/03/2020 14:30. */
export const SHOWN_MINUTE_PATTERN = 'dd/MM/yyyy HH:mm';
/** An instant as officers read it, to the second: 05/03/2020 14:30:00. */
export const SHOWN_SECOND_PATTERN = 'dd/MM/yyyy HH:mm:ss';

// ——— Colours (lower-case #rrggbb, as Sheets returns them) ———

/** Header rows: of every contract sheet made by "Khởi tạo bảng tính", and of the summary's tables. */
export const HEADER_FILL = '#e8f0fe';
/** The summary's section headings (I., II., …). */
export const SECTION_FILL = '#c9daf8';
/** The summary's total rows. */
export const TOTAL_FILL = '#f3f3f3';
/** The summary's cluster rows inside a table. */
export const GROUP_FILL = '#fef7e0';
/** Table headers of the papers (Báo cáo, Biên bản): a light grey that prints well in black and white. */
export const PAPER_HEADER_FILL = '#f3f3f3';
/** Light red with dark red text: a score in Chấm điểm the reader will refuse. */
export const OUT_OF_RANGE_FILL = '#f4c7c3';
export const OUT_OF_RANGE_FONT = '#a50e0e';
/** Amber: a self-score row of Chấm điểm far above the other scorers of the same unit and period. */
export const DRIFT_FILL = '#fce8b2';
