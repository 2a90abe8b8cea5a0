// exceljs's own sources the page's light exceljs (shims/exceljs.ts) reuses; untyped upstream.
declare module "exceljs/lib/doc/enums" {
  const Enums: { ValueType: Record<string, number> };
  export default Enums;
}
declare module "exceljs/lib/doc/defined-names" {
  class DefinedNames {
    model: Array<{ name: string; ranges: string[] }>;
  }
  export default DefinedNames;
}
declare module "exceljs/lib/doc/workbook" {
  import ExcelJS from "exceljs";
  const Workbook: typeof ExcelJS.Workbook;
  export default Workbook;
}
