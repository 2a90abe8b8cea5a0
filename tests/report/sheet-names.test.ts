import { parseForms, planSheetWrites, sheetNameOf } from "../../src/core/report";
import { balancedLines, wrapLines } from "../../src/core/report/text-fit";
import { plan } from "./report-fixture";

describe("sheet names", () => {
  it("follow docs/design.md#report-forms, B03 always for the period", () => {
    expect(sheetNameOf("BC", 2024, plan)).toBe("BC 2024");
    expect(sheetNameOf("B01", null, plan)).toBe("B01 2021-2025");
    expect(sheetNameOf("B03", 2024, plan)).toBe("B03 2021-2025");
  });
});

describe("planSheetWrites", () => {
  it("replaces the add-in's own sheets of the same names and keeps every other sheet", () => {
    const plan1 = planSheetWrites(
      [
        { name: "Theo dõi", owned: false },
        { name: "BC 2024", owned: true },
        { name: "B01 2024", owned: false },
        { name: "BC 2023", owned: true },
      ],
      ["BC 2024", "B01 2024"],
    );
    expect(plan1.remove).toEqual(["BC 2024"]);
    expect(plan1.names).toEqual([
      { wanted: "BC 2024", used: "BC 2024" },
      { wanted: "B01 2024", used: "B01 2024 (2)" },
    ]);
  });

  it("compares names as Excel does, without regard to case, and skips numbers already taken", () => {
    const p = planSheetWrites(
      [
        { name: "bc 2024", owned: false },
        { name: "BC 2024 (2)", owned: false },
      ],
      ["BC 2024"],
    );
    expect(p.remove).toEqual([]);
    expect(p.names[0].used).toBe("BC 2024 (3)");
  });

  it("takes back its own numbered sheet on the next run", () => {
    const p = planSheetWrites(
      [
        { name: "BC 2024", owned: false },
        { name: "BC 2024 (2)", owned: true },
      ],
      ["BC 2024"],
    );
    expect(p.remove).toEqual(["BC 2024 (2)"]);
    expect(p.names[0].used).toBe("BC 2024 (2)");
  });

  it("keeps a new name within Excel's 31 characters", () => {
    const long = "B".repeat(31);
    const p = planSheetWrites([{ name: long, owned: false }], [long]);
    expect(p.names[0].used).toHaveLength(31);
    expect(p.names[0].used.endsWith(" (2)")).toBe(true);
  });
});

describe("parseForms", () => {
  it("reads a list of form codes in any case and order, and refuses an unknown code", () => {
    expect(parseForms("b02, BC")).toEqual(["B02", "BC"]);
    expect(parseForms("BC,B05")).toBeNull();
    expect(parseForms(" ")).toBeNull();
  });
});

describe("text fitting", () => {
  it("wraps at word boundaries within the width and keeps every word", () => {
    const text = "Lồng ghép tuyên truyền pháp luật về bình đẳng giới tại hội nghị người có uy tín huyện Văn Lãng";
    const lines = wrapLines(text, 150, { size: 12 });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(text);
    expect(wrapLines(text, 2000, { size: 12 })).toEqual([text]);
  });

  it("sets a two-line heading on even lines", () => {
    const lines = balancedLines("SỞ DÂN TỘC VÀ TÔN GIÁO", 170, { size: 13, bold: true });
    expect(lines).toEqual(["SỞ DÂN TỘC", "VÀ TÔN GIÁO"]);
  });
});
