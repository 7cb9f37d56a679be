// Generated bad sidebar payloads (fast-check, ≥ 1,000 runs) through dist/Code.js: each refused with a Vietnamese message naming its field, no sheet changed.
import fc from 'fast-check';
import { card, errorOf, ledgerLine, makeFixture, snapshot, visit } from './sidebar-api.fixture';

type Call = 'score' | 'scoreForm' | 'visit' | 'visitForm' | 'ledger';

interface BadPayload {
  call: Call;
  payload: unknown;
  /** What the message must name. */
  names: RegExp;
}

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;
const ENGLISH = /\b(invalid|expected|received|undefined|required|string|number|object|NaN)\b/i;

const VALID: Record<Call, () => unknown> = {
  score: () => card('CD002', 'superior'),
  scoreForm: () => ({ period: '2024', unit: 'CD002' }),
  visit: () => visit('CD001'),
  visitForm: () => 'CD001',
  ledger: () => ledgerLine(),
};

const UNIT_CODES = new Set(['cd001', 'cd002', 'cd003', 'cd004', 'cd005']);
const FUNDS = new Set(['quy cdcs', 'quy xa hoi']);
const key = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** Values of the wrong type for a text field (null is "blank" and so only wrong where the field is required). */
const notText = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(NaN),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
);
const hugeText = (min: number) => fc.integer({ min, max: min * 10 }).map((n) => 'x'.repeat(n));
const notObject = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 }));

function withField(call: Call, field: string, values: fc.Arbitrary<unknown>, names: RegExp): fc.Arbitrary<BadPayload> {
  return values.map((value) => ({ call, payload: { ...(VALID[call]() as object), [field]: value }, names }));
}

function without(call: Call, field: string, names: RegExp): fc.Arbitrary<BadPayload> {
  return fc.constant(null).map(() => {
    const payload = { ...(VALID[call]() as Record<string, unknown>) };
    delete payload[field];
    return { call, payload, names };
  });
}

function withScores(scores: fc.Arbitrary<unknown>): fc.Arbitrary<BadPayload> {
  return scores.map((value) => ({ call: 'score' as const, payload: { ...card('CD002', 'superior'), scores: value }, names: /tiêu chí|bảng điểm/i }));
}

const unknownUnit = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !UNIT_CODES.has(key(s)));
const unknownFund = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '' && !FUNDS.has(key(s)));
// A period that has not begun (any that has begun may be saved late), or one that does not read as a period. Two years ahead,
// so the test does not depend on whether the new year has already begun in Việt Nam.
const refusedPeriod = fc.oneof(
  fc.integer({ min: new Date().getUTCFullYear() + 2, max: 2099 }).chain((y) => fc.constantFrom(String(y), `${y}-${y + 1}`)),
  fc.constantFrom('2019-2021', 'abc', '20 24', 'Năm', '1899', '2101', '-2024'),
);
const badDate = fc.oneof(
  fc.constantFrom('31/02/2020', '29/02/2023', '00/01/2020', '15/13/2020', '32/01/2024', '01/01/1899', '01/01/2101', '1/1/20', '2024/03/10', 'hôm nay', ''),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 13, max: 99 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.string({ maxLength: 12 }).filter((s) => !/^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$/.test(s) && !/^\s*\d{4}-\d{2}-\d{2}\s*$/.test(s)),
  notText,
);
const badAmount = (min: 0 | 1) =>
  fc.oneof(
    fc.constantFrom('1,5', '1.5', '1.50', 'abc', '1.500.00', '--1', '1 5', '₫', NaN, Infinity, -Infinity, true, null, ''),
    fc.integer({ min: -1e9, max: min - 1 }),
    fc.integer({ min: -1e9, max: min - 1 }).map((n) => n.toLocaleString('de-DE')),
    fc.double({ min: 0.01, max: 1e7, noNaN: true }).filter((n) => !Number.isInteger(n)),
    fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
    hugeText(501),
  );

const criterionMax: Record<string, number> = { TC01: 10, TC02: 20, TC03: 10, TC04: 5 };

const BAD: fc.Arbitrary<BadPayload>[] = [
  // Not an object at all.
  ...(['score', 'scoreForm', 'visit', 'ledger'] as const).map((call) => notObject.map((payload) => ({ call, payload, names: /Dữ liệu gửi lên không hợp lệ/ }))),
  notObject.filter((v) => typeof v !== 'string').map((payload) => ({ call: 'visitForm' as const, payload, names: /mã đơn vị/i })),
  unknownUnit.map((payload) => ({ call: 'visitForm' as const, payload, names: /mã đơn vị/i })),
  // Score cards.
  without('score', 'period', /kỳ/i),
  without('score', 'unit', /mã đơn vị/i),
  without('score', 'form', /hình thức/i),
  without('score', 'scores', /bảng điểm/i),
  withField('score', 'period', fc.oneof(notText, hugeText(501), refusedPeriod), /kỳ/i),
  withField('score', 'unit', fc.oneof(notText, hugeText(501), unknownUnit, fc.constant('  ')), /mã đơn vị/i),
  withField(
    'score',
    'form',
    fc.oneof(
      notText,
      fc
        .string({ maxLength: 10 })
        .filter((s) => !['self', 'cross', 'leader', 'superior'].includes(s.trim()) && !['tu cham', 'cham cheo', 'cum truong', 'cap tren'].includes(key(s))),
    ),
    /hình thức/i,
  ),
  withField('score', 'note', fc.oneof(notText, hugeText(2001)), /ghi chú/i),
  withScores(
    fc.oneof(
      notObject.filter((v) => v !== undefined),
      fc.constant({}),
      fc.constant({ TC01: null, TC02: '' }),
    ),
  ),
  withScores(
    fc
      .string({ minLength: 1, maxLength: 8 })
      .filter((s) => !['tc01', 'tc02', 'tc03', 'tc04', 'dk01'].includes(key(s)))
      .map((code) => ({ TC01: 5, [code]: 1 })),
  ),
  withScores(
    fc
      .constantFrom('TC01', 'TC02', 'TC03', 'TC04')
      .chain((code) => fc.double({ min: criterionMax[code] + 0.001, max: 1e6, noNaN: true }).map((v) => ({ [code]: v }))),
  ),
  withScores(
    fc
      .constantFrom('TC01', 'TC02', 'TC03', 'TC04')
      .chain((code) => fc.integer({ min: criterionMax[code] + 1, max: 1000 }).map((v) => ({ [code]: String(v).replace(/^/, ' ') }))),
  ),
  withScores(
    fc
      .oneof(fc.double({ max: -0.001, noNaN: true }), fc.constantFrom(NaN, Infinity, -Infinity, 'abc', '7.5.1', '1,2,3', '½', true, [], {}))
      .map((v) => ({ TC01: v })),
  ),
  withScores(
    fc
      .oneof(fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: 2, max: 100 }), fc.constantFrom('0,5', '2'))
      .map((v) => ({ TC01: 5, DK01: v })),
  ),
  // Score form requests.
  without('scoreForm', 'period', /kỳ/i),
  withField('scoreForm', 'unit', fc.oneof(notText, unknownUnit), /mã đơn vị/i),
  // Visits.
  ...(['date', 'unit', 'person', 'reason', 'amount', 'fund'] as const).map((field) =>
    without('visit', field, { date: /ngày/i, unit: /mã đơn vị/i, person: /người được thăm/i, reason: /lý do/i, amount: /số tiền/i, fund: /quỹ/i }[field]),
  ),
  withField('visit', 'date', badDate, /ngày/i),
  withField('visit', 'amount', badAmount(0), /số tiền/i),
  withField(
    'visit',
    'reason',
    fc.oneof(
      notText,
      fc
        .string({ maxLength: 12 })
        .filter(
          (s) =>
            s.trim() !== '' &&
            !['om dau', 'thai san', 'tai nan', 'benh hiem ngheo', 'hieu', 'hy', 'kho khan dot xuat', 'le tet', 'nghi huu', 'khac'].includes(key(s)),
        ),
    ),
    /lý do/i,
  ),
  withField('visit', 'fund', fc.oneof(notText, unknownFund), /quỹ/i),
  withField('visit', 'unit', fc.oneof(notText, unknownUnit), /mã đơn vị/i),
  withField('visit', 'person', fc.oneof(notText, hugeText(501), fc.constantFrom('', '   ')), /người được thăm/i),
  withField('visit', 'visitor', fc.oneof(notText, hugeText(501)), /người đi thăm/i),
  withField('visit', 'note', fc.oneof(notText, hugeText(2001)), /ghi chú/i),
  // Ledger lines.
  ...(['date', 'fund', 'type', 'amount'] as const).map((field) =>
    without('ledger', field, { date: /ngày/i, fund: /quỹ/i, type: /loại/i, amount: /số tiền/i }[field]),
  ),
  withField('ledger', 'date', badDate, /ngày/i),
  withField('ledger', 'amount', fc.oneof(badAmount(1), fc.constantFrom(0, '0', '0 ₫')), /số tiền/i),
  withField(
    'ledger',
    'type',
    fc.oneof(
      notText,
      fc.string({ maxLength: 6 }).filter((s) => !['thu', 'chi'].includes(key(s))),
    ),
    /loại/i,
  ),
  withField('ledger', 'fund', fc.oneof(notText, unknownFund), /quỹ/i),
  withField('ledger', 'category', fc.oneof(notText, hugeText(501)), /khoản mục/i),
  withField('ledger', 'description', fc.oneof(notText, hugeText(2001)), /diễn giải/i),
  withField('ledger', 'voucher', fc.oneof(notText, hugeText(51)), /số chứng từ/i),
];

test('at least 1,000 generated bad payloads are each refused with a Vietnamese message naming the field, and no sheet changes', () => {
  const f = makeFixture();
  const calls: Record<Call, (payload: unknown) => unknown> = {
    score: (p) => f.addin.sidebarSaveScore(p),
    scoreForm: (p) => f.addin.sidebarScoreForm(p),
    visit: (p) => f.addin.sidebarSaveVisit(p),
    visitForm: (p) => f.addin.sidebarVisitForm(p),
    ledger: (p) => f.addin.sidebarSaveLedger(p),
  };
  // The valid payloads do pass, so every refusal below is the mutation's doing.
  const probe = makeFixture();
  expect(probe.addin.sidebarSaveScore(VALID.score()).row).toBe(3);
  expect(probe.addin.sidebarSaveVisit(VALID.visit()).row).toBe(6);
  expect(probe.addin.sidebarSaveLedger(VALID.ledger()).row).toBe(4);
  expect(probe.addin.sidebarScoreForm(VALID.scoreForm()).unit.code).toBe('CD002');
  expect(probe.addin.sidebarVisitForm(VALID.visitForm()).people.length).toBeGreaterThan(0);

  const before = snapshot(f.ss);
  let runs = 0;
  const seen = new Set<string>();
  fc.assert(
    fc.property(fc.oneof(...BAD), ({ call, payload, names }) => {
      runs++;
      const message = errorOf(() => calls[call](payload));
      if (process.env.SHOW_MESSAGES) seen.add(message.replace(/x{20,}/g, 'x…'));
      expect(message).toMatch(VIETNAMESE);
      expect(message.replace(/"[^"]*"/g, '')).not.toMatch(ENGLISH); // the officer's own text, quoted, may be anything
      expect(message).toMatch(names);
      expect(message.length).toBeLessThan(700);
      expect(snapshot(f.ss)).toBe(before);
    }),
    { numRuns: 1200 },
  );
  expect(runs).toBeGreaterThanOrEqual(1000);
  if (process.env.SHOW_MESSAGES) console.log([...seen].slice(0, 400).join('\n'));
});
