// Tests of the public surface through dist/Code.js: the "Công đoàn" menu, the sidebar, the menu summary, and the custom functions as Sheets calls them.
import { loadAddin } from '../../local/load-addin';
import { createRuntime } from '../../local/runtime/index';
import { runtimeWith } from '../helpers/workbook';

describe('menu', () => {
  test('onOpen in AuthMode.NONE builds the add-on menu with Vietnamese items, touching no spreadsheet data', () => {
    const runtime = createRuntime();
    const addin = loadAddin(runtime);
    runtime.counter.reset();
    addin.onOpen({ authMode: 'NONE' });
    const menu = runtime.ui.addonMenu();
    expect(menu?.caption).toBe('Công đoàn');
    expect(menu?.entries).toEqual([
      { kind: 'item', caption: 'Mở thanh bên', functionName: 'menuOpenSidebar' },
      { kind: 'item', caption: 'Khởi tạo bảng tính', functionName: 'menuInitialise' },
      { kind: 'item', caption: 'Tổng hợp năm…', functionName: 'menuYearlySummary' },
      { kind: 'item', caption: 'Áp dụng phân quyền…', functionName: 'menuApplyPermissions' },
      { kind: 'item', caption: 'Chốt kết quả kỳ…', functionName: 'menuSignOffPeriod' },
      { kind: 'item', caption: 'Mở lại kỳ đã chốt…', functionName: 'menuReopenPeriod' },
      { kind: 'item', caption: 'Lập báo cáo…', functionName: 'menuBuildReport' },
      { kind: 'item', caption: 'Lập biên bản kiểm tra chéo…', functionName: 'menuBuildMinutes' },
      { kind: 'item', caption: 'Kiểm tra tiện ích', functionName: 'menuSelfTest' },
    ]);
    expect(runtime.counter.byMethod()).not.toHaveProperty('Range.getValues');
    expect(runtime.counter.byMethod()).not.toHaveProperty('SpreadsheetApp.getActiveSpreadsheet');
  });

  test('"Mở thanh bên" shows the built sidebar titled "Công đoàn"', () => {
    const runtime = createRuntime();
    loadAddin(runtime).menuOpenSidebar();
    expect(runtime.ui.shown).toHaveLength(1);
    expect(runtime.ui.shown[0]).toMatchObject({ kind: 'sidebar', title: 'Công đoàn', width: 300 });
    expect(runtime.ui.shown[0].content).toContain('<html lang="vi">');
  });

  test('"Tổng hợp năm…" asks for the period and writes the summary sheet; a bad period gets a Vietnamese alert', () => {
    const runtime = runtimeWith({
      'Đơn vị': [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
        ['A', 'Trường A', 'Cụm 1'],
      ],
      'Chấm điểm': [
        ['Kỳ', 'Mã đơn vị', 'Hình thức'],
        ['2021', 'A', 'Tự chấm'],
      ],
    });
    const addin = loadAddin(runtime);
    runtime.ui.answer({ button: 'OK', text: '' });
    addin.menuYearlySummary();
    const spreadsheet = runtime.spreadsheet;
    expect(spreadsheet.getSheetByName('Tổng hợp 2021')).not.toBeNull();
    expect(runtime.ui.toasts.at(-1)?.message).toContain('Tổng hợp 2021');

    runtime.ui.answer({ button: 'OK', text: '2020-2022' });
    addin.menuYearlySummary();
    const alert = runtime.ui.dialogs.filter((d) => d.kind === 'alert').at(-1);
    expect(alert?.prompt).toBe('Năm học phải gồm hai năm liền nhau: "2020-2022"');
    // The "Đang tổng hợp…" toast, shown until dismissed, is replaced so it does not stay on screen after the failure.
    expect(runtime.ui.toasts.at(-1)).toEqual({ message: 'Chưa tổng hợp được.', title: 'Công đoàn', timeoutSeconds: 3 });
  });

  test('cancelling the period prompt writes nothing', () => {
    const runtime = runtimeWith({
      'Đơn vị': [
        ['Mã đơn vị', 'Tên đơn vị', 'Cụm'],
        ['A', 'Trường A', 'Cụm 1'],
      ],
    });
    runtime.ui.answer({ button: 'CANCEL' });
    loadAddin(runtime).menuYearlySummary();
    const names = runtime.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(['Đơn vị']);
  });
});

describe('custom functions through dist/Code.js, with arguments shaped as Sheets passes them', () => {
  const addin = loadAddin(createRuntime());

  test('TONGDIEM totals each score row against the rubric: Chuẩn + Thưởng − Trừ; blank rows stay blank', () => {
    const scores = [
      [40, 50, 5, 3, 1],
      ['', '', '', '', ''],
      [40, 61, 0, 0, 1],
    ];
    const maxima = [[40], [60], [10], [10], [1]];
    const kinds = [['Chuẩn'], ['Chuẩn'], ['Thưởng'], ['Trừ'], ['Điều kiện']];
    expect(addin.TONGDIEM(scores, maxima, kinds)).toEqual([[92], [''], ['Lỗi: cột 2 vượt điểm tối đa (61 > 60)']]);
  });

  test('XEPLOAI classifies at the documented edges; custom thresholds apply', () => {
    expect(addin.XEPLOAI([[90], [89.5], [70], [49.99], ['']])).toEqual([['HTXSNV'], ['HTTNV'], ['HTTNV'], ['KHTNV'], ['']]);
    expect(addin.XEPLOAI(85, 85, 70, 50)).toEqual([['HTXSNV']]);
    expect(addin.XEPLOAI([['mười']])).toEqual([['Lỗi: điểm không phải số']]);
  });

  test('XEPHANG gives competition ranks (1, 2, 2, 4) and CHENHLECH the self-minus-final gap', () => {
    const column = [[95], [90], [90], [80]];
    expect(addin.XEPHANG(column, column)).toEqual([[1], [2], [2], [4]]);
    expect(addin.CHENHLECH([[100], [''], [80]], [[85], [70], [80]])).toEqual([[15], [''], [0]]);
  });

  test('SODUQUY, TONGTHAMHOI and DOCSOTIEN', () => {
    const funds = [['Quỹ CĐCS'], ['Quỹ CĐCS'], ['Quỹ xã hội']];
    const dates = [['02/01/2020'], ['15/05/2020'], ['15/06/2020']];
    const types = [['Thu'], ['Chi'], ['Chi']];
    const amounts = [[3000000], ['1.000.000'], [200000]];
    expect(addin.SODUQUY('Quỹ CĐCS', '30/04/2020', funds, dates, types, amounts, 5000000)).toBe(8000000);
    expect(addin.SODUQUY('Quỹ CĐCS', '31/12/2020', funds, dates, types, amounts, 5000000)).toBe(7000000);
    expect(addin.TONGTHAMHOI([[500000], [1500000], [300000]], [['Ốm đau'], ['om dau'], ['Hiếu']], 'Ốm đau')).toBe(2000000);
    expect(addin.DOCSOTIEN(1500000)).toBe('Một triệu năm trăm nghìn đồng chẵn');
    expect(addin.DOCSOTIEN([[1005000], ['']])).toEqual([['Một triệu không trăm linh năm nghìn đồng chẵn'], ['']]);
  });

  test('custom functions make no Spreadsheet service call', () => {
    const runtime = createRuntime();
    const own = loadAddin(runtime);
    runtime.counter.reset();
    own.TONGDIEM([[1, 2]], [[5, 5]]);
    own.XEPLOAI(90);
    own.DOCSOTIEN(10);
    expect(runtime.counter.total('Spreadsheet')).toBe(0);
  });
});
