// Tamper evidence in pure code: the canonical text of a sheet row and of a Nhật ký line, the chained digest, and what changed since a sign-off.
import { isDate } from './text';

/** SHA-256 of a text as 64 lower-case hex digits (the add-in passes Utilities.computeDigest; the domain never calls a service). */
export type DigestOf = (text: string) => string;

/**
 * One cell as the digests see it: text exactly as stored, numbers in JavaScript's shortest form, dates as their instant rounded
 * to the second (Sheets keeps a date as a fraction of a day, so milliseconds do not survive a round trip), blanks as "".
 */
export function canonicalCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return new Date(Math.round(value.getTime() / 1000) * 1000).toISOString();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** A row's cells as one text, trailing blanks dropped (a column added at the right does not change earlier rows). */
export function rowText(values: readonly unknown[]): string {
  const cells = values.map(canonicalCell);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return JSON.stringify(cells);
}

/** One line of Nhật ký as read: its sheet row, its six fields and the digest it carries ("" when it has none). */
export interface LogLine {
  row: number;
  time: unknown;
  email: unknown;
  action: unknown;
  sheet: unknown;
  target: unknown;
  content: unknown;
  digest: string;
}

export type LogFields = Omit<LogLine, 'row' | 'digest'>;

/** The digest a line carries: SHA-256 of the previous line's digest and the line's own fields, so editing any earlier line breaks the chain. */
export function chainedDigest(digestOf: DigestOf, previous: string, line: LogFields): string {
  return digestOf(JSON.stringify([previous, ...[line.time, line.email, line.action, line.sheet, line.target, line.content].map(canonicalCell)]));
}

export interface ChainCheck {
  /** The digest of the last chained line ("" when no line carries one). */
  head: string;
  /** Rows of Nhật ký whose digest does not follow from the line before: edited, deleted or inserted by hand there. */
  breaks: number[];
  /** Every digest the log carries, to find a head recorded at sign-off. */
  digests: Set<string>;
}

/**
 * Checks the chain line by line. Lines before the first digest were written before the log was chained and are not checked.
 * After a break the check goes on from the digest the line carries, so one edited line is one break, not every line after it;
 * a line whose digest was blanked is a break and the chain restarts from "" (as the writer does after it).
 */
export function verifyChain(lines: readonly LogLine[], digestOf: DigestOf): ChainCheck {
  let previous = '';
  let started = false;
  const breaks: number[] = [];
  const digests = new Set<string>();
  for (const line of lines) {
    if (line.digest === '') {
      if (started) breaks.push(line.row);
      previous = '';
      continue;
    }
    started = true;
    digests.add(line.digest);
    if (chainedDigest(digestOf, previous, line) !== line.digest) breaks.push(line.row);
    previous = line.digest;
  }
  return { head: previous, breaks, digests };
}

/** The digest of one source row at sign-off or now. */
export interface RowDigest {
  sheet: string;
  row: number;
  digest: string;
}

export interface RowChange {
  sheet: string;
  /** The row now (changed, added) or at sign-off (removed). */
  row: number;
  kind: 'changed' | 'added' | 'removed';
}

/**
 * What changed in each sheet between the digests at sign-off and now. Rows are matched by digest in order, so deleting or
 * inserting a row does not make every row below it "changed"; an unmatched row at sign-off and an unmatched row now between the
 * same matched neighbours are one changed row; the rest are removed or added.
 */
export function compareRowDigests(signed: readonly RowDigest[], current: readonly RowDigest[]): RowChange[] {
  const sheets = [...new Set([...signed, ...current].map((r) => r.sheet))];
  return sheets.flatMap((sheet) =>
    compareSheet(
      sheet,
      signed.filter((r) => r.sheet === sheet),
      current.filter((r) => r.sheet === sheet),
    ),
  );
}

function compareSheet(sheet: string, before: RowDigest[], after: RowDigest[]): RowChange[] {
  const old = [...before].sort((a, b) => a.row - b.row);
  const now = [...after].sort((a, b) => a.row - b.row);
  const positions = new Map<string, number[]>();
  now.forEach((r, i) => {
    const queue = positions.get(r.digest);
    if (queue) queue.push(i);
    else positions.set(r.digest, [i]);
  });
  const matchedNow = new Set<number>();
  const oldGap: number[] = [];
  let last = -1;
  let matches = 0;
  for (const r of old) {
    const queue = positions.get(r.digest) ?? [];
    while (queue.length > 0 && queue[0] <= last) queue.shift();
    if (queue.length > 0) {
      last = queue.shift()!;
      matchedNow.add(last);
      matches++;
      oldGap.push(-1);
    } else oldGap.push(matches);
  }
  const gaps = new Map<number, { removed: RowDigest[]; added: RowDigest[] }>();
  const gap = (n: number) => gaps.get(n) ?? gaps.set(n, { removed: [], added: [] }).get(n)!;
  old.forEach((r, i) => {
    if (oldGap[i] >= 0) gap(oldGap[i]).removed.push(r);
  });
  let seen = 0;
  now.forEach((r, i) => {
    if (matchedNow.has(i)) seen++;
    else gap(seen).added.push(r);
  });
  const changes: RowChange[] = [];
  for (const { removed, added } of gaps.values()) {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) changes.push({ sheet, row: added[i].row, kind: 'changed' });
    for (const r of removed.slice(paired)) changes.push({ sheet, row: r.row, kind: 'removed' });
    for (const r of added.slice(paired)) changes.push({ sheet, row: r.row, kind: 'added' });
  }
  return changes.sort((a, b) => a.row - b.row || a.kind.localeCompare(b.kind));
}

/** Rows as a short list: 5, 7–9, 12. */
export function formatRowList(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i + 1 ? `${sorted[i]}–${sorted[j]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return parts.join(', ');
}
