// The local runtime's protections as Sheets enforces them: editors per protection, the owner, warning-only, the user a script runs as.
import { createRuntime } from '../../local/runtime/index';
import { PROTECTED_MESSAGE } from '../../local/runtime/protection';

const OWNER = 'owner@example.com';
const ADMIN = 'admin@example.com';
const LEADER = 'leader@example.com';

function setUp() {
  const runtime = createRuntime({ owner: OWNER });
  const spreadsheet = runtime.spreadsheet;
  const sheet = spreadsheet.getSheets()[0];
  sheet.getRange('A1:B2').setValues([
    ['a', 'b'],
    ['c', 'd'],
  ]);
  return { runtime, spreadsheet, sheet };
}

// The local runtime's enums are their members' names, as SpreadsheetApp.ProtectionType's members print in Apps Script.
const SHEET = 'SHEET';
const RANGE = 'RANGE';

const refusal = (write: () => unknown) => {
  try {
    write();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  return 'written';
};

describe('protections in the local runtime', () => {
  test("a sheet protected to one editor refuses everyone else's writes with Sheets' message, and keeps the cells", () => {
    const { runtime, sheet } = setUp();
    const protection = sheet.protect().setDescription('Chỉ quản trị');
    protection.removeEditors(protection.getEditors());
    protection.addEditor(ADMIN);
    runtime.setActiveUser(LEADER);
    expect(refusal(() => sheet.getRange('A1').setValue('sửa tay'))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => sheet.appendRow(['thêm']))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => sheet.deleteRow(2))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => sheet.getRange('A1').setBackground('red'))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => sheet.setName('Đổi tên'))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    runtime.setActiveUser(ADMIN);
    expect(refusal(() => sheet.getRange('A1').setValue('quản trị'))).toBe('written');
    runtime.setActiveUser(OWNER);
    expect(refusal(() => sheet.getRange('B1').setValue('chủ'))).toBe('written');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['quản trị', 'chủ']]);
  });

  test('the owner is never listed and can never be removed; the current user cannot remove themselves', () => {
    const { runtime, spreadsheet, sheet } = setUp();
    spreadsheet.addEditor(LEADER);
    const mirrored = sheet.getRange('A1').protect();
    expect(mirrored.getEditors().map((u) => u.getEmail())).toEqual([LEADER]);
    mirrored.removeEditors([OWNER, LEADER]);
    expect(mirrored.getEditors()).toEqual([]);
    runtime.setActiveUser(OWNER);
    expect(refusal(() => sheet.getRange('A1').setValue('x'))).toBe('written');
    const adminMade = sheet.getRange('B2').protect().addEditor(ADMIN);
    runtime.setActiveUser(ADMIN);
    adminMade.removeEditors(adminMade.getEditors());
    expect(adminMade.getEditors().map((u) => u.getEmail())).toEqual([ADMIN]);
  });

  test('a user who is not an editor can neither read the editors nor change the protection', () => {
    const { runtime, sheet } = setUp();
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    runtime.setActiveUser(LEADER);
    expect(protection.canEdit()).toBe(false);
    expect(refusal(() => protection.getEditors())).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => protection.addEditor(LEADER))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => protection.remove())).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(sheet.getProtections(SHEET)).toEqual([protection]);
  });

  test('warning-only protections refuse no one; range protections close only their cells; unprotected ranges stay open', () => {
    const { runtime, spreadsheet, sheet } = setUp();
    sheet.protect().setWarningOnly(true);
    const range = sheet.getRange('B1:B2').protect();
    range.removeEditors(range.getEditors());
    runtime.setActiveUser(LEADER);
    expect(refusal(() => sheet.getRange('A1').setValue('ok'))).toBe('written');
    expect(refusal(() => sheet.getRange('A1:B1').setValues([['x', 'y']]))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['ok', 'b']]);
    runtime.setActiveUser(OWNER);
    const other = spreadsheet.insertSheet('Khác');
    const whole = other.protect();
    whole.removeEditors(whole.getEditors());
    whole.setUnprotectedRanges([other.getRange('C1:C10')]);
    expect(spreadsheet.getProtections(SHEET)).toHaveLength(2);
    expect(spreadsheet.getProtections(RANGE)).toEqual([range]);
    runtime.setActiveUser(LEADER);
    expect(refusal(() => other.getRange('C3').setValue('mở'))).toBe('written');
    expect(refusal(() => other.getRange('B3:C3').setValues([['đóng', 'mở']]))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
    expect(refusal(() => spreadsheet.deleteSheet(other))).toBe(`Exception: ${PROTECTED_MESSAGE}`);
  });

  test('Utilities.computeDigest returns SHA-256 as signed bytes', () => {
    const { runtime } = setUp();
    const utilities = runtime.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    const bytes = utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, 'abc', utilities.Charset.UTF_8);
    expect(bytes).toHaveLength(32);
    expect(bytes.some((b) => b < 0)).toBe(true);
    expect(bytes.map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
