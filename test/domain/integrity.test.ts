// Row digests, the Nhật ký chain and the comparison with a sign-off, in pure code (Node's SHA-256 stands in for Utilities.computeDigest).
import { createHash } from 'node:crypto';
import { canonicalCell, chainedDigest, compareRowDigests, formatRowList, rowText, verifyChain, type LogLine, type RowDigest } from '../../src/domain/integrity';

const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function chain(contents: string[]): LogLine[] {
  let previous = '';
  return contents.map((content, i) => {
    const fields = { time: new Date(Date.UTC(2020, 5, 1, 8, 0, i)), email: 'a@x.vn', action: 'Lưu', sheet: 'Chấm điểm', target: i + 2, content };
    previous = chainedDigest(sha, previous, fields);
    return { ...fields, row: i + 2, digest: previous };
  });
}

describe('canonical text', () => {
  test('dates round to the second, trailing blanks do not count, numbers and text are exact', () => {
    expect(canonicalCell(new Date(Date.UTC(2020, 0, 1, 0, 0, 0, 999)))).toBe('2020-01-01T00:00:01.000Z');
    expect(rowText(['CD01', 9.5, '', ''])).toBe(rowText(['CD01', 9.5]));
    expect(rowText(['CD01', 9.5])).not.toBe(rowText(['CD01', 9.6]));
    expect(rowText(['CD01 '])).not.toBe(rowText(['CD01']));
  });
});

describe('the Nhật ký chain', () => {
  test('an intact chain has no break and its head is the last digest', () => {
    const lines = chain(['a', 'b', 'c']);
    expect(verifyChain(lines, sha)).toMatchObject({ breaks: [], head: lines[2].digest });
  });

  test('an edited line is one break at that line; a deleted line breaks the next one; a blanked digest is a break', () => {
    const edited = chain(['a', 'b', 'c', 'd']);
    edited[1] = { ...edited[1], content: 'B' };
    expect(verifyChain(edited, sha).breaks).toEqual([3]);
    const deleted = chain(['a', 'b', 'c'])
      .filter((_, i) => i !== 1)
      .map((l, i) => ({ ...l, row: i + 2 }));
    expect(verifyChain(deleted, sha).breaks).toEqual([3]);
    const blanked = chain(['a', 'b', 'c']);
    blanked[1] = { ...blanked[1], digest: '' };
    expect(verifyChain(blanked, sha).breaks).toEqual([3, 4]);
  });

  test('lines written before the log was chained are not checked', () => {
    const legacy: LogLine = { row: 2, time: '', email: 'a', action: 'cũ', sheet: '', target: '', content: '', digest: '' };
    const lines = chain(['a']).map((l) => ({ ...l, row: 3 }));
    expect(verifyChain([legacy, ...lines], sha).breaks).toEqual([]);
  });
});

describe('changes since sign-off', () => {
  const rows = (sheet: string, digests: string[]): RowDigest[] => digests.map((digest, i) => ({ sheet, row: i + 2, digest }));

  test('an edited cell, a deleted row and an inserted row are named at their rows', () => {
    const signed = rows('Chấm điểm', ['a', 'b', 'c', 'd', 'e']);
    expect(compareRowDigests(signed, rows('Chấm điểm', ['a', 'B', 'c', 'd', 'e']))).toEqual([{ sheet: 'Chấm điểm', row: 3, kind: 'changed' }]);
    expect(compareRowDigests(signed, rows('Chấm điểm', ['a', 'b', 'd', 'e']))).toEqual([{ sheet: 'Chấm điểm', row: 4, kind: 'removed' }]);
    expect(compareRowDigests(signed, rows('Chấm điểm', ['a', 'b', 'x', 'c', 'd', 'e']))).toEqual([{ sheet: 'Chấm điểm', row: 4, kind: 'added' }]);
    expect(compareRowDigests(signed, signed)).toEqual([]);
  });

  test('sheets are compared separately', () => {
    const signed = [...rows('Đơn vị', ['u1', 'u2']), ...rows('Quỹ', ['f1'])];
    const now = [...rows('Đơn vị', ['u1', 'u2']), ...rows('Quỹ', ['f2'])];
    expect(compareRowDigests(signed, now)).toEqual([{ sheet: 'Quỹ', row: 2, kind: 'changed' }]);
  });

  test('row lists are short', () => {
    expect(formatRowList([9, 2, 3, 4, 7, 8])).toBe('2–4, 7–9');
    expect(formatRowList([5, 6])).toBe('5, 6');
  });
});
