// Calendar dates as "yyyy-mm-dd": reading dd/mm/yyyy text and Sheets serial numbers, checking real dates, showing dd/mm/yyyy.
import type { IsoDate } from './types';
import { fail, ok, type Parsed } from './parsed';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const DAY_MS = 86_400_000;
/** Sheets counts days from 1899-12-30 (serial 0). */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date for year, month (1..12) and day, or null when no such day exists (31/02) or the year is out of range. */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Reads "dd/mm/yyyy" (also with - or . between, one-digit day or month) or "yyyy-mm-dd". */
export function parseDateText(text: string): Parsed<IsoDate> {
  const trimmed = text.trim();
  const shown = trimmed.length > 40 ? trimmed.slice(0, 40) + '…' : trimmed;
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  let iso: IsoDate | null = null;
  if (match) iso = isoFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
  else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed))) iso = isoFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  else return fail(`Ngày không hợp lệ: "${shown}" (cần dạng dd/mm/yyyy)`);
  if (iso === null) return fail(`Ngày không có thật hoặc ngoài khoảng ${MIN_YEAR}-${MAX_YEAR}: "${shown}"`);
  return ok(iso);
}

/** A Sheets serial day number (whole or with a time fraction) as an ISO date. */
export function serialToIso(serial: number): Parsed<IsoDate> {
  if (!Number.isFinite(serial)) return fail('Ngày không hợp lệ');
  const date = new Date(SERIAL_EPOCH_MS + Math.floor(serial) * DAY_MS);
  const iso = isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  return iso ? ok(iso) : fail(`Ngày ngoài khoảng ${MIN_YEAR}-${MAX_YEAR}: ${serial}`);
}

/** Serials already computed: a year of records has only a few hundred distinct dates. */
const serials = new Map<IsoDate, number>();

export function isoToSerial(iso: IsoDate): number {
  let serial = serials.get(iso);
  if (serial === undefined) {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const d = Number(iso.slice(8, 10));
    serial = Math.round((Date.UTC(y, m - 1, d) - SERIAL_EPOCH_MS) / DAY_MS);
    if (serials.size >= 100_000) serials.clear();
    serials.set(iso, serial);
  }
  return serial;
}

/** "2020-03-05" → "05/03/2020". */
export function formatDateVi(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The date n days after (or before, for negative n) an ISO date. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d) + n * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoToSerial(b) - isoToSerial(a);
}
