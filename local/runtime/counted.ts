// Counts calls into the local Spreadsheet service: wraps a class's public methods so each outermost call is one count('Spreadsheet', 'Class.method').
import type { CallCounter } from './counter';

/** Anything whose calls are counted carries the shared counter. */
export interface HasCounter { readonly counter: CallCounter }

/** Nesting depth of counted calls: only the outermost one counts, so a method built on another public method counts once. */
let depth = 0;

type AnyFunction = (...args: unknown[]) => unknown;

function wrapCounted(fn: AnyFunction, label: string, counterOf: (self: unknown) => CallCounter): AnyFunction {
  return function (this: unknown, ...args: unknown[]) {
    if (depth === 0) counterOf(this).count('Spreadsheet', label);
    depth++;
    try {
      return fn.apply(this, args);
    } finally {
      depth--;
    }
  };
}

/**
 * Wraps every method on `cls.prototype` (except the constructor and names starting with "_") so that a call from outside
 * counts one `<className>.<method>` on `this.counter`. Methods meant for the runtime itself must start with "_" or live outside.
 */
export function countMethods(cls: { prototype: object }, className: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const value = wrapCounted(descriptor.value as AnyFunction, `${className}.${name}`, (self) => (self as HasCounter).counter);
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
