// Pure role rules: reading Phân quyền tolerantly, resolving the user (owner fallback, hidden identity), and the forms each grant allows.
import {
  completeGrants,
  emailKey,
  HIDDEN_IDENTITY_MESSAGE,
  mayBuildSummary,
  mayRecordLedger,
  mayRecordVisit,
  noAccessMessage,
  parseRoleName,
  readRoleEntries,
  resolveUser,
  scoreFormsFor,
  type SidebarUser,
} from '../../src/app/roles';
import type { Unit } from '../../src/domain/types';

const unit = (code: string, cluster: string): Unit => ({ code, name: `Đơn vị ${code}`, cluster, members: 0, workers: 0, newMembers: 0, row: 2 });
const UNITS = [unit('CD001', 'Cụm 1'), unit('CD002', 'Cụm 1'), unit('CD003', 'Cụm 2')];
const OFF = { officersMayCrossCheck: false };
const ON = { officersMayCrossCheck: true };
const noOwner = () => null;

describe('readRoleEntries', () => {
  test('headers in any order below a title, emails trimmed and lower-cased, role names without diacritics, blank emails skipped', () => {
    const { entries, warnings } = readRoleEntries([
      ['Danh sách người dùng'],
      ['Ma don vi', 'VAI TRÒ', 'email', 'Cụm'],
      ['CD001', 'cum truong', '  Lan@X.vn ', 'Cụm 1'],
      ['', 'Cán bộ', '', ''],
      ['', 'Quản trị viên', 'boss@x.vn', ''],
    ]);
    expect(warnings).toEqual([]);
    expect(entries).toEqual([
      { email: 'lan@x.vn', role: 'leader', cluster: 'Cụm 1', unit: 'CD001', row: 3 },
      { email: 'boss@x.vn', role: 'admin', cluster: '', unit: '', row: 5 },
    ]);
  });

  test('an unknown role is a warning naming its cell and grants nothing', () => {
    const { entries, warnings } = readRoleEntries([
      ['Email', 'Vai trò'],
      ['a@x.vn', 'Giám đốc'],
    ]);
    expect(entries).toEqual([]);
    expect(warnings).toEqual([{ sheet: 'Phân quyền', cell: 'B2', message: 'Vai trò không hợp lệ: "Giám đốc" (chọn Quản trị, Cụm trưởng hoặc Cán bộ)' }]);
  });

  test('a sheet without the required headers grants nothing and says so', () => {
    const { entries, warnings } = readRoleEntries([
      ['Tên', 'Chức vụ'],
      ['a@x.vn', 'Quản trị'],
    ]);
    expect(entries).toEqual([]);
    expect(warnings[0].message).toContain('"Email"');
  });

  test('role names', () => {
    expect(parseRoleName(' QUAN TRI ')).toBe('admin');
    expect(parseRoleName('Trưởng cụm')).toBe('leader');
    expect(parseRoleName('can bo cong doan')).toBe('officer');
    expect(parseRoleName('Cán')).toBeUndefined();
    expect(emailKey('  A@B.VN ')).toBe('a@b.vn');
  });
});

describe('resolveUser', () => {
  const entries = readRoleEntries([
    ['Email', 'Vai trò', 'Cụm', 'Mã đơn vị'],
    ['lan@x.vn', 'Cụm trưởng', 'Cụm 1', 'CD001'],
    ['lan@x.vn', 'Cán bộ', '', 'CD001'],
  ]).entries;

  test('a listed email gets every row of theirs; the first decides the role shown', () => {
    const user = resolveUser('Lan@X.vn', entries, noOwner);
    expect(user.role).toBe('leader');
    expect(user.grants.map((g) => g.role)).toEqual(['leader', 'officer']);
    // Two rows add up: leader forms for CD002, Tự chấm for the own unit CD001.
    expect(scoreFormsFor(completeGrants(user, UNITS), UNITS[1], OFF)).toEqual(['leader', 'cross']);
    expect(scoreFormsFor(completeGrants(user, UNITS), UNITS[0], OFF)).toEqual(['self']);
  });

  test('the owner not listed is Quản trị; the owner is asked for only when needed', () => {
    let asked = 0;
    const owner = () => {
      asked++;
      return 'Chu@X.vn';
    };
    expect(resolveUser('lan@x.vn', entries, owner).source).toBe('sheet');
    expect(asked).toBe(0);
    const user = resolveUser('chu@x.vn', [], owner);
    expect([user.role, user.source]).toEqual(['admin', 'owner']);
  });

  test('anyone else is refused with how to get access; an empty email with the hidden-identity explanation', () => {
    expect(() => resolveUser('khach@y.vn', entries, () => 'chu@x.vn')).toThrow(noAccessMessage('khach@y.vn'));
    expect(() => resolveUser('khach@y.vn', [], noOwner)).toThrow(
      'Bạn chưa có quyền dùng thanh bên. Hãy nhờ quản trị viên thêm email khach@y.vn vào trang "Phân quyền"',
    );
    expect(() => resolveUser('  ', entries, () => '')).toThrow(HIDDEN_IDENTITY_MESSAGE);
    expect(() => resolveUser('', [], () => '')).toThrow(HIDDEN_IDENTITY_MESSAGE);
  });
});

describe('what each grant allows', () => {
  const user = (role: SidebarUser['role'], cluster: string, unitCode: string): SidebarUser =>
    completeGrants(
      { email: 'u@x.vn', role, cluster: cluster || null, unit: unitCode || null, grants: [{ role, cluster, unit: unitCode, row: 2 }], source: 'sheet' },
      UNITS,
    );

  test('Quản trị: every form for every unit, Cấp trên first; visits anywhere; ledger; summary', () => {
    const admin = user('admin', '', '');
    expect(scoreFormsFor(admin, UNITS[2], OFF)).toEqual(['superior', 'leader', 'cross', 'self']);
    expect(mayRecordVisit(admin, UNITS[2])).toBe(true);
    expect(mayRecordLedger(admin, { ledgerRole: 'admin' })).toBe(true);
    expect(mayBuildSummary(admin)).toBe(true);
  });

  test('Cụm trưởng without a cluster in Phân quyền takes their unit’s cluster from Đơn vị', () => {
    const leader = user('leader', '', 'cd001');
    expect(leader.cluster).toBe('Cụm 1');
    expect(leader.unit).toBe('CD001');
    expect(scoreFormsFor(leader, UNITS[1], OFF)).toEqual(['leader', 'cross']);
    expect(scoreFormsFor(leader, UNITS[0], OFF)).toEqual(['self']);
    expect(scoreFormsFor(leader, UNITS[2], ON)).toEqual([]);
    expect(mayRecordVisit(leader, UNITS[0])).toBe(true);
    expect(mayRecordVisit(leader, UNITS[1])).toBe(false);
    expect(mayRecordLedger(leader, { ledgerRole: 'officer' })).toBe(false);
    expect(mayBuildSummary(leader)).toBe(false);
  });

  test('Cán bộ: Tự chấm of the own unit; Chấm chéo in the cluster only when the setting allows; ledger as the setting says', () => {
    const officer = user('officer', 'cụm 1', 'CD002');
    expect(scoreFormsFor(officer, UNITS[1], ON)).toEqual(['self']);
    expect(scoreFormsFor(officer, UNITS[0], OFF)).toEqual([]);
    expect(scoreFormsFor(officer, UNITS[0], ON)).toEqual(['cross']);
    expect(scoreFormsFor(officer, UNITS[2], ON)).toEqual([]);
    expect(mayRecordLedger(officer, { ledgerRole: 'admin' })).toBe(false);
    expect(mayRecordLedger(officer, { ledgerRole: 'officer' })).toBe(true);
  });

  test('a grant naming a unit that is not in Đơn vị matches nothing', () => {
    const lost = user('officer', '', 'CD999');
    expect(lost.cluster).toBeNull();
    expect(UNITS.some((u) => scoreFormsFor(lost, u, ON).length > 0 || mayRecordVisit(lost, u))).toBe(false);
  });
});
