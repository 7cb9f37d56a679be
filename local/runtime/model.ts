// The raw, uncounted data of the local Spreadsheet runtime: cells, sheets and the spreadsheet, used by the facades and by xlsx.ts.
import type { GridRect } from './a1';
import type { Protection } from './protection';

export type CellValue = number | string | boolean | Date;

export interface BorderSides {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
  color?: string;
  style?: string;
}

/** Formatting a cell can carry; clearFormat removes exactly these keys. */
export interface CellFormat {
  numberFormat?: string;
  fontWeight?: string;
  fontColor?: string;
  fontSize?: number;
  fontStyle?: string;
  fontFamily?: string;
  background?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  border?: BorderSides;
}

export const FORMAT_KEYS: readonly (keyof CellFormat)[] = [
  'numberFormat',
  'fontWeight',
  'fontColor',
  'fontSize',
  'fontStyle',
  'fontFamily',
  'background',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
  'border',
];

/** One cell. `value` undefined means empty; a formula cell keeps its text in `formula` and its computed result in `value`. */
export interface Cell extends CellFormat {
  value?: CellValue;
  formula?: string;
  note?: string;
  /** A DataValidation (see validation.ts). */
  validation?: object;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && ((cell.value !== undefined && cell.value !== '') || !!cell.formula);
}

/** One sheet's data. Rows and columns are 1-based in every method. */
export class SheetModel {
  maxRows = 1000;
  maxColumns = 26;
  hidden = false;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  merges: GridRect[] = [];
  /** Protection objects (see protection.ts); at most one of type SHEET. */
  protections: Protection[] = [];
  conditionalRules: object[] = [];
  /** EmbeddedChart objects (see charts.ts): recorded, never drawn. */
  charts: object[] = [];
  /** Sheet.addDeveloperMetadata pairs, in the order added. */
  developerMetadata: { key: string; value: string }[] = [];
  private rows: (Cell | undefined)[][] = [];

  constructor(
    public name: string,
    public readonly sheetId: number,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  /** The cell, created if missing, for writing. */
  touch(row: number, column: number): Cell {
    const cells = (this.rows[row - 1] ??= []);
    return (cells[column - 1] ??= {});
  }

  /** Puts a cell made elsewhere (the .xlsx reader's) in place, replacing what was there. */
  place(row: number, column: number, cell: Cell): void {
    (this.rows[row - 1] ??= [])[column - 1] = cell;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      const cells = this.rows[r - 1];
      if (cells?.some((c) => hasContent(c))) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length; c > last; c--)
        if (hasContent(cells[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  /** Calls `visit` for every existing cell inside the rectangle. */
  forEachCell(rect: GridRect, visit: (cell: Cell, row: number, column: number) => void): void {
    const lastRow = Math.min(rect.row + rect.numRows - 1, this.rows.length);
    for (let r = rect.row; r <= lastRow; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      const lastColumn = Math.min(rect.column + rect.numColumns - 1, cells.length);
      for (let c = rect.column; c <= lastColumn; c++) {
        const cell = cells[c - 1];
        if (cell) visit(cell, r, c);
      }
    }
  }

  /** Inserts `count` empty rows before `row`; the sheet grows by as many rows. */
  insertRows(row: number, count: number): void {
    if (this.rows.length >= row) this.rows.splice(row - 1, 0, ...new Array<(Cell | undefined)[]>(count).fill(undefined as never));
    this.maxRows += count;
    this.merges = this.merges.map((m) => (m.row >= row ? { ...m, row: m.row + count } : m));
  }

  deleteRows(row: number, count: number): void {
    this.rows.splice(row - 1, count);
    this.maxRows -= count;
    this.merges = this.merges
      .filter((m) => m.row + m.numRows - 1 < row || m.row >= row + count)
      .map((m) => (m.row >= row + count ? { ...m, row: m.row - count } : m));
  }

  insertColumns(column: number, count: number): void {
    for (const cells of this.rows) if (cells && cells.length >= column) cells.splice(column - 1, 0, ...new Array<Cell | undefined>(count).fill(undefined));
    this.maxColumns += count;
    this.merges = this.merges.map((m) => (m.column >= column ? { ...m, column: m.column + count } : m));
  }

  deleteColumns(column: number, count: number): void {
    for (const cells of this.rows) if (cells) cells.splice(column - 1, count);
    this.maxColumns -= count;
    this.merges = this.merges
      .filter((m) => m.column + m.numColumns - 1 < column || m.column >= column + count)
      .map((m) => (m.column >= column + count ? { ...m, column: m.column - count } : m));
  }
}

/** The spreadsheet's own data. */
export interface SpreadsheetModel {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  sheets: SheetModel[];
  active: SheetModel;
  nextSheetId: number;
}
