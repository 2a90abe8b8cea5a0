/**
 * The two errors a BDG.* function gives (docs/design.md#functions): #VALUE! for an argument that is wrong (an
 * unknown task, a bad year), #N/A for an answer that does not exist (no tracking data). Core code
 * returns them as values; only src/functions turns them into CustomFunctions.Error.
 */
export type FunctionErrorCode = "#VALUE!" | "#N/A";

export class FunctionError {
  constructor(
    readonly code: FunctionErrorCode,
    readonly message: string,
  ) {}
}

export function isFunctionError(x: unknown): x is FunctionError {
  return x instanceof FunctionError;
}

export const invalidValue = (message: string): FunctionError => new FunctionError("#VALUE!", message);
export const notAvailable = (message: string): FunctionError => new FunctionError("#N/A", message);
