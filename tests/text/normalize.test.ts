import fc from "fast-check";
import { cleanText, foldKey } from "../../src/core/text/normalize";

/** The reference definition foldKey must agree with (slow but obviously right). */
function referenceFold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/đ/g, "d")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

describe("foldKey", () => {
  it.each([
    ["Nội dung hoạt động", "noi dung hoat dong"],
    ["ĐƠN VỊ CHỦ TRÌ", "don vi chu tri"],
    ["Kinh phí (triệu đồng)", "kinh phi trieu dong"],
    ["  Trong đó:   Nữ ", "trong do nu"],
    ["Nội dung".normalize("NFD"), "noi dung"],
    ["8/3", "8 3"],
    ["", ""],
  ])("folds %j to %j", (input, expected) => {
    expect(foldKey(input)).toBe(expected);
  });

  it("agrees with the NFD-and-regex definition on any Vietnamese or Latin text", () => {
    const letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 .,;:()/-–\t\u00a0";
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { maxLength: 40 }), (chars) => {
        const s = chars.join("");
        expect(foldKey(s)).toBe(referenceFold(s));
        expect(foldKey(s.normalize("NFD"))).toBe(referenceFold(s));
      }),
    );
  });
});

describe("cleanText", () => {
  it("normalises to NFC and collapses white space", () => {
    expect(cleanText("  Tập\u00a0 huấn\n cán bộ ".normalize("NFD"))).toBe("Tập huấn cán bộ");
  });
  it("returns clean text unchanged", () => {
    const s = "Hội nghị tuyên truyền";
    expect(cleanText(s)).toBe(s);
  });
});
