import { buildReports } from "../../src/core/report";
import { looksLikeOwnForm } from "../../src/core/report/form-signature";
import type { SheetSpec } from "../../src/core/report/sheet-spec";
import type { CellValue } from "../../src/core/snapshot";
import { input } from "./report-fixture";

/** The sheet's values from A1 as a reader gives them (formulas as their result). */
function valuesOf(spec: SheetSpec): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const c of spec.cells) {
    const row = (rows[c.row - 1] ??= []);
    row[c.col - 1] = typeof c.value === "object" && c.value !== null ? (c.value.result ?? null) : c.value;
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return rows;
}

const withoutFirstRow = (v: CellValue[][]): CellValue[][] => v.slice(1);
const withoutFirstColumn = (v: CellValue[][]): CellValue[][] => v.map((r) => r.slice(1));

describe("looksLikeOwnForm", () => {
  const reports = [...buildReports(input(2023)), ...buildReports(input(null))];
  const english = buildReports({ ...input(2023), locale: "en" });

  it("recognises every form the builders write, in both languages", () => {
    expect(new Set(reports.map((s) => s.form))).toEqual(new Set(["BC", "B01", "B02", "B03", "B04", "KT"]));
    for (const spec of [...reports, ...english]) expect([spec.name, looksLikeOwnForm(valuesOf(spec))]).toEqual([spec.name, true]);
  });

  it("still recognises a form after its first row or its first column was deleted", () => {
    for (const spec of reports) {
      expect([spec.name, looksLikeOwnForm(withoutFirstRow(valuesOf(spec)))]).toEqual([spec.name, true]);
      // KT's texts all sit in merged cells anchored in column A: deleting it empties the header.
      if (spec.form !== "KT") expect([spec.name, looksLikeOwnForm(withoutFirstColumn(valuesOf(spec)))]).toEqual([spec.name, true]);
    }
  });

  it("does not take a user's tracking table, or a form pushed far down, for a form", () => {
    const tracking: CellValue[][] = [
      ["BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2024"],
      ["STT", "Mã nhiệm vụ", "Tên hoạt động", "Ngày", "Báo cáo"],
      [1, "II.1", "Tập huấn về bình đẳng giới", "15/03/2024", "Báo cáo kết quả"],
    ];
    expect(looksLikeOwnForm(tracking)).toBe(false);
    expect(looksLikeOwnForm([])).toBe(false);
    // The national line typed in row 30 of a user's sheet is not the form's header.
    const far: CellValue[][] = Array.from({ length: 30 }, () => []);
    far[29] = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"];
    expect(looksLikeOwnForm(far)).toBe(false);
  });

  it("matches the texts whatever their spacing and Unicode form", () => {
    expect(looksLikeOwnForm([[null, "  cộng hòa  xã hội chủ nghĩa việt nam "]])).toBe(true);
    expect(looksLikeOwnForm([["Bie\u0302\u0309u 02"]])).toBe(true);
    expect(looksLikeOwnForm([["Biểu 02 của đơn vị tôi"]])).toBe(false);
  });
});
