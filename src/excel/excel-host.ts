/**
 * What the adapter needs from Office beyond the Excel object model: a way to run a batch, which
 * requirement sets the host supports, and whether it is Excel on the web (whose requests and
 * responses are capped at 5 MB). Tests pass a fake; Excel gets `officeHost()`.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHost {
  run: ExcelRun;
  /** Office.context.requirements.isSetSupported("ExcelApi", version). */
  supports(version: string): boolean;
  /** Excel on the web: every sync must stay under the 5 MB payload limit. */
  onTheWeb: boolean;
}

/** The host as Office.js describes it. Call only inside Excel (after Office.onReady). */
export function officeHost(): ExcelHost {
  const ctx = typeof Office !== "undefined" ? Office.context : undefined;
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => ctx?.requirements?.isSetSupported("ExcelApi", version) === true,
    onTheWeb: ctx?.platform === Office.PlatformType.OfficeOnline,
  };
}
