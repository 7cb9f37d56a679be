// Two first saves into a Chấm điểm that lacks optional columns, each adding different headers: every boundary keeps each value under its own header.
import { createRuntime, type LocalSpreadsheet } from '../../local/runtime/index';
import { appendPlannedRow, numberCell, planRow, textCell, type PlacedCell } from '../../src/app/sheet-io/safe-write';
import { runNested, SCORE_SHEET, soloCalls, type SaveSpec } from './interleave.fixture';
import { asAppsScript } from '../helpers/apps-script';
import { leaderScore, officerSelfScore } from './saves.fixture';

/** The fixture's Chấm điểm without its "Ghi chú" header (column J; "Cột riêng" stays after it): a save with a note adds it at the end. */
function withoutNoteHeader(ss: LocalSpreadsheet): void {
  const sheet = ss.getSheetByName(SCORE_SHEET)!;
  expect(sheet.getRange(1, 10).getValue()).toBe('Ghi chú');
  sheet.getRange(1, 10).setValue('');
}

// A with a note adds "Ghi chú" and "Thời điểm"; B without one adds "Thời điểm" only. Each plans its headers before the lock,
// so the one that goes second finds the other's header where it planned its own.
const PAIRS: [string, SaveSpec, SaveSpec][] = [
  ['A adds two headers, B one', leaderScore('A (cụm trưởng, có ghi chú)', 'Người A'), officerSelfScore('B (tự chấm, không ghi chú)', '')],
  ['A adds one header, B two', leaderScore('A (cụm trưởng, không ghi chú)', ''), officerSelfScore('B (tự chấm, có ghi chú)', 'Người B')],
];

describe.each(PAIRS)('missing columns: %s', (_name, a, b) => {
  test('B at every boundary of A: both rows whole, each header added once, old cells untouched', () => {
    const n = soloCalls(a).length;
    let k = 0;
    for (;;) {
      k++;
      const run = runNested([a, b], [k], { arrange: withoutNoteHeader });
      expect({ boundary: k, problems: run.problems }).toEqual({ boundary: k, problems: [] });
      if (!run.outcomes[1].startedInside) break;
    }
    expect(k).toBeGreaterThan(n);
  });
});

describe('appendPlannedRow with a plan older than the header row', () => {
  test('a header another save added since the plan is used where it stands; the others go after the last header', () => {
    const sheet = asAppsScript(createRuntime().spreadsheet.insertSheet('Thử'));
    sheet.getRange(1, 1, 1, 2).setValues([['Mã', 'Điểm']]);
    const table = { headerRow: 1, headers: ['Mã', 'Điểm'] };
    const cells = (note: string): PlacedCell[] => [
      { column: 0, header: 'Mã', cell: textCell('CD001') },
      { column: undefined, header: 'Ghi chú', cell: textCell(note) },
      { column: undefined, header: 'Thời điểm', cell: numberCell(7), addIfMissing: true },
    ];
    const first = planRow(sheet, table, cells('có ghi chú')); // plans C = Ghi chú, D = Thời điểm
    const second = planRow(sheet, table, cells('')); // plans C = Thời điểm
    expect(appendPlannedRow(second)).toBe(2);
    expect(appendPlannedRow(first)).toBe(3);
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['Mã', 'Điểm', 'Thời điểm', 'Ghi chú'],
      ['CD001', '', 7, ''],
      ['CD001', '', 7, 'có ghi chú'],
    ]);
    expect(sheet.getRange(1, 4).getNumberFormat()).toBe('@');
  });
});
