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
  (...a: infer A1): infer R1; (...a: infer A2): infer R2; (...a: infer A3): infer R3; (...a: infer A4): infer R4;
  (...a: infer A5): infer R5; (...a: infer A6): infer R6; (...a: infer A7): infer R7; (...a: infer A8): infer R8;
}
  ? [A1, R1] | [A2, R2] | [A3, R3] | [A4, R4] | [A5, R5] | [A6, R6] | [A7, R7] | [A8, R8]
  : never;

/** Google's object types swapped for the runtime's (distributes over `X | null` and arrays). */
export type Local<T> =
  T extends GoogleAppsScript.Spreadsheet.Spreadsheet ? LocalSpreadsheet
  : T extends GoogleAppsScript.Spreadsheet.Range ? Range
  : T extends GoogleAppsScript.Spreadsheet.Sheet ? Sheet
  : T extends GoogleAppsScript.Spreadsheet.RangeList ? RangeList
  : T extends GoogleAppsScript.Spreadsheet.Protection ? Protection
  : T extends GoogleAppsScript.Spreadsheet.DataValidationBuilder ? DataValidationBuilder
  : T extends GoogleAppsScript.Spreadsheet.DataValidation ? DataValidation
  : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder ? ConditionalFormatRuleBuilder
  : T extends GoogleAppsScript.Spreadsheet.ConditionalFormatRule ? ConditionalFormatRule
  : T extends GoogleAppsScript.Spreadsheet.BooleanCondition ? BooleanCondition
  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder ? EmbeddedChartBuilder
  : T extends GoogleAppsScript.Spreadsheet.EmbeddedChart ? EmbeddedChart
  : T extends GoogleAppsScript.Spreadsheet.DeveloperMetadata ? DeveloperMetadata
  : T extends GoogleAppsScript.HTML.HtmlOutput ? LocalHtmlOutput
  : T extends GoogleAppsScript.Base.Menu ? LocalMenu
  : T extends GoogleAppsScript.Base.User ? LocalUser | User
  : T extends readonly (infer E)[] ? Local<E>[]
  : T;

type LocalParams<A> = { [I in keyof A]: Local<A[I]> };
type Intersect<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** One Apps Script method with every overload kept and the runtime's objects in place of Google's. */
type LocalMethod<F> = F extends (...a: never[]) => unknown
  ? Intersect<Signatures<F> extends infer P ? P extends [infer A, infer R] ? (...a: LocalParams<A> & unknown[]) => Local<R> : never : never>
  : F;

/**
 * The methods K of the Apps Script interface I, as the runtime implements them: each class below `implements` its
 * interface, so the compiler holds the runtime to Google's signatures. Methods whose runtime signature differs are left
 * out of K and named in a note: mostly enums, which the runtime passes as their members' names (what
 * SpreadsheetApp.ProtectionType.SHEET prints in Apps Script) while Google's types declare numeric enums.
 */
export type LocalApi<I, K extends keyof I> = { [P in K]: LocalMethod<I[P]> };

/** Not checked here, as the runtime's signature differs from Google's types: insertSheet (no template option), setActiveSheet (no restoreSelection), addEditor (an email only), getProtections (enum), toast (no null timeout). */
export interface LocalSpreadsheetApi extends LocalApi<GoogleAppsScript.Spreadsheet.Spreadsheet, 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'getSheetById' | 'deleteSheet' | 'getActiveSheet' | 'getActiveRange' | 'getName' | 'rename' | 'getId' | 'getUrl' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale' | 'getOwner' | 'getEditors' | 'getRange' | 'getRangeList' | 'getRangeByName' | 'getSheetValues'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getFontWeight(s), getFontStyle(s) (any stored string, Google: 'bold' | 'normal', 'italic' | 'normal'). */
export interface LocalRangeApi extends LocalApi<GoogleAppsScript.Spreadsheet.Range, 'getValues' | 'getValue' | 'getDisplayValues' | 'getDisplayValue' | 'setValues' | 'setValue' | 'getFormulas' | 'getFormula' | 'setFormula' | 'setFormulas' | 'isBlank' | 'getNumberFormats' | 'getNumberFormat' | 'setNumberFormat' | 'setNumberFormats' | 'setFontWeight' | 'setFontWeights' | 'getFontColors' | 'getFontColor' | 'setFontColor' | 'setFontColors' | 'getFontSizes' | 'getFontSize' | 'setFontSize' | 'setFontSizes' | 'setFontStyle' | 'setFontStyles' | 'getFontFamily' | 'setFontFamily' | 'getBackgrounds' | 'getBackground' | 'setBackground' | 'setBackgrounds' | 'getHorizontalAlignments' | 'getHorizontalAlignment' | 'setHorizontalAlignment' | 'setHorizontalAlignments' | 'getVerticalAlignments' | 'getVerticalAlignment' | 'setVerticalAlignment' | 'setVerticalAlignments' | 'getWraps' | 'getWrap' | 'setWrap' | 'setWraps' | 'setBorder' | 'getNotes' | 'getNote' | 'setNote' | 'setNotes' | 'clearNote' | 'getDataValidations' | 'getDataValidation' | 'setDataValidation' | 'setDataValidations' | 'clearDataValidations' | 'clear' | 'clearContent' | 'clearFormat' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart' | 'isPartOfMerge' | 'getMergedRanges' | 'getRow' | 'getRowIndex' | 'getColumn' | 'getNumRows' | 'getNumColumns' | 'getHeight' | 'getWidth' | 'getLastRow' | 'getLastColumn' | 'getA1Notation' | 'getSheet' | 'getCell' | 'offset' | 'activate' | 'protect'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getProtections, addDeveloperMetadata (enum). */
export interface LocalSheetApi extends LocalApi<GoogleAppsScript.Spreadsheet.Sheet, 'getRange' | 'getRangeList' | 'getDataRange' | 'getSheetValues' | 'getActiveRange' | 'setActiveRange' | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowsBefore' | 'insertRowAfter' | 'insertRowBefore' | 'insertRows' | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumns' | 'deleteRows' | 'deleteRow' | 'deleteColumns' | 'deleteColumn' | 'appendRow' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes' | 'getName' | 'setName' | 'getSheetName' | 'getSheetId' | 'getIndex' | 'getParent' | 'activate' | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'setTabColor' | 'getTabColor' | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns' | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'autoResizeColumns' | 'autoResizeColumn' | 'protect' | 'setConditionalFormatRules' | 'getConditionalFormatRules' | 'clearConditionalFormatRules' | 'newChart' | 'insertChart' | 'updateChart' | 'removeChart' | 'getCharts' | 'getDeveloperMetadata'> {}

export interface LocalRangeListApi extends LocalApi<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'activate' | 'breakApart' | 'clear' | 'clearContent' | 'clearDataValidations' | 'clearFormat' | 'clearNote' | 'setBackground' | 'setBorder' | 'setFontColor' | 'setFontFamily' | 'setFontSize' | 'setFontStyle' | 'setFontWeight' | 'setFormula' | 'setHorizontalAlignment' | 'setNote' | 'setNumberFormat' | 'setValue' | 'setVerticalAlignment' | 'setWrap'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getProtectionType (enum). */
export interface LocalProtectionApi extends LocalApi<GoogleAppsScript.Spreadsheet.Protection, 'getDescription' | 'setDescription' | 'isWarningOnly' | 'setWarningOnly' | 'addEditor' | 'addEditors' | 'removeEditor' | 'removeEditors' | 'getEditors' | 'canEdit' | 'canDomainEdit' | 'setDomainEdit' | 'setUnprotectedRanges' | 'remove' | 'getRange' | 'getUnprotectedRanges'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getCriteriaType (enum, null), getHelpText (null when none). */
export interface LocalDataValidationApi extends LocalApi<GoogleAppsScript.Spreadsheet.DataValidation, 'getCriteriaValues' | 'getAllowInvalid' | 'copy'> {}

/** Not checked here, as the runtime's signature differs from Google's types: withCriteria, getCriteriaType (enum). */
export interface LocalDataValidationBuilderApi extends LocalApi<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInList' | 'requireValueInRange' | 'requireNumberBetween' | 'requireNumberNotBetween' | 'requireNumberEqualTo' | 'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThan' | 'requireNumberLessThanOrEqualTo' | 'requireDate' | 'requireCheckbox' | 'requireTextIsEmail' | 'requireTextContains' | 'requireFormulaSatisfied' | 'setAllowInvalid' | 'setHelpText' | 'getCriteriaValues' | 'getAllowInvalid' | 'getHelpText' | 'copy' | 'build'> {}

/** Not checked here, as the runtime's signature differs from Google's types: getCriteriaType (enum, null). */
export interface LocalBooleanConditionApi extends LocalApi<GoogleAppsScript.Spreadsheet.BooleanCondition, 'getCriteriaValues' | 'getBackground' | 'getFontColor' | 'getBold' | 'getItalic'> {}

export interface LocalConditionalFormatRuleApi extends LocalApi<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, 'getBooleanCondition' | 'copy' | 'getRanges'> {}

export interface LocalConditionalFormatRuleBuilderApi extends LocalApi<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenFormulaSatisfied' | 'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberLessThan' | 'whenNumberBetween' | 'whenNumberEqualTo' | 'whenTextContains' | 'whenTextEqualTo' | 'setBackground' | 'setFontColor' | 'setBold' | 'setItalic' | 'setRanges' | 'build' | 'getRanges'> {}

export interface LocalEmbeddedChartApi extends LocalApi<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getChartId' | 'getOptions' | 'getNumHeaders' | 'getContainerInfo' | 'modify' | 'getRanges'> {}

/** Not checked here, as the runtime's signature differs from Google's types: setChartType, getChartType (enum). */
export interface LocalEmbeddedChartBuilderApi extends LocalApi<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'addRange' | 'removeRange' | 'clearRanges' | 'setOption' | 'setPosition' | 'setNumHeaders' | 'asAreaChart' | 'asBarChart' | 'asColumnChart' | 'asComboChart' | 'asHistogramChart' | 'asLineChart' | 'asPieChart' | 'asScatterChart' | 'asTableChart' | 'build' | 'getRanges'> {}

export interface LocalDeveloperMetadataApi extends LocalApi<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue' | 'setValue' | 'remove'> {}

/** Not checked here, as the runtime's signature differs from Google's types: setXFrameOptionsMode, setSandboxMode (enum). */
export interface LocalHtmlOutputApi extends LocalApi<GoogleAppsScript.HTML.HtmlOutput, 'getContent' | 'setContent' | 'append' | 'appendUntrusted' | 'clear' | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth' | 'getHeight' | 'setHeight' | 'addMetaTag' | 'getMetaTags'> {}

export interface LocalHtmlTemplateApi extends LocalApi<GoogleAppsScript.HTML.HtmlTemplate, 'evaluate' | 'getCode' | 'getRawContent'> {}

export interface LocalLockApi extends LocalApi<GoogleAppsScript.Lock.Lock, 'waitLock' | 'tryLock' | 'hasLock' | 'releaseLock'> {}

export interface LocalPropertiesApi extends LocalApi<GoogleAppsScript.Properties.Properties, 'getProperty' | 'getProperties' | 'getKeys' | 'setProperty' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties'> {}

export interface LocalCacheApi extends LocalApi<GoogleAppsScript.Cache.Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {}

export interface LocalUserApi extends LocalApi<GoogleAppsScript.Base.User, 'getEmail'> {}

export interface LocalMenuApi extends LocalApi<GoogleAppsScript.Base.Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {}

/** Not checked here, as the runtime's signature differs from Google's types: alert, prompt (Button enum). */
export interface LocalUiApi extends LocalApi<GoogleAppsScript.Base.Ui, 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'> {}
