// The workbook contract as code: sheet names and the headers of each sheet (docs/contract.md), with their aliases.

import { SHEET } from '../domain/sheet-names';

export { SHEET };
export type SheetKey = keyof typeof SHEET;

/** One column of a sheet: its key in code, its header, the headers also accepted, and whether the sheet is unusable without it. */
export interface ColumnSpec {
  key: string;
  header: string;
  aliases?: readonly string[];
  required?: boolean;
  /** A note shown on the header cell by "Khởi tạo bảng tính", telling the officer what goes in the column. */
  note: string;
}

export const UNIT_COLUMNS = [
  { key: 'code', header: 'Mã đơn vị', required: true, note: 'Mã duy nhất của CĐCS, dùng ở mọi trang khác (ví dụ CD001).' },
  { key: 'name', header: 'Tên đơn vị', required: true, note: 'Tên đầy đủ của công đoàn cơ sở.' },
  { key: 'cluster', header: 'Cụm', required: true, note: 'Tên cụm thi đua của đơn vị (ví dụ Cụm 1).' },
  { key: 'members', header: 'Số đoàn viên', note: 'Số đoàn viên công đoàn (số nguyên ≥ 0).' },
  { key: 'workers', header: 'Số người lao động', aliases: ['Số CB,CCVC,LĐ'], note: 'Tổng số CB, CCVC, người lao động, kể cả đoàn viên (số nguyên ≥ 0).' },
  { key: 'newMembers', header: 'Kết nạp mới', note: 'Số đoàn viên kết nạp mới trong kỳ (số nguyên ≥ 0).' },
] as const satisfies readonly ColumnSpec[];

export const RUBRIC_COLUMNS = [
  { key: 'code', header: 'Mã tiêu chí', required: true, note: 'Mã duy nhất; cũng là tiêu đề cột của tiêu chí trong trang Chấm điểm (ví dụ TC01).' },
  { key: 'group', header: 'Nhóm', note: 'Nhóm tiêu chí, dùng cho quy định điểm sàn theo nhóm (chỉ tính tiêu chí Chuẩn).' },
  { key: 'content', header: 'Nội dung', note: 'Nội dung tiêu chí.' },
  { key: 'max', header: 'Điểm tối đa', required: true, note: 'Điểm tối đa của tiêu chí (số > 0). Với Điều kiện: 1.' },
  { key: 'kind', header: 'Loại', note: 'Chuẩn (mặc định), Thưởng (cộng), Trừ (nhập số dương, trừ đi) hoặc Điều kiện (1 = đạt, 0 = không đạt).' },
] as const satisfies readonly ColumnSpec[];

/** Chấm điểm also has one column per Mã tiêu chí, found by matching the rubric's codes. */
export const SCORE_COLUMNS = [
  { key: 'period', header: 'Kỳ', required: true, note: 'Kỳ chấm: "2020" (năm) hoặc "2019-2020" (năm học).' },
  { key: 'unit', header: 'Mã đơn vị', required: true, note: 'Mã của đơn vị được chấm (phải có trong trang Đơn vị).' },
  { key: 'form', header: 'Hình thức', required: true, note: 'Tự chấm, Chấm chéo, Cụm trưởng hoặc Cấp trên.' },
  { key: 'scorer', header: 'Người chấm', note: 'Email hoặc tên người chấm. Dòng sau cùng của cùng người chấm và hình thức thay cho dòng trước.' },
  { key: 'note', header: 'Ghi chú', note: 'Ghi chú tùy ý.' },
  { key: 'savedAt', header: 'Thời điểm', note: 'Thời điểm lưu (thanh bên tự ghi).' },
] as const satisfies readonly ColumnSpec[];

export const VISIT_COLUMNS = [
  { key: 'date', header: 'Ngày', required: true, note: 'Ngày thăm, dạng dd/mm/yyyy.' },
  { key: 'unit', header: 'Mã đơn vị', required: true, note: 'Mã đơn vị của người được thăm.' },
  { key: 'person', header: 'Người được thăm', required: true, note: 'Họ tên đoàn viên (hoặc thân nhân) được thăm.' },
  {
    key: 'reason',
    header: 'Lý do',
    required: true,
    note: 'Ốm đau, Thai sản, Tai nạn, Bệnh hiểm nghèo, Hiếu, Hỷ, Khó khăn đột xuất, Lễ Tết, Nghỉ hưu hoặc Khác.',
  },
  { key: 'amount', header: 'Số tiền', required: true, note: 'Số tiền (đồng, số nguyên ≥ 0), ví dụ 1.500.000.' },
  { key: 'fund', header: 'Quỹ', required: true, note: 'Quỹ chi tiền thăm (phải có trong trang Quỹ).' },
  { key: 'visitor', header: 'Người đi thăm', note: 'Người đại diện đi thăm.' },
  { key: 'note', header: 'Ghi chú', note: 'Ghi chú tùy ý.' },
] as const satisfies readonly ColumnSpec[];

export const LEDGER_COLUMNS = [
  { key: 'date', header: 'Ngày', required: true, note: 'Ngày chứng từ, dạng dd/mm/yyyy.' },
  { key: 'voucher', header: 'Số chứng từ', note: 'Số phiếu thu (PT…) hoặc phiếu chi (PC…).' },
  { key: 'fund', header: 'Quỹ', required: true, note: 'Quỹ thu hoặc chi (phải có trong trang Quỹ).' },
  { key: 'type', header: 'Loại', required: true, note: 'Thu hoặc Chi.' },
  { key: 'category', header: 'Khoản mục', note: 'Khoản mục thu chi (ví dụ Đoàn phí, Khen thưởng).' },
  { key: 'amount', header: 'Số tiền', required: true, note: 'Số tiền (đồng, số nguyên > 0).' },
  { key: 'description', header: 'Diễn giải', note: 'Diễn giải nội dung.' },
] as const satisfies readonly ColumnSpec[];

export const FUND_COLUMNS = [
  { key: 'name', header: 'Quỹ', required: true, note: 'Tên quỹ (duy nhất).' },
  {
    key: 'opening',
    header: 'Số dư đầu kỳ',
    note: 'Số dư của quỹ trước dòng thu chi và lần thăm đầu tiên trong bảng tính (đồng); nhập một lần, các kỳ sau tự chuyển số dư cuối kỳ trước sang.',
  },
  { key: 'budget', header: 'Dự toán chi', note: 'Dự toán chi trong kỳ (đồng, có thể bỏ trống).' },
] as const satisfies readonly ColumnSpec[];

export const AWARD_COLUMNS = [
  { key: 'period', header: 'Kỳ', required: true, note: 'Kỳ khen thưởng: "2020" hoặc "2019-2020".' },
  { key: 'target', header: 'Đối tượng', required: true, note: 'Tập thể hoặc Cá nhân.' },
  { key: 'name', header: 'Tên', required: true, note: 'Tên tập thể hoặc cá nhân được khen.' },
  { key: 'unit', header: 'Mã đơn vị', note: 'Mã đơn vị (có thể bỏ trống).' },
  { key: 'form', header: 'Hình thức', required: true, note: 'Cờ thi đua, Bằng khen, Giấy khen, Kỷ niệm chương, Bằng Lao động sáng tạo hoặc Khác.' },
  { key: 'level', header: 'Cấp khen', note: 'Ví dụ Tổng Liên đoàn, LĐLĐ tỉnh, LĐLĐ huyện, CĐCS, Chính quyền.' },
] as const satisfies readonly ColumnSpec[];

export const SETTING_COLUMNS = [
  { key: 'label', header: 'Thiết lập', required: true, note: 'Tên thiết lập (không đổi tên).' },
  { key: 'value', header: 'Giá trị', required: true, note: 'Giá trị; để trống thì dùng mặc định.' },
  { key: 'note', header: 'Ghi chú', note: 'Giải thích thiết lập.' },
] as const satisfies readonly ColumnSpec[];

export const ROLE_COLUMNS = [
  { key: 'email', header: 'Email', required: true, note: 'Email Google của người dùng.' },
  { key: 'role', header: 'Vai trò', required: true, note: 'Quản trị, Cụm trưởng hoặc Cán bộ.' },
  { key: 'cluster', header: 'Cụm', note: 'Cụm của người dùng (với Cụm trưởng và Cán bộ).' },
  { key: 'unit', header: 'Mã đơn vị', note: 'Đơn vị của người dùng (với Cán bộ và Cụm trưởng).' },
] as const satisfies readonly ColumnSpec[];

export const LOG_COLUMNS = [
  { key: 'time', header: 'Thời điểm', required: true, note: 'Thời điểm ghi (giờ Việt Nam).' },
  { key: 'email', header: 'Email', required: true, note: 'Người thực hiện.' },
  { key: 'action', header: 'Thao tác', required: true, note: 'Việc đã làm.' },
  { key: 'sheet', header: 'Trang tính', note: 'Trang tính được ghi.' },
  { key: 'row', header: 'Dòng', note: 'Dòng được ghi.' },
  { key: 'values', header: 'Nội dung', note: 'Nội dung đã ghi.' },
  { key: 'digest', header: 'Mã kiểm tra', note: 'Mã SHA-256 nối với dòng trước: sửa, xóa hay chèn tay một dòng nào sẽ bị báo khi tổng hợp.' },
] as const satisfies readonly ColumnSpec[];

/** Each sheet's column plan, by sheet key: the one place a column's key and header are written. */
const COLUMN_PLANS = {
  units: UNIT_COLUMNS,
  rubric: RUBRIC_COLUMNS,
  scores: SCORE_COLUMNS,
  visits: VISIT_COLUMNS,
  ledger: LEDGER_COLUMNS,
  funds: FUND_COLUMNS,
  awards: AWARD_COLUMNS,
  settings: SETTING_COLUMNS,
  roles: ROLE_COLUMNS,
  log: LOG_COLUMNS,
} as const satisfies Record<SheetKey, readonly ColumnSpec[]>;

export const SHEET_COLUMNS: Record<SheetKey, readonly ColumnSpec[]> = COLUMN_PLANS;

/** The column keys of one sheet ('period' | 'unit' | … for Chấm điểm): a key that is not in the sheet's plan does not compile. */
export type ColumnKey<S extends SheetKey> = (typeof COLUMN_PLANS)[S][number]['key'];

/** The header of a sheet's column, as the contract writes it ("Mã đơn vị"). */
export function headerOf<S extends SheetKey>(sheet: S, key: ColumnKey<S>): string {
  return SHEET_COLUMNS[sheet].find((column) => column.key === key)?.header ?? key;
}
