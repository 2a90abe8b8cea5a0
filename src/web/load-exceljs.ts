import { installFullExcelJs } from "./shims/exceljs";
import type { ExcelJsLib } from "./copy-writer";

/**
 * The full exceljs, loaded once on first need as a chunk of its own: making a copy (marks,
 * reports, template) or reading a workbook the direct reader leaves to exceljs.
 */
let loading: Promise<ExcelJsLib> | null = null;

export function loadExcelJs(): Promise<ExcelJsLib> {
  loading ??= import(/* webpackChunkName: "exceljs" */ "./shims/exceljs-full").then(
    (mod) => {
      const lib = mod.default as unknown as ExcelJsLib;
      installFullExcelJs(lib as unknown as Parameters<typeof installFullExcelJs>[0]);
      return lib;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}
