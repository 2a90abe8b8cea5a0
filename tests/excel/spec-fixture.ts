import { TABLE_TEXT } from "../../src/core/i18n/table-messages";
import type { SheetSpec, SpecCell } from "../../src/core/report/sheet-spec";
import { OfficeWorkbookService } from "../../src/excel/office-workbook-service";
import { FakeExcel, type FakeExcelOptions } from "./fake-excel";

/** A small report sheet: a title, a form label and `rows` rows of a three-column table. */
export function reportSpec(name: string, rows = 3, extra: SpecCell[] = []): SheetSpec {
  const cells: SpecCell[] = [
    { row: 1, col: 1, value: "BAN DÂN TỘC", style: { bold: true, h: "center" } },
    { row: 2, col: 1, value: "Biểu 01", style: { bold: true, h: "center" } },
    // The form's title, as the real forms carry it beside the label (form-signature.ts).
    { row: 3, col: 2, value: TABLE_TEXT.vi.titleB01(2024, 2021, 2025), style: { bold: true } },
  ];
  for (let r = 0; r < rows; r++) {
    cells.push({ row: 4 + r, col: 1, value: r + 1, style: { border: true, h: "center" } });
    cells.push({ row: 4 + r, col: 2, value: `Nhiệm vụ ${r + 1}`, style: { border: true } });
    cells.push({ row: 4 + r, col: 3, value: 10 * r, style: { border: true, numberFormat: "#,##0" } });
  }
  cells.push(...extra);
  return {
    name,
    form: "B01",
    year: 2024,
    cells,
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    columnWidths: [6, 40, 12],
    rowHeights: { 2: 30 },
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 2, bottom: 2, left: 3, right: 1.5, header: 1, footer: 1 },
      printArea: `A1:C${3 + rows}`,
      repeatRows: [3, 3],
      fitToWidth: true,
      centerHorizontally: true,
      pageNumbers: true,
    },
    defaultStyle: { font: "Times New Roman", size: 13 },
    freezeRows: 3,
  };
}

export function userWorkbook(opts: FakeExcelOptions = {}): FakeExcel {
  const excel = new FakeExcel(opts);
  excel.addSheet("Theo dõi").put(0, 0, [["Mã NV", "Nội dung hoạt động", "Thời gian"], ["II.1", "Quán triệt", "15/3/2024"]]);
  return excel;
}

export const service = (excel: FakeExcel): OfficeWorkbookService => new OfficeWorkbookService({ host: excel.host() });
