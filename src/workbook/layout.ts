// How "Khởi tạo bảng tính" lays out each contract sheet: headers in order, notes, number formats, widths and drop-downs (pure data).
import { DATE_CELL_FORMAT, POINTS_ENTRY_FORMAT, TEXT_FORMAT, TIME_CELL_FORMAT, VND_FORMAT, WHOLE_NUMBER_FORMAT } from '../domain/cell-formats';
import {
  AWARD_FORMS,
  AWARD_TARGET_NAMES,
  CRITERION_KIND_NAMES,
  LEDGER_TYPE_NAMES,
  ROLE_NAMES,
  SCORE_FORM_NAMES,
  VISIT_REASONS,
  type Criterion,
} from '../domain/types';
import { SHEET, SHEET_COLUMNS, type ColumnKey, type ColumnSpec, type SheetKey } from './schema';
import { defaultSettings, SETTING_ROWS } from './settings';

/**
 * A drop-down or number check on a column's data rows.
 * - list: requireValueInList, rejecting other values;
 * - lookup: requireValueInRange over another sheet's column (found by its key), rejecting other values;
 * - number: a number ≥ min (> min when `above`), up to max when given; other input is only marked, never refused,
 *   since the contract accepts amounts typed as text ("1.500.000 ₫").
 */
export type ValidationSpec =
  | { kind: 'list'; values: readonly string[]; helpText: string }
  | { kind: 'lookup'; sheet: SheetKey; column: string; helpText: string }
  | { kind: 'number'; min: number; above?: boolean; max?: number; helpText: string };

export interface ColumnLayout {
  /** The ColumnSpec key, or "criterion:<code>" for a criterion column of Chấm điểm. */
  key: string;
  header: string;
  note: string;
  /** The number format of the data rows; null leaves the column as Sheets has it (mixed values). */
  numberFormat: string | null;
  /** Width in pixels. */
  width: number;
  validation?: ValidationSpec;
}

export interface SheetLayout {
  key: SheetKey;
  name: string;
  columns: ColumnLayout[];
  /** The description of the protection: of the header row, or of the whole sheet when `protectWholeSheet`. */
  protectionDescription: string;
  protectWholeSheet: boolean;
  /** Rows written under the header when the sheet is created (Cài đặt's settings), else empty. */
  initialRows: (string | number)[][];
}

type Look = Omit<ColumnLayout, 'key' | 'header' | 'note'>;

const NARROW = 90;
const MEDIUM = 130;
const WIDE = 220;
const WIDEST = 320;

const text = (width = MEDIUM): Look => ({ numberFormat: TEXT_FORMAT, width });
const count = (): Look => ({ numberFormat: WHOLE_NUMBER_FORMAT, width: MEDIUM, validation: { kind: 'number', min: 0, helpText: 'Nhập số nguyên không âm.' } });
const date = (): Look => ({ numberFormat: DATE_CELL_FORMAT, width: 110 });
const money = (validation?: ValidationSpec): Look => ({ numberFormat: VND_FORMAT, width: 140, validation });
const pick = (values: readonly string[], width = MEDIUM): Look => ({
  numberFormat: TEXT_FORMAT,
  width,
  validation: { kind: 'list', values, helpText: `Chọn một trong: ${values.join(', ')}.` },
});
const lookup = <S extends SheetKey>(sheet: S, column: ColumnKey<S>, helpText: string, width = MEDIUM): Look => ({
  numberFormat: TEXT_FORMAT,
  width,
  validation: { kind: 'lookup', sheet, column, helpText },
});

const UNIT_CODE = (): Look => lookup('units', 'code', `Chọn mã đơn vị có trong trang ${SHEET.units}.`, 110);
const FUND_NAME = (): Look => lookup('funds', 'name', `Chọn quỹ có trong trang ${SHEET.funds}.`, 160);

/** Format, width and check of every contract column, by sheet and column key. The headers themselves come from schema.ts. */
const LOOKS: { [S in SheetKey]: Partial<Record<ColumnKey<S>, Look>> } = {
  units: {
    code: text(110),
    name: text(WIDE),
    cluster: text(),
    members: count(),
    workers: count(),
    newMembers: count(),
  },
  rubric: {
    code: text(110),
    group: text(),
    content: text(WIDEST),
    max: { numberFormat: POINTS_ENTRY_FORMAT, width: NARROW, validation: { kind: 'number', min: 0, above: true, helpText: 'Điểm tối đa là số lớn hơn 0.' } },
    kind: pick(Object.values(CRITERION_KIND_NAMES), 110),
  },
  scores: {
    period: text(110),
    unit: UNIT_CODE(),
    form: pick(Object.values(SCORE_FORM_NAMES), 120),
    scorer: text(WIDE),
    note: text(WIDE),
    savedAt: { numberFormat: TIME_CELL_FORMAT, width: 150 },
  },
  visits: {
    date: date(),
    unit: UNIT_CODE(),
    person: text(WIDE),
    reason: pick(VISIT_REASONS, 150),
    amount: money({ kind: 'number', min: 0, helpText: 'Số tiền là số đồng không âm, ví dụ 1.500.000.' }),
    fund: FUND_NAME(),
    visitor: text(WIDE),
    note: text(WIDE),
  },
  ledger: {
    date: date(),
    voucher: text(110),
    fund: FUND_NAME(),
    type: pick(Object.values(LEDGER_TYPE_NAMES), NARROW),
    category: text(160),
    amount: money({ kind: 'number', min: 0, above: true, helpText: 'Số tiền là số đồng lớn hơn 0, ví dụ 1.500.000.' }),
    description: text(WIDEST),
  },
  funds: {
    name: text(160),
    opening: money(),
    budget: money({ kind: 'number', min: 0, helpText: 'Dự toán chi là số đồng không âm (có thể bỏ trống).' }),
  },
  awards: {
    period: text(110),
    target: pick(Object.values(AWARD_TARGET_NAMES), 110),
    name: text(WIDE),
    unit: UNIT_CODE(),
    form: pick(AWARD_FORMS, 190),
    level: text(160),
  },
  settings: {
    label: text(WIDE),
    value: { numberFormat: null, width: 160 },
    note: text(WIDEST + 180),
  },
  roles: {
    email: text(WIDE + 40),
    role: pick(Object.values(ROLE_NAMES), 120),
    cluster: lookup('units', 'cluster', `Chọn cụm có trong trang ${SHEET.units}.`),
    unit: UNIT_CODE(),
  },
  log: {
    time: { numberFormat: TIME_CELL_FORMAT, width: 150 },
    email: text(WIDE),
    action: text(160),
    sheet: text(120),
    row: { numberFormat: WHOLE_NUMBER_FORMAT, width: 70 },
    values: text(WIDEST + 180),
  },
};

const HEADER_PROTECTION = 'Dòng tiêu đề do tiện ích Công đoàn tạo: đổi tên hoặc xóa cột làm tiện ích không đọc được trang này.';
const LOG_PROTECTION = 'Nhật ký thao tác: chỉ ghi thêm, không sửa hoặc xóa. Tiện ích Công đoàn tự ghi mỗi lần lưu từ thanh bên.';

/** The highest value a criterion's cell may hold: its maximum, or 1 for a condition (1 = đạt, 0 = không đạt). */
export function criterionCeiling(criterion: Pick<Criterion, 'kind' | 'max'>): number {
  return criterion.kind === 'condition' ? Math.min(1, criterion.max) : criterion.max;
}

/** The Chấm điểm column of one criterion: header = Mã tiêu chí, points between 0 and its ceiling. */
export function criterionColumn(criterion: Criterion): ColumnLayout {
  const ceiling = criterionCeiling(criterion);
  const kind = CRITERION_KIND_NAMES[criterion.kind];
  const what = criterion.content ? `${criterion.content}\n` : '';
  const range = criterion.kind === 'condition' ? '1 = đạt, 0 = không đạt' : `từ 0 đến ${ceiling} điểm`;
  return {
    key: `criterion:${criterion.code}`,
    header: criterion.code,
    note: `${what}Tiêu chí ${criterion.code} (${kind}): ${range}. Để trống nếu chưa chấm.`,
    numberFormat: POINTS_ENTRY_FORMAT,
    width: NARROW,
    validation: { kind: 'number', min: 0, max: ceiling, helpText: `Điểm tiêu chí ${criterion.code}: ${range}.` },
  };
}

function contractColumn(sheet: SheetKey, spec: ColumnSpec): ColumnLayout {
  const looks: Partial<Record<string, Look>> = LOOKS[sheet];
  const look = looks[spec.key] ?? text();
  return { key: spec.key, header: spec.header, note: spec.note, ...look };
}

/**
 * The layout of one contract sheet. For Chấm điểm, `criteria` (the rubric, in its order) adds one column per Mã tiêu chí
 * between Người chấm and Ghi chú. Cài đặt comes with one row per setting: label, default value, note.
 */
export function sheetLayout(key: SheetKey, criteria: readonly Criterion[] = []): SheetLayout {
  const columns: ColumnLayout[] = [];
  for (const spec of SHEET_COLUMNS[key]) {
    if (key === 'scores' && spec.key === 'note') columns.push(...criteria.map(criterionColumn));
    columns.push(contractColumn(key, spec));
  }
  const isLog = key === 'log';
  return {
    key,
    name: SHEET[key],
    columns,
    protectionDescription: isLog ? LOG_PROTECTION : HEADER_PROTECTION,
    protectWholeSheet: isLog,
    initialRows: key === 'settings' ? defaultSettingRows() : [],
  };
}

/** Cài đặt's rows as "Khởi tạo bảng tính" writes them: Thiết lập, Giá trị (the default as an officer would type it), Ghi chú. */
export function defaultSettingRows(): (string | number)[][] {
  const defaults = defaultSettings();
  return SETTING_ROWS.map((row) => [row.label, row.shown(defaults), row.note]);
}
