// Tests of composeSummary's award counts when Cấp khen holds names of Object members (found by test/fuzz).
import { composeSummary } from '../../src/domain/summary';
import { DEFAULT_SETTINGS, type Award, type Period } from '../../src/domain/types';

const year2020: Period = { label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' };
const award = (level: string, target: Award['target'], row: number): Award => ({ period: '2020', target, name: 'Nguyễn Văn An', unit: '', form: 'Giấy khen', level, row });

describe('composeSummary: awards by level', () => {
  test('levels written "__proto__", "constructor" or "toString" are counted as levels of their own, and Object.prototype is left alone', () => {
    const awards = [award('__proto__', 'collective', 2), award('constructor', 'individual', 3), award('toString', 'collective', 4), award('__proto__', 'individual', 5)];
    const summary = composeSummary({ units: [], criteria: [], scores: [], visits: [], ledger: [], funds: [], awards, settings: DEFAULT_SETTINGS, warnings: [] }, year2020);
    expect(summary.awards.collective).toBe(2);
    expect(summary.awards.individual).toBe(2);
    expect(JSON.stringify(summary.awards.byLevel)).toBe(
      '{"__proto__":{"collective":1,"individual":1},"constructor":{"collective":0,"individual":1},"toString":{"collective":1,"individual":0}}',
    );
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'collective')).toBe(false);
  });
});
