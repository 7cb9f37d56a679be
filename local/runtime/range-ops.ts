// Uncounted helpers behind Range: walking its cells, grid writes with dimension checks, borders and merges.
import { formatA1, type GridRect } from './a1';
import { checkGrid, GasException } from './exception';
import type { BorderSides, Cell, SheetModel } from './model';

/** Reads one value per cell of the rectangle into a grid, row by row. */
export function mapCells<T>(model: SheetModel, rect: GridRect, read: (cell: Cell | undefined, row: number, column: number) => T): T[][] {
  const out: T[][] = new Array(rect.numRows);
  for (let i = 0; i < rect.numRows; i++) {
    const row: T[] = new Array(rect.numColumns);
    for (let j = 0; j < rect.numColumns; j++) row[j] = read(model.cell(rect.row + i, rect.column + j), rect.row + i, rect.column + j);
    out[i] = row;
  }
  return out;
}

/** Writes every cell of the rectangle (creating cells as needed). */
export function eachCell(model: SheetModel, rect: GridRect, write: (cell: Cell, row: number, column: number) => void): void {
  for (let i = 0; i < rect.numRows; i++)
    for (let j = 0; j < rect.numColumns; j++) write(model.touch(rect.row + i, rect.column + j), rect.row + i, rect.column + j);
}

/** Writes a grid after the dimension check every set*s(grid) method makes (Apps Script's messages). */
export function writeGrid(
  model: SheetModel,
  rect: GridRect,
  grid: unknown,
  method: string,
  write: (cell: Cell, value: unknown, row: number, column: number) => void,
): void {
  const rows = checkGrid(grid, rect.numRows, rect.numColumns, 'Range', method);
  eachCell(model, rect, (cell, r, c) => write(cell, rows[r - rect.row][c - rect.column], r, c));
}

function overlaps(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/** Merges that touch the rectangle. */
export function mergesIn(model: SheetModel, rect: GridRect): GridRect[] {
  return model.merges.filter((m) => overlaps(m, rect));
}

/** True when (row, column) is inside a merge but not its top-left cell: writes there are dropped, as in Sheets. */
export function isHiddenByMerge(model: SheetModel, row: number, column: number): boolean {
  return model.merges.some((m) => overlaps(m, { row, column, numRows: 1, numColumns: 1 }) && (m.row !== row || m.column !== column));
}

/**
 * Merges each given rectangle: the top-left value stays, the other cells lose their content. A merge that would cut an
 * existing one throws, as Sheets refuses ("You must select all cells in a merged range to merge or unmerge them.").
 */
export function mergeRects(model: SheetModel, rects: GridRect[]): void {
  for (const rect of rects) {
    if (rect.numRows * rect.numColumns < 2) continue;
    for (const m of mergesIn(model, rect)) {
      const inside =
        m.row >= rect.row &&
        m.column >= rect.column &&
        m.row + m.numRows <= rect.row + rect.numRows &&
        m.column + m.numColumns <= rect.column + rect.numColumns;
      if (!inside) throw new GasException(`You must select all cells in a merged range to merge or unmerge them. (${formatA1(m)})`);
    }
    model.merges = model.merges.filter((m) => !overlaps(m, rect));
    model.forEachCell(rect, (cell, r, c) => {
      if (r !== rect.row || c !== rect.column) {
        delete cell.value;
        delete cell.formula;
      }
    });
    model.merges.push({ ...rect });
  }
}

export function breakApart(model: SheetModel, rect: GridRect): void {
  model.merges = model.merges.filter((m) => !overlaps(m, rect));
}

type Side = boolean | null | undefined;

/**
 * Range.setBorder(top, left, bottom, right, vertical, horizontal[, color, style]): true sets, false clears, null leaves a side
 * unchanged. Outer sides apply to the edge cells, vertical/horizontal to the inner edges.
 */
export function setBorders(model: SheetModel, rect: GridRect, sides: Side[], color?: string | null, style?: unknown): void {
  const [top, left, bottom, right, vertical, horizontal] = sides;
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  const apply = (border: BorderSides, key: 'top' | 'left' | 'bottom' | 'right', side: Side) => {
    if (side === true) border[key] = true;
    else if (side === false) delete border[key];
  };
  eachCell(model, rect, (cell, r, c) => {
    const border: BorderSides = { ...(cell.border ?? {}) };
    apply(border, 'top', r === rect.row ? top : horizontal);
    apply(border, 'bottom', r === lastRow ? bottom : horizontal);
    apply(border, 'left', c === rect.column ? left : vertical);
    apply(border, 'right', c === lastColumn ? right : vertical);
    if (color) border.color = color;
    if (style !== undefined && style !== null) border.style = String(style);
    if (border.top || border.left || border.bottom || border.right) cell.border = border;
    else delete cell.border;
  });
}
