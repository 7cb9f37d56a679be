// The sidebar's server functions through dist/Code.js: reads per role, saves by header position, Nhật ký, owner fallback, hidden identity, injection, lock, cost.
import { loadAddin } from '../../local/load-addin';
import {
  addSheet,
  ADMIN,
  card,
  errorOf,
  LEADER,
  ledgerLine,
  makeFixture,
  OFFICER,
  OWNER,
  ROLES,
  SCORE_HEADER,
  sheetOf,
  snapshot,
  STRANGER,
  valuesOf,
  visit,
} from './sidebar-api.fixture';

const LOG_HEADERS = ['Thời điểm', 'Email', 'Thao tác', 'Trang tính', 'Dòng', 'Nội dung', 'Mã kiểm tra'];
const BUSY = 'Bảng tính đang bận, vui lòng thử lại.';

function isDate(value: unknown): boolean {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Today in Vietnam as dd/mm/yyyy, worked out independently of the add-in (UTC+7, no daylight saving). */
function vietnamToday(): string {
  const d = new Date(Date.now() + 7 * 3600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

describe('sidebarContext', () => {
  test('a cluster leader sees the units of their cluster to score (their own to self-score), their own unit for visits, no ledger, no summary', () => {
    const { addin } = makeFixture({ activeUser: LEADER });
    const context = addin.sidebarContext();
    expect(context.user).toEqual({ email: LEADER, role: 'leader', roleName: 'Cụm trưởng', cluster: 'Cụm 1', unit: 'CD001' });
    expect(context.scorableClusters).toEqual([
      {
        name: 'Cụm 1',
        units: [
          { code: 'CD001', name: 'Trường THCS Lê Lợi', cluster: 'Cụm 1' },
          { code: 'CD002', name: 'Trường TH Kim Đồng', cluster: 'Cụm 1' },
          { code: 'CD003', name: 'Trường MN Hoa Sen', cluster: 'Cụm 1' },
        ],
      },
    ]);
    expect(context.visitUnits.map((u: { code: string }) => u.code)).toEqual(['CD001']);
    expect(context.permissions).toEqual({ scores: true, visits: true, ledger: false, summary: false, papers: true });
    // Quỹ CĐCS: 5.000.000 opening + 2.000.000 receipt − 300.000 payment − 500.000 − 300.000 visits = 5.900.000.
    // Quỹ xã hội: 1.000.000 − 100.000 − 200.000 visits = 700.000.
    // Opening the sidebar reads neither Thăm hỏi nor Thu chi: the balances come with the visit form.
    expect(context).not.toHaveProperty('funds');
    expect(addin.sidebarVisitForm('CD001').funds).toEqual([
      { name: 'Quỹ CĐCS', balance: 5_900_000 },
      { name: 'Quỹ xã hội', balance: 700_000 },
    ]);
    expect(context.reasons).toEqual(['Ốm đau', 'Thai sản', 'Tai nạn', 'Bệnh hiểm nghèo', 'Hiếu', 'Hỷ', 'Khó khăn đột xuất', 'Lễ Tết', 'Nghỉ hưu', 'Khác']);
    expect(context.today).toBe(vietnamToday());
    expect(context.gapThreshold).toBe(10);
    const strict = makeFixture({ activeUser: LEADER, settings: [['Ngưỡng chênh lệch tự chấm', '5']] });
    expect(strict.addin.sidebarContext().gapThreshold).toBe(5);
  });

  test('periods: the workbook’s latest first as the default, then the current period and the one just ended; criteria with their kinds', () => {
    const { addin } = makeFixture();
    const context = addin.sidebarContext();
    const currentYear = vietnamToday().slice(-4);
    const lastYear = String(Number(currentYear) - 1);
    expect(context.defaultPeriod).toBe('2024');
    expect(context.periods).toEqual([...new Set(['2024', currentYear, lastYear])]);
    expect(context.currentPeriod).toEqual({ label: currentYear, hasData: currentYear === '2024' });
    expect(context.criteria.map((c: { code: string; kind: string; max: number }) => `${c.code}:${c.kind}:${c.max}`)).toEqual([
      'TC01:standard:10',
      'TC02:standard:20',
      'TC03:bonus:10',
      'TC04:penalty:5',
      'DK01:condition:1',
    ]);
  });

  test('an officer: unit code written "cd002" in Phân quyền is CD002, cluster taken from Đơn vị; funds shown for visits', () => {
    const { addin } = makeFixture({ activeUser: OFFICER });
    const context = addin.sidebarContext();
    expect(context.user).toEqual({ email: OFFICER, role: 'officer', roleName: 'Cán bộ', cluster: 'Cụm 1', unit: 'CD002' });
    expect(context.scorableClusters).toEqual([{ name: 'Cụm 1', units: [{ code: 'CD002', name: 'Trường TH Kim Đồng', cluster: 'Cụm 1' }] }]);
    expect(context.permissions).toEqual({ scores: true, visits: true, ledger: false, summary: false, papers: false });
  });

  test('an email matched tolerantly: " Admin@CD.vn " in the sheet is admin@cd.vn, role "quan tri" is Quản trị', () => {
    const { addin, runtime } = makeFixture({ activeUser: 'ADMIN@cd.vn' });
    expect(addin.sidebarContext().user.role).toBe('admin');
    runtime.setActiveUser(ADMIN);
    expect(addin.sidebarContext().permissions).toEqual({ scores: true, visits: true, ledger: true, summary: true, papers: true });
  });
});

describe('owner fallback', () => {
  test.each([
    ['no Phân quyền sheet', null],
    ['a Phân quyền sheet with its header only', [ROLES[0]]],
  ])('with %s the owner is Quản trị and anyone else is refused, nothing written', (_name, roles) => {
    const f = makeFixture({ roles, activeUser: OWNER });
    const context = f.addin.sidebarContext();
    expect(context.user.role).toBe('admin');
    expect(context.permissions.summary).toBe(true);
    expect(f.addin.sidebarSaveScore(card('CD004', 'superior')).row).toBe(3);
    f.runtime.setActiveUser(ADMIN);
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD004', 'superior')))).toBe(
      `Bạn chưa có quyền dùng thanh bên. Hãy nhờ quản trị viên thêm email ${ADMIN} vào trang "Phân quyền" (cột Email, Vai trò, Cụm, Mã đơn vị).`,
    );
    expect(errorOf(() => f.addin.sidebarContext())).toMatch(/^Bạn chưa có quyền dùng thanh bên/);
    expect(snapshot(f.ss)).toBe(before);
  });

  test('the owner not listed in a filled Phân quyền stays Quản trị (they can edit the sheet anyway)', () => {
    const f = makeFixture({ activeUser: OWNER });
    expect(f.addin.sidebarContext().user.role).toBe('admin');
  });
});

describe('hidden identity (Session email "")', () => {
  test('every server function is refused with the explanation and nothing is read into the answer or written', () => {
    const f = makeFixture({ activeUser: '' });
    const before = snapshot(f.ss);
    const calls: [string, () => unknown][] = [
      ['sidebarContext', () => f.addin.sidebarContext()],
      ['sidebarScoreForm', () => f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' })],
      ['sidebarSaveScore', () => f.addin.sidebarSaveScore(card('CD002', 'self'))],
      ['sidebarVisitForm', () => f.addin.sidebarVisitForm('CD001')],
      ['sidebarSaveVisit', () => f.addin.sidebarSaveVisit(visit('CD001'))],
      ['sidebarLedgerForm', () => f.addin.sidebarLedgerForm()],
      ['sidebarSaveLedger', () => f.addin.sidebarSaveLedger(ledgerLine())],
      ['sidebarBuildSummary', () => f.addin.sidebarBuildSummary('2024')],
    ];
    for (const [, call] of calls) {
      f.runtime.counter.reset();
      const message = errorOf(call);
      expect(message).toMatch(/^Google không cho thanh bên biết email của bạn/);
      expect(message).toContain('miền khác với chủ bảng tính');
      expect(message).toContain('quản trị viên');
      expect(f.runtime.counter.byMethod()['Range.getValues'] ?? 0).toBe(0);
    }
    expect(snapshot(f.ss)).toBe(before);
  });
});

describe('sidebarSaveScore', () => {
  test('appends one row by the sheet’s own header order, adds the Thời điểm header, and logs it in a new Nhật ký', () => {
    const f = makeFixture({ activeUser: LEADER });
    const result = f.addin.sidebarSaveScore({ ...card('CD002', 'leader'), note: 'Đã kiểm tra hồ sơ' });
    // 9 + 17,5 + 0 − 0 = 26,5.
    expect(result).toEqual({ sheet: 'Chấm điểm', row: 3, message: 'Đã lưu điểm Cụm trưởng cho CD002 (dòng 3), tổng 26,5 điểm.' });
    const rows = valuesOf(f.ss, 'Chấm điểm');
    expect(rows[0]).toEqual([...SCORE_HEADER, 'Thời điểm']);
    const raw = sheetOf(f.ss, 'Chấm điểm').getRange(3, 1, 1, 12).getValues()[0];
    expect(raw.slice(0, 11)).toEqual(['CD002', '2024', 'Cụm trưởng', LEADER, 17.5, 9, 0, 0, 1, 'Đã kiểm tra hồ sơ', '']);
    expect(isDate(raw[11])).toBe(true);
    const log = valuesOf(f.ss, 'Nhật ký');
    expect(log[0]).toEqual(LOG_HEADERS);
    expect(log).toHaveLength(2);
    expect(log[1].slice(1, 5)).toEqual([LEADER, 'Lưu điểm Cụm trưởng', 'Chấm điểm', 3]);
    expect(JSON.parse(log[1][5] as string)).toEqual({
      Kỳ: '2024',
      'Mã đơn vị': 'CD002',
      'Hình thức': 'Cụm trưởng',
      'Người chấm': LEADER,
      TC01: 9,
      TC02: 17.5,
      TC03: 0,
      TC04: 0,
      DK01: 1,
      'Ghi chú': 'Đã kiểm tra hồ sơ',
    });
  });

  test('the score form shows the self card and total, then this user’s own latest entry; saving again adds a row that replaces it', () => {
    const f = makeFixture({ activeUser: LEADER });
    const empty = f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' });
    expect(empty.allowedForms).toEqual([
      { form: 'leader', name: 'Cụm trưởng' },
      { form: 'cross', name: 'Chấm chéo' },
    ]);
    expect(empty.selfScores).toEqual({ TC01: 8, TC02: 15, TC03: 2, TC04: 1, DK01: 1 });
    expect(empty.selfTotal).toBe(24);
    expect(empty.mine).toBeNull();
    f.addin.sidebarSaveScore(card('CD002', 'cross'));
    f.addin.sidebarSaveScore({ ...card('CD002', 'cross'), scores: { TC01: '7,5', TC02: 20 }, note: 'sửa lại' });
    const form = f.addin.sidebarScoreForm({ period: '2024', unit: 'CD002' });
    expect(form.mine).toEqual({ form: 'cross', scores: { TC01: 7.5, TC02: 20 }, note: 'sửa lại', row: 4 });
    expect(valuesOf(f.ss, 'Chấm điểm')).toHaveLength(4);
  });

  test('a score above its maximum is refused naming the criterion, and nothing is written', () => {
    const f = makeFixture({ activeUser: LEADER });
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveScore({ ...card('CD002', 'leader'), scores: { TC01: 12 } }))).toBe('Tiêu chí TC01: điểm 12 vượt quá tối đa 10.');
    expect(snapshot(f.ss)).toBe(before);
  });
});

describe('visits and ledger', () => {
  test('a visit is appended with a real date, a number amount and the fund as named in Quỹ; the form suggests earlier names', () => {
    const f = makeFixture({ activeUser: OFFICER });
    const form = f.addin.sidebarVisitForm('cd002');
    expect(form.people).toEqual(['Ông Khác']);
    const result = f.addin.sidebarSaveVisit({ ...visit('CD002'), fund: 'quỹ  XÃ HỘI', reason: 'thai san', amount: '1.500.000 ₫' });
    expect(result.row).toBe(6);
    // Quỹ xã hội held 700,000: the sidebar asked before saving (test/browser/visits.test.ts); the save does not repeat it.
    expect(result.message).toBe('Đã ghi thăm hỏi Trần Thị Cúc (Thai sản, 1.500.000 ₫) vào dòng 6.');
    const row = sheetOf(f.ss, 'Thăm hỏi').getRange(6, 1, 1, 8).getValues()[0];
    expect(isDate(row[0])).toBe(true);
    expect(sheetOf(f.ss, 'Thăm hỏi').getRange(6, 1).getDisplayValue()).toBe('10/03/2024');
    expect(row.slice(1)).toEqual(['CD002', 'Trần Thị Cúc', 'Thai sản', 1_500_000, 'Quỹ xã hội', 'Lê Hoa', '']);
    expect(valuesOf(f.ss, 'Nhật ký')[1].slice(1, 5)).toEqual([OFFICER, 'Ghi thăm hỏi', 'Thăm hỏi', 6]);
  });

  test('earlier visited names of a unit are distinct and in Vietnamese order', () => {
    const f = makeFixture();
    expect(f.addin.sidebarVisitForm('CD001').people).toEqual(['Đặng Thị Bình', 'Nguyễn Văn An']);
  });

  test('a visit above the cap or repeating a person and reason within 30 days is saved with a note', () => {
    const f = makeFixture({ settings: [['Mức chi tối đa mỗi lần thăm', '1000000']] });
    const result = f.addin.sidebarSaveVisit({ ...visit('CD001'), person: 'nguyễn văn  an', reason: 'Ốm đau', date: '01/03/2024' });
    expect(result.message).toBe(
      'Đã ghi thăm hỏi nguyễn văn  an (Ốm đau, 1.500.000 ₫) vào dòng 6. Lưu ý: số tiền vượt mức chi tối đa một lần thăm (1.000.000 ₫); lần thăm vẫn được tính và có cảnh báo trong bản tổng hợp. ' +
        'Lưu ý: nguyễn văn  an đã được thăm vì lý do Ốm đau ngày 15/02/2024 (có thể trùng).',
    );
  });

  test('a namesake in another unit is not a possible duplicate (the rule of the summary: same person of the same unit)', () => {
    const f = makeFixture();
    // CD001's Nguyễn Văn An was visited for Ốm đau on 15/02/2024; this one belongs to CD002.
    const result = f.addin.sidebarSaveVisit({ ...visit('CD002'), person: 'nguyễn văn  an', reason: 'Ốm đau', date: '01/03/2024' });
    expect(result.message).toBe('Đã ghi thăm hỏi nguyễn văn  an (Ốm đau, 1.500.000 ₫) vào dòng 6.');
  });

  test('a negative visit amount or a ledger amount of 0 is refused, the amount shown in đồng as officers write it', () => {
    const f = makeFixture();
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveVisit({ ...visit('CD001'), amount: '-1.500.000' }))).toBe('Số tiền không được âm: -1.500.000 ₫.');
    expect(errorOf(() => f.addin.sidebarSaveLedger({ ...ledgerLine(), amount: 0 }))).toBe('Số tiền phải lớn hơn 0: 0 ₫.');
    expect(snapshot(f.ss)).toBe(before);
  });

  test('a user without the ledger right is refused as such, before their payload is judged', () => {
    const f = makeFixture({ activeUser: LEADER });
    expect(errorOf(() => f.addin.sidebarSaveLedger({ ...ledgerLine(), amount: 'abc' }))).toMatch(/^Bạn không có quyền ghi thu chi\./);
  });

  test('the ledger form suggests the next voucher per type and the categories used; a blank voucher gets the next number', () => {
    const f = makeFixture();
    const form = f.addin.sidebarLedgerForm();
    expect(form.nextVoucher).toEqual({ Thu: 'PT002', Chi: 'PC008' });
    expect(form.categories.Chi).toContain('Văn phòng phẩm');
    expect(form.categories.Thu[0]).toBe('Đoàn phí');
    const saved = f.addin.sidebarSaveLedger(ledgerLine());
    expect(saved.message).toBe('Đã ghi phiếu chi PC008 (750.000 ₫, Quỹ CĐCS) vào dòng 4.');
    expect(sheetOf(f.ss, 'Thu chi').getRange(4, 2, 1, 6).getValues()[0]).toEqual(['PC008', 'Quỹ CĐCS', 'Chi', 'Khen thưởng', 750_000, 'Thưởng học sinh giỏi']);
    expect(f.addin.sidebarLedgerForm().nextVoucher).toEqual({ Thu: 'PT002', Chi: 'PC009' });
  });

  test('a voucher number already in Thu chi is refused, naming its row, and nothing is written', () => {
    const f = makeFixture();
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveLedger({ ...ledgerLine(), voucher: 'pc007' }))).toBe(
      'Số chứng từ pc007 đã có ở dòng 3 của trang Thu chi; chưa có gì được ghi.',
    );
    expect(snapshot(f.ss)).toBe(before);
  });

  test('the summary is built and logged, both in one locked operation', () => {
    const f = makeFixture();
    f.runtime.counter.reset();
    const result = f.addin.sidebarBuildSummary('2024');
    expect(f.runtime.counter.byMethod()['Lock.waitLock']).toBe(1);
    expect(result.sheet).toBe('Tổng hợp 2024');
    expect(result.message).toMatch(/^Đã tạo trang "Tổng hợp 2024" \(5 đơn vị, \d+ cảnh báo\)\.$/);
    expect(valuesOf(f.ss, 'Nhật ký')[1].slice(1, 5)).toEqual([ADMIN, 'Tạo báo cáo tổng hợp', 'Tổng hợp 2024', '']);
  });

  test('a blank period builds the latest one, as the sidebar hint "Để trống để lấy kỳ gần nhất" promises', () => {
    const f = makeFixture();
    // The only labelled period is Chấm điểm's 2024 (SELF_ROW).
    expect(f.addin.sidebarBuildSummary('').sheet).toBe('Tổng hợp 2024');
    expect(f.addin.sidebarBuildSummary('   ').sheet).toBe('Tổng hợp 2024');
  });
});

describe('Nhật ký and missing sheets', () => {
  test('an existing Nhật ký with its columns in another order and an extra column gets the line under the right headers', () => {
    const f = makeFixture();
    addSheet(f.ss, 'Nhat ky', [['Ghi chép'], ['Email', 'Riêng', 'Nội dung', 'Thời điểm', 'Thao tác', 'Dòng', 'Trang tính']]);
    const saved = f.addin.sidebarSaveLedger(ledgerLine());
    const line = sheetOf(f.ss, 'Nhat ky').getRange(3, 1, 1, 7).getValues()[0];
    expect([line[0], line[1], line[4], line[5], line[6]]).toEqual([ADMIN, '', 'Ghi phiếu chi', saved.row, 'Thu chi']);
    expect(isDate(line[3])).toBe(true);
    expect(JSON.parse(line[2] as string)['Số chứng từ']).toBe('PC008');
    expect(f.ss.getSheetByName('Nhật ký')).toBeNull();
  });

  test('a Nhật ký whose header cannot be found stops the save before anything is written', () => {
    const f = makeFixture();
    addSheet(f.ss, 'Nhật ký', [
      ['Ai', 'Làm gì'],
      ['x', 'y'],
    ]);
    const before = snapshot(f.ss);
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD001')))).toMatch(/^Trang tính "Nhật ký" thiếu cột bắt buộc .* chưa có gì được ghi\.$/);
    expect(snapshot(f.ss)).toBe(before);
  });

  test('a missing target sheet is refused with the way out', () => {
    const f = makeFixture();
    f.ss.deleteSheet(sheetOf(f.ss, 'Thăm hỏi'));
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD001')))).toBe(
      'Trang "Thăm hỏi" chưa có hoặc thiếu cột bắt buộc (Ngày, Mã đơn vị, Người được thăm, Lý do, Số tiền, Quỹ). Hãy chạy "Khởi tạo bảng tính" hoặc sửa dòng tiêu đề; chưa có gì được ghi.',
    );
    expect(f.ss.getSheetByName('Nhật ký')).toBeNull();
  });
});

describe('formula injection', () => {
  const INJECTIONS = ['=HYPERLINK("http://evil.example","bấm vào")', '+1', '-1', '@x', '=1+1', "'quote"];

  test.each(INJECTIONS)('%s is stored as text and read back as the same string, never as a formula', (text) => {
    const f = makeFixture();
    const score = f.addin.sidebarSaveScore({ ...card('CD002', 'superior'), note: text });
    const visited = f.addin.sidebarSaveVisit({ ...visit('CD001'), person: text, visitor: text, note: text });
    const line = f.addin.sidebarSaveLedger({ ...ledgerLine(), category: text, description: text, voucher: text });
    const scoreCell = sheetOf(f.ss, 'Chấm điểm').getRange(score.row, 10);
    expect(scoreCell.getValue()).toBe(text);
    expect(scoreCell.getFormula()).toBe('');
    const visitRow = sheetOf(f.ss, 'Thăm hỏi').getRange(visited.row, 1, 1, 8);
    expect(visitRow.getValues()[0].slice(2)).toEqual([text, 'Thai sản', 1_500_000, 'Quỹ CĐCS', text, text]);
    expect(visitRow.getFormulas()[0].every((f: string) => f === '')).toBe(true);
    const ledgerRow = sheetOf(f.ss, 'Thu chi').getRange(line.row, 1, 1, 7);
    expect(ledgerRow.getValues()[0].slice(1)).toEqual([text, 'Quỹ CĐCS', 'Chi', text, 750_000, text]);
    expect(ledgerRow.getFormulas()[0].every((f: string) => f === '')).toBe(true);
    const log = sheetOf(f.ss, 'Nhật ký');
    expect(
      log
        .getDataRange()
        .getFormulas()
        .flat()
        .every((f: string) => f === ''),
    ).toBe(true);
  });

  test('a unit code that looks like a number keeps its zeros', () => {
    const f = makeFixture();
    const units = sheetOf(f.ss, 'Đơn vị');
    units.getRange(7, 1, 1, 3).setNumberFormats([['@', '@', '@']]);
    units.getRange(7, 1, 1, 3).setValues([['007', 'Trường số 7', 'Cụm 2']]);
    const saved = f.addin.sidebarSaveScore(card('007', 'superior'));
    expect(sheetOf(f.ss, 'Chấm điểm').getRange(saved.row, 1).getValue()).toBe('007');
  });
});

describe('unexpected failures', () => {
  test('a Google service failure reaches the sidebar as a Vietnamese sentence saying what to do, its technical text after it', () => {
    const f = makeFixture();
    f.ss.getSheetByName = () => {
      throw new Error('Service Spreadsheets timed out while accessing document with id 1abc.');
    };
    for (const call of [() => f.addin.sidebarContext(), () => f.addin.sidebarSaveVisit(visit('CD001')), () => f.addin.sidebarLedgerForm()]) {
      expect(errorOf(call)).toBe(
        'Đã có lỗi ngoài dự kiến. Vui lòng thử lại hoặc báo cho quản trị viên.\nChi tiết: Service Spreadsheets timed out while accessing document with id 1abc.',
      );
    }
  });

  test('an officer-facing refusal passes unchanged', () => {
    const f = makeFixture({ activeUser: STRANGER });
    expect(errorOf(() => f.addin.sidebarContext())).toMatch(/^Bạn chưa có quyền dùng thanh bên\./);
  });
});

describe('the document lock', () => {
  test('when another process holds the lock too long the officer reads the busy message and nothing is written', () => {
    const f = makeFixture({ activeUser: LEADER });
    const before = snapshot(f.ss);
    f.runtime.locks.holdByAnotherProcess('document');
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD002', 'leader')))).toBe(BUSY);
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD001')))).toBe(BUSY);
    expect(snapshot(f.ss)).toBe(before);
    f.runtime.locks.releaseByAnotherProcess('document');
    expect(f.addin.sidebarSaveScore(card('CD002', 'leader')).row).toBe(3);
  });

  test('a save waits for a lock released within the timeout, then writes', () => {
    const f = makeFixture({ activeUser: LEADER });
    f.runtime.locks.holdByAnotherProcess('document', { releaseAfterMs: 3000 });
    expect(f.addin.sidebarSaveScore(card('CD002', 'leader')).row).toBe(3);
    const wait = f.runtime.locks.waits.at(-1)!;
    expect(wait.acquired).toBe(true);
    expect(wait.waitedMs).toBeGreaterThan(2000);
    expect(wait.waitedMs).toBeLessThanOrEqual(3000);
  });

  test('two saves interleaved (B saves while A waits for the lock after reading) are both kept, in order, and both logged', () => {
    const f = makeFixture({ activeUser: LEADER });
    const addinB = f.addin;
    const lockService = f.runtime.globals.LockService as { getDocumentLock(): { waitLock(ms: number): void; releaseLock(): void } };
    let interleaved = false;
    const racing = {
      ...lockService,
      getDocumentLock() {
        const lock = lockService.getDocumentLock();
        return {
          waitLock(ms: number) {
            if (!interleaved) {
              interleaved = true;
              f.runtime.setActiveUser(OFFICER);
              addinB.sidebarSaveScore(card('CD002', 'self'));
              f.runtime.setActiveUser(LEADER);
            }
            lock.waitLock(ms);
          },
          releaseLock: () => lock.releaseLock(),
        };
      },
    };
    f.runtime.globals.LockService = racing;
    const addinA = loadAddin(f.runtime);
    f.runtime.globals.LockService = lockService;
    const a = addinA.sidebarSaveScore(card('CD002', 'leader'));
    expect(interleaved).toBe(true);
    expect(a.row).toBe(4);
    const rows = valuesOf(f.ss, 'Chấm điểm');
    expect(rows.slice(2).map((r) => [r[2], r[3]])).toEqual([
      ['Tự chấm', OFFICER],
      ['Cụm trưởng', LEADER],
    ]);
    const log = valuesOf(f.ss, 'Nhật ký');
    expect(log.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      [OFFICER, 'Lưu điểm Tự chấm', 3],
      [LEADER, 'Lưu điểm Cụm trưởng', 4],
    ]);
  });
});

describe('cost', () => {
  function scoreRows(n: number): unknown[][] {
    return Array.from({ length: n }, (_, i) => [`CD00${(i % 5) + 1}`, '2024', 'Chấm chéo', `cb${i}@cd.vn`, 10, 5, 0, 0, 1, '', '']);
  }

  function costOfSave(existing: number): { total: number; byMethod: Record<string, number> } {
    const f = makeFixture({ activeUser: LEADER, scoreRows: scoreRows(existing) });
    f.addin.sidebarSaveScore(card('CD002', 'leader')); // creates Nhật ký and the Thời điểm header once
    f.runtime.counter.reset();
    f.addin.sidebarSaveScore(card('CD003', 'leader'));
    return { total: f.runtime.counter.total('Spreadsheet'), byMethod: f.runtime.counter.byMethod() };
  }

  test('one save costs the same Spreadsheet calls with 10 or 1,000 rows already in Chấm điểm, with one setValues per sheet written', () => {
    const small = costOfSave(10);
    const large = costOfSave(1000);
    expect(large.total).toBe(small.total);
    expect(large.byMethod).toEqual(small.byMethod);
    expect(small.byMethod['Range.setValues']).toBe(2); // the row in Chấm điểm, the line in Nhật ký
    expect(small.byMethod['Range.setNumberFormats']).toBe(2);
    // The spreadsheet; Phân quyền, Đơn vị, Tiêu chí and Cài đặt found by name and read whole (2 each); Chấm điểm found, its last
    // row and header rows (3); "Chốt <kỳ>" looked for (1); under the lock Nhật ký found, its last row and top rows (3), Chấm
    // điểm's last row again (1), two appends of three calls (range, formats, values); the flush before the lock is released.
    expect(small.total).toBe(1 + 8 + 3 + 1 + 3 + 1 + 6 + 1);
  });

  test('a refused save reads the roles and stops: it never reads the other sheets', () => {
    const f = makeFixture({ activeUser: STRANGER });
    f.runtime.counter.reset();
    errorOf(() => f.addin.sidebarSaveScore(card('CD002', 'leader')));
    expect(Object.keys(f.runtime.counter.cellsBySheet())).toEqual(['Phân quyền']);
  });
});
