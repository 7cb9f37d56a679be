// Tests "Khởi tạo bảng tính" through the built dist/Code.js on the local runtime: created sheets, idempotence, existing data kept, cost.
import { createRuntime, type LocalRuntime, type LocalSpreadsheet } from '../../local/runtime/index';
import { loadAddin, type Addin } from '../../local/load-addin';

// dist/Code.js is built once by test/global-setup.js (building again here would race the other suites that load it).

const CONTRACT_SHEETS = ['Đơn vị', 'Tiêu chí', 'Chấm điểm', 'Thăm hỏi', 'Thu chi', 'Quỹ', 'Khen thưởng', 'Cài đặt', 'Phân quyền', 'Nhật ký'];

type Sheet = ReturnType<LocalSpreadsheet['getSheets']>[number];
// biome-ignore lint/suspicious/noExplicitAny: reads the runtime's rules and ranges through their Apps Script method names, untyped here
type AnyObject = Record<string, (...args: any[]) => any>;

function setUp(): { runtime: LocalRuntime; addin: Addin; ss: LocalSpreadsheet } {
  const runtime = createRuntime({ now: () => new Date('2024-03-01T03:00:00Z') });
  return { runtime, addin: loadAddin(runtime), ss: runtime.spreadsheet };
}

/** Adds a sheet holding `rows` from A1, growing it when the rows do not fit. */
function addSheet(ss: LocalSpreadsheet, name: string, rows: unknown[][]): Sheet {
  const sheet = ss.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  if (rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]));
  return sheet;
}

function sheet(ss: LocalSpreadsheet, name: string): Sheet {
  const found = ss.getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function headers(s: Sheet): unknown[] {
  return s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
}

function where(range: AnyObject): string {
  return `${range.getSheet().getName()}!${range.getA1Notation()}`;
}

function validationOf(s: Sheet, a1: string): { type: string; values: unknown[]; allowInvalid: boolean } | null {
  const rule = s.getRange(a1).getDataValidation() as AnyObject | null;
  if (!rule) return null;
  const values = (rule.getCriteriaValues() as unknown[]).map((v) => (v && typeof v === 'object' && !Array.isArray(v) ? where(v as AnyObject) : v));
  return { type: rule.getCriteriaType(), values, allowInvalid: rule.getAllowInvalid() };
}

function rulesOf(s: Sheet): { type: string | null; values: unknown[]; background: string | null; ranges: string[] }[] {
  return s.getConditionalFormatRules().map((rule) => {
    const c = rule.getBooleanCondition();
    return { type: c.getCriteriaType(), values: c.getCriteriaValues(), background: c.getBackground(), ranges: rule.getRanges().map((r) => r.getA1Notation()) };
  });
}

/** Everything a sheet holds that the menu could change: cells (values, formats, notes, validations), sizes, widths, protections, rules. */
function snapshot(ss: LocalSpreadsheet): unknown {
  return ss._model.sheets.map((m) => {
    const cells: unknown[] = [];
    m.forEachCell({ row: 1, column: 1, numRows: m.maxRows, numColumns: m.maxColumns }, (cell, row, column) => {
      const validation = cell.validation as AnyObject | undefined;
      const state = validation?._state();
      cells.push({
        row,
        column,
        ...cell,
        value: cell.value instanceof Date ? cell.value.toISOString() : cell.value,
        validation: state && {
          ...state,
          values: state.values.map((v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? where(v as AnyObject) : v)),
        },
      });
    });
    const protections = m.protections.map((p) => [p.getProtectionType(), p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]);
    return {
      name: m.name,
      maxRows: m.maxRows,
      maxColumns: m.maxColumns,
      frozenRows: m.frozenRows,
      widths: [...m.columnWidths.entries()],
      cells,
      protections,
      rules: rulesOf(ss.getSheetByName(m.name)!),
    };
  });
}

const RUBRIC = [
  ['Mã tiêu chí', 'Nhóm', 'Nội dung', 'Điểm tối đa', 'Loại'],
  ['TC1', 'A', 'Tổ chức đại hội', 10, 'Chuẩn'],
  ['TC2', 'A', 'Phát triển đoàn viên', 10, 'Thưởng'],
  ['TC3', 'B', 'Vi phạm kỷ luật', 5, 'Trừ'],
  ['DK1', 'B', 'Nộp báo cáo đúng hạn', 1, 'Điều kiện'],
];

describe('Khởi tạo bảng tính on an empty spreadsheet', () => {
  let runtime: LocalRuntime;
  let ss: LocalSpreadsheet;
  beforeAll(() => {
    let addin: Addin;
    ({ runtime, addin, ss } = setUp());
    addin.menuInitialise();
  });

  test('creates the ten contract sheets after the existing one, and says so in Vietnamese', () => {
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', ...CONTRACT_SHEETS]);
    const alert = runtime.ui.dialogs[runtime.ui.dialogs.length - 1];
    expect(alert.title).toBe('Khởi tạo bảng tính');
    expect(alert.prompt).toContain('Đã tạo 10 trang tính: Đơn vị, Tiêu chí, Chấm điểm, Thăm hỏi, Thu chi, Quỹ, Khen thưởng, Cài đặt, Phân quyền, Nhật ký.');
  });

  test('headers in row 1: bold, light background, frozen, with a note on each header cell', () => {
    const units = sheet(ss, 'Đơn vị');
    expect(headers(units)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Cụm', 'Số đoàn viên', 'Số người lao động', 'Kết nạp mới']);
    expect(headers(sheet(ss, 'Chấm điểm'))).toEqual(['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'Ghi chú', 'Thời điểm']);
    expect(headers(sheet(ss, 'Phân quyền'))).toEqual(['Email', 'Vai trò', 'Cụm', 'Mã đơn vị']);
    for (const name of CONTRACT_SHEETS) {
      const s = sheet(ss, name);
      const width = s.getLastColumn();
      expect(s.getFrozenRows()).toBe(1);
      expect(
        s
          .getRange(1, 1, 1, width)
          .getFontWeights()[0]
          .every((w: string) => w === 'bold'),
      ).toBe(true);
      expect(
        s
          .getRange(1, 1, 1, width)
          .getBackgrounds()[0]
          .every((b: string) => b === '#e8f0fe'),
      ).toBe(true);
      expect(
        s
          .getRange(1, 1, 1, width)
          .getNotes()[0]
          .every((n: string) => n.length > 5),
      ).toBe(true);
      expect(s.getRange(2, 1).getFontWeight()).toBe('normal');
    }
    expect(units.getRange('A1').getNote()).toBe('Mã duy nhất của CĐCS, dùng ở mọi trang khác (ví dụ CD001).');
  });

  test('number formats on every data row: text codes, counts, points, đồng, dates', () => {
    const format = (name: string, a1: string) => sheet(ss, name).getRange(a1).getNumberFormat();
    expect(format('Đơn vị', 'A2')).toBe('@');
    expect(format('Đơn vị', 'A1000')).toBe('@');
    expect(format('Đơn vị', 'D2')).toBe('0');
    expect(format('Tiêu chí', 'D500')).toBe('0.##');
    expect(format('Thăm hỏi', 'A2')).toBe('dd/mm/yyyy');
    expect(format('Thăm hỏi', 'E1000')).toBe('#,##0 "₫"');
    expect(format('Thu chi', 'F2')).toBe('#,##0 "₫"');
    expect(format('Quỹ', 'B2')).toBe('#,##0 "₫"');
    // A code typed into Đơn vị stays text.
    const units = sheet(ss, 'Đơn vị');
    units.getRange('A2').setValue('001');
    expect(units.getRange('A2').getValue()).toBe('001');
    units.getRange('A2').setValue('');
  });

  test('column widths follow the layout', () => {
    const units = sheet(ss, 'Đơn vị');
    expect(units.getColumnWidth(2)).toBe(220);
    expect(units.getColumnWidth(1)).toBe(110);
    expect(sheet(ss, 'Tiêu chí').getColumnWidth(3)).toBe(320);
  });

  test('drop-downs from lists and from other sheets, on rows 2..maxRows', () => {
    expect(validationOf(sheet(ss, 'Chấm điểm'), 'C2')).toEqual({
      type: 'VALUE_IN_LIST',
      values: [['Tự chấm', 'Chấm chéo', 'Cụm trưởng', 'Cấp trên'], true],
      allowInvalid: false,
    });
    expect(validationOf(sheet(ss, 'Chấm điểm'), 'C1000')?.type).toBe('VALUE_IN_LIST');
    expect(validationOf(sheet(ss, 'Chấm điểm'), 'C1')).toBeNull();
    expect(validationOf(sheet(ss, 'Tiêu chí'), 'E2')?.values[0]).toEqual(['Chuẩn', 'Thưởng', 'Trừ', 'Điều kiện']);
    expect(validationOf(sheet(ss, 'Thăm hỏi'), 'D2')?.values[0]).toContain('Bệnh hiểm nghèo');
    expect(validationOf(sheet(ss, 'Thu chi'), 'D2')?.values[0]).toEqual(['Thu', 'Chi']);
    expect(validationOf(sheet(ss, 'Khen thưởng'), 'B2')?.values[0]).toEqual(['Tập thể', 'Cá nhân']);
    expect(validationOf(sheet(ss, 'Khen thưởng'), 'E2')?.values[0]).toContain('Bằng Lao động sáng tạo');
    expect(validationOf(sheet(ss, 'Phân quyền'), 'B2')?.values[0]).toEqual(['Quản trị', 'Cụm trưởng', 'Cán bộ']);
    // Look-ups: Mã đơn vị from Đơn vị!A, Quỹ from Quỹ!A, Cụm from Đơn vị!C.
    for (const [name, a1] of [
      ['Chấm điểm', 'B2'],
      ['Thăm hỏi', 'B2'],
      ['Khen thưởng', 'D2'],
      ['Phân quyền', 'D2'],
    ]) {
      expect(validationOf(sheet(ss, name), a1)).toEqual({ type: 'VALUE_IN_RANGE', values: ['Đơn vị!A2:A1000', true], allowInvalid: false });
    }
    expect(validationOf(sheet(ss, 'Thăm hỏi'), 'F2')?.values[0]).toBe('Quỹ!A2:A1000');
    expect(validationOf(sheet(ss, 'Thu chi'), 'C2')?.values[0]).toBe('Quỹ!A2:A1000');
    expect(validationOf(sheet(ss, 'Phân quyền'), 'C2')?.values[0]).toBe('Đơn vị!C2:C1000');
    // Numbers: marked, not refused.
    expect(validationOf(sheet(ss, 'Đơn vị'), 'D2')).toEqual({ type: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', values: [0], allowInvalid: true });
    expect(validationOf(sheet(ss, 'Thu chi'), 'F2')).toEqual({ type: 'NUMBER_GREATER_THAN', values: [0], allowInvalid: true });
    expect(validationOf(sheet(ss, 'Quỹ'), 'B2')).toBeNull();
  });

  test('a value outside a drop-down is refused, a unit code of Đơn vị is accepted', () => {
    const scores = sheet(ss, 'Chấm điểm');
    expect(() => scores.getRange('C2').setValue('Tự đánh giá')).toThrow(/violates the data validation/);
    sheet(ss, 'Đơn vị').getRange('A2').setValue('CD001');
    scores.getRange('B2').setValue('CD001');
    expect(scores.getRange('B2').getValue()).toBe('CD001');
    expect(() => scores.getRange('B3').setValue('CD999')).toThrow(/violates the data validation/);
    scores.getRange('B2').setValue('');
    sheet(ss, 'Đơn vị').getRange('A2').setValue('');
  });

  test('headers protected with a warning only; Nhật ký protected whole as an append-only log', () => {
    for (const name of CONTRACT_SHEETS) {
      const protections = sheet(ss, name)._model.protections;
      expect(protections).toHaveLength(1);
      expect(protections[0].isWarningOnly()).toBe(true);
      if (name === 'Nhật ký') {
        expect(protections[0].getProtectionType()).toBe('SHEET');
        expect(protections[0].getDescription()).toContain('chỉ ghi thêm');
      } else {
        expect(protections[0].getProtectionType()).toBe('RANGE');
        expect(protections[0].getRange().getA1Notation()).toBe(`A1:${String.fromCharCode(64 + sheet(ss, name).getLastColumn())}1`);
        expect(protections[0].getDescription()).toContain('Dòng tiêu đề');
      }
    }
  });

  test('Cài đặt holds every setting with its default and a note', () => {
    const values = sheet(ss, 'Cài đặt').getDataRange().getValues();
    expect(values[0]).toEqual(['Thiết lập', 'Giá trị', 'Ghi chú']);
    const byLabel = new Map(values.slice(1).map((r: unknown[]) => [r[0], r[1]]));
    expect(byLabel.get('Ngưỡng HTXSNV')).toBe(90);
    expect(byLabel.get('Ngưỡng HTTNV')).toBe(70);
    expect(byLabel.get('Ngưỡng HTNV')).toBe(50);
    expect(byLabel.get('Ngưỡng chênh lệch tự chấm')).toBe(10);
    expect(byLabel.get('Tháng bắt đầu năm học')).toBe(9);
    expect(byLabel.get('Giới hạn tỷ lệ HTXSNV (%)')).toBe('');
    expect(values.slice(1).every((r: unknown[]) => String(r[2]).length > 5)).toBe(true);
  });

  test('Nhật ký has its headers and nothing else', () => {
    const log = sheet(ss, 'Nhật ký');
    expect(headers(log)).toEqual(['Thời điểm', 'Email', 'Thao tác', 'Trang tính', 'Dòng', 'Nội dung', 'Mã kiểm tra']);
    expect(log.getLastRow()).toBe(1);
  });

  test('with no rubric, Chấm điểm gets no conditional format rule', () => {
    expect(rulesOf(sheet(ss, 'Chấm điểm'))).toEqual([]);
  });
});

describe('Khởi tạo bảng tính with a rubric, run twice', () => {
  test('criterion columns between Người chấm and Ghi chú, their rules, and a second run changes nothing', () => {
    const { runtime, addin, ss } = setUp();
    addSheet(ss, 'Tiêu chí', RUBRIC);
    addin.menuInitialise();
    const scores = sheet(ss, 'Chấm điểm');
    expect(headers(scores)).toEqual(['Kỳ', 'Mã đơn vị', 'Hình thức', 'Người chấm', 'TC1', 'TC2', 'TC3', 'DK1', 'Ghi chú', 'Thời điểm']);
    expect(scores.getRange('E1').getNote()).toContain('Tổ chức đại hội');
    expect(validationOf(scores, 'G2')).toEqual({ type: 'NUMBER_BETWEEN', values: [0, 5], allowInvalid: true });
    expect(scores.getRange('E2').getNumberFormat()).toBe('0.##');

    const rules = rulesOf(scores);
    expect(rules.map((r) => [r.type, r.values.length === 1 && typeof r.values[0] === 'number' ? r.values[0] : 'formula', r.ranges])).toEqual([
      ['NUMBER_GREATER_THAN', 1, ['H2:H1000']],
      ['NUMBER_GREATER_THAN', 5, ['G2:G1000']],
      ['NUMBER_GREATER_THAN', 10, ['E2:F1000']],
      ['NUMBER_LESS_THAN', 0, ['E2:H1000']],
      ['CUSTOM_FORMULA', 'formula', ['A2:J1000']],
    ]);
    expect(rules[0].background).toBe('#f4c7c3');
    const formula = String(rules[4].values[0]);
    expect(formula.startsWith('=AND($C2="Tự chấm",')).toBe(true);
    expect(formula).toContain('SUMPRODUCT($E2:$H2,{1,1,-1,0})');
    expect(formula.endsWith('>10)')).toBe(true);

    const first = snapshot(ss);
    addin.menuInitialise();
    expect(snapshot(ss)).toEqual(first);
    const alert = runtime.ui.dialogs[runtime.ui.dialogs.length - 1];
    expect(alert.prompt).toContain('không tạo thêm trang nào');
    expect(alert.prompt).toContain('Chấm điểm');
  });
});

describe('Khởi tạo bảng tính with a rubric wider than a new sheet', () => {
  test('40 criteria: Chấm điểm is widened to 46 columns and each criterion gets its column and rule range', () => {
    const { addin, ss } = setUp();
    const rubric = [RUBRIC[0], ...Array.from({ length: 40 }, (_, i) => [`TC${String(i + 1).padStart(2, '0')}`, 'A', '', 5, 'Chuẩn'])];
    addSheet(ss, 'Tiêu chí', rubric);
    addin.menuInitialise();
    const scores = sheet(ss, 'Chấm điểm');
    expect(scores.getMaxColumns()).toBe(46);
    const row = headers(scores);
    expect(row).toHaveLength(46);
    expect(row.slice(3, 6)).toEqual(['Người chấm', 'TC01', 'TC02']);
    expect(row.slice(42)).toEqual(['TC39', 'TC40', 'Ghi chú', 'Thời điểm']);
    // Columns E..AR hold the criteria (5th to 44th).
    expect(rulesOf(scores).map((r) => r.ranges)).toEqual([['E2:AR1000'], ['E2:AR1000'], ['A2:AT1000']]);
  });
});

describe('Khởi tạo bảng tính on a workbook with data', () => {
  /** Đơn vị under a title row, columns out of order, an extra column; Chấm điểm with its columns shuffled; Cài đặt with gap 7,5. */
  function arrange(ss: LocalSpreadsheet, units: number, scoreRows: number): void {
    const unitRows: unknown[][] = [['DANH SÁCH CĐCS'], ['Tên đơn vị', 'Mã đơn vị', 'Ghi chú riêng', 'Cụm', 'Số đoàn viên']];
    for (let i = 1; i <= units; i++) unitRows.push([`Công đoàn ${i}`, `CD${String(i).padStart(4, '0')}`, `ghi chú ${i}`, `Cụm ${1 + (i % 4)}`, i]);
    addSheet(ss, 'don vi', unitRows);
    addSheet(ss, 'Tiêu chí', RUBRIC);
    const scoreSheet: unknown[][] = [['Ghi chú', 'TC3', 'TC1', 'Hình thức', 'Kỳ', 'DK1', 'Mã đơn vị', 'Người chấm']];
    for (let i = 1; i <= scoreRows; i++)
      scoreSheet.push(['', 1, 8, i % 2 ? 'Tự chấm' : 'Chấm chéo', '2024', 1, `CD${String(1 + (i % units)).padStart(4, '0')}`, `nguoi${i}@example.com`]);
    addSheet(ss, 'Chấm điểm', scoreSheet);
    addSheet(ss, 'Cài đặt', [
      ['Thiết lập', 'Giá trị', 'Ghi chú'],
      ['Ngưỡng chênh lệch tự chấm', 7.5, ''],
    ]);
  }

  test('every existing value and format is kept; only the missing sheets are created', () => {
    const { runtime, addin, ss } = setUp();
    arrange(ss, 12, 20);
    const before = snapshot(ss) as { name: string }[];
    addin.menuInitialise();
    const after = snapshot(ss) as { name: string; rules: unknown }[];
    for (const old of before) {
      const now = after.find((s) => s.name === old.name)!;
      expect({ ...now, rules: null }).toEqual({ ...old, rules: null });
    }
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      'Sheet1',
      'don vi',
      'Tiêu chí',
      'Chấm điểm',
      'Cài đặt',
      'Thăm hỏi',
      'Thu chi',
      'Quỹ',
      'Khen thưởng',
      'Phân quyền',
      'Nhật ký',
    ]);
    const alert = runtime.ui.dialogs[runtime.ui.dialogs.length - 1].prompt;
    expect(alert).toContain('Đã tạo 6 trang tính: Thăm hỏi, Thu chi, Quỹ, Khen thưởng, Phân quyền, Nhật ký.');
    expect(alert).toContain('quá 7,5 điểm');
    expect(alert).toContain('Các trang đã có được giữ nguyên.');
    // Look-ups follow the existing Đơn vị: codes in column B and clusters in column D, under a header on row 2.
    expect(validationOf(sheet(ss, 'Thăm hỏi'), 'B2')?.values[0]).toBe('don vi!B3:B1000');
    expect(validationOf(sheet(ss, 'Phân quyền'), 'C2')?.values[0]).toBe('don vi!D3:D1000');
  });

  test('the score rules use the actual column positions of Chấm điểm and the gap from Cài đặt', () => {
    const { addin, ss } = setUp();
    arrange(ss, 12, 20);
    addin.menuInitialise();
    const rules = rulesOf(sheet(ss, 'Chấm điểm'));
    // A Ghi chú, B TC3 (max 5), C TC1 (max 10), D Hình thức, E Kỳ, F DK1 (condition), G Mã đơn vị, H Người chấm. TC2 has no column.
    expect(rules.map((r) => [r.type, r.ranges])).toEqual([
      ['NUMBER_GREATER_THAN', ['F2:F1000']],
      ['NUMBER_GREATER_THAN', ['B2:B1000']],
      ['NUMBER_GREATER_THAN', ['C2:C1000']],
      ['NUMBER_LESS_THAN', ['B2:C1000', 'F2:F1000']],
      ['CUSTOM_FORMULA', ['A2:H1000']],
    ]);
    const others = '($E$2:$E=$E2)*($G$2:$G=$G2)*($D$2:$D<>"Tự chấm")*($D$2:$D<>"")';
    expect(rules[4].values[0]).toBe(
      `=AND($D2="Tự chấm",SUMPRODUCT(${others})>0,SUMPRODUCT($B2:$C2,{-1,1})+SUMPRODUCT($F2:$F2,{0})` +
        `-(SUMPRODUCT(${others}*$B$2:$C*{-1,1})+SUMPRODUCT(${others}*$F$2:$F*{0}))/SUMPRODUCT(${others})>7.5)`,
    );
  });

  test("an officer's own conditional format on Chấm điểm survives, after the add-in's rules", () => {
    const { runtime, addin, ss } = setUp();
    arrange(ss, 12, 20);
    const scores = sheet(ss, 'Chấm điểm');
    const app = runtime.globals.SpreadsheetApp as AnyObject;
    const own = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Cấp trên')
      .setBackground('#d9ead3')
      .setRanges([scores.getRange('D2:D1000')])
      .build();
    scores.setConditionalFormatRules([own]);
    addin.menuInitialise();
    addin.menuInitialise();
    const rules = rulesOf(scores);
    expect(rules).toHaveLength(6);
    expect(rules[5]).toEqual({ type: 'TEXT_EQUAL_TO', values: ['Cấp trên'], background: '#d9ead3', ranges: ['D2:D1000'] });
  });

  test('a new rubric criterion without a column in Chấm điểm is named in the message', () => {
    const { runtime, addin, ss } = setUp();
    arrange(ss, 3, 2);
    addin.menuInitialise();
    expect(runtime.ui.dialogs[runtime.ui.dialogs.length - 1].prompt).toContain('Trang Chấm điểm chưa có cột cho tiêu chí TC2');
  });

  test('the cost does not grow with the data: the same calls for 10 and 1,000 units and score rows, each sheet read once', () => {
    const calls = (size: number) => {
      const { runtime, addin, ss } = setUp();
      arrange(ss, size, size);
      runtime.counter.reset();
      addin.menuInitialise();
      const byMethod = runtime.counter.byMethod();
      return { total: runtime.counter.total('Spreadsheet'), reads: (byMethod['Range.getValues'] ?? 0) + (byMethod['Sheet.getSheetValues'] ?? 0) };
    };
    const small = calls(10);
    const large = calls(1000);
    expect(large.total).toBe(small.total);
    // Đơn vị (header rows), Tiêu chí, Chấm điểm (header rows), Cài đặt: one read each.
    expect(small.reads).toBe(4);
    expect(small.total).toBeLessThan(600);
  });
});

describe('Khởi tạo bảng tính when another save holds the lock', () => {
  test('says the spreadsheet is busy and creates nothing', () => {
    const { runtime, addin, ss } = setUp();
    runtime.locks.holdByAnotherProcess('document');
    addin.menuInitialise();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect(runtime.ui.dialogs[runtime.ui.dialogs.length - 1].prompt).toBe('Bảng tính đang bận, vui lòng thử lại.');
  });
});
