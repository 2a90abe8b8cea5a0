import type { SheetSnapshot } from "../../src/core/snapshot";
import { displayValue, previewWindow } from "../../src/web/preview-window";

/** The cell preview's window: rows around the cell, the table's header row above them, the used columns. */
const sheet: SheetSnapshot = {
  name: "Theo dõi",
  merges: [],
  values: [
    ["Bảng theo dõi"],
    ["STT", "Mã nhiệm vụ", "Tên hoạt động", "Số người"],
    ["(1)", "(2)", "(3)", "(4)"],
    ...Array.from({ length: 20 }, (_, i) => [i + 1, "II.1", `Hoạt động ${i + 1}`, 10 * i]),
  ],
};

test("shows three rows either side of the cell, the header row (not the numbering row) and the table's columns", () => {
  const w = previewWindow(sheet, "C15")!;
  expect(w.rows).toEqual([12, 13, 14, 15, 16, 17, 18]);
  expect(w.headerRow).toBe(2);
  expect(w.cols).toEqual([1, 2, 3, 4]);
  expect(w.target).toEqual({ row: 15, col: 3 });
  expect(w.value(15, 3)).toBe("Hoạt động 12");
  expect(displayValue(w.value(15, 4))).toBe("110");
});

test("a cell near the top starts at row 1 and shows no separate header row", () => {
  const w = previewWindow(sheet, "B2")!;
  expect(w.rows[0]).toBe(1);
  expect(w.headerRow).toBeNull();
  expect(previewWindow(sheet, "not a cell")).toBeNull();
});
