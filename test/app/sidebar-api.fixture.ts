// Test fixture for the sidebar's server functions: a small workbook with two clusters, a rubric, roles and money sheets, run through dist/Code.js.
import { createRuntime, type LocalRuntime, type LocalSpreadsheet } from '../../local/runtime/index';
import { loadAddin, type Addin } from '../../local/load-addin';

export const ADMIN = 'admin@cd.vn';
export const LEADER = 'leader1@cd.vn'; // Cụm trưởng of Cụm 1, from CD001
export const OFFICER = 'officer2@cd.vn'; // Cán bộ of CD002 (Cụm 1)
export const OFFICER4 = 'officer4@cd.vn'; // Cán bộ of CD004 (Cụm 2)
export const STRANGER = 'stranger@other.vn';
export const OWNER = 'owner@cd.vn';

export const UNITS = [
  ['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới'],
  ['CD001', 'Trường THCS Lê Lợi', 'Cụm 1', 40, 42, 2],
  ['CD002', 'Trường TH Kim Đồng', 'Cụm 1', 30, 30, 1],
  ['CD003', 'Trường MN Hoa Sen', 'Cụm 1', 25, 26, 0],
  ['CD004', 'Trường THPT Nguyễn Du', 'Cụm 2', 60, 61, 3],
  ['CD005', 'Trường TH <script>alert(1)</script>', 'Cụm 2', 20, 20, 0],
];

export const CRITERIA = [
  ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
  ['TC01', 'I', 'Tổ chức hoạt động', 10, 'Chuẩn'],
  ['TC02', 'I', 'Chăm lo đời sống', 20, 'Chuẩn'],
  ['TC03', 'II', 'Cờ thi đua', 10, 'Thưởng'],
  ['TC04', 'II', 'Vi phạm', 5, 'Trừ'],
  ['DK01', 'III', 'Không có tai nạn lao động chết người', 1, 'Điều kiện'],
];

/** Chấm điểm without "Thời điểm" (the first save adds it), columns in a shuffled order, one extra column. */
export const SCORE_HEADER = ['Mã đơn vị', 'Kỳ', 'Hình thức', 'Người chấm', 'TC02', 'TC01', 'TC03', 'TC04', 'DK01', 'Ghi chú', 'Cột riêng'];
/** CD002's self-score for 2024 by its officer: 8 + 15 + 2 − 1 = 24 points. */
export const SELF_ROW = ['CD002', '2024', 'Tự chấm', OFFICER, 15, 8, 2, 1, 1, 'tự chấm', 'x'];

export const VISIT_HEADER = ['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ', 'Người đi thăm', 'Ghi chú'];
export const LEDGER_HEADER = ['Ngày', 'Số chứng từ', 'Quỹ', 'Loại', 'Khoản mục', 'Số tiền', 'Diễn giải'];

export const ROLES = [
  ['Email', 'Vai trò', 'Cụm', 'Mã đơn vị'],
  [' Admin@CD.vn ', 'quan tri', '', ''],
  [LEADER, 'Cụm trưởng', 'Cụm 1', 'CD001'],
  [OFFICER, 'Cán bộ', '', 'cd002'],
  [OFFICER4, 'Can bo', 'Cụm 2', 'CD004'],
];

export interface FixtureOptions {
  settings?: [string, string][];
  /** null: no Phân quyền sheet at all; [] rows: the header only. */
  roles?: unknown[][] | null;
  /** Extra rows appended to Chấm điểm (for the cost test). */
  scoreRows?: unknown[][];
  activeUser?: string;
}

export interface Fixture {
  runtime: LocalRuntime;
  addin: Addin;
  ss: LocalSpreadsheet;
}

type Sheet = ReturnType<LocalSpreadsheet['getSheets']>[number];

/** Adds a sheet holding `rows` from A1, growing it when they do not fit. */
export function addSheet(ss: LocalSpreadsheet, name: string, rows: unknown[][]): Sheet {
  const sheet = ss.insertSheet(name);
  if (rows.length === 0) return sheet;
  const width = Math.max(...rows.map((r) => r.length));
  // Room for appends, as a sheet in use usually has: a full sheet costs one insertRowsAfter more per save.
  if (rows.length + 100 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 100 - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  return sheet;
}

export function makeFixture(options: FixtureOptions = {}): Fixture {
  const runtime = createRuntime({ owner: OWNER, activeUser: options.activeUser ?? ADMIN });
  const ss = runtime.spreadsheet;
  const first = ss.getSheets()[0];
  addSheet(ss, 'Đơn vị', UNITS);
  addSheet(ss, 'Tiêu chí', CRITERIA);
  addSheet(ss, 'Chấm điểm', [SCORE_HEADER, SELF_ROW, ...(options.scoreRows ?? [])]);
  addSheet(ss, 'Thăm hỏi', [
    VISIT_HEADER,
    ['15/02/2024', 'CD001', 'Nguyễn Văn An', 'Ốm đau', 500000, 'Quỹ CĐCS', 'Lê Hoa', ''],
    ['20/02/2024', 'CD001', 'Đặng Thị Bình', 'Hỷ', 300000, 'Quỹ CĐCS', '', ''],
    ['01/03/2024', 'CD001', 'nguyễn văn an', 'Khác', 100000, 'Quỹ xã hội', '', ''],
    ['05/03/2024', 'CD002', 'Ông Khác', 'Hiếu', 200000, 'Quỹ xã hội', '', ''],
  ]);
  addSheet(ss, 'Thu chi', [
    LEDGER_HEADER,
    ['10/01/2024', 'PT001', 'Quỹ CĐCS', 'Thu', 'Đoàn phí', 2000000, ''],
    ['01/02/2024', 'PC007', 'Quỹ CĐCS', 'Chi', 'Văn phòng phẩm', 300000, ''],
  ]);
  addSheet(ss, 'Quỹ', [
    ['Quỹ', 'Số dư đầu kỳ', 'Dự toán chi'],
    ['Quỹ CĐCS', 5000000, 10000000],
    ['Quỹ xã hội', 1000000, ''],
  ]);
  addSheet(ss, 'Cài đặt', [['Thiết lập', 'Giá trị', 'Ghi chú'], ...(options.settings ?? [])]);
  if (options.roles !== null) addSheet(ss, 'Phân quyền', options.roles ?? ROLES);
  ss.deleteSheet(first);
  runtime.counter.reset();
  return { runtime, addin: loadAddin(runtime), ss };
}

export function sheetOf(ss: LocalSpreadsheet, name: string): Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A sheet's values as getValues returns them (dates as ISO strings, so they compare as text). */
export function valuesOf(ss: LocalSpreadsheet, name: string): unknown[][] {
  return sheetOf(ss, name)
    .getDataRange()
    .getValues()
    .map((row: unknown[]) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).toISOString() : v)));
}

/** Every sheet's name and values, as one string to compare before and after. */
export function snapshot(ss: LocalSpreadsheet): string {
  return JSON.stringify(ss.getSheets().map((s) => [s.getName(), valuesOf(ss, s.getName())]));
}

/** Runs a call and returns the message of the error it throws (fails the test when it does not throw). */
export function errorOf(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the call to be refused');
}

/** A score card with every criterion filled within its maximum. */
export function card(unit: string, form: string, period = '2024'): Record<string, unknown> {
  return { period, unit, form, scores: { TC01: 9, TC02: '17,5', TC03: 0, TC04: 0, DK01: 1 }, note: '' };
}

export function visit(unit: string): Record<string, unknown> {
  return { date: '10/03/2024', unit, person: 'Trần Thị Cúc', reason: 'Thai sản', amount: '1.500.000', fund: 'Quỹ CĐCS', visitor: 'Lê Hoa', note: '' };
}

export function ledgerLine(): Record<string, unknown> {
  return { date: '12/03/2024', fund: 'Quỹ CĐCS', type: 'Chi', category: 'Khen thưởng', amount: 750000, description: 'Thưởng học sinh giỏi', voucher: '' };
}
