// The Apps Script interfaces the local runtime's classes implement: Google's own signatures for the methods each class has, with the objects they take and return being the runtime's.
import type { BooleanCondition, ConditionalFormatRule, ConditionalFormatRuleBuilder, DataValidation, DataValidationBuilder } from './builders';
import type { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import type { LocalHtmlOutput } from './html';
import type { DeveloperMetadata } from './metadata';
import type { Protection, User } from './protection';
import type { Range } from './range';
import type { RangeList } from './range-list';
import type { LocalUser } from './session';
import type { Sheet } from './sheet';
import type { LocalSpreadsheet } from './spreadsheet';
import type { LocalMenu } from './ui';

/** Each call signature of an Apps Script method (up to eight overloads), as [parameters, result] pairs. */
type Signatures<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
}
  ? [A1, R1] | [A2, R2] | [A3, R3] | [A4, R4] | [A5, R5] | [A6, R6] | [A7, R7] | [A8, R8]
  : never;

/** Google's object types swapped for the runtime's, enums for their members' names (distributes over `X | null` and arrays; `any` stays). */
export type Local<T> = 0 extends 1 & T
  ? T
  : T extends GoogleAppsScript.Spreadsheet.Spreadsheet
    ? LocalSpreadsheet
    : T extends GoogleAppsScript.Spreadsheet.Range
      ? Range
      : T extends GoogleAppsScript.Spreadsheet.Sheet
        ? Sheet
        : T extends GoogleAppsScript.Spreadsheet.RangeList
          ? RangeList
          : T extends GoogleAppsScript.Spreadsheet.Protection
            ? Protection
            : T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder
              ? DataValidationBuilder
              : T extends GoogleAppsScript.Spreadsheet.DataValidation
                ? DataValidation
                : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
                  ? ConditionalFormatRuleBuilder
                  : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule
                    ? ConditionalFormatRule
                    : T extends GoogleAppsScript.Spreadsheet.BooleanCondition
                      ? BooleanCondition
                      : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                        ? EmbeddedChartBuilder
                        : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart
                          ? EmbeddedChart
                          : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadata
                            ? DeveloperMetadata
                            : T extends GoogleAppsScript.HTML.HtmlOutput
                              ? LocalHtmlOutput
                              : T extends GoogleAppsScript.Base.Menu
                                ? LocalMenu
                                : T extends GoogleAppsScript.Base.User
                                  ? LocalUser | User
                                  : T extends GoogleAppsScript.Base.PromptResponse
                                    ? LocalApi<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'>
                                    : T extends readonly (infer E)[]
                                      ? Local<E>[]
                                      : T extends number
                                        ? EnumName<T>
                                        : T;

/** Apps Script's enums, each with its members: the runtime passes a member as its name, as Apps Script prints it. */
type Enums =
  | [GoogleAppsScript.Spreadsheet.ProtectionType, typeof GoogleAppsScript.Spreadsheet.ProtectionType]
  | [GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility, typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility]
  | [GoogleAppsScript.Spreadsheet.DataValidationCriteria, typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria]
  | [GoogleAppsScript.Spreadsheet.BooleanCriteria, typeof GoogleAppsScript.Spreadsheet.BooleanCriteria]
  | [GoogleAppsScript.Charts.ChartType, typeof GoogleAppsScript.Charts.ChartType]
  | [GoogleAppsScript.HTML.XFrameOptionsMode, typeof GoogleAppsScript.HTML.XFrameOptionsMode]
  | [GoogleAppsScript.HTML.SandboxMode, typeof GoogleAppsScript.HTML.SandboxMode]
  | [GoogleAppsScript.Base.Button, typeof GoogleAppsScript.Base.Button];

/** Whether A and B are the same type (number and a numeric enum are assignable both ways, yet not the same). */
type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** The member names of the enum T is a member of (T itself when it is a plain number or no enum listed above). */
type EnumName<T> =
  Same<T, number> extends true
    ? T
    : Enums extends infer P
      ? (P extends [infer E, infer O] ? ([T] extends [E] ? keyof O : never) : never) extends infer N
        ? [N] extends [never]
          ? T
          : N
        : never
      : never;

type LocalParams<A> = { [I in keyof A]: Local<A[I]> };
type Intersect<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** One Apps Script method with every overload kept and the runtime's objects in place of Google's. */
type LocalMethod<F> = F extends (...a: never[]) => unknown
  ? Intersect<Signatures<F> extends infer P ? (P extends [infer A extends unknown[], infer R] ? (...a: LocalParams<A>) => Local<R> : never) : never>
  : F;

/**
 * The methods K of the Apps Script interface I, as the runtime implements them: each class below `implements` its
 * interface, so the compiler holds the runtime to Google's signatures. An enum is its members' names, as the runtime
 * passes them (what SpreadsheetApp.ProtectionType.SHEET prints in Apps Script; Google's types declare numeric enums).
 * Methods whose runtime signature still differs are left out of K and named in a note above their interface.
 */
export type LocalApi<I, K extends keyof I> = { [P in K]: LocalMethod<I[P]> };

/** Not checked here, as the runtime's signature differs from Google's types: insertSheet (no template option), setActiveSheet (no restoreSelection), addEditor (an email only), toast (no null timeout). */
export interface LocalSpreadsheetApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.Spreadsheet,
    | 'getSheets'
    | 'getNumSheets'
    | 'getSheetByName'
    | 'getSheetById'
    | 'deleteSheet'
    | 'getActiveSheet'
    | 'getActiveRange'
    | 'getName'
    | 'rename'
    | 'getId'
    | 'getUrl'
    | 'getSpreadsheetTimeZone'
    | 'setSpreadsheetTimeZone'
    | 'getSpreadsheetLocale'
    | 'setSpreadsheetLocale'
    | 'getOwner'
    | 'getEditors'
    | 'getRange'
    | 'getRangeList'
    | 'getRangeByName'
    | 'getSheetValues'
    | 'getProtections'
  > {}

/** Not checked here, as the runtime's signature differs from Google's types: getFontWeight(s), getFontStyle(s) (any stored string, Google: 'bold' | 'normal', 'italic' | 'normal'). */
export interface LocalRangeApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.Range,
    | 'getValues'
    | 'getValue'
    | 'getDisplayValues'
    | 'getDisplayValue'
    | 'setValues'
    | 'setValue'
    | 'getFormulas'
    | 'getFormula'
    | 'setFormula'
    | 'setFormulas'
    | 'isBlank'
    | 'getNumberFormats'
    | 'getNumberFormat'
    | 'setNumberFormat'
    | 'setNumberFormats'
    | 'setFontWeight'
    | 'setFontWeights'
    | 'getFontColors'
    | 'getFontColor'
    | 'setFontColor'
    | 'setFontColors'
    | 'getFontSizes'
    | 'getFontSize'
    | 'setFontSize'
    | 'setFontSizes'
    | 'setFontStyle'
    | 'setFontStyles'
    | 'getFontFamily'
    | 'setFontFamily'
    | 'getBackgrounds'
    | 'getBackground'
    | 'setBackground'
    | 'setBackgrounds'
    | 'getHorizontalAlignments'
    | 'getHorizontalAlignment'
    | 'setHorizontalAlignment'
    | 'setHorizontalAlignments'
    | 'getVerticalAlignments'
    | 'getVerticalAlignment'
    | 'setVerticalAlignment'
    | 'setVerticalAlignments'
    | 'getWraps'
    | 'getWrap'
    | 'setWrap'
    | 'setWraps'
    | 'setBorder'
    | 'getNotes'
    | 'getNote'
    | 'setNote'
    | 'setNotes'
    | 'clearNote'
    | 'getDataValidations'
    | 'getDataValidation'
    | 'setDataValidation'
    | 'setDataValidations'
    | 'clearDataValidations'
    | 'clear'
    | 'clearContent'
    | 'clearFormat'
    | 'merge'
    | 'mergeAcross'
    | 'mergeVertically'
    | 'breakApart'
    | 'isPartOfMerge'
    | 'getMergedRanges'
    | 'getRow'
    | 'getRowIndex'
    | 'getColumn'
    | 'getNumRows'
    | 'getNumColumns'
    | 'getHeight'
    | 'getWidth'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getA1Notation'
    | 'getSheet'
    | 'getCell'
    | 'offset'
    | 'activate'
    | 'protect'
  > {}

/** Not checked here, as the runtime's signature differs from Google's types: addDeveloperMetadata (no visibility). */
export interface LocalSheetApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.Sheet,
    | 'getRange'
    | 'getRangeList'
    | 'getDataRange'
    | 'getSheetValues'
    | 'getActiveRange'
    | 'setActiveRange'
    | 'getLastRow'
    | 'getLastColumn'
    | 'getMaxRows'
    | 'getMaxColumns'
    | 'insertRowsAfter'
    | 'insertRowsBefore'
    | 'insertRowAfter'
    | 'insertRowBefore'
    | 'insertRows'
    | 'insertColumnsAfter'
    | 'insertColumnsBefore'
    | 'insertColumns'
    | 'deleteRows'
    | 'deleteRow'
    | 'deleteColumns'
    | 'deleteColumn'
    | 'appendRow'
    | 'clear'
    | 'clearContents'
    | 'clearFormats'
    | 'clearNotes'
    | 'getName'
    | 'setName'
    | 'getSheetName'
    | 'getSheetId'
    | 'getIndex'
    | 'getParent'
    | 'activate'
    | 'hideSheet'
    | 'showSheet'
    | 'isSheetHidden'
    | 'setTabColor'
    | 'getTabColor'
    | 'setFrozenRows'
    | 'getFrozenRows'
    | 'setFrozenColumns'
    | 'getFrozenColumns'
    | 'setColumnWidth'
    | 'setColumnWidths'
    | 'getColumnWidth'
    | 'autoResizeColumns'
    | 'autoResizeColumn'
    | 'protect'
    | 'setConditionalFormatRules'
    | 'getConditionalFormatRules'
    | 'clearConditionalFormatRules'
    | 'newChart'
    | 'insertChart'
    | 'updateChart'
    | 'removeChart'
    | 'getCharts'
    | 'getDeveloperMetadata'
    | 'getProtections'
  > {}

export interface LocalRangeListApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.RangeList,
    | 'getRanges'
    | 'activate'
    | 'breakApart'
    | 'clear'
    | 'clearContent'
    | 'clearDataValidations'
    | 'clearFormat'
    | 'clearNote'
    | 'setBackground'
    | 'setBorder'
    | 'setFontColor'
    | 'setFontFamily'
    | 'setFontSize'
    | 'setFontStyle'
    | 'setFontWeight'
    | 'setFormula'
    | 'setHorizontalAlignment'
    | 'setNote'
    | 'setNumberFormat'
    | 'setValue'
    | 'setVerticalAlignment'
    | 'setWrap'
  > {}

export interface LocalProtectionApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.Protection,
    | 'getDescription'
    | 'setDescription'
    | 'isWarningOnly'
    | 'setWarningOnly'
    | 'addEditor'
    | 'addEditors'
    | 'removeEditor'
    | 'removeEditors'
    | 'getEditors'
    | 'canEdit'
    | 'canDomainEdit'
    | 'setDomainEdit'
    | 'setUnprotectedRanges'
    | 'remove'
    | 'getRange'
    | 'getUnprotectedRanges'
    | 'getProtectionType'
  > {}

/** Not checked here, as the runtime's signature differs from Google's types: getCriteriaType, getHelpText (null when none). */
export interface LocalDataValidationApi extends LocalApi<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid' | 'copy'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getCriteriaType (null before any criteria). */
export interface LocalDataValidationBuilderApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.DataValidationBuilder,
    | 'requireValueInList'
    | 'requireValueInRange'
    | 'requireNumberBetween'
    | 'requireNumberNotBetween'
    | 'requireNumberEqualTo'
    | 'requireNumberGreaterThan'
    | 'requireNumberGreaterThanOrEqualTo'
    | 'requireNumberLessThan'
    | 'requireNumberLessThanOrEqualTo'
    | 'requireDate'
    | 'requireCheckbox'
    | 'requireTextIsEmail'
    | 'requireTextContains'
    | 'requireFormulaSatisfied'
    | 'setAllowInvalid'
    | 'setHelpText'
    | 'getCriteriaValues'
    | 'getAllowInvalid'
    | 'getHelpText'
    | 'copy'
    | 'build'
    | 'withCriteria'
  > {}

/** Not checked here, as the runtime's signature differs from Google's types: getCriteriaType (null before any criteria). */
export interface LocalBooleanConditionApi
  extends LocalApi<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic'> {}

export interface LocalConditionalFormatRuleApi
  extends LocalApi<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getBooleanCondition' | 'copy' | 'getRanges'> {}

export interface LocalConditionalFormatRuleBuilderApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
    | 'whenCellEmpty'
    | 'whenCellNotEmpty'
    | 'whenFormulaSatisfied'
    | 'whenNumberGreaterThan'
    | 'whenNumberGreaterThanOrEqualTo'
    | 'whenNumberLessThan'
    | 'whenNumberBetween'
    | 'whenNumberEqualTo'
    | 'whenTextContains'
    | 'whenTextEqualTo'
    | 'setBackground'
    | 'setFontColor'
    | 'setBold'
    | 'setItalic'
    | 'setRanges'
    | 'build'
    | 'getRanges'
  > {}

export interface LocalEmbeddedChartApi
  extends LocalApi<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo' | 'modify' | 'getRanges'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getChartType (null before setChartType). */
export interface LocalEmbeddedChartBuilderApi
  extends LocalApi<
    GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
    | 'addRange'
    | 'removeRange'
    | 'clearRanges'
    | 'setOption'
    | 'setPosition'
    | 'setNumHeaders'
    | 'asAreaChart'
    | 'asBarChart'
    | 'asColumnChart'
    | 'asComboChart'
    | 'asHistogramChart'
    | 'asLineChart'
    | 'asPieChart'
    | 'asScatterChart'
    | 'asTableChart'
    | 'build'
    | 'getRanges'
    | 'setChartType'
  > {}

export interface LocalDeveloperMetadataApi extends LocalApi<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue' | 'setValue' | 'remove'> {}

export interface LocalHtmlOutputApi
  extends LocalApi<
    GoogleAppsScript.HTML.HtmlOutput,
    | 'getContent'
    | 'setContent'
    | 'append'
    | 'appendUntrusted'
    | 'clear'
    | 'getTitle'
    | 'setTitle'
    | 'getWidth'
    | 'setWidth'
    | 'getHeight'
    | 'setHeight'
    | 'addMetaTag'
    | 'getMetaTags'
    | 'setXFrameOptionsMode'
    | 'setSandboxMode'
  > {}

export interface LocalHtmlTemplateApi extends LocalApi<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'> {}

export interface LocalLockApi extends LocalApi<GoogleAppsScript.Lock.Lock, 'waitLock' | 'tryLock' | 'hasLock' | 'releaseLock'> {}

export interface LocalPropertiesApi
  extends LocalApi<
    GoogleAppsScript.Properties.Properties,
    'getProperty' | 'getProperties' | 'getKeys' | 'setProperty' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties'
  > {}

export interface LocalCacheApi extends LocalApi<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {}

export interface LocalUserApi extends LocalApi<GoogleAppsScript.Base.User, 'getEmail'> {}

export interface LocalMenuApi extends LocalApi<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {}

export interface LocalUiApi
  extends LocalApi<
    GoogleAppsScript.Base.Ui,
    'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog' | 'alert' | 'prompt'
  > {}
