// Use case "Khởi tạo bảng tính": creates every missing contract sheet with its layout and refreshes the conditional formats of Chấm điểm.
import { formatPoints } from '../domain/classification';
import { clip } from '../domain/text';
import type { Criterion } from '../domain/types';
import { sheetLayout, type SheetLayout } from '../workbook/layout';
import { readRubric } from '../workbook/readers';
import { SHEET, SHEET_COLUMNS, type SheetKey } from '../workbook/schema';
import { scoreFormatRules, type ScoreSheetPlacement } from '../workbook/score-formatting';
import { readSettings } from '../workbook/settings';
import { findCriterionColumn, locateTable, type Table } from '../workbook/table';
import { applyScoreRules, layOutNewSheet, type PlacedSheet } from './sheet-io/initialise-write';
import { withDocumentLock } from './sheet-io/lock';
import { findSheet, indexSheets, readValues } from './sheet-io/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface InitialiseResult {
  /** Names of the sheets created, in contract order. */
  created: string[];
  /** Names of existing sheets whose add-in formatting was refreshed (Chấm điểm's conditional formats). */
  updated: string[];
  /** Vietnamese sentences about what could not be done (a header row not found, criteria without a column). */
  notices: string[];
  /** The self-score gap the drift highlighting uses (from Cài đặt). */
  gap: number;
}

/** The contract sheets in the order they are created (and appended as tabs). */
const SHEET_ORDER = Object.keys(SHEET) as SheetKey[];

/** The top rows of an existing sheet, enough for locateTable to find its header (one read; none on an empty sheet). */
const TOP_ROWS = 10;
function readTopRows(sheet: Sheet): unknown[][] {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return [];
  return sheet.getRange(1, 1, Math.min(lastRow, TOP_ROWS), lastColumn).getValues();
}

function locate(key: SheetKey, values: unknown[][]): Table | null {
  const result = locateTable(SHEET[key], values, SHEET_COLUMNS[key]);
  return result.ok ? result.table : null;
}

function placedFromLayout(sheet: Sheet, layout: SheetLayout): PlacedSheet {
  return { sheet, headerRow: 1, columns: Object.fromEntries(layout.columns.map((c, i) => [c.key, i])) };
}

/** Where Chấm điểm's columns stand, from its existing header (table) or else its layout; criteria without a column become a notice. */
function scorePlacement(placed: PlacedSheet, width: number, criteria: readonly Criterion[], notices: string[], table: Table | null): ScoreSheetPlacement {
  const withColumns: ScoreSheetPlacement['criteria'][number][] = [];
  const missing: string[] = [];
  for (const criterion of criteria) {
    const column = table ? findCriterionColumn(table, criterion.code) : (placed.columns[`criterion:${criterion.code}`] ?? -1);
    if (column >= 0) withColumns.push({ criterion, column });
    else missing.push(criterion.code);
  }
  if (missing.length > 0) {
    notices.push(`Trang ${SHEET.scores} chưa có cột cho tiêu chí ${clip(missing.join(', '), 120)}: hãy thêm cột có tiêu đề là mã tiêu chí.`);
  }
  const c = placed.columns;
  return { firstDataRow: placed.headerRow + 1, period: c.period, unit: c.unit, form: c.form, width, criteria: withColumns };
}

function initialise(spreadsheet: Spreadsheet): InitialiseResult {
  const index = indexSheets(spreadsheet);
  const existing = new Map<SheetKey, Sheet>();
  for (const key of SHEET_ORDER) {
    const sheet = findSheet(index, SHEET[key]);
    if (sheet) existing.set(key, sheet);
  }
  const notices: string[] = [];

  // Reads first, each sheet at most once: the rubric and settings whole, the header rows of the sheets others refer to.
  const rubricSheet = existing.get('rubric');
  const rubricTable = rubricSheet ? locate('rubric', readValues(rubricSheet)) : null;
  const criteria = rubricTable ? readRubric(rubricTable).records : [];
  if (rubricSheet && !rubricTable) notices.push(`Không tìm thấy dòng tiêu đề của trang ${SHEET.rubric}; chưa tô màu điểm theo tiêu chí.`);
  const settingsSheet = existing.get('settings');
  const settingsTable = settingsSheet ? locate('settings', readValues(settingsSheet)) : null;
  const gap = readSettings(settingsTable).settings.gapThreshold;

  const placed: Partial<Record<SheetKey, PlacedSheet>> = {};
  const tables: Partial<Record<SheetKey, Table>> = {};
  const missing = SHEET_ORDER.filter((key) => !existing.has(key));
  const headerNeeded: SheetKey[] = missing.length > 0 ? ['units', 'funds', 'scores'] : ['scores'];
  for (const key of headerNeeded) {
    const sheet = existing.get(key);
    if (!sheet) continue;
    const table = locate(key, readTopRows(sheet));
    if (!table) {
      if (key === 'scores') notices.push(`Không tìm thấy dòng tiêu đề của trang ${SHEET.scores} nên chưa tô màu điểm vượt mức và chênh lệch tự chấm.`);
      continue;
    }
    tables[key] = table;
    placed[key] = { sheet, headerRow: table.headerRow, columns: table.columns };
  }

  // Create every missing sheet first, so look-ups between new sheets (Thăm hỏi → Quỹ) find their target; then lay each out.
  const layouts = new Map<SheetKey, SheetLayout>();
  for (const key of missing) {
    const layout = sheetLayout(key, criteria);
    const sheet = spreadsheet.insertSheet(layout.name, spreadsheet.getNumSheets());
    layouts.set(key, layout);
    placed[key] = placedFromLayout(sheet, layout);
  }
  for (const [key, layout] of layouts) layOutNewSheet(placed[key]!.sheet, layout, placed);

  const updated: string[] = [];
  const scores = placed.scores;
  if (scores) {
    const table = tables.scores ?? null;
    const width = table ? table.headers.length : layouts.get('scores')!.columns.length;
    const placement = scorePlacement(scores, width, criteria, notices, table);
    applyScoreRules(scores.sheet, scoreFormatRules(placement, gap), placement.firstDataRow);
    if (table) updated.push(SHEET.scores);
  }
  return { created: missing.map((key) => SHEET[key]), updated, notices, gap };
}

/**
 * Creates every missing contract sheet (found tolerantly by name) with its headers, notes, formats, widths, drop-downs and
 * warning-only protection, fills a new Cài đặt with the defaults, and recomputes Chấm điểm's conditional formats from the
 * current rubric. Existing sheets and their data are never changed otherwise; running it twice changes nothing.
 */
export function initialiseWorkbook(spreadsheet: Spreadsheet): InitialiseResult {
  return withDocumentLock(() => initialise(spreadsheet));
}

/** What the officer is told after "Khởi tạo bảng tính". */
export function initialiseMessage(result: InitialiseResult): string {
  const lines: string[] = [];
  if (result.created.length > 0) lines.push(`Đã tạo ${result.created.length} trang tính: ${result.created.join(', ')}.`);
  else lines.push('Bảng tính đã có đủ các trang; không tạo thêm trang nào.');
  if (result.updated.length > 0) {
    lines.push(
      `Đã cập nhật tô màu của trang ${result.updated.join(', ')} theo bảng ${SHEET.rubric} hiện tại: ô điểm ngoài khoảng 0 đến điểm tối đa tô đỏ; ` +
        `dòng Tự chấm cao hơn trung bình các phiếu chấm khác quá ${formatPoints(result.gap)} điểm tô vàng.`,
    );
  }
  if (result.created.length > 0 && SHEET_ORDER.length > result.created.length) lines.push('Các trang đã có được giữ nguyên.');
  lines.push(...result.notices);
  return lines.join('\n');
}
