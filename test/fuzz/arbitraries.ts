// Fuzz generators: random workbooks in the contract's layout with hostile cells; each row is valid by construction or broken in a known cell.
import fc from 'fast-check';
import { isoToSerial } from '../../src/domain/dates';
import { cellText, codeKey, nameKey } from '../../src/domain/text';
import { AWARD_FORMS, SCORE_FORM_NAMES, VISIT_REASONS } from '../../src/domain/types';
import { SHEET, type SheetKey } from '../../src/workbook/schema';
import { SETTING_ROWS } from '../../src/workbook/settings';

export type Grid = unknown[][];

/** Draws one value from an arbitrary (fc.gen() wrapped), so a workbook is built step by step and the test knows every choice. */
export type Pick = <T>(arb: fc.Arbitrary<T>) => T;

/**
 * fc.assert options: a fixed seed (FUZZ_SEED overrides it to explore), and no shrinking: shrinking workbooks of 10,000-character
 * cells drawn through fc.gen() exhausts the heap, so a failure reports its first counterexample (seed and path replay it).
 */
export const runs = (seed: number, numRuns: number) => ({ seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : seed, numRuns, endOnFailure: true });

export function picker(g: fc.GeneratorValue): Pick {
  return <T>(arb: fc.Arbitrary<T>) => g(() => arb);
}

/** The source sheets the summary reads (Cài đặt included). */
export const SOURCE_KEYS: readonly SheetKey[] = ['units', 'rubric', 'scores', 'visits', 'ledger', 'funds', 'awards', 'settings'];

/** What the test knows about a generated workbook. */
export interface FuzzWorkbook {
  /** Values of each present source sheet, by key; a missing sheet is absent. */
  values: Partial<Record<SheetKey, Grid>>;
  /** True when Đơn vị is missing or has no usable header row: the only case allowed to throw WorkbookError. */
  fatal: boolean;
  /** Visit rows the summary of "2020" must count: valid by construction, known unit and fund, dated in 2020. */
  countedVisits2020: number;
  /** Their amount in đồng. */
  countedVisitAmount2020: number;
}

// ---------------------------------------------------------------------------------------------------------------- cells

const MAX_DOUBLE = Number.MAX_VALUE;
const LONG_TEXT = 'Đoàn viên '.repeat(1000); // 10,000 characters
const PROTO_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A UTC-midnight Date of any year 1..9999 (the pure tests read dates as UTC calendar days). */
export function utcDate(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

const anyDate = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => utcDate(y, m, d));
const farDate = fc.constantFrom(utcDate(1, 1, 1), utcDate(9999, 12, 31), utcDate(1899, 12, 31), utcDate(2101, 1, 1));
const hugeNumber = fc.constantFrom(1e300, -1e300, MAX_DOUBLE, 2 ** 53 + 2, 1e20, Number.MAX_SAFE_INTEGER + 2);
const finiteNumber = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), hugeNumber);
const hostileText = fc.constantFrom(
  '=SUM(A1:A3)',
  '=HYPERLINK("http://x.vn";"bấm")',
  '+84 912 345 678',
  '-abc',
  '@home',
  "'01234",
  '<b>đậm</b>',
  LONG_TEXT,
  ...PROTO_WORDS,
);
const vietnameseText = fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Dũng', 'BCH Công đoàn', 'đã thăm tận nhà', 'Phạm Thu Hà');

/** Anything a cell could hold (no NaN, no Infinity, no invalid Date): the junk of unknown and duplicated columns. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(''),
  vietnameseText,
  hostileText,
  finiteNumber,
  fc.boolean(),
  anyDate,
  farDate,
  fc.string({ maxLength: 12 }),
);

/** Valid in a text column: text, numbers and booleans all read as text. Required ones are never blank. */
const textValid = (required: boolean): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: vietnameseText },
    { weight: 2, arbitrary: hostileText },
    { weight: 1, arbitrary: finiteNumber },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: required ? 0 : 1, arbitrary: fc.constant('') },
  );
/** Broken in a text column: a Date (never text), or blank when required. */
const textBroken = (required: boolean): fc.Arbitrary<unknown> =>
  required ? fc.oneof(fc.constantFrom('', '   ', '\u00a0'), anyDate) : fc.oneof(anyDate, farDate);

/** Whole numbers ≥ 0 (members, workers, new members), as numbers or plain digits; blank is 0. */
const countValid = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.integer({ min: 0, max: 9999 }).map((n) => ` ${n} `),
  fc.constant(''),
);
const countBroken = fc.oneof(
  fc.integer({ min: -1000, max: -1 }),
  fc.constantFrom(1.5, '1,5', 'abc', 'ba mươi', true, 1e300, 1e20, MAX_DOUBLE, '=B2+1', LONG_TEXT),
  anyDate,
);

/** Whole đồng written the ways the contract accepts. */
function amountText(n: number): fc.Arbitrary<unknown> {
  const dots = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const commas = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fc.constantFrom<unknown>(n, String(n), dots, `${dots} ₫`, `${dots}đ`, `${dots} đồng`, commas, ` ${n} VND`);
}
const amountValid = (min: number) => fc.integer({ min, max: 50_000_000 }).chain(amountText);
/** Amounts no reader may take, whatever the sign rule: not whole đồng, not a number, too large to add exactly. */
const amountUnreadable = fc.oneof(
  fc.constantFrom<unknown>('1,5', '1.5', '1.500.00', 'abc', '₫', '1 5', '--1', '=E2*2', LONG_TEXT, true, false, 1e300, MAX_DOUBLE, 2 ** 53 + 2),
  fc.double({ min: 0.01, max: 1e7, noNaN: true }).filter((n) => !Number.isInteger(n)),
  anyDate,
  farDate,
);
/** Unreadable, or below `min` (negative, or 0 where an amount must be > 0). */
const amountBroken = (min: number) => fc.oneof(amountUnreadable, fc.integer({ min: -50_000_000, max: min - 1 }).chain(amountText));

/** An ISO date of 2019..2021 and the ways a Sheets cell may hold it (the pure tests read Dates as UTC days). */
const isoDate = fc
  .tuple(fc.integer({ min: 2019, max: 2021 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
function dateForms(iso: string): fc.Arbitrary<unknown> {
  const [y, m, d] = iso.split('-');
  const serial = isoToSerial(iso);
  return fc.constantFrom<unknown>(utcDate(+y, +m, +d), `${d}/${m}/${y}`, `${+d}/${+m}/${y}`, iso, `${d}-${m}-${y}`, `${d}.${m}.${y}`, serial, serial + 0.25);
}
const dateBroken = fc.oneof(
  farDate,
  fc.constantFrom<unknown>(
    -5,
    1e9,
    -1e9,
    0,
    1e300,
    '31/02/2020',
    '29/02/2021',
    '15/13/2020',
    '01/01/1899',
    '01/01/2101',
    'abc',
    'hôm qua',
    '2020/03/10',
    true,
    '=TODAY()',
    '',
    LONG_TEXT,
  ),
);

/** Spellings the readers must accept for an option or header: case, spacing, diacritics, NFD, a line break. */
export function spellings(text: string): string[] {
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return [
    text,
    text.toUpperCase(),
    text.toLowerCase(),
    plain,
    plain.toLowerCase(),
    `  ${text.replace(/ /g, '   ')} `,
    text.normalize('NFD'),
    text.replace(/ /g, '\n'),
  ];
}
const spelled = (text: string) => fc.constantFrom(...spellings(text));
const optionValid = (options: readonly string[]) => fc.constantFrom(...options).chain(spelled);
const optionBroken = fc.oneof(fc.constantFrom<unknown>('Đi chơi', 'x', 0, 5, true, LONG_TEXT, '=A1'), anyDate);

// ---------------------------------------------------------------------------------------------------------------- tables

interface Field {
  key: string;
  /** Header spellings the readers accept: the contract's header and aliases. */
  headers: readonly string[];
  required: boolean;
}

/** A data row: the cell of each field (absent = blank). */
type RowCells = Record<string, unknown>;

const UNKNOWN_HEADERS = ['STT', 'Ghi chú thêm', 'Cột phụ', '', 'Email liên hệ', 'constructor'];

/** How a sheet turns out: usable, absent from the workbook, or with a required header missing (then it is skipped). */
type SheetShape = 'ok' | 'missing' | 'headless';

/** The columns of a sheet in order: a contract field's, or null for an unknown or duplicated column (junk data). */
interface TablePlan {
  columns: { header: unknown; field: string | null }[];
  /** Fields whose column is there (and first of its header): only these can hold a broken cell. */
  present: Set<string>;
}

/**
 * Plans a table's columns: the required fields and some optional ones in random order with random header spellings, unknown
 * columns, sometimes a duplicated header after the first (which must be ignored), and for a headless sheet one required header
 * replaced by a wrong one.
 */
function planTable(pick: Pick, fields: readonly Field[], shape: SheetShape): TablePlan {
  const included = fields.filter((f) => f.required || pick(fc.boolean()) || pick(fc.boolean()));
  let columns: TablePlan['columns'] = included.map((f) => ({ header: pick(fc.constantFrom(...f.headers).chain(spelled)), field: f.key }));
  const unknown = pick(fc.integer({ min: 0, max: 2 }));
  for (let i = 0; i < unknown; i++) columns.push({ header: pick(fc.constantFrom(...UNKNOWN_HEADERS)), field: null });
  columns = pick(fc.shuffledSubarray(columns, { minLength: columns.length, maxLength: columns.length }));
  if (shape === 'headless') {
    const required = columns.filter((c) => c.field !== null && fields.find((f) => f.key === c.field)?.required);
    const victim = required[pick(fc.integer({ min: 0, max: required.length - 1 }))];
    victim.header = pick(fc.constantFrom('Cột lạ', '', 'Mã số', 'Ngày tháng năm'));
    victim.field = null;
  }
  if (columns.length > 0 && pick(fc.boolean())) {
    const index = pick(fc.integer({ min: 0, max: columns.length - 1 }));
    const twin = fields.find((f) => f.key === columns[index].field);
    if (twin) {
      const at = pick(fc.integer({ min: index + 1, max: columns.length }));
      columns.splice(at, 0, { header: pick(fc.constantFrom(...twin.headers).chain(spelled)), field: null });
    }
  }
  return { columns, present: new Set(columns.flatMap((c) => (c.field === null ? [] : [c.field]))) };
}

/**
 * Lays out a planned table: 0-3 rows above the header (blank, a merged title, a group row), the header, then the data rows with
 * junk in the unknown columns, blank rows between them and trailing blanks trimmed at random.
 */
function layTable(pick: Pick, plan: TablePlan, rows: readonly RowCells[], title: string): Grid {
  const { columns } = plan;
  const width = columns.length;
  const blankRow = () => Array(width).fill('');
  const grid: Grid = [];
  const above = pick(fc.integer({ min: 0, max: 3 }));
  for (let i = 0; i < above; i++) {
    const kind = pick(fc.constantFrom('blank', 'title', 'group'));
    if (kind === 'blank') grid.push(blankRow());
    else if (kind === 'title') grid.push([title.toUpperCase(), ...Array(Math.max(0, width - 1)).fill('')]);
    else grid.push(columns.map((_, i) => (i % 3 === 0 ? pick(fc.constantFrom('Thông tin chung', 'Số liệu', 'Phần 1')) : '')));
  }
  grid.push(columns.map((c) => c.header));
  for (const row of rows) {
    while (pick(fc.integer({ min: 0, max: 9 })) === 0) grid.push(pick(fc.boolean()) ? blankRow() : []);
    const line = columns.map((c) => (c.field === null ? pick(anyCell) : (row[c.field] ?? '')));
    if (pick(fc.integer({ min: 0, max: 3 })) === 0) while (line.length > 0 && line[line.length - 1] === '') line.pop();
    grid.push(line);
  }
  return grid;
}

/** Each row: valid by construction, or one field (named) replaced by a value its reader must refuse. */
function breakOne(pick: Pick, plan: TablePlan, cells: RowCells, broken: Record<string, fc.Arbitrary<unknown>>): string | null {
  const fields = Object.keys(broken).filter((f) => plan.present.has(f));
  if (fields.length === 0 || pick(fc.integer({ min: 0, max: 2 })) !== 0) return null;
  const field = pick(fc.constantFrom(...fields));
  cells[field] = pick(broken[field]);
  return field;
}

const shapeOf = (pick: Pick): SheetShape => pick(fc.constantFrom<SheetShape>('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing', 'headless'));
const rowCount = (pick: Pick, max: number) => pick(fc.integer({ min: 0, max }));
const fieldsOf = (specs: [key: string, headers: string[], required: boolean][]): Field[] =>
  specs.map(([key, headers, required]) => ({ key, headers, required }));

// ---------------------------------------------------------------------------------------------------------------- sheets

/** A sheet whose rows the test does not count: shape, plan, up to `maxRows` rows (each may break one of its own cells), laid out. */
function tableOf(pick: Pick, fields: readonly Field[], maxRows: number, title: string, row: (plan: TablePlan) => RowCells): Grid | undefined {
  const shape = shapeOf(pick);
  const plan = planTable(pick, fields, shape);
  const rows: RowCells[] = [];
  for (let i = rowCount(pick, maxRows); i > 0; i--) rows.push(row(plan));
  return shape === 'missing' ? undefined : layTable(pick, plan, rows, title);
}

const UNIT_CODES = ['CD001', 'CD002', 'CĐ-03', 'cd 004', '123', 'Trường THCS Lê Lợi', ...PROTO_WORDS.slice(0, 3)];
const FUND_NAMES = ['Quỹ CĐCS', 'Quỹ xã hội', 'Mái ấm Công đoàn', 'constructor', '__proto__'];
const CRITERION_CODES = ['TC01', 'TC02', 'TC 03', 'ĐK1', 'toString', '__proto__'];
const CLUSTERS = ['Cụm 1', 'cum 1', 'Cụm 2', 'constructor', '__proto__', LONG_TEXT];

/** A code as an officer might write it: as listed, respelled, or (for digits) a number. */
const codeRef = (code: string): fc.Arbitrary<unknown> => (/^\d+$/.test(code) ? fc.constantFrom<unknown>(code, Number(code)) : spelled(code));

const UNIT_FIELDS = fieldsOf([
  ['code', ['Mã đơn vị'], true],
  ['name', ['Tên đơn vị'], true],
  ['cluster', ['Cụm'], true],
  ['members', ['Số đoàn viên'], false],
  ['workers', ['Số người lao động', 'Số CB,CCVC,LĐ'], false],
  ['newMembers', ['Kết nạp mới'], false],
]);

function unitsSheet(pick: Pick): { grid: Grid | undefined; fatal: boolean; known: Set<string> } {
  const fate = pick(fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing', 'headless', 'deep', 'empty'));
  const plan = planTable(pick, UNIT_FIELDS, fate === 'headless' ? 'headless' : 'ok');
  const known = new Set<string>();
  const rows: RowCells[] = [];
  for (let i = pick(fc.integer({ min: 2, max: 14 })); i > 0; i--) {
    const code = pick(fc.constantFrom(...UNIT_CODES));
    const cells: RowCells = {
      code: pick(codeRef(code)),
      name: pick(textValid(true)),
      cluster: pick(fc.constantFrom(...CLUSTERS)),
      members: pick(countValid),
      workers: pick(countValid),
      newMembers: pick(countValid),
    };
    const broken = breakOne(pick, plan, cells, {
      code: textBroken(true),
      name: textBroken(true),
      cluster: textBroken(true),
      members: countBroken,
      workers: countBroken,
      newMembers: countBroken,
    });
    // A bad count, name or cluster keeps the unit in Đơn vị (the reader says so); only a bad code leaves it out.
    if (broken !== 'code') known.add(codeKey(cellText(cells.code)));
    rows.push(cells);
  }
  if (fate === 'missing') return { grid: undefined, fatal: true, known };
  if (fate === 'empty') return { grid: pick(fc.constantFrom<Grid>([], [['']], [[], []])), fatal: true, known };
  const grid = layTable(pick, plan, rows, 'Danh sách công đoàn cơ sở');
  // A header below the 10 rows the reader searches is no header.
  if (fate === 'deep') return { grid: [...Array.from({ length: 10 }, () => ['Báo cáo']), ...grid], fatal: true, known };
  return { grid, fatal: fate === 'headless', known };
}

const FUND_FIELDS = fieldsOf([
  ['name', ['Quỹ'], true],
  ['opening', ['Số dư đầu kỳ'], false],
  ['budget', ['Dự toán chi'], false],
]);

function fundsSheet(pick: Pick): { grid: Grid | undefined; known: Set<string> } {
  const shape = shapeOf(pick);
  const plan = planTable(pick, FUND_FIELDS, shape);
  const known = new Set<string>();
  const rows: RowCells[] = [];
  for (let i = pick(fc.integer({ min: 2, max: 8 })); i > 0; i--) {
    const name = pick(fc.constantFrom(...FUND_NAMES));
    const cells: RowCells = {
      name: pick(spelled(name)),
      opening: pick(fc.oneof(amountValid(0), fc.integer({ min: -5_000_000, max: -1 }), fc.constant(''))),
      budget: pick(fc.oneof(amountValid(0), fc.constant(''))),
    };
    const broken = breakOne(pick, plan, cells, { name: textBroken(true), opening: amountUnreadable, budget: amountBroken(0) });
    // A bad opening balance or budget keeps the fund (the reader says so); funds match by nameKey, so a spelling without diacritics is another fund.
    if (broken !== 'name') known.add(nameKey(cellText(cells.name)));
    rows.push(cells);
  }
  if (shape === 'missing') return { grid: undefined, known: new Set() };
  return { grid: layTable(pick, plan, rows, 'Các quỹ'), known: shape === 'ok' ? known : new Set() };
}

const VISIT_FIELDS = fieldsOf([
  ['date', ['Ngày'], true],
  ['unit', ['Mã đơn vị'], true],
  ['person', ['Người được thăm'], true],
  ['reason', ['Lý do'], true],
  ['amount', ['Số tiền'], true],
  ['fund', ['Quỹ'], true],
  ['visitor', ['Người đi thăm'], false],
  ['note', ['Ghi chú'], false],
]);

function visitsSheet(pick: Pick, units: Set<string>, funds: Set<string>): { grid: Grid | undefined; counted: number; amount: number } {
  const shape = shapeOf(pick);
  const plan = planTable(pick, VISIT_FIELDS, shape);
  const rows: RowCells[] = [];
  let counted = 0;
  let amount = 0;
  for (let i = pick(fc.integer({ min: 3, max: 16 })); i > 0; i--) {
    const iso = pick(fc.oneof({ weight: 2, arbitrary: isoDate.map((d) => `2020${d.slice(4)}`) }, { weight: 1, arbitrary: isoDate }));
    const unit = pick(fc.constantFrom(...UNIT_CODES, 'ZZ-999'));
    const fund = pick(fc.constantFrom(...FUND_NAMES, 'Quỹ không có'));
    const money = pick(fc.integer({ min: 0, max: 50_000_000 }));
    const cells: RowCells = {
      date: pick(dateForms(iso)),
      unit: pick(codeRef(unit)),
      person: pick(textValid(true)),
      reason: pick(optionValid(VISIT_REASONS)),
      amount: pick(amountText(money)),
      fund: pick(spelled(fund)),
      visitor: pick(textValid(false)),
      note: pick(textValid(false)),
    };
    const broken = breakOne(pick, plan, cells, {
      date: dateBroken,
      unit: textBroken(true),
      person: textBroken(true),
      reason: optionBroken,
      amount: amountBroken(0),
      fund: textBroken(true),
      visitor: textBroken(false),
      note: textBroken(false),
    });
    if (broken === null && units.has(codeKey(cellText(cells.unit))) && funds.has(nameKey(cellText(cells.fund))) && iso.startsWith('2020')) {
      counted += 1;
      amount += money;
    }
    rows.push(cells);
  }
  if (shape === 'missing') return { grid: undefined, counted: 0, amount: 0 };
  const grid = layTable(pick, plan, rows, 'Sổ thăm hỏi đoàn viên');
  return shape === 'ok' ? { grid, counted, amount } : { grid, counted: 0, amount: 0 };
}

const LEDGER_FIELDS = fieldsOf([
  ['date', ['Ngày'], true],
  ['voucher', ['Số chứng từ'], false],
  ['fund', ['Quỹ'], true],
  ['type', ['Loại'], true],
  ['category', ['Khoản mục'], false],
  ['amount', ['Số tiền'], true],
  ['description', ['Diễn giải'], false],
]);

function ledgerSheet(pick: Pick): Grid | undefined {
  return tableOf(pick, LEDGER_FIELDS, 10, 'Sổ thu chi', (plan) => {
    const cells: RowCells = {
      date: pick(isoDate.chain(dateForms)),
      voucher: pick(textValid(false)),
      fund: pick(fc.constantFrom(...FUND_NAMES, 'Quỹ không có').chain(spelled)),
      type: pick(optionValid(['Thu', 'Chi'])),
      category: pick(fc.oneof(fc.constantFrom('Đoàn phí', 'Khen thưởng', '', 'constructor'), textValid(false))),
      amount: pick(amountValid(1)),
      description: pick(textValid(false)),
    };
    breakOne(pick, plan, cells, { date: dateBroken, fund: textBroken(true), type: optionBroken, amount: amountBroken(1), category: textBroken(false) });
    return cells;
  });
}

const RUBRIC_FIELDS = fieldsOf([
  ['code', ['Mã tiêu chí'], true],
  ['group', ['Nhóm'], false],
  ['content', ['Nội dung'], false],
  ['max', ['Điểm tối đa'], true],
  ['kind', ['Loại'], false],
]);
const KINDS = ['Chuẩn', 'Thưởng', 'Trừ', 'Điều kiện'];

/** `huge`: every maximum is the largest double, so totals would overflow if the reader took them. */
function rubricSheet(pick: Pick, huge: boolean): Grid | undefined {
  return tableOf(pick, RUBRIC_FIELDS, 8, 'Bảng tiêu chí thi đua', (plan) => {
    const cells: RowCells = {
      code: pick(fc.constantFrom(...CRITERION_CODES)),
      group: pick(fc.oneof(fc.constantFrom('Nhóm 1', 'nhom 1', 'Nhóm 2', '', '__proto__'), textValid(false))),
      content: pick(textValid(false)),
      max: huge ? MAX_DOUBLE : pick(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom<unknown>(0.5, '2,5', ' 10 ', 100))),
      kind: pick(fc.oneof(optionValid(KINDS), fc.constant(''))),
    };
    // Broken maxima, and maxima so large that totals could overflow.
    breakOne(pick, plan, cells, {
      code: textBroken(true),
      max: fc.oneof(countBroken, fc.constantFrom<unknown>(0, -5, '', MAX_DOUBLE, 1e308, 1e300, 1e6)),
      kind: optionBroken,
    });
    return cells;
  });
}

const SCORE_FIELDS = fieldsOf([
  ['period', ['Kỳ'], true],
  ['unit', ['Mã đơn vị'], true],
  ['form', ['Hình thức'], true],
  ['scorer', ['Người chấm'], false],
  ['note', ['Ghi chú'], false],
  ...CRITERION_CODES.map((code): [string, string[], boolean] => [`criterion:${code}`, [code], false]),
]);
const periodValid = fc.oneof(fc.constantFrom<unknown>('2020', 2020, 'Năm 2020', ' 2020 ', '2019-2020', '2020 - 2021', 'Năm học 2019-2020', '2019', 2021));
const periodBroken = fc.oneof(fc.constantFrom<unknown>('abc', 2020.5, '2019-2021', '1899', '9999', '', true, -2020, 1e300, LONG_TEXT), anyDate);

/** `huge`: criterion cells hold the largest double, to meet a rubric of huge maxima. */
function scoresSheet(pick: Pick, huge: boolean): Grid | undefined {
  return tableOf(pick, SCORE_FIELDS, 12, 'Chấm điểm thi đua', (plan) => {
    const cells: RowCells = {
      period: pick(periodValid),
      unit: pick(fc.constantFrom(...UNIT_CODES, 'ZZ-999').chain(codeRef)),
      form: pick(optionValid(Object.values(SCORE_FORM_NAMES))),
      scorer: pick(textValid(false)),
      note: pick(textValid(false)),
    };
    for (const code of CRITERION_CODES) {
      cells[`criterion:${code}`] = huge
        ? MAX_DOUBLE
        : pick(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 40, noNaN: true }), fc.constantFrom<unknown>('', '7,5', 1, 0)));
    }
    breakOne(pick, plan, cells, {
      period: periodBroken,
      unit: textBroken(true),
      form: optionBroken,
      [`criterion:${pick(fc.constantFrom(...CRITERION_CODES))}`]: fc.oneof(countBroken, fc.constantFrom<unknown>(-1, 1e300, MAX_DOUBLE, 41, '=SUM(E2:H2)')),
    });
    return cells;
  });
}

const AWARD_FIELDS = fieldsOf([
  ['period', ['Kỳ'], true],
  ['target', ['Đối tượng'], true],
  ['name', ['Tên'], true],
  ['unit', ['Mã đơn vị'], false],
  ['form', ['Hình thức'], true],
  ['level', ['Cấp khen'], false],
]);

function awardsSheet(pick: Pick): Grid | undefined {
  return tableOf(pick, AWARD_FIELDS, 8, 'Khen thưởng', (plan) => {
    const cells: RowCells = {
      period: pick(periodValid),
      target: pick(optionValid(['Tập thể', 'Cá nhân'])),
      name: pick(textValid(true)),
      unit: pick(fc.constantFrom(...UNIT_CODES, 'ZZ-999', '').chain(codeRef)),
      form: pick(optionValid(AWARD_FORMS)),
      level: pick(fc.oneof(fc.constantFrom('LĐLĐ tỉnh', 'Tổng Liên đoàn', '', ...PROTO_WORDS), textValid(false))),
    };
    breakOne(pick, plan, cells, { period: periodBroken, target: optionBroken, name: textBroken(true), form: optionBroken, level: textBroken(false) });
    return cells;
  });
}

const SETTING_FIELDS = fieldsOf([
  ['label', ['Thiết lập'], true],
  ['value', ['Giá trị'], true],
  ['note', ['Ghi chú'], false],
]);

function settingsSheet(pick: Pick): Grid | undefined {
  return tableOf(pick, SETTING_FIELDS, 8, 'Cài đặt', () => {
    return {
      label: pick(
        fc.oneof(fc.constantFrom(...SETTING_ROWS.map((r) => r.label)).chain(spelled), fc.constantFrom<unknown>('Thiết lập lạ', 5, '', ...PROTO_WORDS)),
      ),
      value: pick(fc.oneof(anyCell, fc.constantFrom<unknown>('Năm học', 'Năm', 'Có', 'Không', 'Trung bình cắt', 9, 95, 60, 40, 0, 100, 1_000_000, -1, '85,5'))),
      note: pick(textValid(false)),
    };
  });
}

/** A whole random workbook; the test reads what it must hold from the returned knowledge. */
export function fuzzWorkbook(pick: Pick): FuzzWorkbook {
  const units = unitsSheet(pick);
  const funds = fundsSheet(pick);
  const visits = visitsSheet(pick, units.known, funds.known);
  const values: Partial<Record<SheetKey, Grid>> = {};
  const put = (key: SheetKey, grid: Grid | undefined) => {
    if (grid !== undefined) values[key] = grid;
  };
  put('units', units.grid);
  const hugeRubric = pick(fc.integer({ min: 0, max: 9 })) === 0;
  put('rubric', rubricSheet(pick, hugeRubric));
  put('scores', scoresSheet(pick, hugeRubric));
  put('visits', visits.grid);
  put('ledger', ledgerSheet(pick));
  put('funds', funds.grid);
  put('awards', awardsSheet(pick));
  put('settings', settingsSheet(pick));
  return { values, fatal: units.fatal, countedVisits2020: visits.counted, countedVisitAmount2020: visits.amount };
}

/** The sheet names an officer's workbook may use for each key: the contract's, or respelled (matched tolerantly). */
export function sheetNameFor(pick: Pick, key: SheetKey): string {
  const name = SHEET[key];
  return pick(fc.constantFrom(name, name, name.toUpperCase(), spellings(name)[3]));
}

/** The contract's sheet names, for checking warnings. */
export const CONTRACT_SHEET_NAMES: ReadonlySet<string> = new Set(Object.values(SHEET));

/** 0-based column index of A1 letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** The key of a contract sheet name. */
export function keyOfSheet(name: string): SheetKey | undefined {
  return (Object.keys(SHEET) as SheetKey[]).find((k) => SHEET[k] === name);
}

export { cellText };
