// Fuzz of runYearlySummary in the built dist/Code.js on the local runtime: hostile workbooks never crash it, and no source sheet changes.
import fc from 'fast-check';
import { loadAddin } from '../../local/load-addin';
import type { LocalRuntime } from '../../local/runtime/index';
import type { Sheet } from '../../local/runtime/sheet';
import { SHEET } from '../../src/workbook/schema';
import { runtimeWith, type SheetRows } from '../helpers/workbook';
import { fuzzWorkbook, picker, runs, sheetNameFor, SOURCE_KEYS, type Grid } from './arbitraries';

// dist/Code.js is built once by test/global-setup.js.

const VIETNAMESE = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

/** Everything an officer could see change in a sheet: size, values, formulas, number formats, notes, frozen rows. */
function sheetState(sheet: Sheet): unknown {
  const rows = Math.min(sheet.getMaxRows(), sheet.getLastRow() + 3);
  const columns = Math.min(sheet.getMaxColumns(), sheet.getLastColumn() + 2);
  const range = sheet.getRange(1, 1, Math.max(1, rows), Math.max(1, columns));
  return {
    size: [sheet.getMaxRows(), sheet.getMaxColumns(), sheet.getFrozenRows()],
    values: range.getValues(),
    formulas: range.getFormulas(),
    formats: range.getNumberFormats(),
    notes: range.getNotes(),
  };
}

function snapshot(runtime: LocalRuntime): Map<string, unknown> {
  const sheets = runtime.spreadsheet.getSheets();
  return new Map(sheets.map((sheet) => [sheet.getName(), sheetState(sheet)]));
}

/** Notes on every header cell of row 1 and a đồng format under it, as an officer's real sheet has. */
function decorate(runtime: LocalRuntime): void {
  for (const sheet of runtime.spreadsheet.getSheets()) {
    const width = Math.max(1, sheet.getLastColumn());
    sheet.getRange(1, 1, 1, width).setNotes([Array.from({ length: width }, (_, i) => (i % 2 === 0 ? `Ghi chú cột ${i + 1}` : ''))]);
    sheet.getRange(2, width, 4, 1).setNumberFormat('#,##0 "₫"');
  }
}

/** Sheets that are not the contract's: an officer's own notes with formulas, and an older summary that must stay as it was. */
const OTHER_SHEETS: Record<string, Grid> = {
  'Ghi chép riêng': [
    ['Việc cần làm', 'Tổng'],
    ['Nộp báo cáo', '=SUM(B3:B9)'],
    ['=HYPERLINK("http://x.vn";"Liên kết")', 5],
  ],
  'Tổng hợp 2018': [['Báo cáo cũ năm 2018'], ['Đã gửi cấp trên']],
};

describe('fuzz: runYearlySummary through dist/Code.js', () => {
  test('property 4: never crashes but WorkbookError for a fatal Đơn vị, and leaves every other sheet exactly as it was', () => {
    let ran = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.gen(), fc.constantFrom<string | undefined>(undefined, '2020', '2019-2020', '2018'), (g, label) => {
        const pick = picker(g);
        const workbook = fuzzWorkbook(pick);
        const sheets: SheetRows = {};
        for (const key of SOURCE_KEYS) {
          const values = workbook.values[key];
          if (values) sheets[sheetNameFor(pick, key)] = values;
        }
        Object.assign(sheets, OTHER_SHEETS);
        const runtime = runtimeWith(sheets);
        decorate(runtime);
        const before = snapshot(runtime);
        const addin = loadAddin(runtime);

        let written: string | null = null;
        try {
          const summary = addin.runYearlySummary(label) as { period: { label: string }; warnings: { sheet: string; cell: string; message: string }[] };
          written = `Tổng hợp ${summary.period.label}`;
          expect(workbook.fatal).toBe(false);
          if (label !== undefined) expect(summary.period.label).toBe(label);
          for (const warning of summary.warnings) expect(warning.message).toMatch(VIETNAMESE);
          ran += 1;
        } catch (error) {
          const { name, message } = error as Error;
          if (name !== 'WorkbookError') throw error;
          expect(workbook.fatal).toBe(true);
          expect(message).toContain(SHEET.units); // the tab as spelled, then "(trang Đơn vị)" when it differs
          refused += 1;
        }

        const after = snapshot(runtime);
        if (written !== null) expect(after.has(written)).toBe(true);
        const others = (state: Map<string, unknown>) => new Map([...state].filter(([name]) => name !== written));
        // The same sheets, in the same order, each with the same values, formulas, formats and notes.
        expect([...others(after).keys()]).toEqual([...before.keys()].filter((name) => name !== written));
        for (const [name, state] of others(before)) expect({ name, state: after.get(name) }).toEqual({ name, state });
      }),
      runs(4_2020, 200),
    );
    expect(ran).toBeGreaterThan(120);
    expect(refused).toBeGreaterThan(10);
  });
});
