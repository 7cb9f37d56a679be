// Sign-off of a period through dist/Code.js: "Chốt <kỳ>" keeps the digest of every source row; later hand edits, deleted and inserted rows and an edited Nhật ký line become warnings naming the place; reopening needs a reason.
import fs from 'node:fs';
import path from 'node:path';
import { describeSummary, runOffline } from '../../local/cli';
import { createHash } from 'node:crypto';
import { PROTECTED_MESSAGE } from '../../local/runtime/protection';
import { readLogLines } from '../../src/app/sheet-io/audit-log';
import { chainedDigest } from '../../src/domain/integrity';
import { saveXlsx } from '../../local/xlsx';
import { tempDir } from '../helpers/workbook';
import { ADMIN, card, errorOf, LEADER, ledgerLine, makeFixture, OFFICER, sheetOf, snapshot, valuesOf, visit, type Fixture } from './sidebar-api.fixture';

interface Summary {
  signOff: { at: string; by: string; changes: { sheet: string; row: number; kind: string }[] } | null;
  warnings: { sheet: string; cell: string; message: string }[];
}

/** Three saved score rows (rows 3–5, logged), signed off by the admin. */
function signedOff(): Fixture {
  const f = makeFixture();
  f.runtime.setActiveUser(LEADER);
  f.addin.sidebarSaveScore(card('CD002', 'leader'));
  f.addin.sidebarSaveScore(card('CD003', 'cross'));
  f.runtime.setActiveUser(OFFICER);
  f.addin.sidebarSaveScore(card('CD002', 'self'));
  f.runtime.setActiveUser(ADMIN);
  f.addin.signOffPeriod('2024');
  return f;
}

/** Node's SHA-256 as Utilities.computeDigest gives it, hex: what a tamperer would use to recompute digests. */
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

const summaryOf = (f: Fixture): Summary => JSON.parse(JSON.stringify(f.addin.runYearlySummary('2024')));
const afterSignOff = (s: Summary) => s.warnings.filter((w) => w.message.includes('sau khi chốt kỳ 2024'));

describe('signOffPeriod', () => {
  test('writes "Chốt 2024" with who, when, the final table and one digest per source row; a summary right after finds no change', () => {
    const f = signedOff();
    const sheet = valuesOf(f.ss, 'Chốt 2024');
    expect(sheet[0][0]).toBe('CHỐT KẾT QUẢ KỲ 2024');
    expect(sheet[1].slice(0, 2)).toEqual(['Người chốt', ADMIN]);
    const digests = sheet.slice(sheet.findIndex((r) => r[0] === 'Trang tính') + 1);
    expect(digests.filter((r) => r[0] === 'Chấm điểm').map((r) => r[1])).toEqual([2, 3, 4, 5]);
    expect(digests.every((r) => /^[0-9a-f]{64}$/.test(String(r[2])))).toBe(true);
    expect(sheet.some((r) => r[1] === 'CD002' && r[6] !== '')).toBe(true);
    const summary = summaryOf(f);
    expect(summary.signOff).toMatchObject({ by: ADMIN, changes: [] });
    expect(Number.isNaN(Date.parse(summary.signOff!.at))).toBe(false);
    expect(afterSignOff(summary)).toEqual([]);
    expect(summary.warnings.filter((w) => w.sheet === 'Nhật ký')).toEqual([]);
    expect(valuesOf(f.ss, 'Nhật ký').at(-1)?.[2]).toBe('Chốt kết quả');
  });

  test('the sign-off sheet is protected to Quản trị; a second sign-off and a leader’s sign-off are refused', () => {
    const f = signedOff();
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => sheetOf(f.ss, 'Chốt 2024').getRange('B2').setValue(LEADER))).toBe(PROTECTED_MESSAGE);
    expect(errorOf(() => f.addin.signOffPeriod('2024'))).toBe('Chỉ quản trị viên được chốt kết quả.');
    f.runtime.setActiveUser(ADMIN);
    expect(errorOf(() => f.addin.signOffPeriod('2024'))).toContain('Kỳ 2024 đã được chốt');
  });

  test('a hand edit of a score cell is a changed row, named by sheet and row', () => {
    const f = signedOff();
    sheetOf(f.ss, 'Chấm điểm').getRange('F4').setValue(2);
    const summary = summaryOf(f);
    expect(summary.signOff!.changes).toEqual([{ sheet: 'Chấm điểm', row: 4, kind: 'changed' }]);
    expect(afterSignOff(summary)).toEqual([{ sheet: 'Chấm điểm', cell: 'A4', message: expect.stringContaining('Dòng 4 đã bị sửa sau khi chốt kỳ 2024') }]);
  });

  test('a deleted row and an inserted row are named; rows below them are not reported as changed', () => {
    const f = signedOff();
    const scores = sheetOf(f.ss, 'Chấm điểm');
    scores.deleteRow(3);
    scores.insertRowBefore(2);
    scores.getRange('A2:D2').setValues([['CD001', '2024', 'Tự chấm', 'tay@cd.vn']]);
    const summary = summaryOf(f);
    expect(summary.signOff!.changes).toEqual([
      { sheet: 'Chấm điểm', row: 2, kind: 'added' },
      { sheet: 'Chấm điểm', row: 3, kind: 'removed' },
    ]);
    expect(afterSignOff(summary).map((w) => [w.sheet, w.cell])).toEqual([
      ['Chấm điểm', 'A2'],
      ['Chấm điểm', 'A3'],
    ]);
  });

  test('an edited Nhật ký line is a break in the chain, named by its row', () => {
    const f = signedOff();
    sheetOf(f.ss, 'Nhật ký').getRange('B3').setValue('ai-do@cd.vn');
    const summary = summaryOf(f);
    expect(summary.warnings).toContainEqual({
      sheet: 'Nhật ký',
      cell: 'A3',
      message: 'Dòng 3 của Nhật ký đã bị sửa, xóa hoặc chèn tay: mã kiểm tra không nối tiếp dòng trước.',
    });
  });

  test('the last lines of Nhật ký deleted by hand are named: the log no longer ends with the line the add-in wrote last', () => {
    const f = signedOff();
    const log = sheetOf(f.ss, 'Nhật ký');
    const last = log.getLastRow();
    log.deleteRows(last - 1, 2);
    expect(summaryOf(f).warnings).toContainEqual({
      sheet: 'Nhật ký',
      cell: `A${last}`,
      message: `Nhật ký không còn dòng tiện ích ghi sau cùng (khi ghi là dòng ${last}): các dòng cuối đã bị xóa hoặc sửa tay, trang Nhật ký bị đổi tên hay xóa, hoặc bảng tính đã được khôi phục về một phiên bản cũ (xem Tệp › Nhật ký phiên bản).`,
    });
  });

  test('after such a deletion the next save says so in a line of its own: no line the add-in wrote is accused', () => {
    const f = signedOff();
    const log = sheetOf(f.ss, 'Nhật ký');
    const last = log.getLastRow();
    log.deleteRows(last - 1, 2);
    f.runtime.setActiveUser(OFFICER);
    f.addin.sidebarSaveVisit({ ...visit('CD002'), date: '05/01/2025' });
    const rows = valuesOf(f.ss, 'Nhật ký');
    const notice = rows.length; // the notice, then the visit's own line
    expect(rows[notice - 2].slice(2, 5)).toEqual(['Phát hiện Nhật ký bị sửa tay', 'Nhật ký', last]);
    f.runtime.setActiveUser(ADMIN);
    const onLog = summaryOf(f).warnings.filter((w) => w.sheet === 'Nhật ký');
    expect(onLog).toContainEqual({
      sheet: 'Nhật ký',
      cell: `A${notice - 1}`,
      message: `Dòng ${notice - 1} của Nhật ký do tiện ích ghi khi thấy Nhật ký bị sửa: dòng tiện ích ghi sau cùng (khi ấy là dòng ${last}) không còn, Nhật ký khi ấy kết thúc ở dòng ${last - 2}: các dòng cuối đã bị xóa hoặc sửa tay, trang Nhật ký bị đổi tên hay xóa, hoặc bảng tính đã được khôi phục về một phiên bản cũ (xem Tệp › Nhật ký phiên bản).`,
    });
    // The deleted lines held the head recorded at sign-off: that check says so too. No line the add-in wrote is called edited.
    expect(onLog.map((w) => w.cell).sort()).toEqual(['A1', `A${notice - 1}`].sort());
    expect(onLog.filter((w) => /đã bị sửa, xóa hoặc chèn tay: mã kiểm tra/.test(w.message))).toEqual([]);
  });

  test('Nhật ký deleted by hand is made again by the next save, which says the old one is gone', () => {
    const f = signedOff();
    const last = sheetOf(f.ss, 'Nhật ký').getLastRow();
    f.ss.deleteSheet(sheetOf(f.ss, 'Nhật ký'));
    f.runtime.setActiveUser(OFFICER);
    f.addin.sidebarSaveVisit({ ...visit('CD002'), date: '05/01/2025' });
    f.runtime.setActiveUser(ADMIN);
    const onLog = summaryOf(f).warnings.filter((w) => w.sheet === 'Nhật ký');
    // The notice in row 2 of the new log, and the sign-off's own check (its recorded head went with the old log).
    expect(onLog.map((w) => w.cell).sort()).toEqual(['A1', 'A2']);
    expect(onLog.find((w) => w.cell === 'A2')?.message).toBe(
      `Dòng 2 của Nhật ký do tiện ích ghi khi thấy Nhật ký bị sửa: dòng tiện ích ghi sau cùng (khi ấy là dòng ${last}) không còn, Nhật ký khi ấy không còn dòng nào: các dòng cuối đã bị xóa hoặc sửa tay, trang Nhật ký bị đổi tên hay xóa, hoặc bảng tính đã được khôi phục về một phiên bản cũ (xem Tệp › Nhật ký phiên bản).`,
    );
    expect(onLog.filter((w) => /đã bị sửa, xóa hoặc chèn tay: mã kiểm tra/.test(w.message))).toEqual([]);
  });

  test('Nhật ký sorted by hand is one warning listing the rows, not one per line', () => {
    const f = signedOff();
    f.runtime.setActiveUser(OFFICER);
    for (let i = 1; i <= 6; i++) f.addin.sidebarSaveVisit({ ...visit('CD002'), date: `0${i}/01/2025` });
    const log = sheetOf(f.ss, 'Nhật ký');
    const lines = log.getRange(2, 1, log.getLastRow() - 1, 7).getValues();
    log.getRange(2, 1, lines.length, 7).setValues([...lines].reverse());
    f.runtime.setActiveUser(ADMIN);
    const broken = summaryOf(f).warnings.filter((w) => w.sheet === 'Nhật ký' && / dòng của Nhật ký \(dòng /.test(w.message));
    expect(broken).toHaveLength(1);
    expect(broken[0].message).toMatch(/^\d+ dòng của Nhật ký \(dòng 2–\d+\) đã bị sửa, xóa, chèn hoặc sắp xếp lại tay/);
  });

  test('a last line rewritten by hand with its digest recomputed is seen too; so is a line added after it with a valid digest', () => {
    const f = signedOff();
    const log = sheetOf(f.ss, 'Nhật ký');
    const last = log.getLastRow();
    const lines = readLogLines(log.getDataRange().getValues()).lines;
    const forge = (previous: string, line: (typeof lines)[number]) => chainedDigest(sha, previous, line);
    // Rewrite the last line's content and give it the digest that follows from the line before.
    const rewritten = { ...lines[lines.length - 1], content: '{"Kỳ":"2024","Ghi chú":"sửa"}' };
    log.getRange(last, 6).setValue(rewritten.content);
    log.getRange(last, 7).setValue(forge(lines[lines.length - 2].digest, rewritten));
    const summary = summaryOf(f);
    expect(summary.warnings.filter((w) => w.sheet === 'Nhật ký' && /^Dòng \d+ của Nhật ký/.test(w.message))).toEqual([]);
    expect(summary.warnings.map((w) => w.message)).toContain(
      `Nhật ký không còn dòng tiện ích ghi sau cùng (khi ghi là dòng ${last}): các dòng cuối đã bị xóa hoặc sửa tay, trang Nhật ký bị đổi tên hay xóa, hoặc bảng tính đã được khôi phục về một phiên bản cũ (xem Tệp › Nhật ký phiên bản).`,
    );

    const g = signedOff();
    const other = sheetOf(g.ss, 'Nhật ký');
    const end = other.getLastRow();
    const chained = readLogLines(other.getDataRange().getValues()).lines;
    const added = { ...chained[chained.length - 1], row: end + 1, content: '{"thêm":"tay"}' };
    other
      .getRange(end + 1, 1, 1, 7)
      .setValues([[added.time, added.email, added.action, added.sheet, added.target, added.content, forge(chained[chained.length - 1].digest, added)]]);
    expect(summaryOf(g).warnings).toContainEqual({
      sheet: 'Nhật ký',
      cell: `A${end + 1}`,
      message: `Nhật ký không còn kết thúc bằng dòng tiện ích ghi sau cùng: dòng đó nay ở dòng ${end}, sau nó là dòng ${end + 1}, tiện ích không ghi (dòng thêm tay, hoặc các dòng đã bị sắp xếp lại).`,
    });
    // One more save: a notice after the added line names what it found, and the added line is still not taken for the add-in's.
    g.runtime.setActiveUser(OFFICER);
    g.addin.sidebarSaveVisit({ ...visit('CD002'), date: '05/01/2025' });
    g.runtime.setActiveUser(ADMIN);
    const onLog = summaryOf(g).warnings.filter((w) => w.sheet === 'Nhật ký');
    expect(onLog.map((w) => w.cell)).toEqual([`A${end + 2}`]);
    expect(onLog[0].message).toBe(
      `Dòng ${end + 2} của Nhật ký do tiện ích ghi khi thấy Nhật ký bị sửa: dòng tiện ích ghi sau cùng nay ở dòng ${end}, sau nó là dòng ${end + 1}, tiện ích không ghi (dòng thêm tay, hoặc các dòng đã bị sắp xếp lại).`,
    );
  });

  test('the offline command finds the same changes in an exported workbook that carries the sign-off sheet', async () => {
    const f = signedOff();
    sheetOf(f.ss, 'Chấm điểm').getRange('F5').setValue(1);
    const dir = tempDir();
    const input = path.join(dir, 'da-chot.xlsx');
    await saveXlsx(f.ss, input);
    const json = path.join(dir, 'ket-qua.json');
    const offline = await runOffline({ input, output: path.join(dir, 'ra.xlsx'), period: '2024', json });
    expect(describeSummary(offline.summary)).toContain(`Đã chốt: ${ADMIN}`);
    expect(describeSummary(offline.summary)).toContain('1 dòng nguồn thay đổi từ khi chốt (xem cảnh báo)');
    const summary = JSON.parse(fs.readFileSync(json, 'utf8')) as Summary;
    expect(summary.signOff).toMatchObject({ by: ADMIN, changes: [{ sheet: 'Chấm điểm', row: 5, kind: 'changed' }] });
    expect(afterSignOff(summary).map((w) => [w.sheet, w.cell])).toEqual([['Chấm điểm', 'A5']]);
    expect(summary.warnings.filter((w) => w.sheet === 'Nhật ký')).toEqual([]);
  });
});

describe('reopenPeriod', () => {
  test('needs a reason; with one it removes the sign-off, logs who, why and whose sign-off it was', () => {
    const f = signedOff();
    expect(errorOf(() => f.addin.reopenPeriod('2024', '  '))).toBe('Hãy ghi lý do mở lại kỳ 2024; chưa có gì thay đổi.');
    expect(f.ss.getSheetByName('Chốt 2024')).not.toBeNull();
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.reopenPeriod('2024', 'muốn sửa'))).toBe('Chỉ quản trị viên được mở lại kỳ đã chốt.');
    f.runtime.setActiveUser(ADMIN);
    expect(f.addin.reopenPeriod(' năm 2024 ', 'Sai điểm CD002').message).toContain('Đã mở lại kỳ 2024');
    expect(f.ss.getSheetByName('Chốt 2024')).toBeNull();
    const line = valuesOf(f.ss, 'Nhật ký').at(-1)!;
    expect(line.slice(1, 4)).toEqual([ADMIN, 'Mở lại kỳ', 'Chốt 2024']);
    expect(JSON.parse(String(line[5]))).toMatchObject({ Kỳ: '2024', 'Lý do': 'Sai điểm CD002', 'Người chốt': ADMIN });
    expect(summaryOf(f).signOff).toBeNull();
    expect(errorOf(() => f.addin.reopenPeriod('2024', 'lần nữa'))).toContain('Kỳ 2024 chưa được chốt');
    expect(errorOf(() => f.addin.reopenPeriod('', 'lý do'))).toContain('Hãy ghi kỳ cần mở lại');
  });
});

/** An instant as the warnings show it: dd/mm/yyyy HH:mm in Vietnam. */
function vietnamMinute(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

describe('a signed-off period is closed to the sidebar', () => {
  test('a score card of the period, and a visit or ledger line dated in it, are refused with who can reopen it; nothing is written', () => {
    const f = signedOff();
    const closed =
      'Kỳ 2024 đã được chốt (trang "Chốt 2024"): không ghi thêm hay sửa được. Muốn sửa, Quản trị mở lại kỳ (menu Công đoàn › Mở lại kỳ đã chốt…, ghi lý do) rồi chốt lại. Chưa có gì được ghi.';
    const before = snapshot(f.ss);
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toBe(closed);
    f.runtime.setActiveUser(OFFICER);
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD002')))).toBe(closed); // dated 10/03/2024
    f.runtime.setActiveUser(ADMIN);
    expect(errorOf(() => f.addin.sidebarSaveLedger(ledgerLine()))).toBe(closed); // dated 12/03/2024
    expect(snapshot(f.ss)).toBe(before);
    // A visit of another year is not in the closed period and is saved.
    f.runtime.setActiveUser(OFFICER);
    expect(f.addin.sidebarSaveVisit({ ...visit('CD002'), date: '05/01/2025' }).row).toBe(6);
  });

  test.each(['CHỐT 2024', 'Chốt 2024 ', 'Chot 2024'])('a "Chốt" tab renamed by hand to "%s" keeps the period closed, until it is reopened', (renamed) => {
    const f = signedOff();
    sheetOf(f.ss, 'Chốt 2024').setName(renamed);
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toContain('Kỳ 2024 đã được chốt');
    expect(f.addin.sidebarScoreForm({ period: '2024', unit: 'CD003' }).closed).toContain('Kỳ 2024 đã được chốt');
    f.runtime.setActiveUser(OFFICER);
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD002')))).toContain('Kỳ 2024 đã được chốt');
    f.runtime.setActiveUser(ADMIN);
    expect(f.addin.reopenPeriod('2024', 'Đổi tên trang chốt').message).toBe(`Đã mở lại kỳ 2024: trang "${renamed}" đã được xóa, lý do được ghi vào Nhật ký.`);
    f.runtime.setActiveUser(LEADER);
    expect(f.addin.sidebarSaveScore(card('CD003', 'leader')).message).toContain('Đã lưu điểm Cụm trưởng cho CD003');
  });

  test('a "Chốt" tab deleted by hand keeps the period closed; the summary says so; reopening it (with a reason) opens it', () => {
    const f = signedOff();
    f.ss.deleteSheet(sheetOf(f.ss, 'Chốt 2024'));
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toContain('Kỳ 2024 đã được chốt');
    f.runtime.setActiveUser(ADMIN);
    expect(summaryOf(f).warnings).toContainEqual({
      sheet: 'Chốt 2024',
      cell: '',
      message:
        'Kỳ 2024 đã được chốt nhưng không còn trang "Chốt 2024" (đã bị xóa tay): bản tổng hợp này không so được với kết quả đã chốt, và thanh bên vẫn không cho ghi vào kỳ này. Quản trị hãy mở lại kỳ (ghi lý do) rồi chốt lại.',
    });
    expect(f.addin.reopenPeriod('2024', 'Trang chốt bị xóa nhầm').message).toBe(
      'Đã mở lại kỳ 2024: trang "Chốt 2024" đã không còn từ trước, lý do được ghi vào Nhật ký.',
    );
    const log = valuesOf(f.ss, 'Nhật ký');
    expect(String(log[log.length - 1][5])).toContain('"Trang chốt":"không còn (đã bị xóa tay)"');
    f.runtime.setActiveUser(LEADER);
    expect(f.addin.sidebarSaveScore(card('CD003', 'leader')).message).toContain('Đã lưu điểm Cụm trưởng cho CD003');
    f.runtime.setActiveUser(ADMIN);
    expect(summaryOf(f).warnings.filter((w) => w.sheet === 'Chốt 2024')).toEqual([]);
  });

  test('a "Chốt" tab renamed past recognition is still found by its gid: the summary compares with it and says the new name; reopening removes it', () => {
    const f = signedOff();
    sheetOf(f.ss, 'Chốt 2024').setName('Kết quả chốt 2024');
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toContain('Kỳ 2024 đã được chốt (trang "Kết quả chốt 2024")');
    f.runtime.setActiveUser(ADMIN);
    const summary = summaryOf(f);
    expect(summary.signOff).not.toBeNull();
    expect(summary.warnings).toContainEqual({
      sheet: 'Kết quả chốt 2024',
      cell: '',
      message: 'Trang chốt kỳ 2024 đã bị đổi tên thành "Kết quả chốt 2024"; tiện ích vẫn nhận ra nó. Hãy đổi lại tên "Chốt 2024" cho dễ tìm.',
    });
    expect(errorOf(() => f.addin.signOffPeriod('2024'))).toBe(
      'Kỳ 2024 đã được chốt (trang "Kết quả chốt 2024", tên cũ "Chốt 2024"). Muốn chốt lại, hãy mở lại kỳ (menu Công đoàn › Mở lại kỳ đã chốt…, ghi lý do) rồi chốt.',
    );
    expect(f.addin.reopenPeriod('2024', 'Trang chốt bị đổi tên').message).toBe(
      'Đã mở lại kỳ 2024: trang "Kết quả chốt 2024" đã được xóa, lý do được ghi vào Nhật ký.',
    );
    expect(f.ss.getSheets().map((sheet) => sheet.getName())).not.toContain('Kết quả chốt 2024');
  });

  test('a sign-off made before the register (its tab only) is registered when found: renaming the tab then does not reopen it', () => {
    const f = signedOff();
    // As a workbook signed off by an earlier version, or offline: the tab, and nothing in the document's properties.
    (f.runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties().deleteAllProperties();
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toContain('Kỳ 2024 đã được chốt');
    f.runtime.setActiveUser(ADMIN); // the tab is protected to Quản trị, who tidies its name
    sheetOf(f.ss, 'Chốt 2024').setName('Chot 2024');
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => f.addin.sidebarSaveScore(card('CD003', 'leader')))).toContain('Kỳ 2024 đã được chốt');
  });

  test('a visit dated in a signed-off school year is refused too: the save looks for "Chốt" of its calendar and its school year', () => {
    const f = makeFixture({ activeUser: OFFICER });
    f.ss.insertSheet('Chốt 2023-2024');
    expect(errorOf(() => f.addin.sidebarSaveVisit(visit('CD002')))).toContain('Kỳ 2023-2024 đã được chốt (trang "Chốt 2023-2024")'); // dated 10/03/2024
    expect(f.addin.sidebarSaveVisit({ ...visit('CD002'), date: '05/10/2024' }).row).toBeGreaterThan(1); // school year 2024-2025
  });

  test('the score form says the period is closed; after "Mở lại kỳ" the same card saves', () => {
    const f = signedOff();
    f.runtime.setActiveUser(LEADER);
    expect(f.addin.sidebarScoreForm({ period: '2024', unit: 'CD003' }).closed).toContain('Kỳ 2024 đã được chốt');
    f.runtime.setActiveUser(ADMIN);
    f.addin.reopenPeriod('2024', 'Bổ sung phiếu Cụm trưởng CD003');
    f.runtime.setActiveUser(LEADER);
    expect(f.addin.sidebarScoreForm({ period: '2024', unit: 'CD003' }).closed).toBeNull();
    expect(f.addin.sidebarSaveScore(card('CD003', 'leader')).message).toContain('Đã lưu điểm Cụm trưởng cho CD003');
  });

  test('a row typed by hand after the sign-off: the warning says it is counted here and not in the signed table, and names the sign-off, not the row, with "chốt lúc … bởi …"', () => {
    const f = signedOff();
    // Fixture visits of 2024: 500.000 + 300.000 + 100.000 + 200.000 = 1.100.000 in 4 visits; one more of 250.000 by hand.
    sheetOf(f.ss, 'Thăm hỏi')
      .getRange('A6:F6')
      .setValues([['20/03/2024', 'CD003', 'Hồ Thị Mai', 'Ốm đau', 250000, 'Quỹ CĐCS']]);
    const summary = summaryOf(f) as Summary & { visits: { count: number; amount: number } };
    expect(summary.visits).toMatchObject({ count: 5, amount: 1_350_000 });
    expect(afterSignOff(summary)).toEqual([
      {
        sheet: 'Thăm hỏi',
        cell: 'A6',
        message:
          `Dòng 6 được thêm sau khi chốt kỳ 2024 (chốt lúc ${vietnamMinute(summary.signOff!.at)}, bởi ${ADMIN}): dòng này được tính trong bản tổng hợp này nhưng không có trong kết quả đã chốt (trang "Chốt 2024"). ` +
          'Thay đổi sau khi chốt là một lần đính chính: muốn giữ, Quản trị mở lại kỳ (ghi lý do) rồi chốt lại; nếu không, hãy trả dòng về như cũ.',
      },
    ]);
  });

  test('the offline command shows the sign-off time as the warnings do: dd/mm/yyyy HH:mm in Vietnam', () => {
    const base = summaryOf(signedOff()) as unknown as Parameters<typeof describeSummary>[0];
    const line = describeSummary({ ...base, signOff: { at: '2026-11-30T20:45:23.942Z', by: 'vanphong@x.vn', changes: [] } });
    expect(line).toContain('Đã chốt: vanphong@x.vn, lúc 01/12/2026 03:45; không dòng nguồn nào thay đổi từ khi chốt');
  });
});
