// The "Chốt <kỳ>" sheet: the signed-off final table, who and when, the Nhật ký head and the digest of every source row; written once, read by later summaries.
import type { RowDigest } from '../domain/integrity';
import { cellText, isBlank, matchKey } from '../domain/text';
import type { YearlySummary } from '../domain/types';
import { GENERAL_FORMAT, TEXT_FORMAT } from '../domain/cell-formats';

export function signOffSheetName(label: string): string {
  return `Chốt ${label}`;
}

/** What a sign-off keeps besides the final table. */
export interface SignOffRecord {
  by: string;
  /** ISO time. */
  at: string;
  /** The digest of the last Nhật ký line before the sign-off ("" when the log had no chained line). */
  logHead: string;
  rows: RowDigest[];
}

const LABEL = { by: 'Người chốt', at: 'Thời điểm', head: 'Mã kiểm tra Nhật ký', digestSheet: 'Trang tính', digestRow: 'Dòng', digest: 'Mã SHA-256' };
const RESULT_HEADERS = ['Cụm', 'Mã đơn vị', 'Tên đơn vị', 'Điểm tự chấm', 'Điểm cuối cùng', 'Hạng', 'Xếp loại'];
const WIDTH = RESULT_HEADERS.length;

/**
 * The sheet's cells as one block and the number format of each cell (text everywhere, so a digest or a code is never read as a
 * number or a formula; numbers stay numbers). `shownAt` is the time as officers read it (dd/mm/yyyy hh:mm:ss, Vietnam).
 */
export function signOffLayout(summary: YearlySummary, record: SignOffRecord, shownAt: string): { values: (string | number)[][]; formats: string[][] } {
  const rows: (string | number | null)[][] = [
    [`CHỐT KẾT QUẢ KỲ ${summary.period.label}`],
    [LABEL.by, record.by],
    [LABEL.at, shownAt, record.at],
    [LABEL.head, record.logHead],
    [],
    ['I. KẾT QUẢ CUỐI CÙNG'],
    RESULT_HEADERS,
    ...summary.clusters.flatMap((cluster) =>
      cluster.ranking.map((entry) => [cluster.name, entry.unit, entry.name, entry.selfScore, entry.finalScore, entry.rank, entry.level]),
    ),
    [],
    ['II. MÃ KIỂM TRA CÁC DÒNG NGUỒN (SHA-256 của từng dòng lúc chốt)'],
    [LABEL.digestSheet, LABEL.digestRow, LABEL.digest],
    ...record.rows.map((r) => [r.sheet, r.row, r.digest]),
  ];
  const values = rows.map((row) => Array.from({ length: WIDTH }, (_, i) => row[i] ?? ''));
  return { values, formats: values.map((row) => row.map((v) => (typeof v === 'number' ? GENERAL_FORMAT : TEXT_FORMAT))) };
}

/** Reads a sign-off back from the sheet's values; a sheet that is not in this shape is a Vietnamese reason instead. */
export function readSignOffRecord(
  values: readonly (readonly unknown[])[],
  sheetName: string,
): { ok: true; record: SignOffRecord } | { ok: false; reason: string } {
  const is = (cell: unknown, label: string) => matchKey(cellText(cell)) === matchKey(label);
  let by = '';
  let at = '';
  let logHead = '';
  let digestHeader = -1;
  values.forEach((row, i) => {
    if (is(row[0], LABEL.by)) by = cellText(row[1]);
    else if (is(row[0], LABEL.at)) at = cellText(row[2]);
    else if (is(row[0], LABEL.head)) logHead = cellText(row[1]);
    else if (digestHeader < 0 && is(row[0], LABEL.digestSheet) && is(row[1], LABEL.digestRow)) digestHeader = i;
  });
  if (by === '' || at === '' || digestHeader < 0) {
    return {
      ok: false,
      reason: `Trang "${sheetName}" không đúng mẫu của tiện ích (thiếu ${by === '' ? LABEL.by : at === '' ? LABEL.at : 'bảng mã kiểm tra'}); không so sánh được với lúc chốt.`,
    };
  }
  const rows: RowDigest[] = [];
  for (const row of values.slice(digestHeader + 1)) {
    if (isBlank(row[0])) break;
    rows.push({ sheet: cellText(row[0]), row: Number(row[1]), digest: cellText(row[2]) });
  }
  return { ok: true, record: { by, at, logHead, rows } };
}
