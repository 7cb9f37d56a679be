// Counts calls into the local Spreadsheet service: wraps a class's public methods so each outermost call is one count('Spreadsheet', 'Class.method'), with the cells it moved.
import type { CallCounter, CellTraffic } from './counter';

/** Anything whose calls are counted carries the shared counter. */
export interface HasCounter {
  readonly counter: CallCounter;
}

/** Nesting depth of counted calls: only the outermost one counts, so a method built on another public method counts once. */
let depth = 0;

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * The cells an outermost call moved, from its object, method name, arguments and result; null when it moves none. Only the
 * outermost call is measured, so a method built on another (appendRow on setValues) counts its cells once.
 */
export type CellMeasure<Self> = (self: Self, method: string, args: unknown[], result: unknown) => CellTraffic | null;

function wrapCounted(fn: AnyFunction, label: string, counterOf: (self: unknown) => CallCounter, measure?: CellMeasure<unknown>): AnyFunction {
  const method = label.slice(label.indexOf('.') + 1);
  return function (this: unknown, ...args: unknown[]) {
    const outermost = depth === 0;
    if (outermost) counterOf(this).count('Spreadsheet', label);
    depth++;
    let result: unknown;
    try {
      result = fn.apply(this, args);
    } finally {
      depth--;
    }
    if (outermost && measure) {
      const traffic = measure(this, method, args, result);
      if (traffic) counterOf(this).cells(traffic);
    }
    return result;
  };
}

/** Cells in a grid of values as a read returns it (rows × columns). */
export function gridCells(grid: unknown): number {
  return Array.isArray(grid) ? grid.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 0;
}

/**
 * Wraps every method on `cls.prototype` (except the constructor and names starting with "_") so that a call from outside
 * counts one `<className>.<method>` on `this.counter`. Methods meant for the runtime itself must start with "_" or live outside.
 */
export function countMethods<Self extends object>(cls: { prototype: Self }, className: string, measure?: CellMeasure<Self>): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const value = wrapCounted(
      descriptor.value as AnyFunction,
      `${className}.${name}`,
      (self) => (self as HasCounter).counter,
      measure as CellMeasure<unknown> | undefined,
    );
    Object.defineProperty(proto, name, { ...descriptor, value });
  }
}

/** Wraps the functions of a plain object (such as the SpreadsheetApp global) the same way. */
export function countFunctions<T extends object>(target: T, className: string, counter: CallCounter): T {
  for (const [name, value] of Object.entries(target)) {
    if (typeof value === 'function') (target as Record<string, unknown>)[name] = wrapCounted(value as AnyFunction, `${className}.${name}`, () => counter);
  }
  return target;
}
