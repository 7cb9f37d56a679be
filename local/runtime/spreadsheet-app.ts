// The SpreadsheetApp global of the local runtime: the active spreadsheet, builders, flush, getUi and the enums add-ins use.
import { BooleanCriteria, ConditionalFormatRuleBuilder, DataValidationBuilder, DataValidationCriteria } from './builders';
import { countFunctions } from './counted';
import type { CallCounter } from './counter';
import { ProtectionType } from './protection';
import type { LocalSpreadsheet } from './spreadsheet';

const names = (list: string[]) => Object.freeze(Object.fromEntries(list.map((n) => [n, n])) as Record<string, string>);

export const BorderStyle = names(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const WrapStrategy = names(['WRAP', 'OVERFLOW', 'CLIP']);
export const Dimension = names(['COLUMNS', 'ROWS']);

/** A rich text value reduced to its text (setRichTextValue is not emulated; getText is what the add-in reads). */
function richTextBuilder() {
  let text = '';
  const builder = {
    setText(value: string) {
      text = String(value);
      return builder;
    },
    setTextStyle() {
      return builder;
    },
    setLinkUrl() {
      return builder;
    },
    build() {
      return { getText: () => text };
    },
  };
  return builder;
}

export interface SpreadsheetAppContext {
  active(): LocalSpreadsheet;
  counter: CallCounter;
  getUi(): unknown;
  toast?(msg: string, title?: string, timeout?: number): void;
}

/**
 * Builds the SpreadsheetApp global. Each function call counts one Spreadsheet call ("SpreadsheetApp.<name>"); enums are plain
 * properties (not counted). Spreadsheet.toast goes to LocalSpreadsheetOptions.onToast, or else to ctx.toast.
 */
export function createSpreadsheetApp(ctx: SpreadsheetAppContext): object {
  const active = (): LocalSpreadsheet => {
    const spreadsheet = ctx.active();
    if (ctx.toast && !spreadsheet._onToast) spreadsheet._onToast = (msg, title, timeout) => ctx.toast!(msg, title, timeout);
    return spreadsheet;
  };
  const app = {
    getActiveSpreadsheet: () => active(),
    getActive: () => active(),
    getActiveSheet: () => active().getActiveSheet(),
    getActiveRange: () => active().getActiveRange(),
    setActiveSheet: (sheet: Parameters<LocalSpreadsheet['setActiveSheet']>[0]) => active().setActiveSheet(sheet),
    getUi: () => ctx.getUi(),
    flush: () => undefined,
    newDataValidation: () => new DataValidationBuilder(ctx.counter),
    newConditionalFormatRule: () => new ConditionalFormatRuleBuilder(ctx.counter),
    newRichTextValue: () => richTextBuilder(),
  };
  return Object.assign(countFunctions(app, 'SpreadsheetApp', ctx.counter), {
    BorderStyle,
    ProtectionType,
    DataValidationCriteria,
    BooleanCriteria,
    WrapStrategy,
    Dimension,
  });
}
