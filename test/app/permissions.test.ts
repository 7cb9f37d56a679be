// "Áp dụng phân quyền" through dist/Code.js: after applyPermissions(), Google's protections (the local runtime's) refuse every hand write outside a role and allow the rest.
import { PROTECTED_MESSAGE } from '../../local/runtime/protection';
import { ADMIN, card, errorOf, LEADER, makeFixture, OFFICER, OWNER, ROLES, sheetOf, STRANGER, valuesOf, visit, type Fixture } from './sidebar-api.fixture';

const LEADER2 = 'leader2@cd.vn'; // Cụm trưởng of Cụm 2, from CD005

const SHEETS = ['Phân quyền', 'Cài đặt', 'Đơn vị', 'Tiêu chí', 'Quỹ', 'Chấm điểm', 'Thăm hỏi', 'Thu chi', 'Nhật ký'] as const;
type SheetName = (typeof SHEETS)[number];

function applied(): Fixture {
  const f = makeFixture({ roles: [...ROLES, [LEADER2, 'Cụm trưởng', 'Cụm 2', 'CD005']] });
  for (const email of [ADMIN, LEADER, LEADER2, OFFICER, STRANGER]) f.ss.addEditor(email);
  f.addin.applyPermissions();
  return f;
}

/** Tries one hand write (a cell below the data of the sheet) as `user`; 'ok' or the error's message. */
function handWrite(f: Fixture, user: string, sheet: SheetName): string {
  f.runtime.setActiveUser(user);
  try {
    const target = sheetOf(f.ss, sheet);
    target.getRange(target.getLastRow() + 1, 1).setValue('sửa tay');
    return 'ok';
  } catch (error) {
    return (error as Error).message;
  } finally {
    f.runtime.setActiveUser(ADMIN);
  }
}

const ALL = Object.fromEntries(SHEETS.map((s) => [s, 'ok'])) as Record<SheetName, string>;
const only = (...open: SheetName[]) => Object.fromEntries(SHEETS.map((s) => [s, open.includes(s) ? 'ok' : PROTECTED_MESSAGE])) as Record<SheetName, string>;

describe('applyPermissions(): who may write each sheet by hand', () => {
  const cases: [string, string, Record<SheetName, string>][] = [
    ['the owner', OWNER, ALL],
    ['Quản trị', ADMIN, ALL],
    ['the leader of Cụm 1', LEADER, only('Chấm điểm', 'Thăm hỏi', 'Nhật ký')],
    ['the leader of Cụm 2', LEADER2, only('Chấm điểm', 'Thăm hỏi', 'Nhật ký')],
    ['a Cán bộ', OFFICER, only('Chấm điểm', 'Thăm hỏi', 'Nhật ký')],
    ['a stranger (an editor of the spreadsheet, not in Phân quyền)', STRANGER, only()],
  ];
  test.each(cases)('%s', (_, user, expected) => {
    const f = applied();
    const got = Object.fromEntries(SHEETS.map((s) => [s, handWrite(f, user, s)]));
    expect(got).toEqual(expected);
  });

  test('a leader cannot raise their own role: the Vai trò cell of their row is refused and stays Cụm trưởng', () => {
    const f = applied();
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => sheetOf(f.ss, 'Phân quyền').getRange('B3').setValue('Quản trị'))).toBe(PROTECTED_MESSAGE);
    expect(valuesOf(f.ss, 'Phân quyền')[2]).toEqual([LEADER, 'Cụm trưởng', 'Cụm 1', 'CD001']);
    expect(f.addin.sidebarContext().user.role).toBe('leader');
  });

  test('Thu chi opens to Cán bộ when Cài đặt says so, and stays closed to leaders', () => {
    const f = makeFixture({ settings: [['Người được ghi thu chi', 'Cán bộ']] });
    f.addin.applyPermissions();
    expect(handWrite(f, OFFICER, 'Thu chi')).toBe('ok');
    expect(handWrite(f, LEADER, 'Thu chi')).toBe(PROTECTED_MESSAGE);
  });

  test('the sidebar still saves for each role after it (the script runs as the user), and the summary sheet is protected to Quản trị', () => {
    const f = applied();
    f.runtime.setActiveUser(LEADER);
    expect(f.addin.sidebarSaveScore(card('CD002', 'leader')).row).toBe(3);
    f.runtime.setActiveUser(OFFICER);
    expect(f.addin.sidebarSaveVisit(visit('CD002')).row).toBe(6);
    f.runtime.setActiveUser(ADMIN);
    f.addin.sidebarSaveLedger({ date: '12/03/2024', fund: 'Quỹ CĐCS', type: 'Chi', category: 'Khen thưởng', amount: 750000, description: '', voucher: '' });
    f.addin.sidebarBuildSummary('2024');
    f.runtime.setActiveUser(LEADER);
    expect(errorOf(() => sheetOf(f.ss, 'Tổng hợp 2024').getRange('A1').setValue('x'))).toBe(PROTECTED_MESSAGE);
    expect(errorOf(() => f.addin.sidebarBuildSummary('2024'))).toBe('Chỉ quản trị viên được tạo báo cáo tổng hợp.');
  });
});

describe('applyPermissions(): idempotent, shown first, never locks the admin out, one Nhật ký line per run', () => {
  test('the second run changes nothing and says so; each run is one line', () => {
    const f = applied();
    const second = f.addin.applyPermissions();
    expect(second.changes).toEqual([]);
    expect(second.message).toContain('không có gì thay đổi');
    const lines = valuesOf(f.ss, 'Nhật ký').filter((row) => row[2] === 'Áp dụng phân quyền');
    expect(lines).toHaveLength(2);
    expect(lines[1][5]).toBe('Không có thay đổi');
  });

  test('the preview lists each sheet with who gains and who loses; a removed role loses its sheets at the next run', () => {
    const f = applied();
    sheetOf(f.ss, 'Phân quyền')
      .getRange('A3:D3')
      .setValues([['', '', '', '']]);
    const preview = f.addin.sidebarPreviewPermissions();
    expect(preview.text).toContain(`• Chấm điểm: bỏ ${LEADER}.`);
    expect(preview.text).toContain(`• Nhật ký: bỏ ${LEADER}.`);
    expect(f.addin.sidebarApplyPermissions(preview.fingerprint).message).toContain('Đã áp dụng phân quyền cho 3 trang');
    expect(handWrite(f, LEADER, 'Chấm điểm')).toBe(PROTECTED_MESSAGE);
    expect(handWrite(f, LEADER, 'Thăm hỏi')).toBe(PROTECTED_MESSAGE);
  });

  test('a preview that no longer matches is refused and nothing changes', () => {
    const f = makeFixture();
    const preview = f.addin.sidebarPreviewPermissions();
    expect(preview.text).toContain('• Phân quyền: đang mở cho mọi người sửa → chỉ còn admin@cd.vn (và chủ bảng tính) được sửa.');
    sheetOf(f.ss, 'Phân quyền').appendRow(['moi@cd.vn', 'Quản trị', '', '']);
    expect(errorOf(() => f.addin.sidebarApplyPermissions(preview.fingerprint))).toContain('đã thay đổi từ lúc xem trước');
    expect(handWrite(f, STRANGER, 'Phân quyền')).toBe('ok');
  });

  test('the menu shows the plan and applies only on Yes', () => {
    const f = makeFixture();
    f.runtime.ui.answer({ button: 'NO' });
    f.addin.menuApplyPermissions();
    expect(f.runtime.ui.dialogs[0].prompt).toContain('• Đơn vị: đang mở cho mọi người sửa');
    expect(handWrite(f, STRANGER, 'Đơn vị')).toBe('ok');
    f.runtime.ui.answer({ button: 'YES' });
    f.addin.menuApplyPermissions();
    expect(handWrite(f, STRANGER, 'Đơn vị')).toBe(PROTECTED_MESSAGE);
  });

  test('a second Quản trị gains the admin sheets, the admin running it keeps them (never locked out); others cannot run it', () => {
    const f = applied();
    expect(
      errorOf(() => {
        f.runtime.setActiveUser(LEADER);
        f.addin.applyPermissions();
      }),
    ).toBe('Chỉ quản trị viên được áp dụng phân quyền.');
    f.runtime.setActiveUser(ADMIN);
    sheetOf(f.ss, 'Phân quyền').appendRow(['admin2@cd.vn', 'Quản trị', '', '']);
    f.addin.applyPermissions();
    expect(handWrite(f, ADMIN, 'Phân quyền')).toBe('ok');
    expect(handWrite(f, 'admin2@cd.vn', 'Phân quyền')).toBe('ok');
  });
});
