// Tests the summary sheet through the built dist/Code.js: runYearlySummary on a contract workbook writes "Tổng hợp <kỳ>", and the whole run's calls do not grow with the units.
import { createRuntime, type LocalRuntime, type LocalSpreadsheet } from '../../local/runtime/index';
import { loadAddin } from '../../local/load-addin';

// dist/Code.js is built once by test/global-setup.js.
function addSheet(ss: LocalSpreadsheet, name: string, rows: unknown[][]): void {
  const sheet = ss.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
}

/**
 * A 2020 workbook of clusters × units: unit u of a cluster self-scores 100 − u (no cross-check), so with the default
 * thresholds units 1..10 are HTXSNV; one visit per unit from "Quỹ CĐCS", and one unreadable visit amount (a warning).
 */
function workbook(clusters: number, units: number): LocalRuntime {
  const runtime = createRuntime({ timeZone: 'Asia/Ho_Chi_Minh' });
  const ss = runtime.spreadsheet;
  const unitRows: unknown[][] = [['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới']];
  const scoreRows: unknown[][] = [['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'K1', 'Ghi chú']];
  const visitRows: unknown[][] = [['Ngày', 'Mã đơn vị', 'Người được thăm', 'Lý do', 'Số tiền', 'Quỹ', 'Người đi thăm', 'Ghi chú']];
  for (let c = 1; c <= clusters; c += 1) {
    for (let u = 1; u <= units; u += 1) {
      const code = `CD${c}-${u}`;
      unitRows.push([code, `Trường ${c}.${u}`, `Cụm ${c}`, 30, 31, 1]);
      scoreRows.push(['2020', code, 'Tự chấm', 'chu.tich@example.com', 100 - u, '']);
      visitRows.push(['15/03/2020', code, 'Nguyễn Văn A', 'Ốm đau', 500000, 'Quỹ CĐCS', 'BCH', '']);
    }
  }
  visitRows.push(['16/03/2020', 'CD1-1', 'Trần Thị B', 'Ốm đau', 'abc', 'Quỹ CĐCS', 'BCH', '']);
  addSheet(ss, 'Đơn vị', unitRows);
  addSheet(ss, 'Tiêu chí', [
    ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
    ['K1', 'Chung', 'Toàn bộ', 100, 'Chuẩn'],
  ]);
  addSheet(ss, 'Chấm điểm', scoreRows);
  addSheet(ss, 'Quỹ', [
    ['Quỹ', 'Số dư đầu kỳ', 'Dự toán chi'],
    ['Quỹ CĐCS', 100_000_000, 200_000_000],
  ]);
  addSheet(ss, 'Thăm hỏi', visitRows);
  ss.deleteSheet(ss.getSheets()[0]);
  runtime.counter.reset();
  return runtime;
}

describe('runYearlySummary writes the summary sheet', () => {
  test('sections, a ranking line and the warning link, in the bundle that ships', () => {
    const runtime = workbook(2, 12);
    const addin = loadAddin(runtime);
    addin.runYearlySummary('2020');
    const ss = runtime.spreadsheet;
    const sheet = ss.getSheetByName('Tổng hợp 2020');
    expect(sheet).not.toBeNull();
    const values = sheet!.getDataRange().getValues();
    const firstColumn = values.map((r) => r[0]);
    for (const title of ['I. XẾP LOẠI CÔNG ĐOÀN CƠ SỞ', 'II. BẢNG XẾP HẠNG TỪNG CỤM', 'VIII. SO SÁNH VỚI KỲ TRƯỚC', 'IX. CẢNH BÁO'])
      expect(firstColumn).toContain(title);
    expect(values[2][0]).toBe('Năm 2020 (01/01/2020 – 31/12/2020)');
    // The add-in stamps the real time (new Date() inside the vm); its exact text is checked in summary-sheet.test.ts.
    expect(values[3][0]).toMatch(/^Lập lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    // CD1-1 self-scores 99 with no cross-check: HTXSNV, rank 1, flagged.
    const line = values.find((r) => r[1] === 'CD1-1' && r[6] !== '');
    expect(line?.slice(0, 9)).toEqual([1, 'CD1-1', 'Trường 1.1', 99, 99, 0, 'HTXSNV', '', 'Chưa được chấm chéo']);
    const warning = values.findIndex((r) => r[1] === 'Thăm hỏi' && typeof r[2] === 'string' && r[2].includes('abc'));
    expect(warning).toBeGreaterThan(0);
    const gid = ss.getSheetByName('Thăm hỏi')!.getSheetId();
    expect(sheet!.getRange(warning + 1, 9).getFormula()).toMatch(new RegExp(`^=HYPERLINK\\("#gid=${gid}&range=E\\d+","Mở"\\)$`));
    expect(sheet!.getCharts().length).toBeGreaterThanOrEqual(1);
  });

  test('the whole run costs the same Spreadsheet calls at 3 × 10 and 40 × 50 units, but for growing the sheet once', () => {
    const measure = (clusters: number, units: number) => {
      const runtime = workbook(clusters, units);
      loadAddin(runtime).runYearlySummary('2020');
      return { total: runtime.counter.total('Spreadsheet'), byMethod: runtime.counter.byMethod() };
    };
    const small = measure(3, 10);
    const large = measure(40, 50);
    // 40 × 50 units give a summary of over 2,000 rows: the new sheet's 1,000 rows grow once (Sheet.insertRowsAfter).
    expect(large.byMethod['Sheet.insertRowsAfter']).toBe(1);
    expect(small.byMethod['Sheet.insertRowsAfter']).toBeUndefined();
    // The warning links cost one getSheetId per source sheet named by a warning: at most the 8 source sheets, whatever the rows.
    const ids = (m: { byMethod: Record<string, number> }) => m.byMethod['Sheet.getSheetId'] ?? 0;
    expect(ids(large)).toBeLessThanOrEqual(8);
    expect(large.total - ids(large)).toBe(small.total - ids(small) + 1);
  });
});
