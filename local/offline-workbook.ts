// The offline command's workbook: an .xlsx package read into the local runtime, and the package copied with the summary sheet added.
import type { Warning } from '../src/domain/types';
import { civilTime } from './runtime/civil-time';
import type { CallCounter } from './runtime/counter';
import type { SheetModel } from './runtime/model';
import { LocalSpreadsheet } from './runtime/spreadsheet';
import { FAR_COLUMNS, FAR_ROWS, readSharedStrings, readSheetView, readSheetXml, rowPieces, type SheetReadNote } from './runtime/xlsx-sheet-read';
import { sheetXml } from './runtime/xlsx-sheet-write';
import { AppendedStyles, CellStyleFormats } from './runtime/xlsx-styles';
import { attributes, escapeXml } from './runtime/xlsx-xml';
import { relsPartOf, type PackageSheet, type XlsxPackage } from './xlsx-package';

const MAIN_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_TYPE = `${MAIN_NS}/worksheet`;
const WORKSHEET_CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const MACRO_WORKBOOK = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
const PLAIN_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

/** At most this many cells are named one by one per sheet and kind of note; the rest are counted in one more warning. */
const NAMED_PER_SHEET = 5;

/** A cell's value as the warning quotes it: a date as dd/mm/yyyy in the spreadsheet's zone, a long text cut short. */
function show(value: unknown, timeZone: string): string {
  const day = value instanceof Date ? civilTime(value, timeZone) : undefined;
  const text = day ? `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}` : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const UNCOMPUTED_FORMULA = 'Công thức chưa có giá trị đã tính (tệp được lưu mà không tính lại)';

/**
 * The add-in's warnings beside the file reader's: where both name the same cell, the cell is an uncomputed formula the add-in read
 * as blank ("Thiếu số tiền…"), so one warning stays, the formula's, saying what the blank cell did to its row.
 */
export function withFileWarnings(addin: readonly Warning[], file: readonly Warning[]): Warning[] {
  const formulas = new Map(file.filter((w) => w.message.startsWith(UNCOMPUTED_FORMULA)).map((w) => [`${w.sheet}!${w.cell}`, w]));
  const consequences = new Map<string, string>();
  const kept = addin.filter((w) => {
    const key = `${w.sheet}!${w.cell}`;
    if (!formulas.has(key)) return true;
    consequences.set(key, w.message);
    return false;
  });
  const merged = file.map((w) => {
    const consequence = consequences.get(`${w.sheet}!${w.cell}`);
    return consequence === undefined || !formulas.has(`${w.sheet}!${w.cell}`)
      ? w
      : { ...w, message: `${UNCOMPUTED_FORMULA}: ô được coi là trống, nên: ${consequence} Mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi chạy lại.` };
  });
  return [...kept, ...merged];
}

/** The reader's notes on one sheet as warnings: each stray or uncomputed cell named, up to NAMED_PER_SHEET of each kind. */
function warningsOf(sheet: string, notes: SheetReadNote[], timeZone: string): Warning[] {
  const warnings: Warning[] = [];
  for (const kind of ['far', 'no-cached-value'] as const) {
    const ofKind = notes.filter((n) => n.kind === kind);
    for (const note of ofKind.slice(0, NAMED_PER_SHEET)) {
      warnings.push({
        sheet,
        cell: note.cell,
        message:
          kind === 'far'
            ? `Giá trị "${show(note.value, timeZone)}" nằm xa ngoài bảng (cách dữ liệu hơn ${FAR_ROWS.toLocaleString('vi-VN')} dòng hoặc ${FAR_COLUMNS} cột): không được tính vào tổng hợp; ô vẫn giữ nguyên trong bảng tính.`
            : `${UNCOMPUTED_FORMULA}: ô được coi là trống. Mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi chạy lại.`,
      });
    }
    const rest = ofKind.length - NAMED_PER_SHEET;
    if (rest > 0) {
      warnings.push({
        sheet,
        cell: ofKind[NAMED_PER_SHEET].cell,
        message:
          kind === 'far'
            ? `Còn ${rest} ô khác nằm xa ngoài bảng, cũng không được tính vào tổng hợp.`
            : `Còn ${rest} ô công thức khác chưa có giá trị đã tính, cũng được coi là trống.`,
      });
    }
  }
  return warnings;
}

/** The package read into the runtime: the spreadsheet, the reader's warnings, and the package sheet each sheet model came from. */
export interface PackageWorkbook {
  spreadsheet: LocalSpreadsheet;
  warnings: Warning[];
  origins: ReadonlyMap<SheetModel, PackageSheet>;
}

/**
 * Reads the package into a new LocalSpreadsheet without counting any service call: every sheet in order, with its values,
 * formulas' cached results, dates (at their civil time in the time zone), number formats, frozen panes and hidden state.
 * Everything else of the file stays in the package, which the copy carries as it is. Returns the reader's warnings too.
 */
export async function readPackageWorkbook(pkg: XlsxPackage, opts: { counter: CallCounter; name: string; timeZone?: string }): Promise<PackageWorkbook> {
  const timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
  const rels = await pkg.relationshipsOf(pkg.workbookPart);
  const partOf = (type: string) => rels.find((r) => r.type === type && !r.external)?.target;
  const sharedStringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const context = {
    sharedStrings: readSharedStrings(sharedStringsPart && (await pkg.text(sharedStringsPart))),
    styles: CellStyleFormats.parse(stylesPart && (await pkg.text(stylesPart))),
    date1904: pkg.date1904,
    timeZone,
  };
  const spreadsheet = new LocalSpreadsheet({ counter: opts.counter, timeZone, name: opts.name, firstSheet: null });
  const warnings: Warning[] = [];
  const origins = new Map<SheetModel, PackageSheet>();
  for (const sheet of pkg.sheets) {
    const model = spreadsheet._addSheet(sheet.name)._model;
    origins.set(model, sheet);
    model.hidden = sheet.hidden;
    const bytes = sheet.part ? await pkg.content(sheet.part) : undefined;
    if (!bytes) continue;
    const head = bytes.indexOf('<sheetData');
    Object.assign(model, readSheetView(bytes.toString('utf8', 0, head < 0 ? bytes.length : head)));
    warnings.push(...warningsOf(sheet.name, readSheetXml(rowPieces(bytes), model, context), timeZone));
  }
  const firstVisible = spreadsheet._model.sheets.find((s) => !s.hidden);
  if (firstVisible) spreadsheet._model.active = firstVisible;
  return { spreadsheet, warnings, origins };
}

/** Vietnamese names of what a sheet's relationships hold, for the parts a replaced sheet loses. */
const SHEET_PART_KINDS: Record<string, string> = {
  drawing: 'hình vẽ, biểu đồ và hình ảnh',
  vmlDrawing: 'ghi chú và nút điều khiển',
  comments: 'ghi chú',
  table: 'bảng (Table)',
  pivotTable: 'bảng tổng hợp (PivotTable)',
  threadedComment: 'bình luận',
  control: 'nút điều khiển',
  image: 'hình nền',
};

/** docProps/app.xml with one more worksheet title; unchanged when its lists are not the usual HeadingPairs/TitlesOfParts. */
function appPropertiesWith(xml: string, sheetName: string): string {
  const pairs = /<HeadingPairs>\s*<vt:vector\b[^>]*>([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector\b([^>]*)>([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const entries = [...pairs[1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>/g)];
  let offset = 0;
  let end = -1;
  let countAt = -1;
  for (const entry of entries) {
    if (/^(Worksheets|Trang tính)$/i.test(entry[1])) {
      end = offset + Number(entry[2]);
      countAt = entry.index! + entry[0].lastIndexOf('<vt:i4>');
      break;
    }
    offset += Number(entry[2]);
  }
  if (end < 0) return xml;
  const items = [...titles[2].matchAll(/<vt:lpstr>[^<]*<\/vt:lpstr>/g)].map((m) => m[0]);
  items.splice(end, 0, `<vt:lpstr>${escapeXml(sheetName)}</vt:lpstr>`);
  const newPairs = pairs[1].slice(0, countAt) + pairs[1].slice(countAt).replace(/<vt:i4>(\d+)<\/vt:i4>/, (_m, n: string) => `<vt:i4>${Number(n) + 1}</vt:i4>`);
  return xml
    .replace(pairs[1], newPairs)
    .replace(titles[0], `<TitlesOfParts><vt:vector${titles[1].replace(/size="\d+"/, `size="${items.length}"`)}>${items.join('')}</vt:vector></TitlesOfParts>`);
}

function freeName(taken: (name: string) => boolean, make: (n: number) => string): string {
  let n = 1;
  while (taken(make(n))) n++;
  return make(n);
}

/** The parts that list sheets, read once and changed as sheets are added. */
interface SheetLists {
  workbook: string;
  rels: string;
  contentTypes: string;
  app: string | undefined;
  sheetIds: number[];
}

/**
 * The package's bytes with these sheets of the spreadsheet written as worksheet parts: each added after the last sheet, or
 * replacing the part of the sheet of that name. Only those parts and the parts that list sheets or styles change
 * (workbook.xml, its rels, [Content_Types].xml, docProps/app.xml, styles.xml); every other part is carried as it is.
 * Returns one warning per kind of the input's content the copy cannot carry, naming the sheet, and one note per thing of the
 * written sheets a .xlsx written here cannot hold (the charts the add-in draws on Google Sheets).
 */
export async function packageWithSheets(
  pkg: XlsxPackage,
  workbook: PackageWorkbook,
  sheets: readonly SheetModel[],
): Promise<{ bytes: Buffer; warnings: Warning[]; notes: string[] }> {
  const { spreadsheet, origins } = workbook;
  const warnings: Warning[] = [];
  const notes: string[] = [];
  const changes = new Map<string, string | Buffer | null>();
  const relsPart = relsPartOf(pkg.workbookPart);
  const workbookRels = await pkg.relationshipsOf(pkg.workbookPart);
  const stylesPart = workbookRels.find((r) => r.type === 'styles')?.target;
  const styles = new AppendedStyles(stylesPart ? await pkg.text(stylesPart) : undefined);
  const sheetNameById = new Map(spreadsheet._model.sheets.map((s) => [s.sheetId, s.name]));
  const lists: SheetLists = {
    workbook: (await pkg.text(pkg.workbookPart)) as string,
    rels:
      (await pkg.text(relsPart)) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    contentTypes: (await pkg.text('[Content_Types].xml')) ?? '',
    app: await pkg.text('docProps/app.xml'),
    sheetIds: pkg.sheets.map((s) => s.sheetId),
  };
  const folder = pkg.workbookPart.replace(/[^/]*$/, '');
  for (const model of sheets) {
    const name = model.name;
    const xml = sheetXml(model, { timeZone: spreadsheet._model.timeZone, sheetNameById, styles });
    const existing = origins.get(model);
    let part: string;
    if (existing?.part) {
      part = existing.part;
      if (existing.name !== name) {
        // The add-in renamed the tab (a summary sheet found under another spelling): its entry in the lists follows.
        lists.workbook = lists.workbook.replace(/<sheet\b[^>]*>/g, (tag) => {
          const id = Object.entries(attributes(tag.slice(6))).find(([key]) => key.endsWith(':id'))?.[1];
          return id === existing.relationshipId ? tag.replace(/\bname\s*=\s*("[^"]*"|'[^']*')/, `name="${escapeXml(name)}"`) : tag;
        });
        lists.app = lists.app?.replace(`<vt:lpstr>${escapeXml(existing.name)}</vt:lpstr>`, `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`);
      }
      const lost = new Set((await pkg.relationshipsOf(part)).map((r) => SHEET_PART_KINDS[r.type]).filter(Boolean));
      for (const kind of lost)
        warnings.push({ sheet: name, cell: '', message: `Trang được ghi lại toàn bộ: ${kind} có trên trang này trong tệp vào không còn trong bản sao.` });
      if (pkg.has(relsPartOf(part))) changes.set(relsPartOf(part), null);
    } else {
      part = freeName(
        (p) => pkg.has(p) || changes.has(p),
        (n) => `${folder}worksheets/sheet${n}.xml`,
      );
      const relationshipId = freeName(
        (id) => lists.rels.includes(`Id="${id}"`),
        (n) => `rId${n}`,
      );
      const sheetId = Math.max(0, ...lists.sheetIds) + 1;
      lists.sheetIds.push(sheetId);
      const prefix = new RegExp(`xmlns:(\\w+)="${MAIN_NS}"`).exec(lists.workbook)?.[1];
      const idAttribute = prefix ? `${prefix}:id="${relationshipId}"` : `xmlns:r="${MAIN_NS}" r:id="${relationshipId}"`;
      lists.workbook = lists.workbook.replace(/<\/sheets>/, `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${idAttribute}/></sheets>`);
      lists.rels = lists.rels.replace(
        /<\/Relationships>/,
        `<Relationship Id="${relationshipId}" Type="${WORKSHEET_TYPE}" Target="${part.slice(folder.length)}"/></Relationships>`,
      );
      lists.app = lists.app && appPropertiesWith(lists.app, name);
    }
    changes.set(part, xml);
    if (!lists.contentTypes.includes(`PartName="/${part}"`)) {
      lists.contentTypes = lists.contentTypes.replace(/<\/Types>/, `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT}"/></Types>`);
    }
    if (model.charts.length > 0) {
      notes.push(`${model.charts.length} biểu đồ của trang "${name}" chỉ có khi chạy trên Google Trang tính: bản sao .xlsx không vẽ biểu đồ.`);
    }
  }
  if (lists.contentTypes.includes(MACRO_WORKBOOK)) {
    lists.contentTypes = lists.contentTypes.replace(MACRO_WORKBOOK, PLAIN_WORKBOOK);
    const vba = workbookRels.find((r) => r.type === 'vbaProject');
    if (vba) {
      changes.set(vba.target, null);
      lists.rels = lists.rels.replace(new RegExp(`<Relationship\\b[^>]*\\bId="${vba.id}"[^>]*/>`), '');
    }
    warnings.push({
      sheet: '',
      cell: '',
      message: 'Macro (VBA) của bảng tính không được chép: tệp .xlsx không chứa được macro. Tệp vào vẫn giữ nguyên macro.',
    });
  }
  const original = {
    workbook: await pkg.text(pkg.workbookPart),
    rels: await pkg.text(relsPart),
    contentTypes: await pkg.text('[Content_Types].xml'),
    app: await pkg.text('docProps/app.xml'),
  };
  if (lists.workbook !== original.workbook) changes.set(pkg.workbookPart, lists.workbook);
  if (lists.rels !== original.rels) changes.set(relsPart, lists.rels);
  if (lists.contentTypes !== original.contentTypes) changes.set('[Content_Types].xml', lists.contentTypes);
  if (lists.app && lists.app !== original.app) changes.set('docProps/app.xml', lists.app);
  const patchedStyles = styles.patch();
  if (stylesPart && patchedStyles) changes.set(stylesPart, patchedStyles);
  return { bytes: await pkg.bytesWith(changes), warnings, notes };
}
