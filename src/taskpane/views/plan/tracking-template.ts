import type { PlanModel } from "../../../core/plan/model";
import { TEMPLATE_HEADERS as H } from "../../../core/read/vocabulary";
import type { CellStyle, SheetSpec, SpecCell, SpecMerge } from "../../../core/report/sheet-spec";
import type { TemplateLists } from "../../../excel/workbook-service";

/**
 * A new, empty tracking sheet laid out the way the reader expects (docs/reading.md): a title, a two-row
 * header in the reader's vocabulary (TEMPLATE_HEADERS), bordered rows to fill in, and dropdown lists for the task id,
 * the lead unit and the status, so that new data starts clean. The headers stay Vietnamese in
 * every language of the pane: they are what the reader recognises.
 */

export const TEMPLATE_SHEET_NAME = "Theo dõi BĐG";
export const TEMPLATE_HEADER_ROW = 5;
export const TEMPLATE_ROWS = 200;

/** The statuses offered in the dropdown: one spelling of each status the reader knows. */
export const TEMPLATE_STATUSES = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Hủy"] as const;

const HEAD = [H.serial, H.taskId, H.activity, H.date, H.unit, H.partners, H.people, null, null, H.budget, H.status, H.evidence, H.note] as const;
const SUB: Record<number, string> = { 7: H.participants, 8: H.female, 9: H.ethnicMinority };
const WIDTHS = [5, 9, 42, 14, 22, 20, 8, 7, 7, 10, 15, 22, 16];
const COL = { taskId: 2, date: 4, unit: 5, participants: 7, female: 8, ethnic: 9, budget: 10, status: 11 } as const;

const headStyle: CellStyle = { bold: true, h: "center", v: "middle", wrap: true, border: true, fill: "#DDEBF7" };

export function trackingTemplate(plan: PlanModel): { spec: SheetSpec; lists: TemplateLists } {
  const cells: SpecCell[] = [];
  const merges: SpecMerge[] = [];
  const last = HEAD.length;
  const first = TEMPLATE_HEADER_ROW + 2;
  const lastRow = first + TEMPLATE_ROWS - 1;

  cells.push({ row: 1, col: 1, value: "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI", style: { bold: true, size: 14, h: "center" } });
  merges.push({ top: 1, left: 1, bottom: 1, right: last });
  cells.push({ row: 2, col: 1, value: plan.plan.title, style: { italic: true, h: "center", wrap: true } });
  merges.push({ top: 2, left: 1, bottom: 2, right: last });
  cells.push({
    row: 3,
    col: 1,
    value: `Chọn ${H.taskId}, ${H.unit} và ${H.status} trong danh sách; ghi thời gian dạng dd/mm/yyyy; số người và kinh phí ghi bằng số.`,
    style: { italic: true, size: 11, h: "left" },
  });
  merges.push({ top: 3, left: 1, bottom: 3, right: last });

  HEAD.forEach((text, i) => {
    const col = i + 1;
    cells.push({ row: TEMPLATE_HEADER_ROW, col, value: text, style: headStyle });
    const sub = SUB[col];
    cells.push({ row: TEMPLATE_HEADER_ROW + 1, col, value: sub ?? null, style: headStyle });
    if (!sub) merges.push({ top: TEMPLATE_HEADER_ROW, left: col, bottom: TEMPLATE_HEADER_ROW + 1, right: col });
  });
  merges.push({ top: TEMPLATE_HEADER_ROW, left: COL.participants, bottom: TEMPLATE_HEADER_ROW, right: COL.ethnic });

  for (let row = first; row <= lastRow; row++) {
    for (let col = 1; col <= last; col++) {
      const style: CellStyle = { border: true, v: "top", wrap: col === 3 || col === 6 || col >= 12 };
      if (col === COL.date) style.numberFormat = "dd/mm/yyyy";
      else if (col >= COL.participants && col <= COL.ethnic) style.numberFormat = "#,##0";
      else if (col === COL.budget) style.numberFormat = "#,##0.0";
      else if (col === COL.taskId || col === 1) style.h = "center";
      cells.push({ row, col, value: null, style });
    }
  }

  const spec: SheetSpec = {
    name: TEMPLATE_SHEET_NAME,
    // SheetSpec has no form code for a tracking sheet; insertTrackingTemplate does not use it.
    form: "B01",
    year: null,
    cells,
    merges,
    columnWidths: WIDTHS,
    rowHeights: { 1: 21, 2: 33, [TEMPLATE_HEADER_ROW]: 30, [TEMPLATE_HEADER_ROW + 1]: 18 },
    print: {
      paper: "A4",
      orientation: "landscape",
      margins: { top: 2, bottom: 2, left: 2, right: 1.5, header: 1, footer: 1 },
      printArea: `A1:M${lastRow}`,
      repeatRows: [TEMPLATE_HEADER_ROW, TEMPLATE_HEADER_ROW + 1],
      fitToWidth: true,
    },
    defaultStyle: { font: "Times New Roman", size: 12 },
    freezeRows: TEMPLATE_HEADER_ROW + 1,
  };
  const lists: TemplateLists = {
    firstDataRow: first,
    lastDataRow: lastRow,
    lists: [
      { col: COL.taskId, values: plan.tasks.map((t) => t.id) },
      { col: COL.unit, values: plan.plan.units.map((u) => u.name) },
      { col: COL.status, values: [...TEMPLATE_STATUSES] },
    ],
  };
  return { spec, lists };
}
