import fc from "fast-check";
import { foldKey } from "../../src/core/text/normalize";
import { foldHash, hashFolded } from "../../src/core/validate/fold-hash";
import { daySpan, dataOf } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

describe("foldHash (duplicate-activity's first sieve)", () => {
  it("is the hash of foldKey's output for any text, so that texts folding alike always meet", () => {
    const vietnamese = fc.constantFrom("Tuyên truyền", "TUYÊN  TRUYỀN", "Tuye\u0302n truye\u0302\u0300n", "Đ đ", "“BĐG” – 2023", "ǅ ß ﬁ", "\u00a0\u200b", "①Ⅻ", "😀");
    const text = fc.array(fc.oneof(vietnamese, fc.string({ unit: "grapheme", maxLength: 6 }), fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 6 });
    fc.assert(fc.property(text, (parts) => {
      const s = parts.join("");
      expect(foldHash(s)).toBe(hashFolded(foldKey(s)));
    }), { numRuns: 2000 });
  });

  it("gives no hash to a text that folds to nothing, and the same one to long texts", () => {
    expect(foldHash(" - … ")).toBeNull();
    const long = "Tập huấn ".repeat(600);
    expect(foldHash(long)).toBe(hashFolded(foldKey(long)));
  });
});

describe("duplicate-activity on texts that fold alike but are written differently", () => {
  const row = { taskId: "III.2", date: daySpan(2023, 8, 10) };

  it("finds rows differing only in case, spacing, punctuation and how the accents are encoded", () => {
    const d = dataOf([
      { ...row, activity: "Hội nghị tuyên truyền, phổ biến Luật BĐG" },
      { ...row, activity: "HỘI  NGHỊ tuyên truyền – phổ biến luật bđg." },
      { ...row, activity: "Ho\u0323\u0302i nghi\u0323 tuye\u0302n truye\u0302\u0300n pho\u0302\u0309 bie\u0302\u0301n Lua\u0323\u0302t BĐG" },
    ]);
    expect(issuesOf("duplicate-activity", d).map((i) => i.row)).toEqual([6, 7]);
  });

  it("tells apart texts whose hashes meet, and still finds the repeat of the second", () => {
    const [x, y] = ["Hoạt động 2unw", "Hoạt động zwba"];
    expect(foldHash(x)).toBe(foldHash(y));
    const d = dataOf([
      { ...row, activity: x },
      { ...row, activity: y },
      { ...row, activity: "hoạt động ZWBA" },
    ]);
    const issues = issuesOf("duplicate-activity", d);
    expect(issues.map((i) => i.row)).toEqual([7]);
    expect(issues[0].message).toContain("trùng với dòng 6");
  });

  it("keeps rows apart whose texts differ by one letter, even among many rows", () => {
    const rows = Array.from({ length: 2000 }, (_, k) => ({ ...row, activity: `Hội nghị số ${k}` }));
    expect(issuesOf("duplicate-activity", dataOf(rows))).toHaveLength(0);
  });
});
