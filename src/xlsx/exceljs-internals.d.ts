/**
 * The few exceljs 4.4 internals the direct reader reuses so that it reads workbook.xml, its
 * relationships and styles.xml exactly as exceljs does (exceljs is pinned; the tests comparing
 * both readers fail if these change). Only what is used is declared.
 */

declare module "exceljs/lib/xlsx/xform/book/workbook-xform" {
  namespace WorkbookXform {
    interface SheetModel {
      name: string;
      id: number;
      state?: string;
      rId?: string;
    }
    interface DefinedNameModel {
      name: string;
      ranges: string[];
      localSheetId?: number;
    }
    interface Model {
      sheets?: SheetModel[];
      properties?: { date1904?: boolean };
      definedNames?: DefinedNameModel[];
    }
    /** What reconcile reads and writes: worksheets found through the relationships get name, id, state. */
    interface ReconcileModel {
      sheets?: SheetModel[];
      definedNames?: DefinedNameModel[];
      workbookRels?: unknown;
      worksheetHash: Record<string, { name?: string; id?: number; state?: string }>;
      media: unknown[];
    }
  }
  class WorkbookXform {
    parseStream(chunks: Iterable<string>): Promise<WorkbookXform.Model | undefined>;
    reconcile(model: WorkbookXform.ReconcileModel): void;
  }
  export = WorkbookXform;
}

declare module "exceljs/lib/xlsx/xform/core/relationships-xform" {
  class RelationshipsXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
  }
  export = RelationshipsXform;
}

declare module "exceljs/lib/xlsx/xform/style/styles-xform" {
  class StylesXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    /** The style of a cellXfs index: its number format code and font; null when there is none. */
    getStyleModel(id: number): { numFmt?: string; font?: { name?: string } } | null | undefined;
  }
  export = StylesXform;
}

declare module "exceljs/lib/utils/utils" {
  /** exceljs's own test for a date format (what makes it turn a number into a Date). */
  export function isDateFmt(fmt: string | undefined): boolean;
}
