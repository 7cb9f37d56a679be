// The sidebar's saves: a score card, a visit, a ledger line; each checked on the server, then appended with its Nhật ký line under the lock.
import { daysBetween, formatDateVi } from '../../domain/dates';
import { formatVnd } from '../../domain/money';
import { cardTotal, incompleteCardMessage, missingStandard } from '../../domain/scoring';
import { VISIT_CATEGORY, VISITS_NOT_IN_LEDGER } from '../../domain/funds';
import { cellText, codeKey, formatDecimal, nameKey, ownValue } from '../../domain/text';
import { LEDGER_TYPE_NAMES, SCORE_FORM_NAMES, type IsoDate, type VisitReason } from '../../domain/types';
import { DUPLICATE_VISIT_DAYS, possibleDuplicateOf } from '../../domain/visits';
import { nextVoucher } from '../../domain/vouchers';
import type { SaveResult } from '../../wire/api';
import { dateCell as dateOfCell } from '../../workbook/cells';
import { readVisits } from '../../workbook/readers';
import { SHEET } from '../../workbook/schema';
import { findCriterionColumn, type Table } from '../../workbook/table';
import { describeValues } from '../sheet-io/audit-log';
import { UserError } from '../errors';
import { ledgerLineSchema, parseRequest, scoreCardSchema, visitSchema } from '../request-schemas';
import { mayRecordVisit } from '../roles';
import {
  amountCell,
  columnCells,
  dateCell,
  loggedValues,
  numberCell,
  planRow,
  textCell,
  timeCell,
  type ColumnCells,
  type PlacedCell,
} from '../sheet-io/safe-write';
import { findSheet, makeDateReader, readRowSpan } from '../sheet-io/sheets';
import { loadSession, targetOf, writeAudited, scoreFormsOrRefuse, ledgerOrRefuse, READS, type LoadedSession } from './session';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// ——— Writes ———

export function sidebarSaveScore(request: unknown): SaveResult {
  const s = loadSession(READS.scoreSave);
  const card = parseRequest(scoreCardSchema(s.requests), request);
  const forms = scoreFormsOrRefuse(s, card.unit);
  const formName = SCORE_FORM_NAMES[card.form];
  if (!forms.includes(card.form)) {
    throw new UserError(
      `Bạn không được lưu điểm ${formName} cho đơn vị ${card.unit.code}; bạn chỉ được lưu: ${forms.map((f) => SCORE_FORM_NAMES[f]).join(', ')}.`,
    );
  }
  const missing = missingStandard(card.scores, s.data.criteria);
  if (missing.length > 0) throw new UserError(`${incompleteCardMessage(missing)}.`);
  const { sheet, table } = targetOf(s, 'scores');
  const criterionCells = s.data.criteria.map((criterion): PlacedCell => {
    const column = findCriterionColumn(table, criterion.code);
    return { column: column < 0 ? undefined : column, header: criterion.code, cell: numberCell(ownValue(card.scores, criterion.code)) };
  });
  const head: ColumnCells<'scores'> = {
    period: textCell(card.period.label),
    unit: textCell(card.unit.code),
    form: textCell(formName),
    scorer: textCell(s.user.email),
  };
  const tail: ColumnCells<'scores'> = { note: textCell(card.note) };
  const plan = planRow(sheet, table, [
    ...columnCells(table, 'scores', head, true),
    ...criterionCells,
    ...columnCells(table, 'scores', tail),
    ...columnCells(table, 'scores', { savedAt: timeCell(s.now) }, true),
  ]);
  const record = { ...loggedValues('scores', head), ...card.scores, ...loggedValues('scores', tail) };
  const row = writeAudited(s, { label: card.period.label }, () => ({
    plan,
    action: `Lưu điểm ${formName}`,
    sheet: SHEET.scores,
    content: describeValues(record),
  }));
  const total = formatDecimal(cardTotal(card.scores, s.data.criteria));
  return { sheet: SHEET.scores, row, message: `Đã lưu điểm ${formName} cho ${card.unit.code} (dòng ${row}), tổng ${total} điểm.` };
}

/**
 * The visits of Thăm hỏi dated at most 30 days from `date`, in full. The session read Thăm hỏi's date column only; the rows
 * whose date is that close are then read in one block (readRowSpan), so a save reads the visits of those two months, not the
 * sheet's whole history (unless the rows are in no date order). Called before the save is written (a read after the lock is
 * released would see other saves).
 */
function visitsNear(s: LoadedSession, date: IsoDate) {
  const table = s.tables.visits;
  const sheet = findSheet(s.index, SHEET.visits);
  const column = table?.columns.date;
  if (!table || !sheet || column === undefined) return [];
  const readDate = makeDateReader(s.data.timeZone);
  const dates = dateOfCell('Ngày', readDate);
  const near = new Set<number>();
  for (const { row, values } of table.rows) {
    const parsed = dates.safeParse(values[column]);
    if (parsed.success && Math.abs(daysBetween(parsed.data, date)) <= DUPLICATE_VISIT_DAYS) near.add(row);
  }
  return readVisits({ ...table, rows: readRowSpan(sheet, near, table.headers.length) }, readDate).records;
}

/**
 * Notes for the officer after a visit is saved: over the per-visit cap, or the same person of the same unit and reason within
 * 30 days. An amount over the fund's balance is asked about before the save (the sidebar holds the balances its visit form
 * loaded); the save does not read every visit and ledger line again to repeat it.
 */
function visitNotes(s: LoadedSession, visit: { date: IsoDate; unit: string; person: string; reason: VisitReason; amount: number }): string[] {
  const notes: string[] = [];
  const cap = s.data.settings.visitCap;
  if (cap !== null && visit.amount > cap)
    notes.push(`Lưu ý: số tiền vượt mức chi tối đa một lần thăm (${formatVnd(cap)}); lần thăm vẫn được tính và có cảnh báo trong bản tổng hợp.`);
  const earlier = possibleDuplicateOf(visit, visitsNear(s, visit.date));
  if (earlier) notes.push(`Lưu ý: ${visit.person} đã được thăm vì lý do ${visit.reason} ngày ${formatDateVi(earlier.date)} (có thể trùng).`);
  return notes;
}

export function sidebarSaveVisit(request: unknown): SaveResult {
  const s = loadSession(READS.visitSave);
  const visit = parseRequest(visitSchema(s.requests), request);
  if (!mayRecordVisit(s.user, visit.unit)) throw new UserError(`Bạn không có quyền ghi thăm hỏi cho đơn vị ${visit.unit.code} (${visit.unit.name}).`);
  const { sheet, table } = targetOf(s, 'visits');
  const cells: ColumnCells<'visits'> = {
    date: dateCell(visit.date),
    unit: textCell(visit.unit.code),
    person: textCell(visit.person),
    reason: textCell(visit.reason),
    amount: amountCell(visit.amount),
    fund: textCell(visit.fund.name),
    visitor: textCell(visit.visitor),
    note: textCell(visit.note),
  };
  const plan = planRow(sheet, table, columnCells(table, 'visits', cells));
  const notes = visitNotes(s, { ...visit, unit: visit.unit.code });
  const row = writeAudited(s, { date: visit.date }, () => ({
    plan,
    action: 'Ghi thăm hỏi',
    sheet: SHEET.visits,
    content: describeValues(loggedValues('visits', cells)),
  }));
  const message = `Đã ghi thăm hỏi ${visit.person} (${visit.reason}, ${formatVnd(visit.amount)}) vào dòng ${row}.`;
  return { sheet: SHEET.visits, row, message: [message, ...notes].join(' ') };
}

/** Under the lock: the vouchers already in Thu chi (one read of their column), to number a blank voucher and refuse a repeated one. */
function readVouchers(sheet: Sheet, table: Table): { vouchers: string[]; lastRow: number } {
  const lastRow = sheet.getLastRow();
  const column = table.columns.voucher;
  if (column === undefined || lastRow <= table.headerRow) return { vouchers: [], lastRow };
  const values = sheet.getRange(table.headerRow + 1, column + 1, lastRow - table.headerRow, 1).getValues();
  return { vouchers: values.map((r) => cellText(r[0])), lastRow };
}

export function sidebarSaveLedger(request: unknown): SaveResult {
  const s = loadSession(READS.ledgerSave);
  ledgerOrRefuse(s);
  const line = parseRequest(ledgerLineSchema(s.requests), request);
  if (nameKey(line.category) === nameKey(VISIT_CATEGORY)) throw new UserError(`${VISITS_NOT_IN_LEDGER}: hãy ghi lần thăm ở mục Thăm hỏi. Chưa có gì được ghi.`);
  const { sheet, table } = targetOf(s, 'ledger');
  const typeName = LEDGER_TYPE_NAMES[line.type];
  let voucher = line.voucher;
  const row = writeAudited(s, { date: line.date }, () => {
    const { vouchers, lastRow } = readVouchers(sheet, table);
    if (voucher === '') voucher = nextVoucher(vouchers, line.type);
    else {
      const repeated = vouchers.findIndex((v) => codeKey(v) === codeKey(voucher));
      if (repeated >= 0)
        throw new UserError(`Số chứng từ ${voucher} đã có ở dòng ${table.headerRow + 1 + repeated} của trang ${SHEET.ledger}; chưa có gì được ghi.`);
    }
    const cells: ColumnCells<'ledger'> = {
      date: dateCell(line.date),
      voucher: textCell(voucher),
      fund: textCell(line.fund.name),
      type: textCell(typeName),
      category: textCell(line.category),
      amount: amountCell(line.amount),
      description: textCell(line.description),
    };
    const plan = planRow(sheet, table, columnCells(table, 'ledger', cells));
    return {
      plan,
      action: `Ghi phiếu ${typeName.toLowerCase()}`,
      sheet: SHEET.ledger,
      content: describeValues(loggedValues('ledger', cells)),
      knownLastRow: lastRow,
    };
  });
  return {
    sheet: SHEET.ledger,
    row,
    message: `Đã ghi phiếu ${typeName.toLowerCase()} ${voucher} (${formatVnd(line.amount)}, ${line.fund.name}) vào dòng ${row}.`,
  };
}
