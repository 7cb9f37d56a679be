// Writes for "Khởi tạo bảng tính": lays out a newly created sheet, and sets the conditional formats of Chấm điểm, with a constant number of calls.
import type { ColumnLayout, SheetLayout, ValidationSpec } from '../../workbook/layout';
import { DRIFT_FILL, HEADER_FILL, OUT_OF_RANGE_FILL, TEXT_FORMAT } from '../../domain/cell-formats';
import type { ScoreRuleSpec } from '../../workbook/score-formatting';
import type { SheetKey } from '../../workbook/schema';
import { columnLetter } from '../../workbook/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** Where a contract sheet's columns stand: its sheet, 1-based header row and 0-based column of each key found. */
export interface PlacedSheet {
  sheet: Sheet;
  headerRow: number;
  columns: Record<string, number>;
}

/** The data rows of one column of a look-up target, open-ended ('A2:A') so units added later are offered too. */
function lookupRange(placed: PlacedSheet, column: string): Range | null {
  const index = placed.columns[column];
  if (index === undefined) return null;
  const letter = columnLetter(index);
  return placed.sheet.getRange(`${letter}${placed.headerRow + 1}:${letter}`);
}

function buildValidation(spec: ValidationSpec, placed: Partial<Record<SheetKey, PlacedSheet>>): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(spec.helpText);
  switch (spec.kind) {
    case 'list':
      return builder
        .requireValueInList([...spec.values], true)
        .setAllowInvalid(false)
        .build();
    case 'lookup': {
      const target = placed[spec.sheet];
      const range = target ? lookupRange(target, spec.column) : null;
      return range ? builder.requireValueInRange(range, true).setAllowInvalid(false).build() : null;
    }
    case 'number': {
      if (spec.max !== undefined) builder.requireNumberBetween(spec.min, spec.max);
      else if (spec.above) builder.requireNumberGreaterThan(spec.min);
      else builder.requireNumberGreaterThanOrEqualTo(spec.min);
      return builder.setAllowInvalid(true).build();
    }
  }
}

/**
 * Lays out a sheet just created: text-formatted header row (so a code like "001" stays text) with values, notes, bold and a light
 * background, frozen; then per column its number format, width and check on rows 2..maxRows; Cài đặt's rows; the warning-only
 * protection. Calls grow with the columns, never with rows.
 */
export function layOutNewSheet(sheet: Sheet, layout: SheetLayout, placed: Partial<Record<SheetKey, PlacedSheet>>): void {
  const width = layout.columns.length;
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const maxRows = sheet.getMaxRows();

  const header = sheet.getRange(1, 1, 1, width);
  header
    .setNumberFormat(TEXT_FORMAT)
    .setValues([layout.columns.map((c) => c.header)])
    .setNotes([layout.columns.map((c) => c.note)])
    .setFontWeight('bold')
    .setBackground(HEADER_FILL);
  sheet.setFrozenRows(1);

  layout.columns.forEach((column: ColumnLayout, index) => {
    sheet.setColumnWidth(index + 1, column.width);
    if (maxRows < 2) return;
    const data = sheet.getRange(2, index + 1, maxRows - 1, 1);
    if (column.numberFormat) data.setNumberFormat(column.numberFormat);
    const rule = column.validation ? buildValidation(column.validation, placed) : null;
    if (rule) data.setDataValidation(rule);
  });

  if (layout.initialRows.length > 0) sheet.getRange(2, 1, layout.initialRows.length, width).setValues(layout.initialRows);

  const protection = layout.protectWholeSheet ? sheet.protect() : header.protect();
  protection.setDescription(layout.protectionDescription).setWarningOnly(true);
}

/** True for a rule this add-in made (its colour and kind), which is recomputed; officers' own rules are kept. */
function isOwnRule(rule: ConditionalFormatRule): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const background = (condition.getBackground() ?? '').toLowerCase();
  if (background !== OUT_OF_RANGE_FILL && background !== DRIFT_FILL) return false;
  const type = String(condition.getCriteriaType());
  return type === 'NUMBER_GREATER_THAN' || type === 'NUMBER_LESS_THAN' || type === 'CUSTOM_FORMULA';
}

/**
 * Replaces this add-in's conditional-format rules of Chấm điểm with `specs` in one setConditionalFormatRules call, keeping the
 * officers' own rules after them (the first matching rule wins, so a score above its maximum always shows). Each rule covers its columns from `firstDataRow` to the sheet's last row.
 */
export function applyScoreRules(sheet: Sheet, specs: readonly ScoreRuleSpec[], firstDataRow: number): void {
  const maxRows = sheet.getMaxRows();
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule));
  const rows = maxRows - firstDataRow + 1;
  const rules =
    rows < 1
      ? []
      : specs.map((spec) => {
          const builder = SpreadsheetApp.newConditionalFormatRule().setBackground(spec.background);
          if (spec.kind === 'numberAbove') builder.whenNumberGreaterThan(spec.threshold).setFontColor(spec.fontColor);
          else if (spec.kind === 'numberBelow') builder.whenNumberLessThan(spec.threshold).setFontColor(spec.fontColor);
          else builder.whenFormulaSatisfied(spec.formula);
          const ranges = spec.columns.map((block) => sheet.getRange(firstDataRow, block.column + 1, rows, block.numColumns));
          return builder.setRanges(ranges).build();
        });
  sheet.setConditionalFormatRules([...rules, ...kept]);
}
