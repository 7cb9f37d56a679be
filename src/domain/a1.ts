// A1 notation: the column letters and cell names that warnings and links show to officers ("E7").

/** "A", "B", …, "Z", "AA" for a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 notation for a 0-based column and a 1-based row. */
export function cellRef(columnIndex: number, row: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}
