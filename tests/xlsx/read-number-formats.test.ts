import { numberFormatAt } from "../../src/core/number-format-runs";
import { read } from "./read-helpers";

describe("number formats in the snapshot (.xlsx)", () => {
  it("keeps the format of number cells that have one, as runs down a column, alike in both readers", async () => {
    const rows: unknown[][] = [["Tổng số", "Nữ", "Kinh phí", "Ghi chú"]];
    for (let i = 0; i < 6; i++) rows.push([20 + i, 0.4, i === 3 ? -1500000 : 1500000, "x"]);
    const numFmts: Record<string, string> = { D2: "0" };
    for (let r = 2; r <= 7; r++) {
      numFmts[`B${r}`] = "0.0%";
      numFmts[`C${r}`] = '#,##0 "đ";(#,##0 "đ")';
    }
    numFmts.C5 = "#,##0"; // one cell formatted otherwise breaks the run
    numFmts.A3 = "General";
    const book = await read([{ name: "Theo dõi", rows, numFmts }]);
    const s = book.sheets[0];
    expect(s.numberFormats).toEqual([
      { col: 2, top: 2, bottom: 7, code: "0.0%" },
      { col: 3, top: 2, bottom: 4, code: '#,##0 "đ";(#,##0 "đ")' },
      { col: 3, top: 5, bottom: 5, code: "#,##0" },
      { col: 3, top: 6, bottom: 7, code: '#,##0 "đ";(#,##0 "đ")' },
    ]);
    expect(numberFormatAt(s, 5, 2)).toBe("0.0%");
    expect(numberFormatAt(s, 5, 3)).toBe("#,##0");
    expect(numberFormatAt(s, 2, 1)).toBeNull();
    expect(numberFormatAt(s, 2, 4)).toBeNull(); // a text cell keeps no format
  });

  it("costs nothing on a sheet without formats, and leaves dates to the date reading", async () => {
    const book = await read([
      { name: "A", rows: [["Số"], [1], [2.5]] },
      { name: "B", rows: [["Ngày"], [45427]], numFmts: { A2: "dd/mm/yyyy" } },
    ]);
    expect(book.sheets[0].numberFormats).toBeUndefined();
    expect(book.sheets[1].numberFormats).toBeUndefined();
  });
});
