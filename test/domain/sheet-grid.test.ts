// Tests of the printable grid: Vietnamese numbers, shown text, widths from the longest content, and table headers repeated on each page.
import {
  A4_LANDSCAPE,
  count,
  dongVi,
  fixedVi,
  numberVi,
  percentVi,
  SheetGrid,
  shownText,
  text,
  textWidth,
  vnd,
  wrappedLines,
  wrapWidth,
} from '../../src/domain/sheet-grid';
import type { RowLook } from '../../src/domain/sheet-grid';

type Style = 'body' | 'header' | 'group' | 'total' | 'title';
const LOOK: RowLook = { weight: 'normal', fill: null, align: null, size: 10 };
const LOOKS: Record<Style, RowLook> = { body: LOOK, header: { ...LOOK, weight: 'bold' }, group: LOOK, total: LOOK, title: { ...LOOK, size: 14 } };

test('numbers are written the Vietnamese way: thousands with dots, a decimal comma', () => {
  expect(numberVi(3599, 0)).toBe('3.599');
  expect(numberVi(12.5)).toBe('12,5');
  expect(percentVi(48.6)).toBe('48,6%');
  expect(percentVi(50)).toBe('50%');
  expect(dongVi(9_850_000)).toBe('9.850.000 đồng');
  expect(fixedVi(92.5, 2)).toBe('92,50');
  expect(fixedVi(-1234.5, 2)).toBe('-1.234,50');
});

test('a cell shows its value as its format does', () => {
  expect(shownText(vnd(25_000_000))).toBe('25.000.000 ₫');
  expect(shownText(count(1016))).toBe('1.016');
  expect(shownText({ value: 0.486, format: 'percent' })).toBe('48,6%');
  expect(shownText({ value: 2.5, format: 'gap' })).toBe('+2,50');
  expect(shownText(text('Cụm 1'))).toBe('Cụm 1');
});

test('widths come from the longest formatted content: a 9-digit bold total never gets a column too narrow for it', () => {
  const grid = new SheetGrid<Style>(3, LOOKS, A4_LANDSCAPE, null);
  grid.table({
    headers: ['STT', 'Quỹ', 'Số tiền'],
    body: [[count(1), text('Quỹ CĐCS'), vnd(5_000)]],
    totals: [[text(''), text('Tổng cộng'), vnd(987_654_321)]],
    lastColumn: 3,
  });
  const widths = grid.measure([40, 60, 60]);
  expect(widths[2]).toBeGreaterThanOrEqual(textWidth('987.654.321 ₫', 10, true));
  // A column is at least as wide as its header's longest word, so a header wraps only between words.
  expect(widths[0]).toBeGreaterThanOrEqual(textWidth('STT', 10, true));
});

test('a long table breaks into pages, each page opening with the table header', () => {
  const grid = new SheetGrid<Style>(2, LOOKS, A4_LANDSCAPE, [100, 200]);
  grid.line('title', 'Tiêu đề');
  grid.table({ headers: ['STT', 'Tên'], body: Array.from({ length: 200 }, (_, i) => [count(i + 1), text(`Đơn vị ${i + 1}`)]), lastColumn: 2 });
  const layout = grid.build([100, 200]);
  expect(layout.print.pageBreaks.length).toBeGreaterThanOrEqual(5);
  for (const row of layout.print.pageBreaks) expect(layout.values[row - 1].slice(0, 2)).toEqual(['STT', 'Tên']);
  // Every body row is still there, in order.
  const numbers = layout.values.map((r) => r[0]).filter((v): v is number => typeof v === 'number');
  expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  // Pages hold at most the page's lines.
  const starts = [1, ...layout.print.pageBreaks, layout.values.length + 1];
  for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeLessThanOrEqual(A4_LANDSCAPE.lines);
});

test('a heading at the foot of a page goes to the next page with its table; a short table is not split', () => {
  const grid = new SheetGrid<Style>(2, LOOKS, A4_LANDSCAPE, [100, 200]);
  for (let i = 0; i < A4_LANDSCAPE.lines - 3; i++) grid.line('body', `Dòng ${i + 1}`);
  const heading = grid.line('title', 'V. THĂM HỎI', { heading: true });
  grid.table({ headers: ['STT', 'Tên'], body: Array.from({ length: 6 }, (_, i) => [count(i + 1), text(`Đơn vị ${i + 1}`)]), lastColumn: 2 });
  const layout = grid.build([100, 200]);
  expect(layout.print.pageBreaks).toEqual([heading]);
});

test('every text cell of a table wraps, figures do not; a long name counts the lines it wraps to', () => {
  const grid = new SheetGrid<Style>(3, LOOKS, A4_LANDSCAPE, [40, 120, 100]);
  const long = 'Công đoàn cơ sở Trường Tiểu học và Trung học cơ sở Nguyễn Văn Trỗi xã Bình Triều';
  grid.table({
    headers: ['STT', 'Tên', 'Số tiền'],
    body: [{ group: 'Cụm thi đua số 1 các trường vùng ven biển' }, [count(1), text(long), vnd(5_000)]],
    lastColumn: 3,
    groupColumn: 2,
  });
  const layout = grid.build([40, 120, 100]);
  expect(layout.wraps[1][1]).toBe(true);
  expect(layout.wraps[2]).toEqual([false, true, false]);
  expect(layout.merges).toEqual([]);
  expect(wrappedLines(long, 10, false, 120)).toBeGreaterThanOrEqual(Math.ceil(wrapWidth(long, 10) / 112));
  expect(wrappedLines(long, 10, false, 120)).toBeGreaterThanOrEqual(4);
  expect(wrappedLines('Trường THCS Lê Lợi', 10, false, 200)).toBe(1);
  // The estimate for wrapping is the closer one; the one for widths keeps room to spare.
  expect(wrapWidth(long, 10)).toBeLessThan(textWidth(long, 10));
});

test('widths: a span widens its last column only up to its cap; too wide for the page, the wrapping columns give back first', () => {
  const grid = new SheetGrid<Style>(3, LOOKS, A4_LANDSCAPE, null);
  grid.line('body', 'x'.repeat(400));
  grid.table({
    headers: ['STT', 'Tên', 'Số tiền'],
    body: [[count(1), text('Trường Tiểu học Nguyễn Văn Trỗi xã Bình Triều'), vnd(987_654_321)]],
    lastColumn: 3,
  });
  expect(grid.measure([40, 100, 100], { max: [60, 300, 160] })[2]).toBeLessThanOrEqual(160);
  const fitted = grid.measure([40, 100, 100], { max: [60, 300, 900], fit: 500, shrink: [2] });
  expect(fitted[1]).toBe(100);
  expect(fitted[2]).toBeGreaterThanOrEqual(textWidth('987.654.321 ₫', 10));
});
