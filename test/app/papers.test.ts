// The papers through dist/Code.js: who may write the report and the minutes, the Nhật ký line, the menu, a rewrite in place, sources untouched, the print setup kept on the sheet.
import { ADMIN, errorOf, LEADER, makeFixture, OFFICER, sheetOf, snapshot, valuesOf } from './sidebar-api.fixture';

const PRINT_KEY = 'cong-doan.print';

/** The sheets other than the ones the add-in writes, as one string. */
const sources = (ss: Parameters<typeof snapshot>[0]) =>
  JSON.stringify(JSON.parse(snapshot(ss)).filter(([name]: [string]) => !/^(Báo cáo|Biên bản|Nhật ký)/.test(name)));

describe('Báo cáo', () => {
  test('Quản trị writes "Báo cáo <kỳ>" from the sidebar, logged in Nhật ký; sources untouched', () => {
    const { addin, ss } = makeFixture({ activeUser: ADMIN });
    const before = sources(ss);
    const result = addin.sidebarBuildReport('2024');
    expect(result.sheet).toBe('Báo cáo 2024');
    expect(result.message).toContain('Đã lập trang "Báo cáo 2024"');
    const text = valuesOf(ss, 'Báo cáo 2024').flat().join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('có 5 công đoàn cơ sở (CĐCS), sinh hoạt trong 2 cụm thi đua, với 175 đoàn viên');
    expect(valuesOf(ss, 'Nhật ký').at(-1)?.slice(1, 4)).toEqual([ADMIN, 'Lập báo cáo', 'Báo cáo 2024']);
    expect(sources(ss)).toBe(before);
  });

  test('a cluster leader or an officer is refused, and nothing is written', () => {
    for (const user of [LEADER, OFFICER]) {
      const { addin, ss } = makeFixture({ activeUser: user });
      expect(errorOf(() => addin.sidebarBuildReport('2024'))).toBe('Chỉ quản trị viên được lập báo cáo.');
      expect(ss.getSheetByName('Báo cáo 2024')).toBeNull();
    }
  });

  test("written again in place: same sheet id, one print setup, Times New Roman, A4 portrait with the decree's margins", () => {
    const { addin, ss } = makeFixture({ activeUser: ADMIN });
    addin.buildReport('2024');
    const id = sheetOf(ss, 'Báo cáo 2024').getSheetId();
    addin.buildReport('2024');
    const sheet = sheetOf(ss, 'Báo cáo 2024');
    expect(sheet.getSheetId()).toBe(id);
    const print = sheet.getDeveloperMetadata().filter((m) => m.getKey() === PRINT_KEY);
    expect(print).toHaveLength(1);
    const setup = JSON.parse(print[0].getValue() as string);
    expect(setup).toMatchObject({ orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(sheet.getRange('A1').getFontFamily()).toBe('Times New Roman');
    expect(ss.getSheets().filter((s) => s.getName() === 'Báo cáo 2024')).toHaveLength(1);
  });

  test('the menu asks for the period and says where the report is', () => {
    const { addin, runtime, ss } = makeFixture({ activeUser: ADMIN });
    runtime.ui.answer({ button: 'OK', text: '2024' });
    addin.menuBuildReport();
    expect(ss.getSheetByName('Báo cáo 2024')).not.toBeNull();
    expect(runtime.ui.toasts.at(-1)?.message).toContain('Báo cáo 2024');
  });
});

describe('Biên bản kiểm tra chéo', () => {
  test("a cluster leader writes their own cluster's minutes, typed in any case; another cluster is refused", () => {
    const { addin, ss } = makeFixture({ activeUser: LEADER });
    expect(addin.sidebarContext().minutesClusters).toEqual(['Cụm 1']);
    const result = addin.sidebarBuildMinutes({ cluster: 'cụm 1', period: '2024' });
    expect(result.sheet).toBe('Biên bản Cụm 1 2024');
    const values = valuesOf(ss, 'Biên bản Cụm 1 2024');
    expect(values.filter((r) => /^\d+\. Trường/.test(String(r[0]))).map((r) => r[0])).toEqual([
      '1. Trường THCS Lê Lợi (mã CD001)',
      '2. Trường TH Kim Đồng (mã CD002)',
      '3. Trường MN Hoa Sen (mã CD003)',
    ]);
    expect(valuesOf(ss, 'Nhật ký').at(-1)?.slice(1, 4)).toEqual([LEADER, 'Lập biên bản kiểm tra chéo', 'Biên bản Cụm 1 2024']);
    expect(errorOf(() => addin.sidebarBuildMinutes({ cluster: 'Cụm 2', period: '2024' }))).toBe(
      'Bạn chỉ được lập biên bản của cụm mình phụ trách, không phải "Cụm 2".',
    );
    expect(ss.getSheetByName('Biên bản Cụm 2 2024')).toBeNull();
  });

  test('Quản trị may write any cluster; an unknown cluster or a blank one is a Vietnamese message', () => {
    const { addin } = makeFixture({ activeUser: ADMIN });
    expect(addin.sidebarContext().minutesClusters).toEqual(['Cụm 1', 'Cụm 2']);
    expect(addin.sidebarBuildMinutes({ cluster: 'Cụm 2', period: '' }).sheet).toBe('Biên bản Cụm 2 2024');
    expect(errorOf(() => addin.sidebarBuildMinutes({ cluster: 'Cụm 9', period: '' }))).toBe(
      'Không có đơn vị nào thuộc cụm "Cụm 9" trong trang Đơn vị; chưa lập biên bản.',
    );
    expect(errorOf(() => addin.sidebarBuildMinutes({ cluster: '  ', period: '' }))).toContain('Thiếu cụm');
  });

  test('an officer has no minutes to write', () => {
    const { addin } = makeFixture({ activeUser: OFFICER });
    const context = addin.sidebarContext();
    expect(context.minutesClusters).toEqual([]);
    expect(context.permissions.papers).toBe(false);
    expect(errorOf(() => addin.sidebarBuildMinutes({ cluster: 'Cụm 1', period: '2024' }))).toContain('Bạn chỉ được lập biên bản của cụm mình phụ trách');
  });
});
