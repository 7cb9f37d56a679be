// The RangeList of the local Spreadsheet runtime: one call that applies a format, border, value or clear to several ranges of one sheet.
import type { LocalRangeListApi } from './api';
import { countMethods, type CellMeasure } from './counted';
import type { CallCounter } from './counter';
import { GasException } from './exception';
import type { Range } from './range';

/**
 * Ranges of one sheet, from Sheet.getRangeList(a1Notations). Only the methods Apps Script's RangeList has are here (its
 * reference lists no merge: merges stay one Range call each). Every public method call counts one Spreadsheet call
 * ("RangeList.<method>"), however many ranges it covers.
 */
export class RangeList implements LocalRangeListApi {
  readonly counter: CallCounter;

  constructor(private readonly ranges: Range[]) {
    // An empty list throws; the exact text is UNVERIFIED (failing loudest, as elsewhere in the runtime).
    if (ranges.length === 0) throw new GasException('The range list must contain at least one range.');
    this.counter = ranges[0].counter;
  }

  /** Every range of the list, for the runtime (not counted). */
  _ranges(): Range[] {
    return this.ranges;
  }
  private _each(apply: (range: Range) => unknown): this {
    for (const range of this.ranges) apply(range);
    return this;
  }

  getRanges(): Range[] {
    return [...this.ranges];
  }
  activate(): this {
    return this._each((r) => r.activate());
  }
  breakApart(): this {
    return this._each((r) => r.breakApart());
  }
  clear(options?: Parameters<Range['clear']>[0]): this {
    return this._each((r) => r.clear(options));
  }
  clearContent(): this {
    return this._each((r) => r.clearContent());
  }
  clearDataValidations(): this {
    return this._each((r) => r.clearDataValidations());
  }
  clearFormat(): this {
    return this._each((r) => r.clearFormat());
  }
  clearNote(): this {
    return this._each((r) => r.clearNote());
  }
  setBackground(color: string | null): this {
    return this._each((r) => r.setBackground(color));
  }
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: unknown,
  ): this {
    return this._each((r) => r.setBorder(top, left, bottom, right, vertical, horizontal, color, style));
  }
  setFontColor(color: string | null): this {
    return this._each((r) => r.setFontColor(color));
  }
  setFontFamily(family: string | null): this {
    return this._each((r) => r.setFontFamily(family));
  }
  setFontSize(size: number): this {
    return this._each((r) => r.setFontSize(size));
  }
  setFontStyle(style: string | null): this {
    return this._each((r) => r.setFontStyle(style));
  }
  setFontWeight(weight: string | null): this {
    return this._each((r) => r.setFontWeight(weight));
  }
  setFormula(formula: string): this {
    return this._each((r) => r.setFormula(formula));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return this._each((r) => r.setHorizontalAlignment(alignment));
  }
  setNote(note: string | null): this {
    return this._each((r) => r.setNote(note));
  }
  setNumberFormat(format: string): this {
    return this._each((r) => r.setNumberFormat(format));
  }
  setValue(value: unknown): this {
    return this._each((r) => r.setValue(value));
  }
  setVerticalAlignment(alignment: string | null): this {
    return this._each((r) => r.setVerticalAlignment(alignment));
  }
  setWrap(wrap: boolean): this {
    return this._each((r) => r.setWrap(wrap));
  }
}

/** Cells a RangeList call writes: every cell of every range, for the setters and clears. */
const measureRangeList: CellMeasure<RangeList> = (list, method) => {
  if (!/^(set|clear|breakApart)/.test(method)) return null;
  const ranges = list._ranges();
  const written = ranges.reduce((n, r) => {
    const rect = r._rect();
    return n + rect.numRows * rect.numColumns;
  }, 0);
  return { sheet: ranges[0]._sheet()._model.name, read: 0, written };
};

countMethods(RangeList, 'RangeList', measureRangeList);
