// Apps Script-style exceptions for the local Spreadsheet runtime: name "Exception", the message text Apps Script uses.

/** An error as Apps Script throws it: `e.name === 'Exception'`, and String(e) is "Exception: <message>". */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Apps Script's name for the type of an argument, as in "The parameters (String[]) don't match…". */
export function gasTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) {
    const inner = new Set(value.map(gasTypeName));
    return `${inner.size === 1 ? [...inner][0] : 'Object'}[]`;
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') return 'Date';
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Object';
  }
}

/** "The parameters (…) don't match the method signature for SpreadsheetApp.<Class>.<method>." */
export function signatureError(className: string, method: string, args: readonly unknown[]): GasException {
  const types = args.map(gasTypeName).join(',');
  return new GasException(`The parameters (${types}) don't match the method signature for SpreadsheetApp.${className}.${method}.`);
}

/** The dimension check every set*s(grid) method makes, with Apps Script's messages. */
export function checkGrid(grid: unknown, numRows: number, numColumns: number, className: string, method: string): unknown[][] {
  if (!Array.isArray(grid) || !grid.every((row) => Array.isArray(row))) throw signatureError(className, method, [grid]);
  if (grid.length !== numRows) {
    throw new GasException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${numRows}.`,
    );
  }
  for (const row of grid as unknown[][]) {
    if (row.length !== numColumns) {
      throw new GasException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return grid as unknown[][];
}
