// The "Cài đặt" sheet: one row per setting (Thiết lập · Giá trị · Ghi chú), read into Settings with the contract's defaults.
import { formatVnd, parseAmount } from '../domain/money';
import { cellText, clip, isBlank, matchKey, matchOption } from '../domain/text';
import { DEFAULT_SETTINGS, ROLE_NAMES, type Settings, type Warning } from '../domain/types';
import { SHEET } from './schema';
import { cellRef, type Table } from './table';

type Parse = (value: unknown) => { ok: true; apply: (s: Settings) => void } | { ok: false; message: string };

export interface SettingRow {
  label: string;
  /** The default as an officer would type it in the sheet ("" for none). */
  shown: (s: Settings) => string | number;
  note: string;
  parse: Parse;
}

function number(label: string, min: number, max: number, set: (s: Settings, n: number) => void): Parse {
  return (value) => {
    const n = typeof value === 'number' ? value : Number(cellText(value).replace(',', '.'));
    if (!Number.isFinite(n) || n < min || n > max) return { ok: false, message: `${label} phải là số từ ${min} đến ${max}: "${clip(cellText(value))}"` };
    return { ok: true, apply: (s) => set(s, n) };
  };
}

/**
 * A percentage (0..100): a number, text such as "10%" or "10,5 %", or a fraction in (0, 1), which is what Sheets stores when an
 * officer types "10%" in a cell formatted as a percentage (0.1 → 10%). 1 stays 1%, and 0 stays 0.
 */
function percent(label: string, set: (s: Settings, n: number) => void): Parse {
  return (value) => {
    const text = cellText(value).trim();
    const typed = typeof value === 'number' ? value : Number(text.replace(/\s*%$/, '').replace(',', '.'));
    const n = typeof value === 'number' && value > 0 && value < 1 ? Number((value * 100).toFixed(6)) : typed;
    if (text === '' || !Number.isFinite(n) || n < 0 || n > 100) return { ok: false, message: `${label} phải là tỷ lệ từ 0% đến 100%: "${clip(text)}"` };
    return { ok: true, apply: (s) => set(s, n) };
  };
}

/** An amount of đồng, read as every amount of the workbook is (parseAmount: 2000000, "2.000.000", "2.000.000 ₫"); never negative. */
function amount(label: string, set: (s: Settings, n: number) => void): Parse {
  return (value) => {
    const parsed = parseAmount(value);
    if (!parsed.ok) return { ok: false, message: `${label} phải là số tiền đồng, ví dụ 2.000.000: "${clip(cellText(value))}"` };
    if (parsed.value < 0) return { ok: false, message: `${label} không được âm: ${formatVnd(parsed.value)}` };
    return { ok: true, apply: (s) => set(s, parsed.value) };
  };
}

function choice<T>(label: string, options: Record<string, T>, set: (s: Settings, v: T) => void): Parse {
  const names = Object.keys(options);
  return (value) => {
    const found = matchOption(cellText(value), names);
    if (!found) return { ok: false, message: `${label} không hợp lệ: "${clip(cellText(value))}" (chọn: ${names.join(', ')})` };
    return { ok: true, apply: (s) => set(s, options[found]) };
  };
}

const YES_NO = { Có: true, Không: false };

/** Every setting the add-in knows, in the order "Khởi tạo bảng tính" writes them. Blank values keep the default. */
export const SETTING_ROWS: readonly SettingRow[] = [
  {
    label: 'Tên công đoàn',
    shown: (s) => s.unionName,
    note: 'Tên công đoàn cấp trên, in ở tiêu đề báo cáo tổng hợp.',
    parse: (value) => ({ ok: true, apply: (s) => (s.unionName = clip(cellText(value), 200)) }),
  },
  {
    label: 'Loại kỳ',
    shown: (s) => (s.periodKind === 'school' ? 'Năm học' : 'Năm'),
    note: 'Năm (1/1–31/12) hoặc Năm học (từ tháng bắt đầu năm học).',
    parse: choice('Loại kỳ', { Năm: 'calendar' as const, 'Năm học': 'school' as const }, (s, v) => (s.periodKind = v)),
  },
  {
    label: 'Tháng bắt đầu năm học',
    shown: (s) => s.schoolYearStartMonth,
    note: 'Tháng đầu tiên của năm học (1–12), thường là 9.',
    parse: number('Tháng bắt đầu năm học', 1, 12, (s, n) => (s.schoolYearStartMonth = Math.trunc(n))),
  },
  {
    label: 'Ngưỡng HTXSNV',
    shown: (s) => s.thresholds.excellent,
    note: 'Điểm tối thiểu để Hoàn thành xuất sắc nhiệm vụ.',
    parse: number('Ngưỡng HTXSNV', 0, 1000, (s, n) => (s.thresholds.excellent = n)),
  },
  {
    label: 'Ngưỡng HTTNV',
    shown: (s) => s.thresholds.good,
    note: 'Điểm tối thiểu để Hoàn thành tốt nhiệm vụ.',
    parse: number('Ngưỡng HTTNV', 0, 1000, (s, n) => (s.thresholds.good = n)),
  },
  {
    label: 'Ngưỡng HTNV',
    shown: (s) => s.thresholds.completed,
    note: 'Điểm tối thiểu để Hoàn thành nhiệm vụ; dưới ngưỡng này là Không hoàn thành nhiệm vụ.',
    parse: number('Ngưỡng HTNV', 0, 1000, (s, n) => (s.thresholds.completed = n)),
  },
  {
    label: 'Sàn điểm nhóm (%)',
    shown: (s) => s.groupFloorPercent,
    note: 'Đơn vị đạt điểm HTXSNV nhưng có nhóm tiêu chí (Chuẩn) dưới tỷ lệ này bị hạ một bậc. 0 = không áp dụng.',
    parse: percent('Sàn điểm nhóm (%)', (s, n) => (s.groupFloorPercent = n)),
  },
  {
    label: 'Giới hạn tỷ lệ HTXSNV (%)',
    shown: (s) => s.excellentCapPercent ?? '',
    note: 'Tỷ lệ tối đa đơn vị HTXSNV trên tổng số đơn vị; để trống = không giới hạn. Đơn vị vượt giới hạn hạ xuống HTTNV, từ điểm thấp lên.',
    parse: percent('Giới hạn tỷ lệ HTXSNV (%)', (s, n) => (s.excellentCapPercent = n)),
  },
  {
    label: 'Ngưỡng chênh lệch tự chấm',
    shown: (s) => s.gapThreshold,
    note: 'Điểm tự chấm cao hơn điểm cuối cùng quá số điểm này thì bị đánh dấu CHENH_LECH.',
    parse: number('Ngưỡng chênh lệch tự chấm', 0, 1000, (s, n) => (s.gapThreshold = n)),
  },
  {
    label: 'Cách tính chấm chéo',
    shown: (s) => (s.crossCheckAggregation === 'trimmedMean' ? 'Trung bình cắt' : 'Trung bình'),
    note: 'Trung bình các phiếu chấm chéo, hoặc Trung bình cắt (bỏ phiếu cao nhất và thấp nhất khi có từ 3 phiếu).',
    parse: choice('Cách tính chấm chéo', { 'Trung bình': 'mean' as const, 'Trung bình cắt': 'trimmedMean' as const }, (s, v) => (s.crossCheckAggregation = v)),
  },
  {
    label: 'Mức chi tối đa mỗi lần thăm',
    shown: (s) => s.visitCap ?? '',
    note: 'Số tiền tối đa cho một lần thăm (đồng); để trống = không giới hạn. Vượt mức thì có cảnh báo.',
    parse: amount('Mức chi tối đa mỗi lần thăm', (s, n) => (s.visitCap = n)),
  },
  {
    label: 'Cán bộ được chấm chéo',
    shown: (s) => (s.officersMayCrossCheck ? 'Có' : 'Không'),
    note: 'Có: cán bộ CĐCS được nhập điểm chấm chéo cho đơn vị khác trong cụm. Không: chỉ cụm trưởng.',
    parse: choice('Cán bộ được chấm chéo', YES_NO, (s, v) => (s.officersMayCrossCheck = v)),
  },
  {
    label: 'Người được ghi thu chi',
    shown: (s) => ROLE_NAMES[s.ledgerRole],
    note: 'Quản trị: chỉ quản trị ghi thu chi. Cán bộ: cán bộ cũng được ghi.',
    parse: choice('Người được ghi thu chi', { [ROLE_NAMES.admin]: 'admin' as const, [ROLE_NAMES.officer]: 'officer' as const }, (s, v) => (s.ledgerRole = v)),
  },
  paperText('Cơ quan cấp trên', 'parentName', 'Tên cơ quan cấp trên, in trên tên công đoàn ở góc trái báo cáo, ví dụ LĐLĐ HUYỆN THĂNG BÌNH.'),
  paperText('Địa danh', 'place', 'Địa danh ghi trước ngày tháng của báo cáo và biên bản, ví dụ Thăng Bình.'),
  paperText('Người ký báo cáo', 'signerName', 'Họ tên người ký báo cáo (thường là Chủ tịch).'),
  paperText('Chức vụ người ký', 'signerTitle', 'Chức vụ in trên chữ ký: CHỦ TỊCH, hoặc PHÓ CHỦ TỊCH khi ký thay (KT. CHỦ TỊCH).'),
  paperText('Ký hiệu văn bản', 'documentCode', 'Chữ viết tắt của công đoàn trong số văn bản, ví dụ CĐGD cho "Số: …/BC-CĐGD".'),
];

/** A free-text setting of the papers (Báo cáo, Biên bản), kept as typed, at most 200 characters. */
function paperText(label: string, key: keyof Settings['papers'], note: string): SettingRow {
  return {
    label,
    shown: (s) => s.papers[key],
    note,
    parse: (value) => ({ ok: true, apply: (s) => (s.papers = { ...s.papers, [key]: clip(cellText(value), 200) }) }),
  };
}

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, thresholds: { ...DEFAULT_SETTINGS.thresholds }, papers: { ...DEFAULT_SETTINGS.papers } };
}

/** What "the default" is, as the warning of an unreadable value says it: "giá trị mặc định 50%", or "để trống (không giới hạn)". */
function defaultWording(setting: SettingRow): string {
  const shown = setting.shown(defaultSettings());
  if (shown === '') return 'bỏ qua ô này, như để trống (không giới hạn)';
  if (typeof shown === 'string') return `dùng giá trị mặc định "${shown}"`;
  return `dùng giá trị mặc định ${String(shown).replace('.', ',')}${setting.label.endsWith('(%)') ? '%' : ''}`;
}

/** Reads the settings table; unknown labels and bad values become warnings and keep the default. */
export function readSettings(table: Table | null): { settings: Settings; warnings: Warning[] } {
  const settings = defaultSettings();
  const warnings: Warning[] = [];
  if (!table) return { settings, warnings };
  const byKey = new Map(SETTING_ROWS.map((row) => [matchKey(row.label), row]));
  const labelColumn = table.columns.label;
  const valueColumn = table.columns.value;
  for (const { row, values } of table.rows) {
    const label = cellText(values[labelColumn]);
    const setting = byKey.get(matchKey(label));
    if (!setting) {
      if (label)
        warnings.push({ sheet: SHEET.settings, cell: cellRef(labelColumn, row), message: `Thiết lập không rõ: "${clip(label)}"; dòng này được bỏ qua.` });
      continue;
    }
    const value = values[valueColumn];
    if (isBlank(value)) continue;
    const parsed = setting.parse(value);
    if (parsed.ok) parsed.apply(settings);
    else warnings.push({ sheet: SHEET.settings, cell: cellRef(valueColumn, row), message: `${parsed.message}; ${defaultWording(setting)}.` });
  }
  const t = settings.thresholds;
  if (!(t.excellent >= t.good && t.good >= t.completed)) {
    warnings.push({ sheet: SHEET.settings, cell: '', message: 'Các ngưỡng xếp loại phải giảm dần (HTXSNV ≥ HTTNV ≥ HTNV); dùng ngưỡng mặc định 90/70/50.' });
    settings.thresholds = { ...DEFAULT_SETTINGS.thresholds };
  }
  return { settings, warnings };
}
