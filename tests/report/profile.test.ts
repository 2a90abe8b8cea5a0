import {
  checkProfileInput,
  DEFAULT_PROFILE,
  headerCase,
  parseProfileJson,
  PROFILE_PRESETS,
  resolveProfile,
} from "../../src/core/profile/profile";

describe("the organisation profile", () => {
  it("defaults to the plan's own issuer", () => {
    expect(headerCase(DEFAULT_PROFILE.parentBody)).toBe("UBND TỈNH LẠNG SƠN");
    expect(headerCase(DEFAULT_PROFILE.agencyName)).toBe("BAN DÂN TỘC");
    expect(DEFAULT_PROFILE.symbol).toBe("BDT");
    expect(DEFAULT_PROFILE.place).toBe("Lạng Sơn");
    expect(headerCase(DEFAULT_PROFILE.signerTitle)).toBe("TRƯỞNG BAN");
    expect(DEFAULT_PROFILE.recipients[0]).toBe("Sở LĐ-TB&XH");
  });

  it("has the 2025 agency, its director and the Sở Nội vụ ready", () => {
    const p = PROFILE_PRESETS["so-dan-toc-ton-giao"];
    expect([p.agencyName, headerCase(p.signerTitle), p.recipients[0]]).toEqual(["Sở Dân tộc và Tôn giáo", "GIÁM ĐỐC", "Sở Nội vụ"]);
    expect(checkProfileInput(p).ok).toBe(true);
  });

  it("takes any subset of the fields from JSON, later inputs winning over earlier ones", () => {
    const file = parseProfileJson('{ "agencyName": "Sở Dân tộc và Tôn giáo", "symbol": "sdttg", "recipients": ["Sở Nội vụ", "Lưu: VT"] }');
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.input.symbol).toBe("SDTTG");
    const flags = checkProfileInput({ signerTitle: "Giám đốc", agencyName: "  Sở Dân tộc và Tôn giáo tỉnh Lạng Sơn " });
    expect(flags.ok).toBe(true);
    if (!flags.ok) return;
    const p = resolveProfile(DEFAULT_PROFILE, file.input, flags.input);
    expect(p).toEqual({
      ...DEFAULT_PROFILE,
      agencyName: "Sở Dân tộc và Tôn giáo tỉnh Lạng Sơn",
      symbol: "SDTTG",
      signerTitle: "Giám đốc",
      recipients: ["Sở Nội vụ", "Lưu: VT"],
    });
    // The defaults themselves are never changed.
    expect(DEFAULT_PROFILE.agencyName).toBe("Ban Dân tộc");
  });

  it("refuses bad input with a reason in words for each field", () => {
    const r = parseProfileJson('{ "agencyName": "", "recipients": "Sở Nội vụ", "symbol": "B D T", "signerTitel": "x" }');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        "agencyName (tên cơ quan ban hành): không được để trống",
        'recipients (nơi nhận): phải là một danh sách, ví dụ ["Sở Nội vụ", "Lưu: VT, NV"]',
        "symbol (chữ viết tắt tên cơ quan trong số ký hiệu): chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ BDT hoặc SDTTG",
      ]),
    );
    expect(r.errors.some((e) => e.includes("“signerTitel”") && e.includes("signerTitle"))).toBe(true);
  });

  it("says what is wrong in English too, and names the position of a bad recipient", () => {
    const r = checkProfileInput({ recipients: ["Sở Nội vụ", 3] }, "en");
    expect(r).toEqual({ ok: false, errors: ["recipients (recipients) [2]: must be a text in double quotes"] });
    const j = parseProfileJson("{ agencyName: 1 }", "en");
    expect(j.ok).toBe(false);
    if (!j.ok) expect(j.errors[0]).toMatch(/^not valid JSON/);
    const arr = parseProfileJson("[]");
    expect(arr.ok).toBe(false);
    if (!arr.ok) expect(arr.errors[0]).toContain("đối tượng JSON");
  });
});
