// Tests of the summary sheet layout: title, sections I–VIII in order, each figure in its place with its format, links and text safety.
import { layoutSummary, periodHeading, rankingNote, warningLink } from '../../src/domain/summary-layout';
import { SUMMARY_FORMATS } from '../../src/domain/cell-formats';
import type { SummaryLayout, SummaryLayoutInfo } from '../../src/domain/summary-layout';
import { entry, generatedSummary, smallSummary } from './summary-layout.fixture';

const INFO: SummaryLayoutInfo = {
  unionName: 'Công đoàn Giáo dục huyện Đức Phổ',
  madeAtText: '05/09/2020 14:30',
  sheetIds: { 'Thăm hỏi': 11, 'Don vi': 22 },
  spending: [
    { category: 'Thăm hỏi', amount: 2_300_000 },
    { category: 'Khen thưởng', amount: 1_700_000 },
  ],
};

const layout = layoutSummary(smallSummary(), INFO);

/** The 1-based row of the first cell in `column` (1-based) equal to `value`, after row `after`. */
function rowOf(l: SummaryLayout, column: number, value: string | number, after = 0): number {
  const index = l.values.findIndex((row, i) => i >= after && row[column - 1] === value);
  if (index < 0) throw new Error(`"${value}" not found in column ${column} after row ${after}`);
  return index + 1;
}
const row = (l: SummaryLayout, r: number) => l.values[r - 1];
const formats = (l: SummaryLayout, r: number) => l.numberFormats[r - 1];
const section = (l: SummaryLayout, numeral: string) => {
  const found = l.sections.find((s) => s.title.startsWith(`${numeral}. `));
  if (!found) throw new Error(`section ${numeral} missing`);
  return found.row;
};

describe('title block', () => {
  test('union name upper-cased, report title, school-year period with dates, time made', () => {
    expect(layout.values.slice(0, 4).map((r) => r[0])).toEqual([
      'CÔNG ĐOÀN GIÁO DỤC HUYỆN ĐỨC PHỔ',
      'BÁO CÁO TỔNG HỢP',
      'Năm học 2019-2020 (01/09/2019 – 31/08/2020)',
      'Lập lúc 05/09/2020 14:30',
    ]);
    expect(layout.frozenRows).toBe(4);
    expect(layout.merges[0]).toBe('A1:I4');
    // The two title rows in the larger font, the rest of the title block in the body's.
    expect(layout.fontSizes.slice(0, 4).map((r) => r[0])).toEqual([14, 14, 10, 10]);
    expect(layout.alignments[0][0]).toBe('center');
    expect(layout.fontWeights[0][0]).toBe('bold');
  });

  test('a calendar year says "Năm"', () => {
    expect(periodHeading({ label: '2020', start: '2020-01-01', end: '2020-12-31' })).toBe('Năm 2020 (01/01/2020 – 31/12/2020)');
  });
});

describe('sections', () => {
  test('I to IX stand in order, each a bold row filled across the nine columns', () => {
    const numerals = layout.sections.map((s) => s.title.split('.')[0]);
    expect(numerals).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX']);
    const rows = layout.sections.map((s) => s.row);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
    for (const { title, row: r } of layout.sections) {
      expect(row(layout, r)[0]).toBe(title);
      expect(layout.fontWeights[r - 1][0]).toBe('bold');
      expect(layout.backgrounds[r - 1].every((fill) => fill !== null)).toBe(true);
    }
  });

  test('every grid has the same shape, nine columns wide, at least the 1,040 px of A4 landscape', () => {
    const rows = layout.values.length;
    for (const grid of [layout.numberFormats, layout.fontWeights, layout.backgrounds, layout.alignments, layout.wraps]) {
      expect(grid.length).toBe(rows);
      expect(grid.every((r) => r.length === 9)).toBe(true);
    }
    expect(layout.values.every((r) => r.length === 9)).toBe(true);
    const width = layout.columnWidths.reduce((a, b) => a + b, 0);
    expect(width).toBeGreaterThanOrEqual(1040);
    expect(width).toBeLessThanOrEqual(1400);
  });
});

describe('I. Xếp loại CĐCS', () => {
  const start = section(layout, 'I');

  test('levels with code, full name, count and percent, and the total row', () => {
    const r = rowOf(layout, 2, 'HTXSNV', start);
    expect(row(layout, r).slice(0, 5)).toEqual([1, 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 2, 0.4]);
    expect(row(layout, r + 1).slice(1, 5)).toEqual(['HTTNV', 'Hoàn thành tốt nhiệm vụ', 2, 0.4]);
    expect(row(layout, r + 4).slice(1, 5)).toEqual(['CXL', 'Chưa xếp loại', 1, 0.2]);
    expect(row(layout, r + 5).slice(2, 5)).toEqual(['Tổng cộng', 5, 1]);
    expect(formats(layout, r).slice(0, 5)).toEqual(['#,##0', '@', '@', '#,##0', '0.0%']);
    expect(layout.fontWeights[r + 4][2]).toBe('bold');
    expect(layout.borders).toContain(`A${r - 1}:E${r + 5}`);
  });

  test('the header row is bold with a light fill over the table only', () => {
    const header = rowOf(layout, 3, 'Xếp loại', start);
    expect(row(layout, header).slice(0, 5)).toEqual(['STT', 'Mã', 'Xếp loại', 'Số đơn vị', 'Tỷ lệ']);
    expect(layout.fontWeights[header - 1].slice(0, 5)).toEqual(Array(5).fill('bold'));
    expect(layout.backgrounds[header - 1].slice(0, 5).every((fill) => fill !== null)).toBe(true);
    expect(layout.backgrounds[header - 1].slice(5)).toEqual([null, null, null, null]);
  });

  test('the pie chart reads the level names and counts, without the total', () => {
    const header = rowOf(layout, 3, 'Xếp loại', start);
    const pie = layout.charts.find((c) => c.kind === 'pie');
    expect(pie?.ranges).toEqual([`C${header}:D${header + 5}`]);
    // Beside the table, right of the nine printed columns: no blank rows are kept for it, so a copy without charts has no gap.
    expect(pie!.row).toBe(header);
    expect(pie!.column).toBe(10);
    const next = rowOf(layout, 1, '2. Theo cụm (số đơn vị và tỷ lệ trên số đơn vị của cụm)', start);
    expect(next).toBeLessThanOrEqual(header + 7);
  });

  test('per cluster: counts, then shares of the cluster by the largest remainder (1/1/1 of 3 → 33.4/33.3/33.3)', () => {
    const r = rowOf(layout, 2, 'Cụm 1', start);
    expect(row(layout, r)).toEqual([1, 'Cụm 1', '', 3, 1, 1, 0, 0, 1]);
    expect(row(layout, r + 1)).toEqual(['', 'Tỷ lệ', '', '', 0.334, 0.333, 0, 0, 0.333]);
    expect(row(layout, r + 2)).toEqual([2, 'Cụm 2', '', 2, 1, 1, 0, 0, 0]);
    expect(row(layout, r + 3)).toEqual(['', 'Tỷ lệ', '', '', 0.5, 0.5, 0, 0, 0]);
    expect(row(layout, r + 4)).toEqual(['', 'Toàn đơn vị', '', 5, 2, 2, 0, 0, 1]);
    expect(row(layout, r + 5)).toEqual(['', 'Tỷ lệ', '', '', 0.4, 0.4, 0, 0, 0.2]);
    expect(formats(layout, r + 1)[4]).toBe('0.0%');
    expect(layout.merges).toContain(`B${r - 1}:C${r + 5}`);
  });
});

describe('II. Bảng xếp hạng từng cụm', () => {
  const start = section(layout, 'II');

  test('one table: rank, unit, self-score, final score, gap, level and the flags in Vietnamese, each cluster under a group row', () => {
    expect(row(layout, start + 1).slice(0, 9)).toEqual([
      'Hạng',
      'Mã đơn vị',
      'Tên đơn vị',
      'Tự chấm',
      'Điểm cuối cùng',
      'Chênh lệch',
      'Xếp loại',
      '',
      'Ghi chú',
    ]);
    const caption = start + 2;
    expect(row(layout, caption)).toEqual(['', '', 'Cụm 1 (3 đơn vị)', '', '', '', '', '', '']);
    expect(layout.fontWeights[caption - 1][2]).toBe('bold');
    expect(layout.backgrounds[caption - 1].every((fill) => fill !== null)).toBe(true);
    expect(row(layout, caption + 1).slice(0, 9)).toEqual([1, 'CD01', 'Trường THCS Lê Lợi', 95, 92.5, 2.5, 'HTXSNV', '', '']);
    expect(row(layout, caption + 2).slice(0, 9)).toEqual([2, 'CD02', 'Trường TH Kim Đồng', 95, 80, 15, 'HTTNV', '', 'Tự chấm cao hơn kết quả kiểm tra']);
    // CD03 may stand after a page break, under the repeated header: found by its code.
    expect(row(layout, rowOf(layout, 2, 'CD03', caption)).slice(0, 9)).toEqual(['', 'CD03', 'Trường MN Hoa Sen', '', '', '', 'CXL', '', '']);
    expect(formats(layout, caption + 1).slice(3, 6)).toEqual(['0.00', '0.00', SUMMARY_FORMATS.gap]);
  });

  test('the second cluster: not cross-checked, and a reason shown for a level below the points', () => {
    const caption = rowOf(layout, 3, 'Cụm 2 (2 đơn vị)', start);
    expect(row(layout, caption + 1)[8]).toBe('Chưa được chấm chéo');
    expect(row(layout, caption + 2).slice(5, 9)).toEqual([0, 'HTTNV', '', 'Nhóm "Tài chính" chỉ đạt 4/10 điểm (40%), dưới sàn 50%']);
    // Ghi chú stands alone in I (no merge, which a printed row would not grow for) and wraps.
    expect(layout.merges.some((m) => m.startsWith('H'))).toBe(false);
    expect(layout.borders).toContain(`A${start + 1}:I${caption + 2}`);
    expect(layout.wraps[caption + 1][8]).toBe(true);
    // The unit's name wraps too (a long name takes two lines rather than run under the next cell); the figures never do.
    expect(layout.wraps[caption + 1][2]).toBe(true);
    expect(layout.wraps[caption + 1].slice(3, 6)).toEqual([false, false, false]);
  });

  test('flag texts: reasons replace the level flags, which stand alone only when no reason was given', () => {
    expect(rankingNote(entry('X', 'X', 90, 80, 1, 'HTTNV', { flags: ['CHUA_CHAM_CHEO', 'KHONG_DAT_DIEU_KIEN'], reasons: ['Không đạt điều kiện "DK1"'] }))).toBe(
      'Chưa được chấm chéo; Không đạt điều kiện "DK1"',
    );
    expect(rankingNote(entry('X', 'X', 90, 90, 1, 'HTTNV', { flags: ['DUOI_SAN_NHOM', 'VUOT_GIOI_HAN'] }))).toBe(
      'Có nhóm tiêu chí dưới sàn điểm; Vượt giới hạn tỷ lệ HTXSNV',
    );
    expect(rankingNote(entry('X', 'X', 99, 80, 1, 'HTTNV', { flags: ['CHENH_LECH'] }))).toBe('Tự chấm cao hơn kết quả kiểm tra');
  });

  test('a formula-looking unit name stays text: the "@" format, the value unchanged', () => {
    const r = rowOf(layout, 3, '=SUM(A1:A9)', start);
    expect(formats(layout, r)[2]).toBe('@');
    for (let i = 0; i < layout.values.length; i += 1) {
      layout.values[i].forEach((value, c) => {
        if (typeof value !== 'string' || !/^[=+\-@]/.test(value)) return;
        if (value.startsWith('=HYPERLINK(')) expect(layout.numberFormats[i][c]).toBe('General');
        else expect(layout.numberFormats[i][c]).toBe('@');
      });
    }
  });
});

describe('III. Đề nghị', () => {
  const start = section(layout, 'III');

  test('units at HTXSNV per cluster with their final score, numbered through', () => {
    expect(row(layout, start + 1)[0]).toBe('Tổng số: 2/5 CĐCS đạt HTXSNV');
    expect(row(layout, start + 2).slice(0, 4)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị', 'Điểm cuối cùng']);
    expect(row(layout, start + 3)[2]).toBe('Cụm 1: 1 đơn vị');
    expect(row(layout, start + 4).slice(0, 4)).toEqual([1, 'CD01', 'Trường THCS Lê Lợi', 92.5]);
    expect(row(layout, start + 5)[2]).toBe('Cụm 2: 1 đơn vị');
    expect(row(layout, start + 6).slice(0, 4)).toEqual([2, 'CD05', '=SUM(A1:A9)', 91]);
    expect(layout.borders).toContain(`A${start + 2}:D${start + 6}`);
    expect(section(layout, 'IV')).toBe(start + 8);
  });

  test('a cluster without HTXSNV says so', () => {
    const summary = smallSummary();
    summary.clusters[1].ranking = summary.clusters[1].ranking.map((e) => ({ ...e, level: 'HTTNV' }));
    const other = layoutSummary(summary, INFO);
    const start = section(other, 'III');
    expect(row(other, start + 5)[2]).toBe('Cụm 2: không có đơn vị đạt HTXSNV');
    expect(section(other, 'IV')).toBe(start + 7);
  });
});

describe('IV. Đoàn viên', () => {
  test('units, workers, members, their share (3599/3607 = 99.8%) and new members', () => {
    const start = section(layout, 'IV');
    const r = rowOf(layout, 2, 'Số CĐCS', start);
    expect([0, 1, 2, 3, 4].map((i) => [row(layout, r + i)[1], row(layout, r + i)[3]])).toEqual([
      ['Số CĐCS', 5],
      ['Số người lao động (CB,CCVC,LĐ)', 3607],
      ['Số đoàn viên', 3599],
      ['Tỷ lệ đoàn viên trên người lao động', 0.998],
      ['Kết nạp đoàn viên mới', 70],
    ]);
    expect(formats(layout, r + 3)[3]).toBe('0.0%');
  });

  test('no workers gives a blank share, not a division by zero', () => {
    const summary = smallSummary();
    summary.membership = { members: 0, workers: 0, newMembers: 0 };
    const other = layoutSummary(summary, INFO);
    const r = rowOf(other, 2, 'Tỷ lệ đoàn viên trên người lao động', section(other, 'IV'));
    expect(row(other, r)[3]).toBe('');
  });
});

describe('V. Thăm hỏi', () => {
  const start = section(layout, 'V');

  test('by reason in the contract order, with the total in đồng', () => {
    const r = rowOf(layout, 2, 'Ốm đau', start);
    expect(row(layout, r).slice(0, 5)).toEqual([1, 'Ốm đau', '', 3, 1_300_000]);
    expect(row(layout, r + 1).slice(0, 5)).toEqual([2, 'Hiếu', '', 1, 1_000_000]);
    expect(row(layout, r + 2).slice(1, 5)).toEqual(['Tổng cộng', '', 4, 2_300_000]);
    expect(formats(layout, r)[4]).toBe('#,##0 "₫"');
  });

  test('by unit: only units with visits, with their names', () => {
    const header = rowOf(layout, 3, 'Tên đơn vị', rowOf(layout, 1, '2. Theo đơn vị (đơn vị có thăm hỏi)', start));
    expect(row(layout, header + 1).slice(0, 5)).toEqual([1, 'CD02', 'Trường TH Kim Đồng', 3, 1_800_000]);
    expect(row(layout, header + 2).slice(0, 5)).toEqual([2, 'CD04', 'Trường THPT Nguyễn Du', 1, 500_000]);
    expect(row(layout, header + 3).slice(2, 5)).toEqual(['Tổng cộng', 4, 2_300_000]);
  });

  test('no visits: one sentence instead of empty tables', () => {
    const summary = smallSummary();
    summary.visits = { count: 0, amount: 0, byReason: {}, byUnit: {} };
    const other = layoutSummary(summary, INFO);
    expect(row(other, section(other, 'V') + 1)[0]).toBe('Không có lượt thăm hỏi nào trong kỳ.');
    expect(section(other, 'VI')).toBe(section(other, 'V') + 3);
  });
});

describe('VI. Tài chính', () => {
  const start = section(layout, 'VI');

  test('per fund: opening, income, expense, closing, budget and % used; blank without a budget', () => {
    const r = rowOf(layout, 2, 'Quỹ CĐCS', start);
    expect(row(layout, r)).toEqual([1, 'Quỹ CĐCS', '', 5_000_000, 20_000_000, 18_000_000, 7_000_000, 24_000_000, 0.75]);
    expect(row(layout, r + 1)).toEqual([2, 'Quỹ tương trợ', '', 1_000_000, 500_000, 300_000, 1_200_000, '', '']);
    // The total's % compares only the budgeted fund's spending with the budgets: 18,000,000 / 24,000,000.
    expect(row(layout, r + 2)).toEqual(['', 'Tổng cộng', '', 6_000_000, 20_500_000, 18_300_000, 8_200_000, 24_000_000, 0.75]);
    expect(formats(layout, r).slice(3, 9)).toEqual([...Array(5).fill('#,##0 "₫"'), '0.0%']);
  });

  test('spending by category with shares, and a bar chart over its labels and amounts', () => {
    const r = rowOf(layout, 2, 'Thăm hỏi', start);
    expect(row(layout, r).slice(0, 5)).toEqual([1, 'Thăm hỏi', '', 2_300_000, 0.575]);
    expect(row(layout, r + 1).slice(0, 5)).toEqual([2, 'Khen thưởng', '', 1_700_000, 0.425]);
    expect(row(layout, r + 2).slice(1, 5)).toEqual(['Tổng cộng', '', 4_000_000, 1]);
    const bar = layout.charts.find((c) => c.kind === 'bar');
    expect(bar?.ranges).toEqual([`B${r - 1}:B${r + 1}`, `D${r - 1}:D${r + 1}`]);
    expect(bar!.row).toBe(r - 1);
    expect(bar!.column).toBe(10);
  });

  test('without spending data there is no spending table and no bar chart', () => {
    const other = layoutSummary(smallSummary(), { ...INFO, spending: undefined });
    expect(other.values.some((r) => r[0] === '2. Chi theo khoản mục')).toBe(false);
    expect(other.charts.map((c) => c.kind)).toEqual(['pie']);
  });
});

describe('VII. Khen thưởng', () => {
  test('collectives and individuals by form (contract order) and by level, with totals', () => {
    const start = section(layout, 'VII');
    const form = rowOf(layout, 2, 'Bằng khen', start);
    expect(row(layout, form).slice(0, 6)).toEqual([1, 'Bằng khen', '', 1, 1, 2]);
    expect(row(layout, form + 1).slice(0, 6)).toEqual([2, 'Giấy khen', '', 2, 1, 3]);
    expect(row(layout, form + 2).slice(1, 6)).toEqual(['Tổng cộng', '', 3, 2, 5]);
    const level = rowOf(layout, 2, 'LĐLĐ huyện', form);
    expect(row(layout, level - 1).slice(0, 6)).toEqual(['STT', 'Cấp khen', '', 'Tập thể', 'Cá nhân', 'Cộng']);
    expect(row(layout, level + 1).slice(0, 6)).toEqual([2, 'LĐLĐ tỉnh', '', 1, 1, 2]);
    expect(row(layout, level + 2).slice(1, 6)).toEqual(['Tổng cộng', '', 3, 2, 5]);
  });
});

describe('IX. Cảnh báo', () => {
  const start = section(layout, 'IX');

  test('every warning with its sheet, message, cell and a link found by tolerant sheet name', () => {
    const r = rowOf(layout, 2, 'Thăm hỏi', start);
    expect(row(layout, r)).toEqual([1, 'Thăm hỏi', 'Số tiền không hợp lệ: "abc"', '', '', '', '', 'E7', '=HYPERLINK("#gid=11&range=E7","Mở")']);
    expect(row(layout, r + 1)).toEqual([2, 'Đơn vị', '=HACK() là tên không hợp lệ', '', '', '', '', 'B3', '=HYPERLINK("#gid=22&range=B3","Mở")']);
    // No sheet of that name: no link.
    expect(row(layout, r + 2)).toEqual([3, 'Khen thưởng', 'Thiếu trang tính "Khen thưởng"', '', '', '', '', '', '']);
    expect(formats(layout, r + 1)[2]).toBe('@');
    expect(layout.merges).toContain(`C${r - 1}:G${r + 2}`);
    expect([r, r + 1, r + 2].map((w) => layout.wraps[w - 1][2])).toEqual([true, true, true]);
  });

  test('a warning about a whole sheet links to the sheet', () => {
    expect(warningLink({ Quỹ: 7 }, 'quy', '')).toBe('=HYPERLINK("#gid=7","Mở")');
  });

  test('no warnings: one sentence', () => {
    const other = layoutSummary({ ...smallSummary(), warnings: [] }, INFO);
    expect(row(other, section(other, 'IX') + 1)[0]).toBe('Không có cảnh báo.');
    expect(other.values.length).toBe(section(other, 'IX') + 1);
  });
});

describe('cost shape', () => {
  test('merges, tables and charts do not grow with clusters or units', () => {
    const small = layoutSummary(generatedSummary(3, 10), { ...INFO, spending: INFO.spending });
    const large = layoutSummary(generatedSummary(40, 50), { ...INFO, spending: INFO.spending });
    expect(large.merges.length).toBe(small.merges.length);
    expect(large.charts.length).toBe(small.charts.length);
    expect(large.borders.length).toBe(small.borders.length);
    expect(large.values.length).toBeGreaterThan(small.values.length + 2000);
  });
});
