import type { LegacyCell } from "../../src/core/read/types";
import { data, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

const cell = (row: number, col: number, sheet = "Theo dõi"): LegacyCell => ({
  sheet,
  row,
  col,
  encoding: "tcvn3",
  original: "Héi nghÞ",
  converted: "Hội nghị",
});

describe("legacy-encoding", () => {
  it("warns once per sheet on its first converted cell, counting the others", () => {
    const issues = issuesOf("legacy-encoding", data([table(), table({ sheet: "Cũ" })], [cell(6, 2), cell(5, 4), cell(7, 2), cell(9, 3, "Cũ")]));
    expect(issues.map((i) => [i.sheet, i.cell])).toEqual([
      ["Theo dõi", "D5"],
      ["Cũ", "C9"],
    ]);
    expect(issues[0]).toMatchObject({ severity: "warning", value: "Hội nghị" });
    expect(issues[0].message).toContain("TCVN3");
    expect(issues[0].message).toContain("(3 ô trên trang này)");
  });

  it("does not fire on Unicode sheets", () => {
    expect(issuesOf("legacy-encoding", data([table()]))).toHaveLength(0);
  });
});
