// A1 notation for the local Spreadsheet runtime: column letters, parsing 'A1:D10', 'B:B', '2:2', 'A1:C', sheet prefixes, and printing.

/** A parsed A1 reference; a missing bound means "open" (whole column / whole row up to the sheet's edge). */
export interface A1Ref {
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

/** A resolved rectangle, 1-based, inclusive of its first cell. */
export interface GridRect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A" → 1, "aa" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parsePart(text: string): { row?: number; column?: number } | null {
  const m = PART.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  const row = m[2] === undefined ? undefined : Number(m[2]);
  if (row === 0) return null;
  return { column: m[1] ? columnNumber(m[1]) : undefined, row };
}

/**
 * Parses the range part of A1 notation. A single cell needs both letters and digits ('B' alone is "Range not found"),
 * a pair may leave bounds open: 'B:B', '2:2', 'A1:C', 'A2:2', 'A1:5'. R1C1 notation is not supported (returns null).
 */
export function parseA1(text: string): A1Ref | null {
  const pieces = text.trim().split(':');
  if (pieces.length === 1) {
    const p = parsePart(pieces[0]);
    if (!p || p.row === undefined || p.column === undefined) return null;
    return { startRow: p.row, startColumn: p.column, endRow: p.row, endColumn: p.column };
  }
  if (pieces.length !== 2) return null;
  const a = parsePart(pieces[0]);
  const b = parsePart(pieces[1]);
  if (!a || !b) return null;
  // A whole-column piece must pair with letters, a whole-row piece with digits ('A:2' is not a range).
  if ((a.row === undefined && b.column === undefined) || (a.column === undefined && b.row === undefined)) return null;
  const rows = [a.row, b.row];
  const columns = [a.column, b.column];
  const lowest = (x: (number | undefined)[]) => (x[0] !== undefined && x[1] !== undefined ? Math.min(x[0], x[1]) : (x[0] ?? undefined));
  const highest = (x: (number | undefined)[]) => (x[0] !== undefined && x[1] !== undefined ? Math.max(x[0], x[1]) : (x[1] ?? undefined));
  return {
    startRow: lowest(rows),
    endRow: highest(rows),
    startColumn: lowest(columns),
    endColumn: highest(columns),
  };
}

/** Resolves open bounds against the sheet's size. */
export function resolveA1(ref: A1Ref, maxRows: number, maxColumns: number): GridRect {
  const row = ref.startRow ?? 1;
  const column = ref.startColumn ?? 1;
  const endRow = ref.endRow ?? maxRows;
  const endColumn = ref.endColumn ?? maxColumns;
  return { row, column, numRows: endRow - row + 1, numColumns: endColumn - column + 1 };
}

/** Splits "'Sheet name'!A1:B2" or "Sheet!A1" into the sheet name (quotes removed) and the range part. */
export function splitSheetName(text: string): { sheetName?: string; range: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { range: text };
  let name = text.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, range: text.slice(bang + 1) };
}

/** "A1" or "A1:C3" for a rectangle; whole columns print as 'B:B' and whole rows as '2:2' when flagged open. */
export function formatA1(rect: GridRect, open: { rows?: boolean; columns?: boolean } = {}): string {
  const endRow = rect.row + rect.numRows - 1;
  const endColumn = rect.column + rect.numColumns - 1;
  if (open.rows && rect.row === 1) return `${columnLetters(rect.column)}:${columnLetters(endColumn)}`;
  if (open.columns && rect.column === 1) return `${rect.row}:${endRow}`;
  const start = `${columnLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnLetters(endColumn)}${endRow}`;
}

/** Quotes a sheet name for A1 references when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
