import fc from "fast-check";
import { convertTcvn3, convertVni, decodeLegacyText, detectLegacyEncoding, legacyFont } from "../../src/core/read/legacy";

// Independent inverse tables, written letter by letter (not taken from the code under test).
// TCVN3 (TCVN 5712:1993 VN3): each letter and the byte that encodes it.
const TCVN3_PAIRS: Array<[string, number]> = [
  ["Ă", 0xa1], ["Â", 0xa2], ["Ê", 0xa3], ["Ô", 0xa4], ["Ơ", 0xa5], ["Ư", 0xa6], ["Đ", 0xa7],
  ["ă", 0xa8], ["â", 0xa9], ["ê", 0xaa], ["ô", 0xab], ["ơ", 0xac], ["ư", 0xad], ["đ", 0xae],
  ["á", 0xb8], ["à", 0xb5], ["ả", 0xb6], ["ã", 0xb7], ["ạ", 0xb9],
  ["ắ", 0xbe], ["ằ", 0xbb], ["ẳ", 0xbc], ["ẵ", 0xbd], ["ặ", 0xc6],
  ["ấ", 0xca], ["ầ", 0xc7], ["ẩ", 0xc8], ["ẫ", 0xc9], ["ậ", 0xcb],
  ["é", 0xd0], ["è", 0xcc], ["ẻ", 0xce], ["ẽ", 0xcf], ["ẹ", 0xd1],
  ["ế", 0xd5], ["ề", 0xd2], ["ể", 0xd3], ["ễ", 0xd4], ["ệ", 0xd6],
  ["í", 0xdd], ["ì", 0xd7], ["ỉ", 0xd8], ["ĩ", 0xdc], ["ị", 0xde],
  ["ó", 0xe3], ["ò", 0xdf], ["ỏ", 0xe1], ["õ", 0xe2], ["ọ", 0xe4],
  ["ố", 0xe8], ["ồ", 0xe5], ["ổ", 0xe6], ["ỗ", 0xe7], ["ộ", 0xe9],
  ["ớ", 0xed], ["ờ", 0xea], ["ở", 0xeb], ["ỡ", 0xec], ["ợ", 0xee],
  ["ú", 0xf3], ["ù", 0xef], ["ủ", 0xf1], ["ũ", 0xf2], ["ụ", 0xf4],
  ["ứ", 0xf8], ["ừ", 0xf5], ["ử", 0xf6], ["ữ", 0xf7], ["ự", 0xf9],
  ["ý", 0xfd], ["ỳ", 0xfa], ["ỷ", 0xfb], ["ỹ", 0xfc], ["ỵ", 0xfe],
];

// VNI Windows: each letter and its byte sequence (as Latin-1 characters).
const VNI_PAIRS: Array<[string, string]> = [
  ["á", "aù"], ["à", "aø"], ["ả", "aû"], ["ã", "aõ"], ["ạ", "aï"],
  ["ă", "aê"], ["ắ", "aé"], ["ằ", "aè"], ["ẳ", "aú"], ["ẵ", "aü"], ["ặ", "aë"],
  ["â", "aâ"], ["ấ", "aá"], ["ầ", "aà"], ["ẩ", "aå"], ["ẫ", "aã"], ["ậ", "aä"],
  ["đ", "ñ"],
  ["é", "eù"], ["è", "eø"], ["ẻ", "eû"], ["ẽ", "eõ"], ["ẹ", "eï"],
  ["ê", "eâ"], ["ế", "eá"], ["ề", "eà"], ["ể", "eå"], ["ễ", "eã"], ["ệ", "eä"],
  ["í", "í"], ["ì", "ì"], ["ỉ", "æ"], ["ĩ", "ó"], ["ị", "ò"],
  ["ó", "où"], ["ò", "oø"], ["ỏ", "oû"], ["õ", "oõ"], ["ọ", "oï"],
  ["ô", "oâ"], ["ố", "oá"], ["ồ", "oà"], ["ổ", "oå"], ["ỗ", "oã"], ["ộ", "oä"],
  ["ơ", "ô"], ["ớ", "ôù"], ["ờ", "ôø"], ["ở", "ôû"], ["ỡ", "ôõ"], ["ợ", "ôï"],
  ["ú", "uù"], ["ù", "uø"], ["ủ", "uû"], ["ũ", "uõ"], ["ụ", "uï"],
  ["ư", "ö"], ["ứ", "öù"], ["ừ", "öø"], ["ử", "öû"], ["ữ", "öõ"], ["ự", "öï"],
  ["ý", "yù"], ["ỳ", "yø"], ["ỷ", "yû"], ["ỹ", "yõ"], ["ỵ", "î"],
  ["Á", "AÙ"], ["À", "AØ"], ["Ả", "AÛ"], ["Ã", "AÕ"], ["Ạ", "AÏ"],
  ["Ă", "AÊ"], ["Ắ", "AÉ"], ["Ằ", "AÈ"], ["Ẳ", "AÚ"], ["Ẵ", "AÜ"], ["Ặ", "AË"],
  ["Â", "AÂ"], ["Ấ", "AÁ"], ["Ầ", "AÀ"], ["Ẩ", "AÅ"], ["Ẫ", "AÃ"], ["Ậ", "AÄ"],
  ["Đ", "Ñ"],
  ["É", "EÙ"], ["È", "EØ"], ["Ẻ", "EÛ"], ["Ẽ", "EÕ"], ["Ẹ", "EÏ"],
  ["Ê", "EÂ"], ["Ế", "EÁ"], ["Ề", "EÀ"], ["Ể", "EÅ"], ["Ễ", "EÃ"], ["Ệ", "EÄ"],
  ["Í", "Í"], ["Ì", "Ì"], ["Ỉ", "Æ"], ["Ĩ", "Ó"], ["Ị", "Ò"],
  ["Ó", "OÙ"], ["Ò", "OØ"], ["Ỏ", "OÛ"], ["Õ", "OÕ"], ["Ọ", "OÏ"],
  ["Ô", "OÂ"], ["Ố", "OÁ"], ["Ồ", "OÀ"], ["Ổ", "OÅ"], ["Ỗ", "OÃ"], ["Ộ", "OÄ"],
  ["Ơ", "Ô"], ["Ớ", "ÔÙ"], ["Ờ", "ÔØ"], ["Ở", "ÔÛ"], ["Ỡ", "ÔÕ"], ["Ợ", "ÔÏ"],
  ["Ú", "UÙ"], ["Ù", "UØ"], ["Ủ", "UÛ"], ["Ũ", "UÕ"], ["Ụ", "UÏ"],
  ["Ư", "Ö"], ["Ứ", "ÖÙ"], ["Ừ", "ÖØ"], ["Ử", "ÖÛ"], ["Ữ", "ÖÕ"], ["Ự", "ÖÏ"],
  ["Ý", "YÙ"], ["Ỳ", "YØ"], ["Ỷ", "YÛ"], ["Ỹ", "YÕ"], ["Ỵ", "Î"],
];

const TCVN3_ENCODE = new Map(TCVN3_PAIRS.map(([u, b]) => [u, String.fromCharCode(b)]));
const VNI_ENCODE = new Map(VNI_PAIRS);

/** Unicode -> TCVN3 bytes as Excel shows them; ASCII passes through. */
function toTcvn3(s: string): string {
  return Array.from(s.normalize("NFC"), (ch) => {
    const b = TCVN3_ENCODE.get(ch);
    if (b !== undefined) return b;
    if (ch.charCodeAt(0) < 0x80) return ch;
    throw new Error(`no TCVN3 byte for ${ch}`);
  }).join("");
}

function toVni(s: string): string {
  return Array.from(s.normalize("NFC"), (ch) => {
    const b = VNI_ENCODE.get(ch);
    if (b !== undefined) return b;
    if (ch.charCodeAt(0) < 0x80) return ch;
    throw new Error(`no VNI bytes for ${ch}`);
  }).join("");
}

const LOWER_LETTERS = TCVN3_PAIRS.map(([u]) => u).filter((u) => u === u.toLowerCase());
/** The 134 Vietnamese letters outside ASCII: 67 lower case and their upper case. */
const ALL_LETTERS = [...LOWER_LETTERS, ...LOWER_LETTERS.map((u) => u.toUpperCase())];

const PHRASES = [
  "Hoàn thành",
  "Tháng hành động vì bình đẳng giới",
  "Người dân tộc thiểu số",
  "Đã tổ chức",
  "Phòng Nghiệp vụ",
  "ưu tiên",
  "Tuyên truyền, phổ biến chính sách về bình đẳng giới cho đồng bào vùng cao",
  "Ban Dân tộc tỉnh Lạng Sơn",
  "Hội nghị tập huấn nâng cao năng lực",
  "Đang thực hiện",
];

describe("tables", () => {
  it("cover all 134 letters, lower and upper case, with their five tones", () => {
    expect(new Set(ALL_LETTERS).size).toBe(134);
    expect(LOWER_LETTERS).toHaveLength(67);
  });

  it("TCVN3 turns every lower-case letter byte and the 7 upper-case letter bytes into its letter", () => {
    for (const [u, b] of TCVN3_PAIRS) expect(convertTcvn3(String.fromCharCode(b))).toBe(u);
  });

  it("TCVN3 in an H font turns every letter byte into the upper-case letter", () => {
    for (const u of LOWER_LETTERS) expect(convertTcvn3(toTcvn3(u), true)).toBe(u.toUpperCase());
  });

  it("VNI turns every letter, lower and upper case, into Unicode", () => {
    for (const u of ALL_LETTERS) expect(convertVni(toVni(u))).toBe(u);
  });

  it("leaves ASCII and unused bytes as they are", () => {
    const ascii = "Số liệu 2021-2025: ABC xyz (100%) #REF!".replace(/[^\x20-\x7e]/g, "");
    expect(convertTcvn3(ascii)).toBe(ascii);
    expect(convertVni(ascii)).toBe(ascii);
    // Bytes TCVN3 (VN3) does not use.
    expect(convertTcvn3("°±²³´º¿")).toBe("°±²³´º¿");
  });
});

describe("round trips of real phrases", () => {
  it.each(PHRASES)("TCVN3: %s", (phrase) => {
    const legacy = toTcvn3(phrase);
    expect(legacy).not.toBe(phrase);
    expect(convertTcvn3(legacy)).toBe(phrase);
    expect(decodeLegacyText(legacy, ".VnTime")).toEqual({ text: phrase, encoding: "tcvn3" });
    expect(decodeLegacyText(legacy)).toEqual({ text: phrase, encoding: "tcvn3" });
  });

  it.each(PHRASES)("VNI: %s", (phrase) => {
    const legacy = toVni(phrase);
    expect(legacy).not.toBe(phrase);
    expect(convertVni(legacy)).toBe(phrase);
    expect(decodeLegacyText(legacy, "VNI-Times")).toEqual({ text: phrase, encoding: "vni" });
  });

  it("keeps TCVN3 ư, which arrives as the soft hyphen U+00AD", () => {
    const legacy = toTcvn3("ưu tiên");
    expect(legacy.charCodeAt(0)).toBe(0xad);
    const out = convertTcvn3(legacy);
    expect(out).toBe("ưu tiên");
    expect(out).not.toContain("\u00ad");
    expect(decodeLegacyText(toTcvn3("Trường, người, nước"))?.text).toBe("Trường, người, nước");
  });

  it("upper-cases text in the .Vn…H fonts", () => {
    const legacy = toTcvn3("ban dân tộc");
    expect(decodeLegacyText(legacy, ".VnTimeH")).toEqual({ text: "BAN DÂN TỘC", encoding: "tcvn3" });
    expect(decodeLegacyText(toTcvn3("ban Dân Tộc"), ".VnArialH")?.text).toBe("BAN DÂN TỘC");
    expect(decodeLegacyText(legacy, ".VnTime")?.text).toBe("ban dân tộc");
  });

  it("reads upper-case VNI", () => {
    const legacy = toVni("BAN DÂN TỘC TỈNH LẠNG SƠN");
    expect(legacy).toBe("BAN DAÂN TOÄC TÆNH LAÏNG SÔN");
    expect(decodeLegacyText(legacy, "VNI-Helve")?.text).toBe("BAN DÂN TỘC TỈNH LẠNG SƠN");
  });

  it("returns NFC", () => {
    const out = convertVni(toVni("Việt Nam"));
    expect(out).toBe(out.normalize("NFC"));
    expect(out).toHaveLength("Việt Nam".normalize("NFC").length);
    expect(convertTcvn3(toTcvn3("thiểu số"), true)).toBe("THIỂU SỐ".normalize("NFC"));
  });

  it("round-trips any text of Vietnamese letters (property)", () => {
    const letters = [...ALL_LETTERS, ..."abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY"];
    const text = fc.array(fc.constantFrom(...letters, " ", ",", "1"), { maxLength: 40 }).map((a) => a.join(""));
    fc.assert(fc.property(text, (s) => convertVni(toVni(s)) === s));
    const lowerText = fc
      .array(fc.constantFrom(...LOWER_LETTERS, "Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ", ..."abcxyzABC ", "1"), { maxLength: 40 })
      .map((a) => a.join(""));
    fc.assert(fc.property(lowerText, (s) => convertTcvn3(toTcvn3(s)) === s));
  });
});

describe("detectLegacyEncoding with a font hint", () => {
  it("takes the font's encoding when the text has a byte it uses", () => {
    expect(detectLegacyEncoding(toTcvn3("Đã tổ chức"), "tcvn3")).toBe("tcvn3");
    expect(detectLegacyEncoding(toVni("Đã tổ chức"), "vni")).toBe("vni");
    // A single short word is enough with a font.
    expect(detectLegacyEncoding(toTcvn3("có"), "tcvn3")).toBe("tcvn3");
    expect(detectLegacyEncoding(toVni("Tốt"), "vni")).toBe("vni");
  });

  it("needs no conversion for pure ASCII", () => {
    expect(detectLegacyEncoding("Ban dan toc 2021", "tcvn3")).toBeNull();
    expect(detectLegacyEncoding("Ban dan toc 2021", "vni")).toBeNull();
    expect(decodeLegacyText("ban dan toc", ".VnTimeH")).toBeNull();
  });

  it("never converts text that already holds Unicode Vietnamese letters", () => {
    for (const s of ["Cù Thị Hà", "Việt Nam", "Đã tổ chức", "ưu tiên", "Lạng Sơn", "Vie\u0302\u0323t Nam"]) {
      expect(detectLegacyEncoding(s, "tcvn3")).toBeNull();
      expect(detectLegacyEncoding(s, "vni")).toBeNull();
    }
  });

  it("refuses letters the encoding never uses (Unicode text in a legacy font)", () => {
    expect(detectLegacyEncoding("HOÀN THÀNH CÔNG TÁC", "tcvn3")).toBeNull();
    expect(detectLegacyEncoding("Tày", "tcvn3")).toBeNull();
    // "oà" would be VNI ồ, but ý is never a VNI byte: this is Unicode.
    expect(detectLegacyEncoding("Hoà Quý", "vni")).toBeNull();
    expect(detectLegacyEncoding("Hoà Bình", "vni")).toBe("vni");
  });

  it("reads the encoding from the font name", () => {
    expect(legacyFont(".VnTime")).toEqual({ encoding: "tcvn3", upper: false });
    expect(legacyFont(".VnArial Narrow")).toEqual({ encoding: "tcvn3", upper: false });
    expect(legacyFont(".VnTimeH")).toEqual({ encoding: "tcvn3", upper: true });
    expect(legacyFont(" .VnArialH ")).toEqual({ encoding: "tcvn3", upper: true });
    expect(legacyFont("VNI-Times")).toEqual({ encoding: "vni", upper: false });
    expect(legacyFont("VNI-Helve-Condense")).toEqual({ encoding: "vni", upper: false });
    expect(legacyFont("Times New Roman")).toBeNull();
    expect(legacyFont(undefined)).toBeNull();
    expect(legacyFont(null)).toBeNull();
  });

  it("follows the font over the text's look", () => {
    // The same bytes read as VNI in a VNI font and as TCVN3 in a TCVN3 font.
    const s = toVni("Việt Nam");
    expect(decodeLegacyText(s, "VNI-Times")?.text).toBe("Việt Nam");
    expect(decodeLegacyText(s, ".VnTime")?.encoding).toBe("tcvn3");
  });
});

describe("detectLegacyEncoding without a font", () => {
  it("recognises TCVN3 and VNI phrases", () => {
    for (const p of PHRASES.filter((x) => x !== "ưu tiên")) {
      expect(detectLegacyEncoding(toTcvn3(p), null)).toBe("tcvn3");
      expect(detectLegacyEncoding(toVni(p), null)).toBe("vni");
    }
    expect(detectLegacyEncoding("Vieät Nam", null)).toBe("vni");
    expect(decodeLegacyText("Vieät Nam", undefined)).toEqual({ text: "Việt Nam", encoding: "vni" });
  });

  it("prefers no conversion when the evidence is thin", () => {
    // VNI "Tháng" is a + ù, both possible Unicode Vietnamese letters: not enough without a font.
    expect(detectLegacyEncoding(toVni("Tháng"), null)).toBeNull();
    expect(detectLegacyEncoding(toVni("Tháng"), "vni")).toBe("vni");
  });

  const ORDINARY = [
    "Cù Thị Hà",
    "café",
    "Việt Nam",
    "Số 12/BC-BDT",
    "Hoàn thành",
    "Hoà Bình",
    "Tháng ba",
    "Tày",
    "Nùng",
    "Sán Dìu",
    "Bình Gia",
    "Châu Âu",
    "Ông Tô",
    "Bà Hà",
    "Tôi là",
    "Quý I/2023",
    "Toà án",
    "Lò Văn Páo",
    "Nguyễn Văn Ánh",
    "Đã tổ chức",
    "ưu tiên",
    "Müller GmbH",
    "Björk",
    "naïve",
    "Zoë's café",
    "Crème brûlée",
    "José Martí",
    "Raúl",
    "São Paulo",
    "João",
    "Straße",
    "Señor Español",
    "Façade",
    "Ångström",
    "Microsoft® Excel",
    "© 2020 UBND tỉnh",
    "© 2020",
    "5µm",
    "1½ ngày",
    "«Quote»",
    "100 m²",
    "25°C",
    "12/05/2023",
    "2021–2025",
    "1.500.000",
    "N/A",
    "BĐG-01",
    "KH số 35/KH-BDT ngày 15/3/2021",
    "Gender equality action plan",
    "Training for 50 women — Q1",
    "Email: abc@langson.gov.vn",
    "“Tuyên truyền”",
    "naïve où août Israël",
  ];

  it.each(ORDINARY)("leaves ordinary text alone: %s", (s) => {
    expect(detectLegacyEncoding(s, null)).toBeNull();
    expect(decodeLegacyText(s)).toBeNull();
    expect(decodeLegacyText(s, "Times New Roman")).toBeNull();
  });

  it("never takes Unicode Vietnamese letters and spaces for legacy text (property)", () => {
    const letters = [...ALL_LETTERS, ..."abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY"];
    const text = fc.array(fc.constantFrom(...letters, " "), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(text, (s) => detectLegacyEncoding(s, null) === null && detectLegacyEncoding(s.normalize("NFD"), null) === null),
      { numRuns: 2000 },
    );
  });
});

describe("bad input and speed", () => {
  it("does not crash on empty or non-string input", () => {
    expect(decodeLegacyText("")).toBeNull();
    expect(decodeLegacyText("", ".VnTime")).toBeNull();
    expect(decodeLegacyText(42 as unknown as string, ".VnTime")).toBeNull();
    expect(detectLegacyEncoding(null as unknown as string, null)).toBeNull();
    expect(legacyFont(7 as unknown as string)).toBeNull();
  });

  it("scans half a million ordinary cells quickly", () => {
    const cells = ["Hoàn thành", "Cù Thị Hà", "Ban Dân tộc", "2021", "Tày", "Training", "café", "Số 12/BC-BDT"];
    const start = Date.now();
    let found = 0;
    for (let i = 0; i < 500_000; i++) if (decodeLegacyText(cells[i % cells.length])) found++;
    const ms = Date.now() - start;
    expect(found).toBe(0);
    // Generous bound for a loaded 2-core machine; a per-call map or regex build would blow it.
    expect(ms).toBeLessThan(2000);
  });
});
