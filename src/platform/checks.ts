// The platform suite: what the local runtime assumes about Apps Script, checked the same way in Google Sheets (Kiểm tra tiện ích) and under jest.
// Each check returns [what the host gives, what the local runtime gives]; where Google Sheets differs, its group's runtime files are what to fix.
// Kept terse on purpose: it ships inside dist/Code.js, whose size Apps Script pays on every call.
import { NO_ERROR, thrown as t, type CheckGroup } from './check';

const ZONE = 'Asia/Ho_Chi_Minh';
/** 15/06/2020 10:30:45 in Hồ Chí Minh City. */
const AT = new Date(Date.UTC(2020, 5, 15, 3, 30, 45));
const MISMATCH = (what: string, data: number, range: number) =>
  `The number of ${what} in the data does not match the number of ${what} in the range. The data has ${data} but the range has ${range}.`;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';
const SIGNATURE = (types: string, method: string) => `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`;

export const PLATFORM_CHECKS: CheckGroup[] = [
  {
    title: 'Trang tính',
    files: 'spreadsheet.ts, sheet.ts, sheet-ops.ts',
    checks: [
      [
        'sheet.new',
        (s, _, { spreadsheet: ss }) => [
          [
            s.getMaxRows(),
            s.getMaxColumns(),
            s.getLastRow(),
            s.getDataRange().getA1Notation(),
            s.getIndex() === ss.getNumSheets(),
            ss.getActiveSheet().getName() === s.getName(),
          ],
          [1000, 26, 0, 'A1', true, true],
        ],
      ],
      [
        'sheet.duplicate-name',
        (s, _, { spreadsheet: ss }) => [
          t(() => ss.insertSheet(s.getName())),
          `A sheet with the name "${s.getName()}" already exists. Please enter another name.`,
        ],
      ],
      // readValues reads a whole sheet with getSheetValues(1, 1, -1, -1); on an empty sheet it accepts a throw or a grid.
      ['sheet.values-empty', (s) => [t(() => s.getSheetValues(1, 1, -1, -1)), 'The number of rows in the range must be at least 1.']],
      [
        'sheet.by-name',
        (s, _, { spreadsheet: ss }) => [
          // Another case: the runtime finds nothing (the sidebar then lists the tabs and matches by key either way).
          [ss.getSheetByName(s.getName())?.getSheetId() === s.getSheetId(), ss.getSheetByName(`${s.getName()}?`), ss.getSheetByName(s.getName().toUpperCase())],
          [true, null, null],
        ],
      ],
      // A renamed "Chốt" tab is found by the gid the sign-off register keeps.
      [
        'sheet.by-id',
        (s, _, { spreadsheet: ss }) => [
          [ss.getSheetById(s.getSheetId())?.getName() === s.getName(), ss.getSheetById(-1)],
          [true, null],
        ],
      ],
      ['sheet.delete-rows', (s) => [t(() => s.deleteRows(1, 1000)), 'Sorry, it is not possible to delete all non-frozen rows.']],
    ],
  },
  {
    title: 'Địa chỉ ô (A1)',
    files: 'a1.ts, sheet.ts',
    checks: [
      [
        'a1.forms',
        (s) => [
          [...['B2:C3', 'B:B', '2:2', 'A1:C'].map((a) => s.getRange(a).getA1Notation()), s.getRange(2, 3, 4, 5).getA1Notation()],
          ['B2:C3', 'B:B', '2:2', 'A1:C1000', 'C2:G5'],
        ],
      ],
      [
        'a1.errors',
        (s) => [
          [t(() => s.getRange(0, 1)), t(() => s.getRange(1, 0)), t(() => s.getRange(1, 1, 0)), t(() => s.getRange(1, 1, 1, 0)), t(() => s.getRange('B'))],
          [
            ...['row', 'column'].map((w) => `The starting ${w} of the range is too small.`),
            ...['rows', 'columns'].map((w) => `The number of ${w} in the range must be at least 1.`),
            'Range not found',
          ],
        ],
      ],
      [
        'a1.outside',
        (s) => [
          [t(() => s.getRange(1001, 1)), t(() => s.getRange(1, 27))],
          [OUTSIDE, OUTSIDE],
        ],
      ],
      ['a1.other-sheet', (s) => [t(() => s.getRange(`'${s.getName()}?'!A1`)), 'Range not found']],
    ],
  },
  {
    title: 'Giá trị ô',
    files: 'range.ts, values.ts, exception.ts',
    checks: [
      [
        'values.types',
        (s, row) => {
          const r = s.getRange(row, 1, 1, 6).setValues([[1.5, 'Công đoàn', true, AT, null, '']]);
          return [
            [r.getValues(), r.getValue()],
            [[[1.5, 'Công đoàn', true, AT, '', '']], 1.5],
          ];
        },
      ],
      [
        'values.to-last',
        (s, row) => {
          s.getRange(row, 2).setValue('x');
          const grid = s.getSheetValues(1, 1, -1, -1);
          return [
            [grid.length === s.getLastRow(), grid[0].length === s.getLastColumn()],
            [true, true],
          ];
        },
      ],
      [
        'values.typed-text',
        (s, row) => {
          const r = s.getRange(row, 1, 1, 5).setValues([['01234', '10%', "'0123", 'TRUE', '=1+1']]);
          return [
            [
              ...r.getValues()[0].slice(0, 4),
              r.getFormulas()[0][4],
              s
                .getRange(row + 1, 1)
                .setNumberFormat('@')
                .setValue('01234')
                .getValue(),
            ],
            [1234, 0.1, '0123', true, '=1+1', '01234'],
          ];
        },
      ],
      [
        'values.dimensions',
        (s, row) => [
          [
            t(() => s.getRange(row, 1).setValues([[1], [2]])),
            t(() => s.getRange(row, 1, 2, 2).setValues([[1, 2], [3]])),
            t(() => s.getRange(row, 1).setNumberFormats([['0'], ['0']])),
          ],
          [MISMATCH('rows', 2, 1), MISMATCH('columns', 1, 2), MISMATCH('rows', 2, 1)],
        ],
      ],
    ],
  },
  {
    title: 'Ngày giờ và định dạng số',
    files: 'values.ts, civil-time.ts, display.ts',
    checks: [
      [
        'dates',
        (s, row, { spreadsheet: ss, Utilities: u }) => {
          const f = (d: unknown) => u.formatDate(d as Date, ss.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm:ss');
          const shown = s
            .getRange(row + 2, 1)
            .setValue(AT)
            .setNumberFormat('yyyy-mm-dd hh:mm:ss')
            .getDisplayValue();
          return [
            [
              f(s.getRange(row, 1).setValue('2020-06-15').getValue()),
              f(
                s
                  .getRange(row + 1, 1)
                  .setNumberFormat('dd/mm/yyyy')
                  .setValue(43997)
                  .getValue(),
              ),
              shown,
            ],
            ['2020-06-15 00:00:00', '2020-06-15 00:00:00', f(AT)],
          ];
        },
      ],
      [
        'formats',
        (s, row, { spreadsheet: ss }) => {
          const r = s.getRange(row, 1, 1, 2);
          const before = r.getNumberFormat();
          r.setValues([[1500000, 0.486]]).setNumberFormats([['#,##0 "₫"', '0.0%']]);
          const vi = /^vi/i.test(ss.getSpreadsheetLocale());
          return [
            [before, r.getNumberFormat(), vi && r.getDisplayValues()[0], r.setNumberFormat('general').getNumberFormat()],
            ['0.###############', '#,##0 "₫"', vi && ['1.500.000 ₫', '48,6%'], before],
          ];
        },
      ],
    ],
  },
  {
    title: 'Bảo vệ trang và vùng',
    files: 'protection.ts, sheet.ts, range.ts',
    checks: [
      [
        'protection.sheet',
        (s, row, host) => {
          const p = s.protect().setDescription('kiểm tra');
          const seen = [p.canEdit(), p.isWarningOnly(), s.protect().getDescription(), s.getRange(row, 1).setValue(1).getValue()];
          p.remove();
          return [
            [...seen, s.getProtections(host.SpreadsheetApp.ProtectionType.SHEET).length],
            [true, false, 'kiểm tra', 1, 0],
          ];
        },
      ],
      [
        'protection.editors',
        (s, row, host) => {
          const me = host.Session.getEffectiveUser().getEmail();
          const p = s.getRange(row, 1).protect();
          p.addEditor(me);
          p.removeEditors(p.getEditors());
          if (p.canDomainEdit()) p.setDomainEdit(false);
          const seen = [p.getEditors().map((u) => u.getEmail()), p.canEdit()];
          p.remove();
          return [seen, [me === host.spreadsheet.getOwner()?.getEmail() ? [] : [me], true]];
        },
      ],
      [
        'protection.range',
        (s, row, host) => {
          const r = s.getRange(row, 1, 2, 2);
          const p = r.protect().setWarningOnly(true);
          const seen = [
            s.getProtections(host.SpreadsheetApp.ProtectionType.RANGE).map((x) => x.getRange().getA1Notation()),
            p.isWarningOnly(),
            r
              .setValues([
                [1, 2],
                [3, 4],
              ])
              .getValues(),
          ];
          p.remove();
          return [
            seen,
            [
              [r.getA1Notation()],
              true,
              [
                [1, 2],
                [3, 4],
              ],
            ],
          ];
        },
      ],
    ],
  },
  {
    title: 'Quy tắc dữ liệu, định dạng có điều kiện',
    files: 'builders.ts, validation-check.ts',
    checks: [
      [
        'validation.rule',
        (s, row, { SpreadsheetApp: app }) => {
          const b = app.newDataValidation();
          const signature = t(() => (b as unknown as { requireDate(f: string): void }).requireDate('=I1'));
          const v = s
            .getRange(row, 1)
            .setDataValidation(b.requireValueInList(['Có', 'Không']).setAllowInvalid(false).build())
            .getDataValidation()!;
          return [
            [signature, String(v.getCriteriaType()), v.getCriteriaValues(), v.getAllowInvalid()],
            [SIGNATURE('String', 'DataValidationBuilder.requireDate'), 'VALUE_IN_LIST', [['Có', 'Không'], true], false],
          ];
        },
      ],
      [
        'validation.reject',
        (s, row, host) => {
          const c = s
            .getRange(row, 1)
            .setDataValidation(host.SpreadsheetApp.newDataValidation().requireValueInList(['Có']).setAllowInvalid(false).build())
            .setValue('Có');
          return [
            [t(() => c.setValue('Khác')), c.getValue()],
            [`The data you entered in cell ${c.getA1Notation()} violates the data validation rules set on this cell.`, 'Có'],
          ];
        },
      ],
      [
        'conditional.rules',
        (s, row, { SpreadsheetApp: app }) => {
          s.setConditionalFormatRules([
            app
              .newConditionalFormatRule()
              .whenNumberGreaterThan(10)
              .setBackground('#f4cccc')
              .setRanges([s.getRange(row, 1)])
              .build(),
          ]);
          const c = s.getConditionalFormatRules()[0].getBooleanCondition()!;
          return [
            [String(c.getCriteriaType()), c.getCriteriaValues(), c.getBackground()],
            ['NUMBER_GREATER_THAN', [10], '#f4cccc'],
          ];
        },
      ],
    ],
  },
  {
    title: 'Khóa, thuộc tính, bộ nhớ đệm',
    files: 'lock.ts, properties.ts, cache.ts, session.ts',
    checks: [
      [
        'lock.document',
        (_, __, host) => {
          const l = host.LockService.getDocumentLock();
          const seen = [l.tryLock(5000), l.tryLock(5000), l.hasLock()];
          l.releaseLock();
          return [
            [...seen, l.hasLock()],
            [true, true, true, false],
          ];
        },
      ],
      [
        'properties.strings',
        (_, __, { PropertiesService: ps, key }) => {
          const p = ps
            .getDocumentProperties()
            .setProperty(key('a'), 12 as never)
            .setProperties({ [key('b')]: true as never });
          return [
            [p.getProperty(key('a')), p.getProperty(key('b')), p.getProperty(key('c'))],
            ['12', 'true', null],
          ];
        },
      ],
      [
        'properties.too-large',
        (_, __, { PropertiesService: ps, key }) => [
          t(() => ps.getDocumentProperties().setProperty(key('d'), 'x'.repeat(9217))),
          'You have exceeded the property storage quota. Please remove some properties and try again.',
        ],
      ],
      [
        'cache',
        (_, __, { CacheService: cs, key }) => {
          const c = cs.getDocumentCache()!;
          c.put(key('e'), 'giá trị', 60);
          const seen = c.get(key('e'));
          c.remove(key('e'));
          return [
            [seen, c.get(key('e'))],
            ['giá trị', null],
          ];
        },
      ],
      [
        'cache.limits',
        (_, __, { CacheService: cs, key }) => {
          const c = cs.getDocumentCache()!;
          const long = 'k'.repeat(251);
          const seen = [t(() => c.put(long, 'v')), t(() => c.put(key('g'), 'v', 21601)) !== NO_ERROR];
          t(() => c.remove(long));
          return [seen, ['Argument too large: key', true]];
        },
      ],
      [
        'session',
        (_, __, { Session: s }) => [
          [s.getEffectiveUser().getEmail() > '', s.getScriptTimeZone()],
          [true, ZONE],
        ],
      ],
    ],
  },
  {
    title: 'Tiện ích (Utilities)',
    files: 'utilities.ts',
    checks: [
      [
        'utilities.format-date',
        (_, __, { Utilities: u }) => [u.formatDate(AT, ZONE, "dd/MM/yyyy HH:mm:ss EEE 'lúc' a Z XXX"), '15/06/2020 10:30:45 Mon lúc AM +0700 +07:00'],
      ],
      ['utilities.zone-name', (_, __, { Utilities: u }) => [u.formatDate(AT, ZONE, 'z'), 'GMT+07:00']],
      ['utilities.unknown-zone', (_, __, { Utilities: u }) => [t(() => u.formatDate(AT, 'X/Y', 'HH')), 'Invalid time zone: X/Y']],
      [
        'utilities.parse-date',
        (_, __, { Utilities: u }) => [
          [u.parseDate('15/06/2020 10:30:45', ZONE, 'dd/MM/yyyy HH:mm:ss'), t(() => u.parseDate('31/02/2020', ZONE, 'dd/MM/yyyy')) !== NO_ERROR],
          [AT, true],
        ],
      ],
      [
        'utilities.digest',
        (_, __, { Utilities: u }) => [u.computeDigest(u.DigestAlgorithm.SHA_256, 'Công đoàn', u.Charset.UTF_8).slice(0, 4), [-4, -40, -54, -125]],
      ],
      [
        'utilities.format-string',
        (_, __, { Utilities: u }) => [
          [u.formatString('%s-%05.1f', 3, 2.71), t(() => u.formatString('%d', 1.5)) !== NO_ERROR],
          ['3-002.7', true],
        ],
      ],
    ],
  },
];
