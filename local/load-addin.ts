// Runs the built dist/Code.js in a fresh gas-local vm context whose globals are the local runtime's, and returns its top-level functions.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type * as entry from '../src/index';
import { REPO_ROOT, type LocalRuntime } from './runtime/index';

// gas-local ships no types: require(dir, globals, { filter }) runs every matching .js file of dir in one vm context and returns it.
const gas = require('gas-local') as { require(dir: string, globals: object, options: { filter(file: string): boolean }): object };

/**
 * The add-in's public functions, typed from the exports of src/index.ts: the build makes each of them a top-level function of
 * dist/Code.js (test/bundle checks that every export is there). Values made inside the vm come from another realm: test arrays
 * with Array.isArray, dates with Object.prototype.toString, never instanceof.
 */
export type Addin = typeof entry;

/** The top-level functions of any script file (only top-level `function` and `var` are visible), for scripts other than the add-in. */
export type ScriptFunctions = Record<string, (...args: unknown[]) => unknown>;

export const DEFAULT_DIST_DIR = path.join(REPO_ROOT, 'dist');

/**
 * Makes `e instanceof Error` inside the vm true for errors the runtime's services throw (they are Node-realm errors),
 * as Apps Script's service exceptions are Errors to the script.
 */
function acceptHostErrors(context: object): void {
  vm.runInContext(
    `Object.defineProperty(Error, Symbol.hasInstance, { value: function (v) {
      return Function.prototype[Symbol.hasInstance].call(this, v) || (this === Error && __hostIsError(v));
    } });`,
    context,
  );
}

/** Loads the built add-in, dist/Code.js, as loadScript does: its functions typed as the exports of src/index.ts. */
export function loadAddin(runtime: LocalRuntime, distDir: string = DEFAULT_DIST_DIR): Addin {
  return loadScript<Addin>(runtime, distDir);
}

/**
 * Loads <distDir>/Code.js (only that file) into a fresh context whose globals are a copy of runtime.globals, so no top-level state
 * leaks between loads. Each call of a returned function is one execution (runtime.beginExecution): it owns the locks it takes,
 * and afterwards the locks it still holds are released, as Apps Script does when a script ends. A call made while another
 * is running (from runtime.onServiceCall) is a second, concurrent execution, typically from a second loadAddin context.
 * `Functions` is what the caller knows the file defines; the vm cannot check it.
 */
export function loadScript<Functions extends object = ScriptFunctions>(runtime: LocalRuntime, distDir: string = DEFAULT_DIST_DIR): Functions {
  const codeFile = path.join(distDir, 'Code.js');
  if (!fs.existsSync(codeFile)) throw new Error(`Chưa build: chạy npm run build (không thấy ${codeFile})`);
  const globals: Record<string, unknown> = { ...runtime.globals, __hostIsError: (v: unknown) => v instanceof Error };
  const target = path.resolve(codeFile);
  const context = gas.require(distDir, globals, { filter: (file) => path.resolve(file) === target });
  acceptHostErrors(context);
  runtime.setScriptScope(context);
  const scope = context as Record<string, unknown>;
  return new Proxy(scope, {
    get(object, name) {
      const value = Reflect.get(object, name);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const execution = runtime.beginExecution();
        try {
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        } finally {
          runtime.endExecution(execution);
        }
      };
    },
  }) as Functions;
}
