// Tests of composeSummary's award counts when Cấp khen holds names of Object members (found by test/fuzz).
import { composeSummary } from '../../src/domain/summary';
import { DEFAULT_SETTINGS, type Award, type Period } from '../../src/domain/types';

const year2020: Period = { label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' };
const award = (level: string, target: Award['target'], row: number): Award => ({
  period: '2020',
  target,
  name: 'Nguyễn Văn An',
  unit: '',
  form: 'Giấy khen',
  level,
  row,
});

describe('composeSummary: awards by level', () => {
  test('levels written "__proto__", "constructor" or "toString" are counted as levels of their own, and Object.prototype is left alone', () => {
    const awards = [
      award('__proto__', 'collective', 2),
      award('constructor', 'individual', 3),
      award('toString', 'collective', 4),
      award('__proto__', 'individual', 5),
    ];
    const summary = composeSummary(
      { units: [], criteria: [], scores: [], visits: [], ledger: [], funds: [], awards, settings: DEFAULT_SETTINGS, warnings: [] },
      year2020,
    );
    expect(summary.awards.collective).toBe(2);
    expect(summary.awards.individual).toBe(2);
    expect(JSON.stringify(summary.awards.byLevel)).toBe(
      '{"__proto__":{"collective":1,"individual":1},"constructor":{"collective":0,"individual":1},"toString":{"collective":1,"individual":0}}',
    );
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'collective')).toBe(false);
  });

  test('one level typed in several ways is one level, shown as first written; diacritics make another', () => {
    const awards = [
      award('LĐLĐ tỉnh', 'collective', 2),
      award(' lđlđ   TỈNH', 'individual', 3),
      award('LĐLĐ tỉnh'.normalize('NFD'), 'collective', 4),
      award('LDLD tinh', 'individual', 5),
    ];
    const summary = composeSummary(
      { units: [], criteria: [], scores: [], visits: [], ledger: [], funds: [], awards, settings: DEFAULT_SETTINGS, warnings: [] },
      year2020,
    );
    expect(JSON.stringify(summary.awards.byLevel)).toBe('{"LĐLĐ tỉnh":{"collective":2,"individual":1},"LDLD tinh":{"collective":0,"individual":1}}');
  });
});

describe('composeSummary: dates outside every period', () => {
  const visit = (date: string, row: number) => ({
    date,
    unit: 'A',
    person: 'Nguyễn Thị Lan',
    reason: 'Ốm đau' as const,
    amount: 100,
    fund: 'Quỹ CĐCS',
    visitor: '',
    note: '',
    row,
  });
  const base = {
    units: [{ code: 'A', name: 'Trường A', cluster: 'Cụm 1', members: 1, workers: 1, newMembers: 0, row: 2 }],
    criteria: [],
    ledger: [],
    funds: [{ name: 'Quỹ CĐCS', opening: 1000, budget: null, row: 2 }],
    awards: [],
    settings: DEFAULT_SETTINGS,
    warnings: [],
  };
  const score = { period: '2020', unit: 'A', form: 'self' as const, scorer: 'a', scores: {}, note: '', row: 2 };

  test('a visit dated in no labelled period nor the reported one is warned about at its date cell; one of a labelled period is not', () => {
    const input = {
      ...base,
      scores: [score],
      visits: [visit('2020-05-01', 2), visit('2092-05-01', 3), visit('2021-01-01', 4)],
      columnLetters: { visits: { date: 'C' } },
    };
    const summary = composeSummary(input, year2020);
    expect(summary.warnings).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'C3',
        message:
          'Ngày 01/05/2092 không thuộc kỳ đang tổng hợp (2020) mà thuộc kỳ 2092, kỳ không có dòng chấm điểm hay khen thưởng nào; lần thăm này không được tính ở đây, chỉ được tính khi tổng hợp kỳ 2092. Nếu năm bị gõ nhầm, hãy sửa ngày.',
      },
      {
        sheet: 'Thăm hỏi',
        cell: 'C4',
        message:
          'Ngày 01/01/2021 không thuộc kỳ đang tổng hợp (2020) mà thuộc kỳ 2021, kỳ không có dòng chấm điểm hay khen thưởng nào; lần thăm này không được tính ở đây, chỉ được tính khi tổng hợp kỳ 2021. Nếu năm bị gõ nhầm, hãy sửa ngày.',
      },
    ]);
    const year2021: Period = { label: '2021', kind: 'calendar', start: '2021-01-01', end: '2021-12-31' };
    // 2021 has a visit but no score row (Chấm điểm says "2020"): that is said once, then the 2092 visit.
    expect(composeSummary(input, year2021).warnings.map((w) => [w.cell, w.message.slice(0, 60)])).toEqual([
      ['', 'Kỳ 2021 (01/01/2021 – 31/12/2021) không có dòng chấm điểm nà'],
      ['C3', 'Ngày 01/05/2092 không thuộc kỳ đang tổng hợp (2021) mà thuộc'],
    ]);
  });

  test('with no labelled period at all, no date is called outside', () => {
    const { warnings } = composeSummary({ ...base, scores: [], visits: [visit('2092-05-01', 3)] }, year2020);
    expect(warnings.filter((w) => /không thuộc kỳ/.test(w.message))).toEqual([]);
    // 2020 itself has nothing: that is said once, naming the period and where the data is.
    expect(warnings.map((w) => w.message)).toEqual([
      'Kỳ 2020 (01/01/2020 – 31/12/2020) không có dòng chấm điểm, lần thăm, dòng thu chi hay khen thưởng nào; mọi đơn vị là CXL và các số liệu bằng 0. Các kỳ có dữ liệu: 2092.',
    ]);
  });
});
