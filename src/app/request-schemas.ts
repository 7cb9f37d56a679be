// Validates every sidebar request (zod/mini) against the workbook just read: types, lengths, known codes, scores, dates and amounts, in Vietnamese.
import * as z from 'zod/mini';
import { formatDateVi, parseDateText } from '../domain/dates';
import { parseAmountAtLeast } from '../domain/money';
import { fail, ok, type Parsed } from '../domain/parsed';
import { parsePeriodLabel } from '../domain/periods';
import { clip, codeKey, emptyRecord, formatDecimal, matchCode, matchOption, nameKey, parseDecimal } from '../domain/text';
import {
  LEDGER_TYPE_NAMES,
  SCORE_FORM_NAMES,
  VISIT_REASONS,
  type Criterion,
  type Fund,
  type IsoDate,
  type LedgerType,
  type Period,
  type ScoreForm,
  type Unit,
  type VisitReason,
} from '../domain/types';
import { SHEET } from '../workbook/schema';
import { UserError } from './errors';

/** Longest text accepted in a one-line field (names, codes, categories). */
export const TEXT_MAX = 500;
/** Longest note or description. */
export const NOTE_MAX = 2000;
/** At most this many messages are shown at once, so a flood of bad fields stays readable. */
const MAX_MESSAGES = 5;

export const NOT_AN_OBJECT = 'Dữ liệu gửi lên không hợp lệ: cần một biểu mẫu (đối tượng), không phải giá trị đơn lẻ.';

/** What a request is checked against: the workbook's units, criteria, funds, the periods the sidebar offers and today. */
export interface RequestContext {
  units: readonly Unit[];
  criteria: readonly Criterion[];
  funds: readonly Fund[];
  /** The periods the action read (a save reads none of Chấm điểm's Kỳ, so only the current one may be here). */
  periods: readonly Period[];
  schoolYearStartMonth: number;
  /** Cài đặt's "Loại kỳ": a period the action did not read must be of this kind. */
  periodKind: Period['kind'];
  /** Today in Việt Nam: a period that has not begun by then is refused. */
  today: IsoDate;
}

/** Ends a message with a full stop. */
function sentence(message: string): string {
  return /[.!?…]$/.test(message) ? message : `${message}.`;
}

/** "tên người được thăm" → "Tên người được thăm" at the start of a sentence. */
function capital(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** A zod/mini field from a parser: a failure becomes one issue with the parser's message. */
function field<T>(parse: (value: unknown) => Parsed<T>) {
  return z.transform((value: unknown, ctx): T => {
    const parsed = parse(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', message: sentence(parsed.message), input: value });
    return z.NEVER;
  });
}

/** Text of a field: a string, trimmed, at most `max` characters; a required one must not be blank. */
function readText(label: string, value: unknown, opts: { required?: boolean; max?: number } = {}): Parsed<string> {
  const max = opts.max ?? TEXT_MAX;
  if (value === undefined || value === null) return opts.required ? fail(`Thiếu ${label}`) : ok('');
  if (typeof value !== 'string') return fail(`${capital(label)} phải là chữ, không phải ${typeof value === 'number' ? 'số' : 'kiểu dữ liệu khác'}`);
  const text = value.trim();
  if (text.length > max) return fail(`${capital(label)} dài quá ${max} ký tự (đang có ${text.length})`);
  if (opts.required && text === '') return fail(`Thiếu ${label}`);
  return ok(text);
}

function textField(label: string, opts: { required?: boolean; max?: number } = {}) {
  return field((value) => readText(label, value, opts));
}

function periodField(ctx: RequestContext) {
  return field((value): Parsed<Period> => {
    const text = readText('kỳ', value, { required: true });
    if (!text.ok) return text;
    const parsed = parsePeriodLabel(text.value, ctx.schoolYearStartMonth);
    if (!parsed.ok) return fail(/^kỳ/i.test(parsed.message) ? parsed.message : `Kỳ: ${parsed.message}`);
    // A period the action read (the sidebar offers it), or any other that has begun: an officer may enter an earlier year late.
    const known = ctx.periods.find((p) => p.label === parsed.value.label);
    if (known) return ok(known);
    const period = parsed.value;
    if (period.kind !== ctx.periodKind) {
      const kind = { calendar: 'năm', school: 'năm học' } as const;
      return fail(
        `Kỳ "${period.label}" là một ${kind[period.kind]}, nhưng bảng tính chấm theo ${kind[ctx.periodKind]} (Cài đặt, Loại kỳ); hãy chọn kỳ trong danh sách`,
      );
    }
    if (period.start > ctx.today) return fail(`Kỳ "${period.label}" chưa bắt đầu (bắt đầu ngày ${formatDateVi(period.start)}); chỉ ghi được cho kỳ đã bắt đầu`);
    return ok(period);
  });
}

/** The items by the key of their kind (codeKey for codes, nameKey for funds); the first of a key wins, as the readers keep it. */
function byKey<T>(items: readonly T[], text: (item: T) => string, keyOf: (text: string) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(keyOf(text(item)))) map.set(keyOf(text(item)), item);
  return map;
}

function unitParser(ctx: RequestContext) {
  const units = byKey(ctx.units, (u) => u.code, codeKey);
  return (value: unknown): Parsed<Unit> => {
    const text = readText('mã đơn vị', value, { required: true });
    if (!text.ok) return text;
    const unit = units.get(codeKey(text.value));
    return unit ? ok(unit) : fail(`Mã đơn vị "${clip(text.value)}" không có trong trang ${SHEET.units}`);
  };
}

function fundField(ctx: RequestContext) {
  const funds = byKey(ctx.funds, (f) => f.name, nameKey);
  return field((value): Parsed<Fund> => {
    const text = readText('quỹ', value, { required: true });
    if (!text.ok) return text;
    const fund = funds.get(nameKey(text.value));
    return fund ? ok(fund) : fail(`Quỹ "${clip(text.value)}" không có trong trang ${SHEET.funds}`);
  });
}

const FORM_NAMES = Object.values(SCORE_FORM_NAMES);

const formField = field((value): Parsed<ScoreForm> => {
  const text = readText('hình thức chấm', value, { required: true });
  if (!text.ok) return text;
  if (Object.prototype.hasOwnProperty.call(SCORE_FORM_NAMES, text.value)) return ok(text.value as ScoreForm);
  const form = matchCode(text.value, SCORE_FORM_NAMES);
  return form ? ok(form) : fail(`Hình thức chấm không hợp lệ: "${clip(text.value)}" (chọn một trong: ${FORM_NAMES.join(', ')})`);
});

/** One score as typed: a number, or text with a decimal comma or point ("7,5"); blank = not scored (undefined). */
function readScore(criterion: Criterion, value: unknown): Parsed<number | undefined> {
  const label = `Tiêu chí ${criterion.code}`;
  let points: number;
  if (value === null || value === undefined) return ok(undefined);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail(`${label}: điểm không hợp lệ`);
    points = value;
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return ok(undefined);
    const decimal = parseDecimal(text);
    if (decimal === undefined) return fail(`${label}: "${clip(text)}" không phải là số điểm`);
    points = decimal;
  } else {
    return fail(`${label}: điểm phải là số`);
  }
  if (points < 0) return fail(`${label}: điểm ${formatDecimal(points)} không được âm`);
  if (criterion.kind === 'condition') {
    return points === 0 || points === 1 ? ok(points) : fail(`${label} là điều kiện: chỉ nhập 1 (đạt) hoặc 0 (không đạt), không nhập ${formatDecimal(points)}`);
  }
  if (points > criterion.max) return fail(`${label}: điểm ${formatDecimal(points)} vượt quá tối đa ${formatDecimal(criterion.max)}`);
  return ok(points);
}

function scoresField(ctx: RequestContext) {
  const criteria = byKey(ctx.criteria, (c) => c.code, codeKey);
  return z.transform((value: unknown, issues): Record<string, number> => {
    const refuse = (message: string) => {
      issues.issues.push({ code: 'custom', message: sentence(message), input: value });
      return z.NEVER;
    };
    if (value === undefined || value === null) return refuse('Thiếu bảng điểm');
    if (typeof value !== 'object' || Array.isArray(value)) return refuse('Bảng điểm phải gồm các cặp mã tiêu chí và điểm');
    const colliding = collidingCodes(Object.keys(value));
    if (colliding.length > 0) {
      return refuse(
        `Bảng điểm gửi một tiêu chí nhiều lần dưới các cách viết ${colliding.map((group) => group.map((code) => `"${clip(code)}"`).join(', ')).join('; ')}; không lưu gì, hãy gửi mỗi tiêu chí một lần`,
      );
    }
    const scores = emptyRecord<number>();
    let bad = false;
    for (const [code, raw] of Object.entries(value as Record<string, unknown>)) {
      const criterion = criteria.get(codeKey(code));
      const read: Parsed<number | undefined> = criterion ? readScore(criterion, raw) : fail(`Tiêu chí "${clip(code)}" không có trong trang ${SHEET.rubric}`);
      if (!read.ok) {
        bad = true;
        refuse(read.message);
      } else if (criterion && read.value !== undefined) {
        scores[criterion.code] = read.value;
      }
    }
    if (bad) return z.NEVER;
    if (Object.keys(scores).length === 0) return refuse('Chưa nhập điểm tiêu chí nào');
    return scores;
  });
}

/** Codes of one payload that share a codeKey ("TC01", "tc01", " TC01 "), each group in the order sent. */
function collidingCodes(codes: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const group = groups.get(codeKey(code));
    if (group) group.push(code);
    else groups.set(codeKey(code), [code]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

function dateField(label: string) {
  return field((value): Parsed<IsoDate> => {
    const text = readText(label.toLowerCase(), value, { required: true });
    if (!text.ok) return text;
    const parsed = parseDateText(text.value);
    return parsed.ok ? parsed : fail(`${label}: ${parsed.message.charAt(0).toLowerCase()}${parsed.message.slice(1)}`);
  });
}

/** Whole đồng as a number or typed text ("1.500.000"); `min` 0 for visits, 1 for the ledger. */
function amountField(min: 0 | 1) {
  return field((value): Parsed<number> => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return fail('Thiếu số tiền');
    if (typeof value !== 'number' && typeof value !== 'string') return fail('Số tiền phải là số hoặc chữ số như 1.500.000');
    if (typeof value === 'string' && value.length > TEXT_MAX) return fail(`Số tiền dài quá ${TEXT_MAX} ký tự`);
    return parseAmountAtLeast(value, min);
  });
}

const reasonField = field((value): Parsed<VisitReason> => {
  const text = readText('lý do', value, { required: true });
  if (!text.ok) return text;
  const reason = matchOption(text.value, VISIT_REASONS);
  return reason ? ok(reason) : fail(`Lý do không hợp lệ: "${clip(text.value)}" (chọn một trong: ${VISIT_REASONS.join(', ')})`);
});

const LEDGER_TYPE_CHOICE = Object.values(LEDGER_TYPE_NAMES).join(' hoặc ');

const ledgerTypeField = field((value): Parsed<LedgerType> => {
  const text = readText(`loại (${LEDGER_TYPE_CHOICE})`, value, { required: true });
  if (!text.ok) return text;
  const type = matchCode(text.value, LEDGER_TYPE_NAMES);
  return type ? ok(type) : fail(`Loại không hợp lệ: "${clip(text.value)}" (chọn ${LEDGER_TYPE_CHOICE})`);
});

const objectParams = { error: NOT_AN_OBJECT };

export function scoreFormQuerySchema(ctx: RequestContext) {
  return z.object({ period: periodField(ctx), unit: field(unitParser(ctx)) }, objectParams);
}

export function scoreCardSchema(ctx: RequestContext) {
  return z.object(
    {
      period: periodField(ctx),
      unit: field(unitParser(ctx)),
      form: formField,
      scores: scoresField(ctx),
      note: textField('ghi chú', { max: NOTE_MAX }),
    },
    objectParams,
  );
}

/** sidebarVisitForm takes the unit code alone. */
export function unitCodeSchema(ctx: RequestContext) {
  return field(unitParser(ctx));
}

export function visitSchema(ctx: RequestContext) {
  return z.object(
    {
      date: dateField('Ngày thăm'),
      unit: field(unitParser(ctx)),
      person: textField('tên người được thăm', { required: true }),
      reason: reasonField,
      amount: amountField(0),
      fund: fundField(ctx),
      visitor: textField('tên người đi thăm'),
      note: textField('ghi chú', { max: NOTE_MAX }),
    },
    objectParams,
  );
}

export function ledgerLineSchema(ctx: RequestContext) {
  return z.object(
    {
      date: dateField('Ngày chứng từ'),
      fund: fundField(ctx),
      type: ledgerTypeField,
      category: textField('khoản mục'),
      amount: amountField(1),
      description: textField('diễn giải', { max: NOTE_MAX }),
      voucher: textField('số chứng từ', { max: 50 }),
    },
    objectParams,
  );
}

/** The period label of sidebarBuildSummary: any label the summary can read ("2020", "2019-2020"); blank = the latest period. */
export function summaryLabelSchema() {
  return field((value) => readText('kỳ', value));
}

/** Biên bản: the period (blank = the latest) and the cluster, as typed or chosen; the cluster must not be blank. */
export function minutesRequestSchema() {
  return z.object({ period: field((value) => readText('kỳ', value)), cluster: textField('cụm', { required: true, max: 200 }) }, objectParams);
}

/** The most values (fields, scores, array items, nested) one request may hold: a score card of a large rubric is a few hundred. */
export const PAYLOAD_MAX_VALUES = 2000;
/**
 * The deepest nesting a request may have. A valid one has three levels (the request, its scores, a score); a shallow bad shape
 * gets its field's own message, and only a pathological nesting (made to exhaust the stack of whatever walks it) this one.
 */
export const PAYLOAD_MAX_DEPTH = 10;

export const PAYLOAD_TOO_LARGE = `Dữ liệu gửi lên không hợp lệ: quá lớn (hơn ${PAYLOAD_MAX_VALUES} giá trị); không có gì được ghi. Hãy tải lại thanh bên rồi thử lại.`;
export const PAYLOAD_TOO_DEEP = `Dữ liệu gửi lên không hợp lệ: lồng nhau quá sâu (hơn ${PAYLOAD_MAX_DEPTH} tầng); không có gì được ghi. Hãy tải lại thanh bên rồi thử lại.`;

/**
 * Refuses a request too large or too deep before anything walks it: one loop over an explicit stack (no recursion), stopping at
 * the first value over a limit, so 150,000 keys or a 10,000-deep nesting cost little and never exhaust the call stack.
 */
export function checkPayloadSize(input: unknown): void {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 1 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth > PAYLOAD_MAX_DEPTH) throw new UserError(PAYLOAD_TOO_DEEP);
    for (const key in value) {
      if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
      values += 1;
      if (values > PAYLOAD_MAX_VALUES) throw new UserError(PAYLOAD_TOO_LARGE);
      stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
}

/** The fingerprint of the permission plan the admin saw: a text the server compares with the plan it would apply now. */
export function fingerprintSchema() {
  return field((value) => readText('bản xem trước phân quyền', value, { required: true }));
}

/** Parses a request or throws a UserError listing (at most five of) its problems, each naming its field; too large or deep first. */
export function parseRequest<T>(schema: z.ZodMiniType<T, unknown>, input: unknown): T {
  checkPayloadSize(input);
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const messages = [...new Set(result.error.issues.map((issue) => issue.message))];
  const shown = messages.slice(0, MAX_MESSAGES);
  if (messages.length > MAX_MESSAGES) shown.push(`… và ${messages.length - MAX_MESSAGES} lỗi khác.`);
  throw new UserError(shown.join('\n'));
}
