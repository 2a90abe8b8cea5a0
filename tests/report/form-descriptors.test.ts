import { buildReports, FORM_CODES, FORM_DESCRIPTORS, sheetNameOf } from "../../src/core/report";
import { input, plan } from "./report-fixture";

describe("report forms", () => {
  it("are built each as its own form, named by its descriptor, in the descriptors' order", () => {
    const specs = buildReports(input(2023), [...FORM_CODES].reverse());
    // The working sheet KT (what the figures left out) always follows the forms.
    expect(specs.map((s) => s.form)).toEqual([...FORM_DESCRIPTORS.map((d) => d.code), "KT"]);
    for (const [i, d] of FORM_DESCRIPTORS.entries()) {
      const year = d.covers === "period" ? null : 2023;
      expect(specs[i]).toMatchObject({ form: d.code, year, name: `${d.sheetPrefix} ${year ?? "2021-2025"}` });
    }
  });

  it("name a whole-period form for the period whatever year is chosen, the others for the year", () => {
    for (const d of FORM_DESCRIPTORS) {
      expect(sheetNameOf(d.code, 2024, plan)).toBe(`${d.sheetPrefix} ${d.covers === "period" ? "2021-2025" : "2024"}`);
      expect(sheetNameOf(d.code, null, plan)).toBe(`${d.sheetPrefix} 2021-2025`);
    }
  });

  it("builds only the forms asked for", () => {
    const specs = buildReports(input(2023), ["B02", "BC"]);
    expect(specs.map((s) => s.name)).toEqual(["BC 2023", "B02 2023", "KT 2023"]);
  });
});
