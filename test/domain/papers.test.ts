// Tests of the papers: the report's heading, paragraphs written from the figures, comparison, Nơi nhận and signature; the minutes' blocks per unit.
import { composeMinutes, layoutMinutes } from '../../src/domain/minutes-layout';
import { changePhrase, layoutReport } from '../../src/domain/report-layout';
import { DEFAULT_SETTINGS, type Criterion, type ScoreRow, type Unit } from '../../src/domain/types';
import { smallSummary } from './summary-layout.fixture';

const PAPERS = { parentName: 'LĐLĐ huyện Thăng Bình', place: 'Thăng Bình', signerName: 'Nguyễn Thị Hoa', signerTitle: 'CHỦ TỊCH', documentCode: 'CĐGD' };
const report = layoutReport(smallSummary(), { unionName: 'Công đoàn Giáo dục huyện Thăng Bình', papers: PAPERS, date: '2020-06-15' });
const cells = report.values.flat().filter((v): v is string => typeof v === 'string');
/** The report's text lines joined, so a paragraph broken over rows reads as one. */
const prose = cells.join(' ').replace(/\s+/g, ' ');

describe('Báo cáo', () => {
  test('the national heading, the number line, place and date, the title and subject', () => {
    expect(report.values[0][0]).toBe('LĐLĐ HUYỆN THĂNG BÌNH');
    expect(report.values[0][2]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(report.values[1][2]).toBe('Độc lập - Tự do - Hạnh phúc');
    // The union's name in capitals, broken to fit the left half of the heading.
    expect([report.values[1][0], report.values[2][0]]).toEqual(['CÔNG ĐOÀN GIÁO DỤC', 'HUYỆN THĂNG BÌNH']);
    expect(cells).toContain('Số: ……/BC-CĐGD');
    expect(cells).toContain('Thăng Bình, ngày 15 tháng 6 năm 2020');
    expect(cells).toContain('BÁO CÁO');
    expect(prose).toContain('Kết quả thi đua và hoạt động công đoàn năm học 2019-2020');
    // The motto is underlined by a rule under its middle columns; the national title is bold.
    expect(report.underlines.length).toBeGreaterThanOrEqual(1);
    // Each rule is short (inside one row's middle columns) and no merge covers its row, which would draw it across the page.
    for (const rule of report.underlines) {
      const row = Number(/\d+/.exec(rule)?.[0]);
      expect(rule).not.toMatch(/^A/);
      expect(report.merges.filter((m) => m.match(/\d+/g)?.map(Number).includes(row) && m.startsWith('A') && m.includes(':F'))).toEqual([]);
    }
    expect(report.fontWeights[0][2]).toBe('bold');
    expect(report.fontFamily).toBe('Times New Roman');
    expect(report.print.orientation).toBe('portrait');
    expect(report.print.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
  });

  test('paragraphs carry the figures written the Vietnamese way, the visits total in words', () => {
    expect(prose).toContain('có 5 công đoàn cơ sở (CĐCS), sinh hoạt trong 2 cụm thi đua, với 3.599 đoàn viên');
    expect(prose).toContain('Hoàn thành xuất sắc nhiệm vụ (HTXSNV): 2 CĐCS, tỷ lệ 40%');
    expect(prose).toContain('Chưa xếp loại (CXL): 1 CĐCS, tỷ lệ 20%');
    expect(prose).toContain('kết nạp 70 đoàn viên mới');
    expect(prose).toMatch(/thăm hỏi \d[\d.]* lượt đoàn viên với tổng số tiền [\d.]+ đồng \(bằng chữ: [^)]+ đồng chẵn\)/);
    expect(prose).toContain('Đề nghị Ban Thường vụ công nhận 2 CĐCS hoàn thành xuất sắc nhiệm vụ');
  });

  test('the comparison with the year before: known figures with their change, absent ones said', () => {
    expect(prose).toContain('So với năm học 2018-2019: số CĐCS xếp loại HTXSNV tăng 1 (từ 1 lên 2)');
    expect(prose).toContain('số CĐCS xếp loại HTTNV giảm 1 (từ 3 xuống 2)');
    expect(prose).toContain('Chưa có số liệu kỳ trước về: số đoàn viên');
    expect(cells).toContain('Không có');
    // A previous period with no comparable figure: one sentence, no table of "Không có".
    const empty = smallSummary();
    const blankBefore = layoutReport(
      {
        ...empty,
        previous: {
          period: { label: '2018-2019', start: '2018-09-01', end: '2019-08-31' },
          units: 0,
          classification: null,
          classificationPercent: null,
          membership: null,
          visits: null,
          funds: null,
        },
      },
      { unionName: 'CĐ', papers: PAPERS, date: '2020-06-15' },
    );
    const blankText = blankBefore.values.flat().join(' ').replace(/\s+/g, ' ');
    expect(blankText).toContain('Số liệu năm học 2018-2019 trong bảng tính không có chỉ tiêu nào so sánh được với kỳ này nên báo cáo chưa so sánh.');
    expect(blankBefore.values.flat()).not.toContain('Không có');
    const none = layoutReport({ ...smallSummary(), previous: null }, { unionName: 'CĐ', papers: PAPERS, date: '2020-06-15' });
    expect(none.values.flat().join(' ')).toContain('Bảng tính không có số liệu của kỳ trước');
    expect(changePhrase({ label: 'Tiền thăm hỏi', current: 9_850_000, previous: 10_000_000, kind: 'vnd' })).toBe(
      'giảm 150.000 đồng (từ 10.000.000 đồng xuống 9.850.000 đồng)',
    );
  });

  test('Nơi nhận at the left, the signature at the right with the name from Cài đặt, then the appendix', () => {
    const at = report.values.findIndex((r) => r[0] === 'Nơi nhận:');
    expect(at).toBeGreaterThan(0);
    expect(report.values[at][2]).toBe('TM. BAN THƯỜNG VỤ');
    expect(report.values[at + 1][2]).toBe('CHỦ TỊCH');
    expect(cells).toContain('- LĐLĐ huyện Thăng Bình;');
    expect(cells).toContain('- Lưu: VT.');
    expect(cells).toContain('Nguyễn Thị Hoa');
    expect(cells).toContain('PHỤ LỤC');
    expect(report.print.pageBreaks.length).toBeGreaterThanOrEqual(1);
  });

  test('no name in Cài đặt: dots to sign over, and the place left to fill in', () => {
    const bare = layoutReport(smallSummary(), { unionName: 'CĐ', papers: { ...DEFAULT_SETTINGS.papers }, date: '2020-06-15' });
    const text = bare.values.flat();
    expect(text).toContain('……………………');
    expect(text).toContain('……………, ngày 15 tháng 6 năm 2020');
    expect(text).toContain('Số: ……/BC-……');
  });
});

describe('Biên bản kiểm tra chéo', () => {
  const units: Unit[] = ['CD01', 'CD02', 'CD03'].map((code, i) => ({
    code,
    name: `Trường ${code}`,
    cluster: i < 2 ? 'Cụm 1' : 'Cụm 2',
    members: 10,
    workers: 10,
    newMembers: 0,
    row: i + 2,
  }));
  const criteria: Criterion[] = [
    { code: 'TC1', group: 'A', content: 'Tổ chức', max: 60, kind: 'standard', row: 2 },
    { code: 'TC2', group: 'B', content: 'Hoạt động', max: 40, kind: 'standard', row: 3 },
  ];
  const row = (unit: string, form: ScoreRow['form'], scorer: string, a: number, b: number, n: number): ScoreRow => ({
    period: '2020',
    unit,
    form,
    scorer,
    scores: { TC1: a, TC2: b },
    note: '',
    row: n,
  });
  const scores = [
    row('CD01', 'self', 'cd01@x.vn', 58, 38, 2),
    row('CD01', 'cross', 'cd02@x.vn', 50, 30, 3),
    row('CD01', 'cross', 'cd03@x.vn', 54, 34, 4),
    row('CD02', 'self', 'cd02@x.vn', 40, 30, 5),
  ];
  const period = { label: '2020', kind: 'calendar' as const, start: '2020-01-01', end: '2020-12-31' };
  const minutes = composeMinutes({ units, criteria, scores, settings: DEFAULT_SETTINGS }, period, 'cụm 1')!;

  test('the cluster matched by its name key; each unit with its cards and the final card', () => {
    expect(minutes.cluster).toBe('Cụm 1');
    expect(minutes.units.map((u) => u.unit.code)).toEqual(['CD01', 'CD02']);
    expect(minutes.units[0].cross.map((r) => r.scorer)).toEqual(['cd02@x.vn', 'cd03@x.vn']);
    expect(minutes.units[0].finalCard).toEqual({ TC1: 52, TC2: 32 });
    expect(minutes.units[0].result.finalScore).toBe(84);
    expect(composeMinutes({ units, criteria, scores, settings: DEFAULT_SETTINGS }, period, 'Cụm 9')).toBeNull();
  });

  test('one block per unit, each from a new page: criteria with maximum, self, cross-checks, result, and two signatures', () => {
    const layout = layoutMinutes(minutes, { unionName: 'Công đoàn Giáo dục', papers: PAPERS, date: '2020-12-20' });
    const values = layout.values;
    expect(values.flat()).toContain('BIÊN BẢN');
    const first = values.findIndex((r) => r[1] === 'TC1. Tổ chức');
    expect(values[first].slice(0, 9)).toEqual([1, 'TC1. Tổ chức', 60, 58, 50, 54, '', '', 52]);
    const header = values[first - 1];
    expect(header.slice(0, 9)).toEqual(['TT', 'Tiêu chí', 'Điểm tối đa', 'Tự chấm', 'Chấm chéo 1', 'Chấm chéo 2', 'Chấm chéo 3', 'Cụm trưởng', 'Kết quả']);
    const total = values.findIndex((r, i) => i > first && r[1] === 'Tổng điểm');
    expect(values[total].slice(3, 9)).toEqual([96, 80, 88, '', '', 84]);
    const second = values.findIndex((r) => String(r[0]).startsWith('2. Trường CD02'));
    expect(layout.print.pageBreaks).toContain(second + 1);
    expect(values.flat().filter((v) => v === 'CỤM TRƯỞNG')).toHaveLength(2);
    expect(values.flat().filter((v) => v === 'CHỦ TỊCH CĐCS')).toHaveLength(2);
    expect(values.flat().join(' ')).toContain('Chưa được chấm chéo');
  });
});
