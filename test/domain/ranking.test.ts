// Tests of competition ranks, largest-remainder percentages and the natural sort of cluster names.
import fc from 'fast-check';
import { competitionRanks, largestRemainderPercents, naturalCompare } from '../../src/domain/ranking';
import { LEVELS, type Level } from '../../src/domain/types';

const counts = (HTXSNV: number, HTTNV: number, HTNV: number, KHTNV: number, CXL: number): Record<Level, number> => ({ HTXSNV, HTTNV, HTNV, KHTNV, CXL });

describe('competitionRanks', () => {
  it('gives equal scores the same rank and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([90, 85, 85, 70])).toEqual([1, 2, 2, 4]);
  });

  it('works whatever the input order', () => {
    expect(competitionRanks([70, 85, 90, 85])).toEqual([4, 2, 1, 2]);
  });

  it('leaves nulls unranked and does not count them', () => {
    expect(competitionRanks([null, 50, 50, null, 40])).toEqual([null, 1, 1, null, 3]);
  });

  it('ranks all-equal values first together, and an empty list is empty', () => {
    expect(competitionRanks([0, 0, 0])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it('is consistent with the order of the values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { nil: null }), { maxLength: 30 }), (values) => {
        const ranks = competitionRanks(values);
        values.forEach((a, i) => {
          if (a === null) {
            expect(ranks[i]).toBeNull();
            return;
          }
          expect(ranks[i]).toBe(1 + values.filter((v) => v !== null && v > a).length);
          values.forEach((b, j) => {
            if (b === null) return;
            if (a > b) expect(ranks[i]).toBeLessThan(ranks[j] as number);
            if (a === b) expect(ranks[i]).toBe(ranks[j]);
          });
        });
      }),
    );
  });
});

describe('largestRemainderPercents', () => {
  it('gives the leftover tenth of 1/3, 1/3, 1/3 to the first level in order', () => {
    expect(largestRemainderPercents(counts(1, 1, 1, 0, 0), LEVELS)).toEqual(counts(33.4, 33.3, 33.3, 0, 0));
  });

  it('gives the leftover tenths to the largest remainders: 7 units as 1/2/4 → 14.3, 28.6, 57.1', () => {
    // 1/7 = 14.2857, 2/7 = 28.5714, 4/7 = 57.1428: floors 142+285+571 = 998; remainders .857 and .714 get the two tenths.
    expect(largestRemainderPercents(counts(1, 2, 4, 0, 0), LEVELS)).toEqual(counts(14.3, 28.6, 57.1, 0, 0));
  });

  it("reproduces the contract's 54 of 111 → 48.6 and 57 → 51.4", () => {
    expect(largestRemainderPercents(counts(54, 57, 0, 0, 0), LEVELS)).toEqual(counts(48.6, 51.4, 0, 0, 0));
  });

  it('breaks equal remainders by level order, CXL last', () => {
    // 6 units, 1 each in four levels and 2 CXL: 16.666… ×4 and 33.333…; floors 166×4 + 333 = 997; three tenths left.
    // Remainders in tenths: 0.666… for each single level, 0.333… for CXL; the singles tie, so level order decides.
    expect(largestRemainderPercents(counts(1, 1, 1, 1, 2), LEVELS)).toEqual(counts(16.7, 16.7, 16.7, 16.6, 33.3));
  });

  it('is 100 for a single level and all zeros when there are no units', () => {
    expect(largestRemainderPercents(counts(0, 0, 0, 0, 5), LEVELS)).toEqual(counts(0, 0, 0, 0, 100));
    expect(largestRemainderPercents(counts(0, 0, 0, 0, 0), LEVELS)).toEqual(counts(0, 0, 0, 0, 0));
  });

  it('always sums to exactly 100.0 and stays within 0.1 of the exact share (property)', () => {
    const count = fc.integer({ min: 0, max: 500 });
    fc.assert(
      fc.property(fc.tuple(count, count, count, count, count), ([a, b, c, d, e]) => {
        const input = counts(a, b, c, d, e);
        const total = a + b + c + d + e;
        const result = largestRemainderPercents(input, LEVELS);
        for (const level of LEVELS) expect(String(result[level])).toMatch(/^\d+(\.\d)?$/);
        const sum = LEVELS.reduce((x, level) => x + result[level], 0);
        expect(Math.round(sum * 10)).toBe(total === 0 ? 0 : 1000);
        for (const level of LEVELS) {
          const exact = total === 0 ? 0 : (input[level] * 100) / total;
          expect(Math.abs(result[level] - exact)).toBeLessThan(0.1 + 1e-9);
        }
      }),
    );
  });
});

describe('naturalCompare', () => {
  it('puts Cụm 2 before Cụm 10 and compares text otherwise', () => {
    expect(['Cụm 10', 'Cụm 2', 'Cụm 1', 'Cụm A'].sort(naturalCompare)).toEqual(['Cụm 1', 'Cụm 2', 'Cụm 10', 'Cụm A']);
    expect(['CD010', 'CD002', 'CD001'].sort(naturalCompare)).toEqual(['CD001', 'CD002', 'CD010']);
  });

  it('is 0 only for equal texts', () => {
    expect(naturalCompare('Cụm 1', 'Cụm 1')).toBe(0);
    expect(naturalCompare('Cụm 01', 'Cụm 1')).not.toBe(0);
  });
});
