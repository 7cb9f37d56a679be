// Styles appended to an input's styles.xml for the written summary sheet: existing indexes keep their meaning, counts stay true.
import { AppendedStyles, CellStyleFormats, isDateFormat } from '../../local/runtime/xlsx-styles';

const INPUT =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts x14ac:knownFonts="1" count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="1"><alignment horizontal="center"/></xf></cellXfs></styleSheet>';

test('new styles go after the existing ones; equal formats share one; counts and the numFmts list are right', () => {
  const styles = new AppendedStyles(INPUT);
  const money = styles.indexOf({ numberFormat: '#,##0 "₫"', fontWeight: 'bold' }, false);
  const same = styles.indexOf({ numberFormat: '#,##0 "₫"', fontWeight: 'bold' }, false);
  const text = styles.indexOf({ numberFormat: '@', background: '#d9e2f3', border: { top: true, bottom: true } }, false);
  const link = styles.indexOf({}, false, true);
  expect([money, same, text, link]).toEqual([2, 2, 3, 4]);
  expect(styles.indexOf({}, true)).toBe(5); // a date without a format gets dd/mm/yyyy
  const patched = styles.patch()!;
  expect(patched.match(/<fonts [^>]*>/)![0]).toBe('<fonts x14ac:knownFonts="1" count="6">');
  expect(patched).toContain('<cellXfs count="6">');
  expect(patched).toContain('<fills count="6">');
  expect(patched.indexOf('<numFmts count="2">')).toBe(patched.indexOf('<styleSheet') + patched.match(/<styleSheet[^>]*>/)![0].length);
  const formats = CellStyleFormats.parse(patched);
  expect([formats.numberFormat(1), formats.numberFormat(2), formats.numberFormat(3), formats.numberFormat(5)]).toEqual([
    'mm-dd-yy',
    '#,##0 "₫"',
    '@',
    'dd/mm/yyyy',
  ]);
  expect([formats.isDate(1), formats.isDate(2), formats.isDate(5)]).toEqual([true, false, true]);
  expect(patched).toContain('<font><b/><sz val="11"/><name val="Calibri"/></font>');
  expect(patched).toContain('<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font>');
});

test('nothing written, nothing changed; an input without usable lists gets unstyled cells', () => {
  expect(new AppendedStyles(INPUT).patch()).toBeUndefined();
  const bare = new AppendedStyles('<styleSheet><fonts count="0"/></styleSheet>');
  expect(bare.indexOf({ fontWeight: 'bold' }, false)).toBe(0);
  expect(bare.patch()).toBeUndefined();
});

test('date formats are told from number formats by their letters outside quotes, escapes and colour tags', () => {
  expect(['dd/mm/yyyy', 'mm-dd-yy', '[$-409]d-mmm-yy', 'h:mm', '[h]:mm:ss'].every(isDateFormat)).toBe(true);
  expect(['#,##0 "₫"', '0.0%', '[Red]#,##0', 'General', '@', '#,##0 "ngày"', '0\\d'].some(isDateFormat)).toBe(false);
});
