// Tests of the visit rules: unknown fund or unit left out, the per-visit cap, possible duplicates at 30 and 31 days, the summary.
import type { Period, Visit } from '../../src/domain/types';
import { checkVisits, possibleDuplicateOf, summariseVisits } from '../../src/domain/visits';

let nextRow = 2;
function visit(over: Partial<Visit>): Visit {
  return {
    date: '2020-03-05',
    unit: 'CD001',
    person: 'Nguyễn Văn An',
    reason: 'Ốm đau',
    amount: 500000,
    fund: 'Quỹ CĐCS',
    visitor: '',
    note: '',
    row: nextRow++,
    ...over,
  };
}

const options = { funds: new Set(['Quỹ CĐCS', 'Quỹ xã hội']), units: new Set(['CD001', 'CD002', 'CD003']), visitCap: null };
const year2020: Period = { label: '2020', kind: 'calendar', start: '2020-01-01', end: '2020-12-31' };
const school: Period = { label: '2019-2020', kind: 'school', start: '2019-09-01', end: '2020-08-31' };

describe('checkVisits', () => {
  test('keeps visits of known funds and units with no warning', () => {
    const visits = [visit({}), visit({ person: 'Trần Thị Bình', fund: 'Quỹ xã hội', unit: 'CD002' })];
    expect(checkVisits(visits, options)).toEqual({ valid: visits, warnings: [] });
  });

  test('leaves out a visit whose fund is not in Quỹ, naming its Quỹ cell (default column F)', () => {
    const unknown = visit({ fund: 'Quỹ ma', row: 7 });
    const result = checkVisits([visit({}), unknown], options);
    expect(result.valid).not.toContain(unknown);
    expect(result.valid).toHaveLength(1);
    expect(result.warnings).toEqual([{ sheet: 'Thăm hỏi', cell: 'F7', message: expect.stringContaining('Quỹ "Quỹ ma" không có trong trang Quỹ') }]);
  });

  test('leaves out a visit whose unit is unknown, naming its Mã đơn vị cell', () => {
    const result = checkVisits([visit({ unit: 'CD999', row: 9 })], options);
    expect(result.valid).toEqual([]);
    expect(result.warnings).toEqual([{ sheet: 'Thăm hỏi', cell: 'B9', message: expect.stringContaining('Mã đơn vị "CD999"') }]);
  });

  test('names the cells by the column letters the reader gives', () => {
    const result = checkVisits([visit({ unit: 'CD999', row: 4 }), visit({ fund: 'X', row: 5 })], { ...options, cells: { unit: 'K', fund: 'C' } });
    expect(result.warnings.map((w) => w.cell)).toEqual(['K4', 'C5']);
  });

  test('matches funds and units ignoring case and spacing; diacritics make another fund', () => {
    const result = checkVisits([visit({ fund: 'quỹ  cđcs', unit: 'cd001' })], options);
    expect(result.valid).toHaveLength(1);
    expect(result.warnings).toEqual([]);
    const other = checkVisits([visit({ fund: 'Quy CDCS', unit: 'CD001' })], options);
    expect(other.valid).toEqual([]);
    expect(other.warnings.map((w) => w.message)).toEqual(['Quỹ "Quy CDCS" không có trong trang Quỹ; lần thăm ngày 05/03/2020 không được tính.']);
  });

  test('warns about a visit above the cap and keeps it; the cap itself is allowed', () => {
    const over = visit({ amount: 2000001, row: 12 });
    const at = visit({ amount: 2000000, person: 'Lê Văn Cường' });
    const result = checkVisits([over, at], { ...options, visitCap: 2000000 });
    expect(result.valid).toEqual([over, at]);
    expect(result.warnings).toEqual([
      { sheet: 'Thăm hỏi', cell: 'E12', message: 'Số tiền 2.000.001 ₫ vượt mức chi tối đa một lần thăm (2.000.000 ₫); lần thăm vẫn được tính.' },
    ]);
  });

  test('no cap (null) never warns, however large the amount', () => {
    expect(checkVisits([visit({ amount: 900000000 })], options).warnings).toEqual([]);
  });

  test('the same person for the same reason 30 days later is a possible duplicate, warned on the later visit', () => {
    const first = visit({ date: '2020-03-01', person: 'Nguyễn Văn An', row: 20 });
    const second = visit({ date: '2020-03-31', person: 'nguyễn văn  AN', row: 21 });
    const result = checkVisits([second, first], options);
    expect(result.valid).toEqual([second, first]);
    expect(result.warnings).toEqual([
      { sheet: 'Thăm hỏi', cell: 'C21', message: 'Có thể trùng: "nguyễn văn  AN" đã được thăm vì lý do "Ốm đau" ngày 01/03/2020 (dòng 20), cách 30 ngày.' },
    ]);
  });

  test('the same name in two different units is two people, not a duplicate', () => {
    const units = new Set(['CD001', 'CD002']);
    const result = checkVisits([visit({ date: '2020-03-01', unit: 'CD001' }), visit({ date: '2020-03-02', unit: 'CD002' })], { ...options, units });
    expect(result.warnings).toEqual([]);
  });

  test('31 days apart is not a duplicate', () => {
    const result = checkVisits([visit({ date: '2020-03-01' }), visit({ date: '2020-04-01' })], options);
    expect(result.warnings).toEqual([]);
  });

  test('a different reason or a different person is not a duplicate', () => {
    const visits = [visit({ date: '2020-03-01' }), visit({ date: '2020-03-02', reason: 'Hiếu' }), visit({ date: '2020-03-03', person: 'Nguyễn Văn Ân Hai' })];
    expect(checkVisits(visits, options).warnings).toEqual([]);
  });

  test('on the same day the lower row is the later visit; a third visit is compared with the closest earlier one', () => {
    const a = visit({ date: '2020-05-10', row: 31 });
    const b = visit({ date: '2020-05-10', row: 30 });
    const c = visit({ date: '2020-06-05', row: 32 });
    const warnings = checkVisits([a, b, c], options).warnings;
    expect(warnings.map((w) => w.cell)).toEqual(['C31', 'C32']);
    expect(warnings[0].message).toContain('(dòng 30), cách 0 ngày');
    expect(warnings[1].message).toContain('ngày 10/05/2020 (dòng 31), cách 26 ngày');
  });

  test('a visit left out for its fund does not make a later one a duplicate', () => {
    const result = checkVisits([visit({ date: '2020-03-01', fund: 'X' }), visit({ date: '2020-03-02' })], options);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0].message).toContain('không có trong trang Quỹ');
  });
});

describe('possibleDuplicateOf (the sidebar note after a save)', () => {
  const saved = { date: '2020-03-31', unit: 'cd001', person: 'nguyễn văn an', reason: 'Ốm đau' as const };

  test('finds the closest earlier or later visit of the same person of the same unit for the same reason within 30 days', () => {
    const far = visit({ date: '2020-03-01' }); // 30 days before: still a possible duplicate
    const near = visit({ date: '2020-04-10' }); // 10 days after
    expect(possibleDuplicateOf(saved, [far, near])).toBe(near);
    expect(possibleDuplicateOf(saved, [far])).toBe(far);
  });

  test('ignores 31 days apart, another reason and a namesake of another unit', () => {
    const visits = [visit({ date: '2020-02-29' }), visit({ reason: 'Hiếu' }), visit({ unit: 'CD002' })];
    expect(possibleDuplicateOf(saved, visits)).toBeUndefined();
  });
});

describe('summariseVisits', () => {
  const visits = [
    visit({ date: '2019-12-31', amount: 100, reason: 'Hiếu', unit: 'CD002' }),
    visit({ date: '2020-01-01', amount: 1000, reason: 'Hiếu', unit: 'CD002' }),
    visit({ date: '2020-06-15', amount: 2000, reason: 'Ốm đau', unit: 'CD001' }),
    visit({ date: '2020-12-31', amount: 4000, reason: 'Ốm đau', unit: 'cd002' }),
    visit({ date: '2021-01-01', amount: 8000, reason: 'Thai sản', unit: 'CD001' }),
  ];

  test('counts the period from its first to its last day inclusive, by reason in VISIT_REASONS order and by unit in list order', () => {
    const summary = summariseVisits(visits, year2020, ['CD001', 'CD002', 'CD003']);
    expect(summary).toEqual({
      count: 3,
      amount: 7000,
      byReason: { 'Ốm đau': { count: 2, amount: 6000 }, Hiếu: { count: 1, amount: 1000 } },
      byUnit: { CD001: { count: 1, amount: 2000 }, CD002: { count: 2, amount: 5000 } },
    });
    expect(Object.keys(summary.byReason)).toEqual(['Ốm đau', 'Hiếu']);
  });

  test('byUnit follows the order of the units given', () => {
    expect(Object.keys(summariseVisits(visits, year2020, ['CD002', 'CD001']).byUnit)).toEqual(['CD002', 'CD001']);
  });

  test('a school year holds 01/09/2019 and 31/08/2020 but not 31/08/2019 or 01/09/2020', () => {
    const edge = [
      visit({ date: '2019-08-31', amount: 1 }),
      visit({ date: '2019-09-01', amount: 10 }),
      visit({ date: '2020-08-31', amount: 100 }),
      visit({ date: '2020-09-01', amount: 1000 }),
    ];
    expect(summariseVisits(edge, school, ['CD001'])).toMatchObject({ count: 2, amount: 110 });
  });

  test('visits of a unit not in the list are left out of every figure', () => {
    const summary = summariseVisits([visit({ unit: 'CD404', amount: 5 }), visit({ amount: 7 })], year2020, ['CD001']);
    expect(summary).toEqual({ count: 1, amount: 7, byReason: { 'Ốm đau': { count: 1, amount: 7 } }, byUnit: { CD001: { count: 1, amount: 7 } } });
  });

  test('no visits: zeros and empty tallies', () => {
    expect(summariseVisits([], year2020, ['CD001'])).toEqual({ count: 0, amount: 0, byReason: {}, byUnit: {} });
  });
});

describe('summariseVisits: unit codes that are names of Object members', () => {
  test('"__proto__", "constructor" and "toString" are counted as units of their own, and Object.prototype is left alone', () => {
    const units = ['__proto__', 'constructor', 'toString'];
    const summary = summariseVisits(
      [
        visit({ unit: '__proto__', amount: 100 }),
        visit({ unit: 'constructor', amount: 20 }),
        visit({ unit: 'toString', amount: 3 }),
        visit({ unit: '__proto__', amount: 400 }),
      ],
      year2020,
      units,
    );
    expect(summary.count).toBe(4);
    expect(Object.keys(summary.byUnit)).toEqual(units);
    expect(units.map((u) => Object.getOwnPropertyDescriptor(summary.byUnit, u)?.value)).toEqual([
      { count: 2, amount: 500 },
      { count: 1, amount: 20 },
      { count: 1, amount: 3 },
    ]);
    expect(JSON.stringify(summary.byUnit)).toBe(
      '{"__proto__":{"count":2,"amount":500},"constructor":{"count":1,"amount":20},"toString":{"count":1,"amount":3}}',
    );
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'count')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'amount')).toBe(false);
  });
});
