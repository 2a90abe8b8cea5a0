/**
 * The sender that exists on the report's date: the Sở Dân tộc và Tôn giáo from 01/3/2025, the Ban
 * Dân tộc before; then the profile saved in the workbook, --preset, --profile and the flags.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseArgs } from "../../src/cli/args";
import { reportCommand } from "../../src/cli/commands/report";
import { CliFailure } from "../../src/cli/context";
import { profileProperty, savedProfileText } from "../../src/cli/workbook-profile";
import { defaultProfileFor, parseProfileJson, presetFor, PROFILE_PRESETS } from "../../src/core/profile/profile";
import { dayOf } from "../../src/core/time/days";
import { writeXlsxFile } from "../helpers/build-xlsx";

describe("the default profile by the report's date", () => {
  it("is the Ban Dân tộc up to 28/02/2025 and the Sở Dân tộc và Tôn giáo from 01/3/2025", () => {
    expect(presetFor(dayOf(2024, 12, 31))).toBe("ban-dan-toc");
    expect(presetFor(dayOf(2025, 2, 28))).toBe("ban-dan-toc");
    expect(presetFor(dayOf(2025, 3, 1))).toBe("so-dan-toc-ton-giao");
    const so = defaultProfileFor(dayOf(2025, 12, 31));
    expect([so.agencyName, so.symbol, so.signerTitle, so.recipients[0], so.signerName]).toEqual(["Sở Dân tộc và Tôn giáo", "SDTTG", "Giám đốc", "Sở Nội vụ", ""]);
    expect(defaultProfileFor(dayOf(2023, 6, 30)).agencyName).toBe("Ban Dân tộc");
  });
});

const HEADER = ["Mã", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "DTTS", "Kinh phí (triệu đồng)"];
const ROW = ["II.1", "Quán triệt Kế hoạch bình đẳng giới", "15/01/2025", "Lãnh đạo Sở", "Hoàn thành", 30, 12, 20, 5];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-profile-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `bdg report --year 2025` and returns the texts of the BC sheet written. */
async function bcTexts(input: string, extra: string[]): Promise<string[]> {
  const output = join(dir, "out.xlsx");
  await reportCommand(parseArgs(["report", input, "--year", "2025", "--forms", "BC", "--out", output, ...extra]), () => undefined);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const t: string[] = [];
  wb.getWorksheet("BC 2025")!.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && t.push(c.value.trim())));
  return t;
}

/** The tracking file, with the profile the task pane saved as Excel stores an add-in's settings. */
async function trackingFile(saved?: object): Promise<string> {
  const path = await writeXlsxFile(join(dir, "theo-doi.xlsx"), [{ name: "Theo dõi", rows: [HEADER, ROW] }]);
  if (!saved) return path;
  const zip = await JSZip.loadAsync(await readFile(path));
  const value = JSON.stringify(JSON.stringify(saved)).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="bdg" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="bdg.profile" value="${value}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
  return path;
}

describe("bdg report: who sends the report", () => {
  it("defaults to the Sở Dân tộc và Tôn giáo for a report dated from 01/3/2025", async () => {
    const t = await bcTexts(await trackingFile(), ["--as-of", "2025-03-01"]);
    // The name is set on two even lines in the header.
    expect(t).toEqual(expect.arrayContaining(["SỞ DÂN TỘC", "VÀ TÔN GIÁO"]));
    expect(t.some((x) => x.includes("/BC-SDTTG"))).toBe(true);
    expect(t).toContain("GIÁM ĐỐC");
    expect(t.some((x) => x.includes("Sở Nội vụ"))).toBe(true);
  });

  it("defaults to the Ban Dân tộc for a report dated before it", async () => {
    const t = await bcTexts(await trackingFile(), ["--as-of", "2025-02-28"]);
    expect(t).toContain("BAN DÂN TỘC");
    expect(t.some((x) => x.includes("/BC-BDT"))).toBe(true);
    expect(t).toContain("TRƯỞNG BAN");
  });

  it("takes --preset over the date's default", async () => {
    const t = await bcTexts(await trackingFile(), ["--as-of", "2025-12-31", "--preset", "ban-dan-toc"]);
    expect(t).toContain("BAN DÂN TỘC");
  });

  it("refuses an unknown preset, naming the ones there are", async () => {
    await expect(bcTexts(await trackingFile(), ["--preset", "so-lao-dong"])).rejects.toThrow(CliFailure);
    await expect(bcTexts(await trackingFile(), ["--preset", "so-lao-dong"])).rejects.toThrow(/ban-dan-toc, so-dan-toc-ton-giao/);
  });

  it("reads the profile the task pane saved in the workbook, after the defaults and before --profile and the flags", async () => {
    const input = await trackingFile({ signerName: "Hoàng Văn A", place: "Đồng Đăng" });
    const saved = await bcTexts(input, ["--as-of", "2025-12-31"]);
    expect(saved).toContain("Hoàng Văn A");
    expect(saved).toEqual(expect.arrayContaining(["SỞ DÂN TỘC", "VÀ TÔN GIÁO"]));
    expect(saved.some((x) => x.startsWith("Đồng Đăng, ngày"))).toBe(true);
    const profile = join(dir, "hoso.json");
    await writeFile(profile, JSON.stringify({ signerName: "Nông Thị B" }));
    const overridden = await bcTexts(input, ["--as-of", "2025-12-31", "--profile", profile, "--place", "Lạng Sơn"]);
    expect(overridden).toContain("Nông Thị B");
    expect(overridden.some((x) => x.startsWith("Lạng Sơn, ngày"))).toBe(true);
  });

  it("finds nothing saved in a workbook never opened with the add-in", async () => {
    expect(await savedProfileText(await trackingFile())).toBeNull();
    expect(profileProperty('<we:properties><we:property name="other" value="&quot;x&quot;"/></we:properties>')).toBeNull();
  });
});

describe("the sample profile file", () => {
  it("passes the profile check and is the Sở's profile", async () => {
    const r = parseProfileJson(await readFile(join(__dirname, "..", "..", "samples", "ho-so-co-quan.json"), "utf8"));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.input.agencyName).toBe(PROFILE_PRESETS["so-dan-toc-ton-giao"].agencyName);
  });
});
