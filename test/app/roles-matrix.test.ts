// Every role × sidebar action, allowed and refused, through dist/Code.js: the decision comes from Phân quyền and Cài đặt, never the client.
import {
  ADMIN,
  card,
  errorOf,
  LEADER,
  ledgerLine,
  makeFixture,
  OFFICER,
  OFFICER4,
  snapshot,
  STRANGER,
  valuesOf,
  visit,
  type Fixture,
} from './sidebar-api.fixture';

const CROSS_ON: [string, string][] = [['Cán bộ được chấm chéo', 'Có']];
const LEDGER_OFFICER: [string, string][] = [['Người được ghi thu chi', 'Cán bộ']];

type Action = 'score' | 'visit' | 'ledger' | 'summary' | 'scoreForm' | 'visitForm' | 'ledgerForm';

interface Case {
  user: string;
  action: Action;
  /** The unit and Hình thức code (for scores), or the unit (visits). */
  unit?: string;
  form?: string;
  settings?: [string, string][];
  allowed: boolean;
  why: string;
}

const CASES: Case[] = [
  // Quản trị: anything.
  { user: ADMIN, action: 'score', unit: 'CD004', form: 'superior', allowed: true, why: 'admin enters Cấp trên' },
  { user: ADMIN, action: 'score', unit: 'CD001', form: 'self', allowed: true, why: 'admin may enter any form' },
  { user: ADMIN, action: 'score', unit: 'CD003', form: 'leader', allowed: true, why: 'admin may enter Cụm trưởng' },
  { user: ADMIN, action: 'visit', unit: 'CD005', allowed: true, why: 'admin records visits anywhere' },
  { user: ADMIN, action: 'ledger', allowed: true, why: 'admin keeps the ledger' },
  { user: ADMIN, action: 'summary', allowed: true, why: 'admin builds the summary' },
  // Cụm trưởng of Cụm 1 (own unit CD001).
  { user: LEADER, action: 'score', unit: 'CD002', form: 'leader', allowed: true, why: 'leader, other unit of own cluster' },
  { user: LEADER, action: 'score', unit: 'CD003', form: 'cross', allowed: true, why: 'cross-check, other unit of own cluster' },
  { user: LEADER, action: 'score', unit: 'CD001', form: 'leader', allowed: false, why: 'never their own unit' },
  { user: LEADER, action: 'score', unit: 'CD001', form: 'cross', allowed: false, why: 'never their own unit, even cross' },
  { user: LEADER, action: 'score', unit: 'CD001', form: 'self', allowed: true, why: 'they chair their own unit: its Tự chấm' },
  { user: LEADER, action: 'score', unit: 'CD004', form: 'cross', allowed: false, why: 'another cluster' },
  { user: LEADER, action: 'score', unit: 'CD002', form: 'superior', allowed: false, why: 'Cấp trên is for admins' },
  { user: LEADER, action: 'score', unit: 'CD002', form: 'self', allowed: false, why: 'Tự chấm is the unit’s own' },
  { user: LEADER, action: 'scoreForm', unit: 'CD004', allowed: false, why: 'no form for another cluster' },
  { user: LEADER, action: 'visit', unit: 'CD001', allowed: true, why: 'visits of own unit' },
  { user: LEADER, action: 'visit', unit: 'CD002', allowed: false, why: 'visits of another unit' },
  { user: LEADER, action: 'ledger', allowed: false, why: 'ledger is not for leaders' },
  { user: LEADER, action: 'ledger', settings: LEDGER_OFFICER, allowed: false, why: 'ledger setting opens it to officers only' },
  { user: LEADER, action: 'summary', allowed: false, why: 'summary is for admins' },
  // Cán bộ of CD002 (Cụm 1; cluster taken from Đơn vị).
  { user: OFFICER, action: 'score', unit: 'CD002', form: 'self', allowed: true, why: 'self-score of own unit' },
  { user: OFFICER, action: 'score', unit: 'CD003', form: 'self', allowed: false, why: 'self-score of another unit' },
  { user: OFFICER, action: 'score', unit: 'CD003', form: 'cross', allowed: false, why: 'cross-check off by default' },
  { user: OFFICER, action: 'score', unit: 'CD003', form: 'cross', settings: CROSS_ON, allowed: true, why: 'cross-check allowed by Cài đặt' },
  { user: OFFICER, action: 'score', unit: 'CD002', form: 'cross', settings: CROSS_ON, allowed: false, why: 'no cross-check of own unit' },
  { user: OFFICER, action: 'score', unit: 'CD004', form: 'cross', settings: CROSS_ON, allowed: false, why: 'cross-check only within the cluster' },
  { user: OFFICER, action: 'score', unit: 'CD002', form: 'leader', allowed: false, why: 'Cụm trưởng form is not theirs' },
  { user: OFFICER, action: 'visit', unit: 'CD002', allowed: true, why: 'visits of own unit' },
  { user: OFFICER, action: 'visit', unit: 'CD001', allowed: false, why: 'visits of another unit' },
  { user: OFFICER, action: 'visitForm', unit: 'CD001', allowed: false, why: 'visit form of another unit' },
  { user: OFFICER, action: 'ledger', allowed: false, why: 'ledger for admins by default' },
  { user: OFFICER, action: 'ledgerForm', allowed: false, why: 'ledger form for admins by default' },
  { user: OFFICER, action: 'ledger', settings: LEDGER_OFFICER, allowed: true, why: 'ledger opened to officers' },
  { user: OFFICER, action: 'summary', allowed: false, why: 'summary is for admins' },
  { user: OFFICER4, action: 'score', unit: 'CD004', form: 'self', allowed: true, why: 'self-score of own unit in Cụm 2' },
  { user: OFFICER4, action: 'score', unit: 'CD005', form: 'cross', settings: CROSS_ON, allowed: true, why: 'cross-check within Cụm 2' },
  // Not listed.
  { user: STRANGER, action: 'score', unit: 'CD002', form: 'cross', allowed: false, why: 'not in Phân quyền' },
  { user: STRANGER, action: 'visit', unit: 'CD002', allowed: false, why: 'not in Phân quyền' },
  { user: STRANGER, action: 'ledger', allowed: false, why: 'not in Phân quyền' },
  { user: STRANGER, action: 'summary', allowed: false, why: 'not in Phân quyền' },
];

function run(f: Fixture, c: Case): unknown {
  switch (c.action) {
    case 'score':
      return f.addin.sidebarSaveScore(card(c.unit!, c.form!));
    case 'scoreForm':
      return f.addin.sidebarScoreForm({ period: '2024', unit: c.unit });
    case 'visit':
      return f.addin.sidebarSaveVisit(visit(c.unit!));
    case 'visitForm':
      return f.addin.sidebarVisitForm(c.unit);
    case 'ledger':
      return f.addin.sidebarSaveLedger(ledgerLine());
    case 'ledgerForm':
      return f.addin.sidebarLedgerForm();
    case 'summary':
      return f.addin.sidebarBuildSummary('2024');
  }
}

const REFUSAL = /^(Bạn không có quyền|Bạn không được lưu điểm|Bạn chưa có quyền dùng thanh bên|Chỉ quản trị viên)/;

describe('role × action', () => {
  test.each(
    CASES.map(
      (c) =>
        [`${c.user} ${c.action} ${c.unit ?? ''} ${c.form ?? ''}${c.settings ? ' (Cài đặt)' : ''}: ${c.allowed ? 'allowed' : 'refused'}, ${c.why}`, c] as const,
    ),
  )('%s', (_name, c) => {
    const f = makeFixture({ settings: c.settings, activeUser: c.user });
    const before = snapshot(f.ss);
    if (!c.allowed) {
      expect(errorOf(() => run(f, c))).toMatch(REFUSAL);
      expect(snapshot(f.ss)).toBe(before);
      return;
    }
    const result = run(f, c) as { row?: number; sheet: string; message: string } | object;
    if (c.action === 'summary') {
      expect(f.ss.getSheetByName('Tổng hợp 2024')).not.toBeNull();
    } else if ('row' in result) {
      const rows = valuesOf(f.ss, result.sheet);
      expect(rows).toHaveLength(result.row!);
    }
    const log = valuesOf(f.ss, 'Nhật ký');
    expect(log).toHaveLength(2);
    expect(log[1][1]).toBe(c.user);
  });
});

test('a refused user learns how to get access, naming their email and the Phân quyền sheet', () => {
  const f = makeFixture({ activeUser: STRANGER });
  expect(errorOf(() => f.addin.sidebarContext())).toBe(
    `Bạn chưa có quyền dùng thanh bên. Hãy nhờ quản trị viên thêm email ${STRANGER} vào trang "Phân quyền" (cột Email, Vai trò, Cụm, Mã đơn vị).`,
  );
});

test('the client cannot raise its rights: extra fields claiming a role or an email are ignored', () => {
  const f = makeFixture({ activeUser: OFFICER });
  const forged = { ...card('CD003', 'cross'), role: 'admin', email: ADMIN, scorer: ADMIN, user: { role: 'admin' } };
  expect(errorOf(() => f.addin.sidebarSaveScore(forged))).toBe('Bạn không có quyền chấm điểm đơn vị CD003 (Trường MN Hoa Sen).');
  const saved = f.addin.sidebarSaveScore({ ...card('CD002', 'self'), scorer: ADMIN, email: ADMIN });
  expect(valuesOf(f.ss, 'Chấm điểm')[saved.row - 1][3]).toBe(OFFICER);
});

test('the role is read again on every call: removing a row from Phân quyền takes effect at once', () => {
  const f = makeFixture({ activeUser: OFFICER });
  expect(f.addin.sidebarContext().permissions.scores).toBe(true);
  const roles = f.ss.getSheetByName('Phân quyền')!;
  roles.getRange(4, 1).setValue('');
  expect(errorOf(() => f.addin.sidebarSaveScore(card('CD002', 'self')))).toMatch(/^Bạn chưa có quyền dùng thanh bên/);
});
