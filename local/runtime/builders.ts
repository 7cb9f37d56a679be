// Data validation and conditional format rules with their builders, as SpreadsheetApp.newDataValidation() / newConditionalFormatRule() give them.
import type { Range } from './range';
import type {
  LocalBooleanConditionApi,
  LocalConditionalFormatRuleApi,
  LocalConditionalFormatRuleBuilderApi,
  LocalDataValidationApi,
  LocalDataValidationBuilderApi,
} from './api';
import { countMethods } from './counted';
import type { CallCounter } from './counter';
import { signatureError } from './exception';

/** SpreadsheetApp.DataValidationCriteria: each member is its own name. */
export const DataValidationCriteria = Object.freeze(
  Object.fromEntries(
    [
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_BETWEEN',
      'DATE_EQUAL_TO',
      'DATE_IS_VALID_DATE',
      'DATE_NOT_BETWEEN',
      'DATE_ON_OR_AFTER',
      'DATE_ON_OR_BEFORE',
      'NUMBER_BETWEEN',
      'NUMBER_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_NOT_EQUAL_TO',
      'TEXT_CONTAINS',
      'TEXT_DOES_NOT_CONTAIN',
      'TEXT_EQUAL_TO',
      'TEXT_IS_VALID_EMAIL',
      'TEXT_IS_VALID_URL',
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'CUSTOM_FORMULA',
      'CHECKBOX',
    ].map((name) => [name, name]),
  ) as Record<string, string>,
);

/** SpreadsheetApp.BooleanCriteria (conditional formats). */
export const BooleanCriteria = Object.freeze(
  Object.fromEntries(
    [
      'CELL_EMPTY',
      'CELL_NOT_EMPTY',
      'DATE_AFTER',
      'DATE_BEFORE',
      'DATE_EQUAL_TO',
      'NUMBER_BETWEEN',
      'NUMBER_EQUAL_TO',
      'NUMBER_GREATER_THAN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      'NUMBER_LESS_THAN',
      'NUMBER_LESS_THAN_OR_EQUAL_TO',
      'NUMBER_NOT_BETWEEN',
      'NUMBER_NOT_EQUAL_TO',
      'TEXT_CONTAINS',
      'TEXT_DOES_NOT_CONTAIN',
      'TEXT_ENDS_WITH',
      'TEXT_EQUAL_TO',
      'TEXT_STARTS_WITH',
      'CUSTOM_FORMULA',
    ].map((name) => [name, name]),
  ) as Record<string, string>,
);

interface ValidationState {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A built data validation rule (immutable). */
export class DataValidation implements LocalDataValidationApi {
  constructor(
    readonly counter: CallCounter,
    private readonly state: ValidationState,
  ) {}
  getCriteriaType(): string | null {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.state.values.map((v) => (Array.isArray(v) ? [...v] : v));
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    return this.state.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.counter, { ...this.state, values: [...this.state.values] });
  }
  /** Raw rule for the runtime and xlsx.ts (not counted). */
  _state(): Readonly<ValidationState> {
    return this.state;
  }
}

export class DataValidationBuilder implements LocalDataValidationBuilderApi {
  constructor(
    readonly counter: CallCounter,
    private state: ValidationState = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {}
  private _set(criteria: string, values: unknown[]): this {
    this.state = { ...this.state, criteria, values };
    return this;
  }
  requireValueInList(values: unknown[], showDropdown = true): this {
    if (!Array.isArray(values)) throw signatureError('DataValidationBuilder', 'requireValueInList', [values]);
    return this._set('VALUE_IN_LIST', [values.map(String), showDropdown]);
  }
  requireValueInRange(range: Range, showDropdown = true): this {
    return this._set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this._set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this._set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(...args: unknown[]): this {
    if (args.length > 0) throw signatureError('DataValidationBuilder', 'requireDate', args);
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this._set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextContains(text: string): this {
    return this._set('TEXT_CONTAINS', [text]);
  }
  requireFormulaSatisfied(formula: string): this {
    return this._set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: string, args: unknown[]): this {
    return this._set(String(criteria), [...args]);
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.state = { ...this.state, allowInvalid: !!allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    this.state = { ...this.state, helpText: String(helpText) };
    return this;
  }
  getCriteriaType(): string | null {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    return this.state.helpText;
  }
  copy(): DataValidationBuilder {
    return new DataValidationBuilder(this.counter, { ...this.state });
  }
  build(): DataValidation {
    return new DataValidation(this.counter, { ...this.state, values: [...this.state.values] });
  }
}

interface ConditionState {
  criteria: string | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  ranges: Range[];
}

/** The condition and formatting of a conditional format rule. */
export class BooleanCondition implements LocalBooleanConditionApi {
  constructor(
    readonly counter: CallCounter,
    private readonly state: ConditionState,
  ) {}
  getCriteriaType(): string | null {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return [...this.state.values];
  }
  getBackground(): string | null {
    return this.state.background;
  }
  getFontColor(): string | null {
    return this.state.fontColor;
  }
  getBold(): boolean | null {
    return this.state.bold;
  }
  getItalic(): boolean | null {
    return this.state.italic;
  }
}

export class ConditionalFormatRule implements LocalConditionalFormatRuleApi {
  constructor(
    readonly counter: CallCounter,
    private readonly state: ConditionState,
  ) {}
  getRanges(): Range[] {
    return [...this.state.ranges];
  }
  getBooleanCondition(): BooleanCondition {
    return new BooleanCondition(this.counter, this.state);
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this.counter, { ...this.state });
  }
}

export class ConditionalFormatRuleBuilder implements LocalConditionalFormatRuleBuilderApi {
  constructor(
    readonly counter: CallCounter,
    private state: ConditionState = { criteria: null, values: [], background: null, fontColor: null, bold: null, italic: null, ranges: [] },
  ) {}
  private _when(criteria: string, values: unknown[]): this {
    this.state = { ...this.state, criteria, values };
    return this;
  }
  whenCellEmpty(): this {
    return this._when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this._when('CELL_NOT_EMPTY', []);
  }
  whenFormulaSatisfied(formula: string): this {
    return this._when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberGreaterThan(n: number): this {
    return this._when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): this {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this._when('NUMBER_LESS_THAN', [n]);
  }
  whenNumberBetween(a: number, b: number): this {
    return this._when('NUMBER_BETWEEN', [a, b]);
  }
  whenNumberEqualTo(n: number): this {
    return this._when('NUMBER_EQUAL_TO', [n]);
  }
  whenTextContains(text: string): this {
    return this._when('TEXT_CONTAINS', [text]);
  }
  whenTextEqualTo(text: string): this {
    return this._when('TEXT_EQUAL_TO', [text]);
  }
  setBackground(color: string | null): this {
    this.state = { ...this.state, background: color };
    return this;
  }
  setFontColor(color: string | null): this {
    this.state = { ...this.state, fontColor: color };
    return this;
  }
  setBold(bold: boolean | null): this {
    this.state = { ...this.state, bold };
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.state = { ...this.state, italic };
    return this;
  }
  setRanges(ranges: Range[]): this {
    if (!Array.isArray(ranges)) throw signatureError('ConditionalFormatRuleBuilder', 'setRanges', [ranges]);
    this.state = { ...this.state, ranges: [...ranges] };
    return this;
  }
  getRanges(): Range[] {
    return [...this.state.ranges];
  }
  build(): ConditionalFormatRule {
    return new ConditionalFormatRule(this.counter, { ...this.state });
  }
}

countMethods(DataValidation, 'DataValidation');
countMethods(DataValidationBuilder, 'DataValidationBuilder');
countMethods(BooleanCondition, 'BooleanCondition');
countMethods(ConditionalFormatRule, 'ConditionalFormatRule');
countMethods(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');
