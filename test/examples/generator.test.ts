// Tests of the seeded workbook generator: determinism, the sample's contents and special cases, the bad rows the README names, the large preset.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badVisitCells, FUNDS, generateUnionBook, LARGE_OPTIONS, SAMPLE_OPTIONS, scaleOptions, type UnionBook } from '../../examples/generator';
import { parseDateText } from '../../src/domain/dates';
import { verifyChain } from '../../src/domain/integrity';
import { parseAmount } from '../../src/domain/money';
import { AWARD_FORMS, SCORE_FORM_NAMES, VISIT_REASONS } from '../../src/domain/types';
import { SCORE_COLUMNS, SETTING_COLUMNS, SHEET, UNIT_COLUMNS, VISIT_COLUMNS } from '../../src/workbook/schema';
import { readSettings, SETTING_ROWS } from '../../src/workbook/settings';
import { locateTable } from '../../src/workbook/table';

const sample = generateUnionBook(SAMPLE_OPTIONS);
const data = (book: UnionBook, sheet: string) => book[sheet].slice(1);
/** A data row as header → value. */
const records = (book: UnionBook, sheet: string) =>
  data(book, sheet).map((row) => Object.fromEntries(book[sheet][0].map((header, i) => [String(header), row[i]])));

/** A visit's date as ISO text, read as the contract allows (a date or dd/mm/yyyy text); null when unreadable. */
function visitDate(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const parsed = parseDateText(String(value));
  return parsed.ok ? parsed.value : null;
}

describe('determinism', () => {
  test('the same seed gives identical rows', () => {
    expect(generateUnionBook(SAMPLE_OPTIONS)).toEqual(sample);
  });

  test('another seed gives other units, scores and visits', () => {
    const other = generateUnionBook({ ...SAMPLE_OPTIONS, seed: SAMPLE_OPTIONS.seed + 1 });
    expect(data(other, SHEET.units)).not.toEqual(data(sample, SHEET.units));
    expect(data(other, SHEET.scores)).not.toEqual(data(sample, SHEET.scores));
    expect(data(other, SHEET.visits)).not.toEqual(data(sample, SHEET.visits));
    expect(data(other, SHEET.rubric)).toEqual(data(sample, SHEET.rubric));
  });
});

describe('the sample', () => {
  test('has the sheets in the contract order and the counts of the brief', () => {
    expect(Object.keys(sample)).toEqual([
      SHEET.units,
      SHEET.rubric,
      SHEET.scores,
      SHEET.visits,
      SHEET.ledger,
      SHEET.funds,
      SHEET.awards,
      SHEET.settings,
      SHEET.roles,
      SHEET.log,
    ]);
    expect(data(sample, SHEET.units)).toHaveLength(30);
    expect(data(sample, SHEET.rubric)).toHaveLength(12);
    expect(data(sample, SHEET.scores)).toHaveLength(90);
    expect(data(sample, SHEET.visits)).toHaveLength(62);
    expect(data(sample, SHEET.ledger)).toHaveLength(80);
    expect(data(sample, SHEET.funds)).toHaveLength(3);
    expect(data(sample, SHEET.awards)).toHaveLength(22);
    expect(data(sample, SHEET.log)).toHaveLength(90);
  });

  test('Nhật ký: one line per score row, as the sidebar saves it, in an unbroken chain of SHA-256 digests', () => {
    const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const lines = data(sample, SHEET.log).map((cells, i) => ({
      row: i + 2,
      time: cells[0],
      email: cells[1],
      action: cells[2],
      sheet: cells[3],
      target: cells[4],
      content: cells[5],
      digest: String(cells[6]),
    }));
    expect(lines.map((l) => l.target)).toEqual(Array.from({ length: 90 }, (_, i) => i + 2));
    const scores = records(sample, SHEET.scores);
    lines.forEach((line, i) => {
      expect(line.action).toBe(`Lưu điểm ${scores[i]['Hình thức']}`);
      expect(JSON.parse(String(line.content))).toMatchObject({ Kỳ: '2019-2020', 'Mã đơn vị': scores[i]['Mã đơn vị'], 'Người chấm': scores[i]['Người chấm'] });
    });
    // The times as a sheet in Vietnam gives them back: the saved civil time, 7 hours ahead of UTC.
    const readBack = lines.map((l) => ({ ...l, time: new Date((l.time as Date).getTime() - 7 * 3_600_000) }));
    expect(verifyChain(readBack, sha).breaks).toEqual([]);
    expect(verifyChain(lines, sha).breaks.length).toBeGreaterThan(0);
  });

  test('units: unique codes CD001…CD030, 3 clusters, members ≤ workers, most units with a few non-members', () => {
    const units = records(sample, SHEET.units);
    expect(sample[SHEET.units][0]).toEqual(UNIT_COLUMNS.map((c) => c.header));
    expect(units.map((u) => u['Mã đơn vị'])).toEqual(Array.from({ length: 30 }, (_, i) => `CD${String(i + 1).padStart(3, '0')}`));
    expect(new Set(units.map((u) => u['Cụm']))).toEqual(new Set(['Cụm 1', 'Cụm 2', 'Cụm 3']));
    for (const u of units) {
      expect(u['Số đoàn viên']).toBeLessThanOrEqual(u['Số người lao động'] as number);
      expect(u['Kết nạp mới']).toBeGreaterThanOrEqual(0);
      expect(u['Kết nạp mới']).toBeLessThanOrEqual(3);
      expect(String(u['Tên đơn vị'])).toMatch(/^Trường (Mầm non|Tiểu học|THCS) /);
    }
    expect(units.filter((u) => (u['Số đoàn viên'] as number) < (u['Số người lao động'] as number)).length).toBeGreaterThan(15);
  });

  test('rubric: 9 Chuẩn in 4 groups summing to 100, one Thưởng (10), one Trừ (10), one Điều kiện (1)', () => {
    const rubric = records(sample, SHEET.rubric);
    const standard = rubric.filter((c) => c['Loại'] === 'Chuẩn');
    expect(standard).toHaveLength(9);
    expect(standard.reduce((sum, c) => sum + (c['Điểm tối đa'] as number), 0)).toBe(100);
    expect(new Set(standard.map((c) => c['Nhóm']))).toEqual(
      new Set(['I. Tổ chức, xây dựng công đoàn', 'II. Chăm lo, bảo vệ quyền lợi', 'III. Tuyên truyền, thi đua', 'IV. Tài chính công đoàn']),
    );
    expect(rubric.filter((c) => c['Loại'] !== 'Chuẩn').map((c) => [c['Loại'], c['Điểm tối đa']])).toEqual([
      ['Thưởng', 10],
      ['Trừ', 10],
      ['Điều kiện', 1],
    ]);
  });

  test('scores: the contract headers around one column per criterion, every score within its maximum', () => {
    const rubric = records(sample, SHEET.rubric);
    const header = sample[SHEET.scores][0];
    const fixed = SCORE_COLUMNS.map((c) => c.header);
    expect(header).toEqual([...fixed.slice(0, 4), ...rubric.map((c) => c['Mã tiêu chí']), ...fixed.slice(4)]);
    const unitCodes = new Set(data(sample, SHEET.units).map((row) => row[0]));
    let cells = 0;
    for (const row of records(sample, SHEET.scores)) {
      expect(row['Kỳ']).toBe('2019-2020');
      expect(unitCodes.has(row['Mã đơn vị'])).toBe(true);
      expect(Object.values(SCORE_FORM_NAMES)).toContain(row['Hình thức']);
      expect(String(row['Người chấm'])).toMatch(/^[a-z0-9.]+@[a-z.]+$/);
      for (const criterion of rubric) {
        const value = row[criterion['Mã tiêu chí'] as string];
        if (value === null) continue;
        cells++;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(criterion['Điểm tối đa'] as number);
        if (criterion['Loại'] === 'Điều kiện') expect([0, 1]).toContain(value);
        else expect(((value as number) * 2) % 1).toBe(0);
      }
    }
    expect(cells).toBeGreaterThan(90 * 9);
  });

  test('funds: the three funds, Quỹ CĐCS opening at 25.000.000, a budget for all but Mái ấm Công đoàn', () => {
    expect(data(sample, SHEET.funds)).toEqual([
      [FUNDS.own, 25_000_000, expect.any(Number)],
      [FUNDS.social, expect.any(Number), expect.any(Number)],
      [FUNDS.housing, expect.any(Number), null],
    ]);
  });

  test('budgets: Quỹ CĐCS spends under its budget, Quỹ xã hội over it (visits count as its expenses)', () => {
    const spent = new Map<string, number>();
    const add = (fund: unknown, amount: number) => spent.set(String(fund), (spent.get(String(fund)) ?? 0) + amount);
    for (const visit of records(sample, SHEET.visits)) {
      const amount = parseAmount(visit['Số tiền']);
      if (amount.ok && visitDate(visit['Ngày'])) add(visit['Quỹ'], amount.value);
    }
    for (const line of records(sample, SHEET.ledger)) if (line['Loại'] === 'Chi') add(line['Quỹ'], line['Số tiền'] as number);
    const budget = new Map(data(sample, SHEET.funds).map((row) => [row[0] as string, row[2] as number]));
    expect(spent.get(FUNDS.own)!).toBeLessThan(budget.get(FUNDS.own)!);
    expect(spent.get(FUNDS.social)!).toBeGreaterThan(budget.get(FUNDS.social)!);
    expect(budget.get(FUNDS.social)! % 1_000_000).toBe(0);
  });

  test('every visit and ledger line names an existing fund; no fund closes below zero', () => {
    const funds = new Map(data(sample, SHEET.funds).map((row) => [row[0] as string, row[1] as number]));
    for (const visit of records(sample, SHEET.visits)) {
      expect(funds.has(visit['Quỹ'] as string)).toBe(true);
      const amount = parseAmount(visit['Số tiền']);
      if (amount.ok) funds.set(visit['Quỹ'] as string, funds.get(visit['Quỹ'] as string)! - amount.value);
    }
    for (const line of records(sample, SHEET.ledger)) {
      expect(funds.has(line['Quỹ'] as string)).toBe(true);
      const sign = line['Loại'] === 'Thu' ? 1 : -1;
      funds.set(line['Quỹ'] as string, funds.get(line['Quỹ'] as string)! + sign * (line['Số tiền'] as number));
    }
    for (const closing of funds.values()) expect(closing).toBeGreaterThanOrEqual(0);
  });

  test('visits: in the school year, every reason present, 3 amounts and 3 dates as valid text, the rest numbers and dates', () => {
    const visits = records(sample, SHEET.visits).slice(0, 60);
    expect(new Set(visits.map((v) => v['Lý do']))).toEqual(new Set(VISIT_REASONS));
    for (const v of visits) {
      const date = visitDate(v['Ngày']);
      expect(date! >= '2019-09-01' && date! <= '2020-08-31').toBe(true);
      const amount = parseAmount(v['Số tiền']);
      expect(amount.ok && amount.value >= 200_000 && amount.value <= 3_000_000).toBe(true);
      expect(String(v['Người được thăm'])).toMatch(/^\S+ \S+ \S+$/);
    }
    const textAmounts = visits.filter((v) => typeof v['Số tiền'] === 'string');
    expect(textAmounts).toHaveLength(3);
    for (const v of textAmounts) expect(v['Số tiền']).toMatch(/^\d{1,3}(\.\d{3})+ ₫$/);
    const textDates = visits.filter((v) => typeof v['Ngày'] === 'string');
    expect(textDates).toHaveLength(3);
    for (const v of textDates) expect(v['Ngày']).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  test('the two bad visit rows are the last two, exactly at the cells examples/README.md names', () => {
    const readme = readFileSync(join(__dirname, '../../examples/README.md'), 'utf8');
    const named = [...readme.matchAll(/^\| Thăm hỏi \| ([A-Z]+\d+) \| `([^`]+)` \|/gm)].map((m) => ({ cell: m[1], value: m[2] }));
    expect(named).toEqual([
      { cell: 'E62', value: 'hai triệu' },
      { cell: 'A63', value: '31/02/2020' },
    ]);
    expect(badVisitCells(SAMPLE_OPTIONS).map(({ cell, value }) => ({ cell, value }))).toEqual(named);
    const visits = sample[SHEET.visits];
    const amountColumn = VISIT_COLUMNS.findIndex((c) => c.key === 'amount');
    const dateColumn = VISIT_COLUMNS.findIndex((c) => c.key === 'date');
    expect([amountColumn, dateColumn]).toEqual([4, 0]); // E and A
    expect(visits[62 - 1][amountColumn]).toBe('hai triệu');
    expect(visits[63 - 1][dateColumn]).toBe('31/02/2020');
    expect(parseAmount(visits[61][amountColumn]).ok).toBe(false);
    expect(parseDateText(visits[62][dateColumn] as string).ok).toBe(false);
    // Every other cell of those rows is readable, so each row gives exactly one warning.
    expect(visitDate(visits[61][dateColumn])).not.toBeNull();
    expect(parseAmount(visits[62][amountColumn]).ok).toBe(true);
    expect(visits.length).toBe(63);
  });

  test('ledger: dated in the period and in order, Thu/Chi with PT/PC vouchers numbered from 001, positive amounts', () => {
    const lines = records(sample, SHEET.ledger);
    const dates = lines.map((l) => (l['Ngày'] as Date).toISOString().slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    expect(dates[0] >= '2019-09-01' && dates[dates.length - 1] <= '2020-08-31').toBe(true);
    for (const prefix of ['PT', 'PC']) {
      const vouchers = lines.map((l) => String(l['Số chứng từ'])).filter((v) => v.startsWith(prefix));
      expect(vouchers).toEqual(vouchers.map((_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`));
    }
    for (const l of lines) {
      expect(String(l['Số chứng từ']).startsWith(l['Loại'] === 'Thu' ? 'PT' : 'PC')).toBe(true);
      expect(l['Số tiền']).toBeGreaterThan(0);
    }
    expect(new Set(lines.filter((l) => l['Loại'] === 'Thu').map((l) => l['Khoản mục']))).toEqual(
      new Set(['Đoàn phí', 'Kinh phí công đoàn', 'Cấp trên cấp', 'Thu khác']),
    );
  });

  test('awards: 20 of 2019-2020 (collectives and individuals) and 2 of 2018-2019, forms from the contract', () => {
    const awards = records(sample, SHEET.awards);
    expect(awards.filter((a) => a['Kỳ'] === '2019-2020')).toHaveLength(20);
    expect(awards.filter((a) => a['Kỳ'] === '2018-2019')).toHaveLength(2);
    expect(new Set(awards.map((a) => a['Đối tượng']))).toEqual(new Set(['Tập thể', 'Cá nhân']));
    for (const a of awards) expect(AWARD_FORMS).toContain(a['Hình thức']);
  });

  test('settings: every row of the settings module, read back without a warning as a school year with the defaults', () => {
    expect(data(sample, SHEET.settings).map((row) => row[0])).toEqual(SETTING_ROWS.map((setting) => setting.label));
    const located = locateTable(SHEET.settings, sample[SHEET.settings], SETTING_COLUMNS);
    if (!located.ok) throw new Error(located.error.message);
    const { settings, warnings } = readSettings(located.table);
    expect(warnings).toEqual([]);
    expect(settings).toMatchObject({
      unionName: 'Công đoàn Giáo dục huyện Thăng Bình',
      periodKind: 'school',
      schoolYearStartMonth: 9,
      thresholds: { excellent: 90, good: 70, completed: 50 },
      groupFloorPercent: 50,
      excellentCapPercent: null,
      gapThreshold: 10,
      crossCheckAggregation: 'mean',
    });
  });

  test('roles: one Quản trị, one Cụm trưởng per cluster, 6 Cán bộ', () => {
    const roles = records(sample, SHEET.roles);
    expect(roles.filter((r) => r['Vai trò'] === 'Quản trị')).toHaveLength(1);
    expect(roles.filter((r) => r['Vai trò'] === 'Cụm trưởng').map((r) => r['Cụm'])).toEqual(['Cụm 1', 'Cụm 2', 'Cụm 3']);
    expect(roles.filter((r) => r['Vai trò'] === 'Cán bộ')).toHaveLength(6);
  });
});

/** The contract's scoring rules, applied independently of the add-in to check the sample shows what it is meant to. */
function classifySample(book: UnionBook) {
  const rubric = records(book, SHEET.rubric);
  const total = (row: Record<string, unknown>) =>
    rubric.reduce((sum, c) => {
      const value = (row[c['Mã tiêu chí'] as string] as number | null) ?? 0;
      return c['Loại'] === 'Chuẩn' || c['Loại'] === 'Thưởng' ? sum + value : c['Loại'] === 'Trừ' ? sum - value : sum;
    }, 0);
  const condition = rubric.find((c) => c['Loại'] === 'Điều kiện')!['Mã tiêu chí'] as string;
  const latest = new Map<string, Record<string, unknown>>();
  for (const row of records(book, SHEET.scores)) latest.set(`${row['Mã đơn vị']}|${row['Hình thức']}|${row['Người chấm']}`, row);
  const results = new Map<string, { level: string; final: number; flags: string[] }>();
  for (const code of data(book, SHEET.units).map((row) => row[0] as string)) {
    const rows = [...latest.values()].filter((row) => row['Mã đơn vị'] === code);
    const of = (form: string) => rows.filter((row) => row['Hình thức'] === form);
    const [self, cross, leader, superior] = [of('Tự chấm'), of('Chấm chéo'), of('Cụm trưởng'), of('Cấp trên')];
    const finalRows = superior.length ? superior : leader.length ? leader : cross.length ? cross : self;
    if (finalRows.length === 0) {
      results.set(code, { level: 'CXL', final: NaN, flags: [] });
      continue;
    }
    const final = finalRows.reduce((sum, row) => sum + total(row), 0) / finalRows.length;
    const met = finalRows.every((row) => row[condition] === 1);
    const level = final >= 90 ? (met ? 'HTXSNV' : 'HTTNV') : final >= 70 ? 'HTTNV' : final >= 50 ? 'HTNV' : 'KHTNV';
    const flags = [];
    if (finalRows === self) flags.push('CHUA_CHAM_CHEO');
    if (self.length && total(self[0]) - final > 10) flags.push('CHENH_LECH');
    if (!met && final >= 90) flags.push('KHONG_DAT_DIEU_KIEN');
    results.set(code, { level, final, flags });
  }
  return results;
}

describe('the sample shows every case of the summary', () => {
  const results = classifySample(sample);
  const count = (level: string) => [...results.values()].filter((r) => r.level === level).length;
  const flagged = (flag: string) => [...results.values()].filter((r) => r.flags.includes(flag)).length;

  test('all five levels, mostly HTXSNV and HTTNV, exactly 2 unscored units', () => {
    expect(count('CXL')).toBe(2);
    expect(count('KHTNV')).toBeGreaterThanOrEqual(1);
    expect(count('HTNV')).toBeGreaterThanOrEqual(2);
    expect(count('HTNV')).toBeLessThanOrEqual(5);
    expect(count('HTXSNV')).toBeGreaterThanOrEqual(5);
    expect(count('HTXSNV') + count('HTTNV')).toBeGreaterThanOrEqual(20);
  });

  test('self-scores drifting more than 10 points above the final score, self-only units, a failed condition', () => {
    expect(flagged('CHENH_LECH')).toBe(3);
    expect(flagged('CHUA_CHAM_CHEO')).toBe(2);
    expect(flagged('KHONG_DAT_DIEU_KIEN')).toBe(1);
  });

  test('one scorer replaced an earlier card of the same unit, and the replacement changes the unit’s mean', () => {
    const rows = records(sample, SHEET.scores);
    const keys = rows.map((row) => `${row['Mã đơn vị']}|${row['Hình thức']}|${row['Người chấm']}`);
    const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
    expect(repeated).toHaveLength(1);
    const [first, last] = [keys.indexOf(repeated[0]), keys.lastIndexOf(repeated[0])];
    expect(last).toBe(rows.length - 1);
    expect(rows[first]['Ghi chú']).toBe('Chấm lần 1');
    const sumOf = (row: Record<string, unknown>) =>
      Object.values(row)
        .filter((v): v is number => typeof v === 'number')
        .reduce((a, b) => a + b, 0);
    expect(sumOf(rows[last]) - sumOf(rows[first])).toBeGreaterThan(8);
  });

  test('no unit at 90 points or more scores under half of a Chuẩn group (the group floor does not blur the levels)', () => {
    const rubric = records(sample, SHEET.rubric).filter((c) => c['Loại'] === 'Chuẩn');
    const groups = new Set(rubric.map((c) => c['Nhóm']));
    for (const row of records(sample, SHEET.scores)) {
      for (const group of groups) {
        const inGroup = rubric.filter((c) => c['Nhóm'] === group);
        const got = inGroup.reduce((sum, c) => sum + (row[c['Mã tiêu chí'] as string] as number), 0);
        const max = inGroup.reduce((sum, c) => sum + (c['Điểm tối đa'] as number), 0);
        const standardTotal = rubric.reduce((sum, c) => sum + (row[c['Mã tiêu chí'] as string] as number), 0);
        if (standardTotal >= 85) expect(got / max).toBeGreaterThanOrEqual(0.5);
      }
    }
  });
});

describe('other sizes and periods', () => {
  test('the large preset (issue 7): 2,000 units in 40 clusters, 40 criteria, 6,000 score rows, 100,000 visits, 50,000 ledger rows', () => {
    const large = generateUnionBook(LARGE_OPTIONS);
    expect(data(large, SHEET.units)).toHaveLength(2000);
    expect(new Set(data(large, SHEET.units).map((row) => row[2])).size).toBe(40);
    expect(new Set(data(large, SHEET.units).map((row) => row[0])).size).toBe(2000);
    const rubric = records(large, SHEET.rubric);
    expect(rubric).toHaveLength(40);
    expect(rubric.filter((c) => c['Loại'] === 'Chuẩn').reduce((sum, c) => sum + (c['Điểm tối đa'] as number), 0)).toBe(100);
    expect(data(large, SHEET.scores)).toHaveLength(6000);
    expect(data(large, SHEET.visits)).toHaveLength(100_000);
    expect(data(large, SHEET.ledger)).toHaveLength(50_000);
    expect(badVisitCells(LARGE_OPTIONS)).toEqual([]);
    const funds = new Set(data(large, SHEET.funds).map((row) => row[0]));
    expect(data(large, SHEET.visits).every((row) => funds.has(row[5]) && parseAmount(row[4]).ok)).toBe(true);
  });

  test('a scaled-down preset keeps at least 4 units per cluster and the exact row counts', () => {
    const small = scaleOptions(LARGE_OPTIONS, 0.01);
    expect(small.units).toBe(20);
    expect(small.units / small.clusters).toBeGreaterThanOrEqual(4);
    const book = generateUnionBook(small);
    expect(data(book, SHEET.scores)).toHaveLength(60);
    expect(data(book, SHEET.visits)).toHaveLength(1000);
  });

  test('a calendar-year period: dates in 2020, awards of 2019 as the previous period, Loại kỳ "Năm"', () => {
    const book = generateUnionBook({ ...SAMPLE_OPTIONS, period: '2020' });
    for (const v of records(book, SHEET.visits).slice(0, 60)) expect(visitDate(v['Ngày'])!.slice(0, 4)).toBe('2020');
    expect(records(book, SHEET.awards).filter((a) => a['Kỳ'] === '2019')).toHaveLength(2);
    expect(data(book, SHEET.settings).find((row) => row[0] === 'Loại kỳ')![1]).toBe('Năm');
    expect(data(sample, SHEET.settings).find((row) => row[0] === 'Loại kỳ')![1]).toBe('Năm học');
    expect(badVisitCells({ ...SAMPLE_OPTIONS, period: '2020' })[1].value).toBe('31/02/2020');
  });

  test('refuses books it cannot lay out', () => {
    expect(() => generateUnionBook({ ...SAMPLE_OPTIONS, clusters: 10 })).toThrow(/at least 4 units/);
    expect(() => generateUnionBook({ ...SAMPLE_OPTIONS, criteria: 6 })).toThrow(/at least 7/);
    expect(() => generateUnionBook({ ...SAMPLE_OPTIONS, scoreRowsPerUnit: 10 })).toThrow(/score rows/);
  });
});
