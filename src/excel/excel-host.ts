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

/**
 * The host as Office.js describes it. Custom functions can be called while the page is still
 * starting, so every batch first waits for Office to be ready, and the requirement sets and the
 * platform are looked up when asked, not when this object is made.
 */
export function officeHost(): ExcelHost {
  const context = (): Office.Context | undefined => (typeof Office !== "undefined" ? Office.context : undefined);
  return {
    run: async (batch) => {
      if (typeof Office !== "undefined" && typeof Office.onReady === "function") await Office.onReady();
      return Excel.run(batch);
    },
    supports: (version) => context()?.requirements?.isSetSupported("ExcelApi", version) === true,
    get onTheWeb() {
      return context()?.platform === Office.PlatformType.OfficeOnline;
    },
  };
}
