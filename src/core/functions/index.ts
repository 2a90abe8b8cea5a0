export { FunctionError, isFunctionError, type FunctionErrorCode } from "./function-error";
export type { Args, FunctionContext, FunctionOutcome, FunctionValue, ParamKind, ParamSpec } from "./types";
export type { FunctionDeclaration } from "./declaration";
export { FUNCTIONS, declarationOf, type FunctionName } from "./registry";
export { evaluate, prepareCall, runCall, type PreparedCall } from "./evaluate";
export { rangeAnalysisStats } from "./range-analysis";
export { contentKey, snapshotOfRows } from "./data-range";
export { workbookSettings, type SettingTexts, type WorkbookSettings } from "./workbook-settings";
