import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseArgs, type ParsedArgs } from "../../src/cli/args";
import { reportCommand } from "../../src/cli/commands/report";
import { main } from "../../src/cli/main";
import { CliFailure } from "../../src/cli/context";
import { writeXlsxFile } from "../helpers/build-xlsx";

const HEADER = ["Mã", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "DTTS", "Kinh phí (nghìn đồng)"];
const CLEAN = [
  ["II.1", "Quán triệt Kế hoạch bình đẳng giới", "15/05/2021", "Lãnh đạo Ban", "Hoàn thành", 30, 12, 20, 5000],
  ["III.2", "Tuyên truyền Luật Bình đẳng giới tại huyện Tràng Định", "20/05/2021", "Phòng Nghiệp vụ", "Hoàn thành", 100, 40, 90, 2500],
];
const WRONG = ["III.1.1", "Cử công chức đi bồi dưỡng", "10/05/2021", "Phòng Nghiệp vụ", "Hoàn thành", 5, 6, 2, 0];

let dir: string;
let lines: string[];
const out = (s: string): void => {
  lines.push(s);
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-report-cli-"));
  lines = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tracking(rows: unknown[][], name = "theo-doi.xlsx"): Promise<string> {
  return writeXlsxFile(join(dir, name), [{ name: "Theo dõi", rows: [HEADER, ...rows] }]);
}

function args(argv: string[]): ParsedArgs {
  return parseArgs(["report", ...argv]);
}

async function openBook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function rowOf(ws: ExcelJS.Worksheet, col: number, value: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(col).value === value) found = row;
  });
  if (!found) throw new Error(`no ${value} in ${ws.name}`);
  return found;
}

function textsOf(ws: ExcelJS.Worksheet): string[] {
  const t: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && t.push(c.value.trim())));
  return t;
}

describe("bdg report", () => {
  it("writes a copy beside the input with the report sheets, leaving the input as it was", async () => {
    const input = await tracking(CLEAN);
    const before = await readFile(input);
    const status = await reportCommand(args([input, "--year", "2021", "--as-of", "2021-06-01"]), out);
    expect(status).toBe(0);
    const output = join(dir, "theo-doi-bao-cao-2021.xlsx");
    expect(lines.join("\n")).toContain(output);
    expect(await readFile(input)).toEqual(before);
    const wb = await openBook(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2021", "B01 2021", "B02 2021", "B03 2021-2025", "B04 2021", "KT 2021"]);
  });

  it("writes the first six months with --half, and says the dates with --cutoff nd09", async () => {
    const input = await tracking(CLEAN);
    expect(await reportCommand(args([input, "--half", "2021", "--cutoff", "nd09", "--as-of", "2021-06-01"]), out)).toBe(0);
    const wb = await openBook(join(dir, "theo-doi-bao-cao-6t-2021.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 6T-2021", "B01 6T-2021", "B02 6T-2021", "B03 2021-2025", "B04 6T-2021", "KT 6T-2021"]);
    expect(lines.join("\n")).toContain("Số liệu từ ngày 15/12/2020 đến ngày 14/06/2021.");
    await expect(reportCommand(args([input, "--half", "2021", "--year", "2021"]), out)).rejects.toThrow(
      new CliFailure("Chỉ chọn một trong ba: --year YYYY, --half YYYY hoặc --period."),
    );
    await expect(reportCommand(args([input, "--year", "2021", "--cutoff", "lich"]), out)).rejects.toThrow(
      new CliFailure('Thời gian chốt số liệu --cutoff "lich" không hợp lệ: chỉ dùng nd09 (chốt theo Nghị định 09/2019), hoặc bỏ --cutoff để tính theo năm dương lịch.'),
    );
  });

  it("fills the forms from the workbook, the budget converted to triệu đồng", async () => {
    const input = await tracking(CLEAN);
    await reportCommand(args([input, "--year", "2021", "--as-of", "2021-06-01", "--out", join(dir, "bc.xlsx")]), out);
    const b01 = (await openBook(join(dir, "bc.xlsx"))).getWorksheet("B01 2021")!;
    const values = (r: ExcelJS.Row): unknown[] => [5, 7, 8, 10, 11].map((c) => r.getCell(c).value);
    expect(values(rowOf(b01, 2, "II.1"))).toEqual([1, 30, 12, 20, 5]);
    expect(values(rowOf(b01, 2, "III.2"))).toEqual([1, 100, 40, 90, 2.5]);
    expect(values(rowOf(b01, 1, "Tổng cộng"))).toEqual([2, 130, 52, 110, 7.5]);
    expect(rowOf(b01, 1, "Tổng cộng").getCell(9).value).toBe("40%"); // 52 / 130
  });

  it("still writes the report when the data has errors, names them in it, and exits 1", async () => {
    const input = await tracking([...CLEAN, WRONG]);
    const status = await reportCommand(args([input, "--period", "--as-of", "2021-06-01"]), out);
    expect(status).toBe(1);
    expect(lines.join("\n")).toMatch(/còn \d+ lỗi/);
    const bc = (await openBook(join(dir, "theo-doi-bao-cao-2021-2025.xlsx"))).getWorksheet("BC 2021-2025")!;
    // The data problems are for staff: listed on the KT sheet, not in the report sent out.
    expect(textsOf(bc).some((t) => t.includes("Số nữ lớn hơn tổng số người tham gia"))).toBe(false);
    const kt = (await openBook(join(dir, "theo-doi-bao-cao-2021-2025.xlsx"))).getWorksheet("KT 2021-2025")!;
    expect(textsOf(kt)).toContain("Số nữ lớn hơn tổng số người tham gia");
  });

  it("never writes over its input (exit 2), however --out spells it", async () => {
    const input = await tracking(CLEAN);
    const before = await readFile(input);
    for (const o of [input, join(dir, ".", "theo-doi.xlsx")]) {
      await expect(reportCommand(args([input, "--year", "2021", "--out", o]), out)).rejects.toThrow(
        new CliFailure(`Tệp ra --out trùng với tệp vào ${input}: lệnh report không bao giờ ghi đè tệp vào, hãy chọn tên khác.`),
      );
    }
    expect(await readFile(input)).toEqual(before);
    expect((await readdir(dir)).filter((f) => !f.startsWith("theo-doi.xlsx"))).toEqual([]);
  });

  it("ends with exit status 2 and one line on stderr through the bdg command", async () => {
    const input = await tracking(CLEAN);
    const errors: string[] = [];
    const status = await main(["report", input, "--year", "2021", "--out", input], out, (s) => errors.push(s));
    expect(status).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("không bao giờ ghi đè tệp vào");
  });

  it("refuses wrong flags with one line that says what to do", async () => {
    const input = await tracking(CLEAN);
    const fails = async (argv: string[], message: RegExp): Promise<void> => {
      await expect(reportCommand(args(argv), out)).rejects.toThrow(message);
    };
    await fails([input], /--year YYYY .* hoặc --period/);
    await fails([input, "--year", "2021", "--period"], /Chỉ chọn một/);
    await fails([input, "--year", "2030"], /Năm --year "2030" không hợp lệ/);
    await fails([input, "--year", "2021", "--forms", "BC,B09"], /--forms "BC,B09" không hợp lệ: chỉ dùng BC,B01,B02,B03/);
    await fails([input, "--year", "2021", "--out", join(dir, "x.pdf")], /phải có đuôi \.xlsx/);
    await fails([input, "--year", "2021", "--json"], /--json không dùng được/);
    await fails([join(dir, "khong-co.xlsx"), "--year", "2021"], /khong-co\.xlsx/);
    expect(existsSync(join(dir, "theo-doi-bao-cao-2021.xlsx"))).toBe(false);
  });

  it("writes only the forms asked for", async () => {
    const input = await tracking(CLEAN);
    await reportCommand(args([input, "--year", "2021", "--forms", "b03,BC", "--as-of", "2021-06-01"]), out);
    const wb = await openBook(join(dir, "theo-doi-bao-cao-2021.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2021", "B03 2021-2025", "KT 2021"]);
  });

  it("takes the organisation profile from a JSON file, and flags over it", async () => {
    const input = await tracking(CLEAN);
    const profile = join(dir, "ho-so.json");
    await writeFile(profile, JSON.stringify({ agencyName: "Sở Dân tộc và Tôn giáo", symbol: "SDTTG", signerTitle: "Giám đốc" }));
    const a = args([
      input,
      "--year",
      "2021",
      "--as-of",
      "2021-06-01",
      "--profile",
      profile,
      "--signer-name",
      "Nguyễn Văn A",
      "--recipients",
      "Sở Nội vụ; Lãnh đạo Sở; Lưu: VT, NV",
    ]);
    expect(await reportCommand(a, out)).toBe(0);
    const bc = (await openBook(join(dir, "theo-doi-bao-cao-2021.xlsx"))).getWorksheet("BC 2021")!;
    expect(textsOf(bc)).toEqual(
      expect.arrayContaining(["SỞ DÂN TỘC", "VÀ TÔN GIÁO", "Số:          /BC-SDTTG", "GIÁM ĐỐC", "Nguyễn Văn A", "- Sở Nội vụ;", "- Lãnh đạo Sở;", "- Lưu: VT, NV."]),
    );
  });

  it("refuses a bad profile, naming the field in words", async () => {
    const input = await tracking(CLEAN);
    const profile = join(dir, "ho-so.json");
    await writeFile(profile, '{ "agencyName": "" }');
    await expect(reportCommand(args([input, "--year", "2021", "--profile", profile]), out)).rejects.toThrow(
      /ho-so\.json\) không hợp lệ: agencyName \(tên cơ quan ban hành\): không được để trống/,
    );
    await expect(reportCommand(args([input, "--year", "2021", "--profile", join(dir, "none.json")]), out)).rejects.toThrow(/không có tệp này/);
    await expect(reportCommand(args([input, "--year", "2021", "--symbol", "B D T"]), out)).rejects.toThrow(/các tùy chọn dòng lệnh/);
  });

  it("regenerates from its own output: the report sheets are not read as data, and are replaced", async () => {
    const input = await tracking(CLEAN);
    const first = join(dir, "lan-1.xlsx");
    const second = join(dir, "lan-2.xlsx");
    await reportCommand(args([input, "--year", "2021", "--as-of", "2021-06-01", "--out", first]), out);
    lines = [];
    await reportCommand(args([first, "--year", "2021", "--as-of", "2021-06-01", "--out", second]), out);
    expect(lines.join("\n")).toContain("Đã thay các trang báo cáo cũ");
    const a = (await openBook(first)).getWorksheet("B01 2021")!;
    const b = (await openBook(second)).getWorksheet("B01 2021")!;
    expect(rowOf(b, 1, "Tổng cộng").getCell(5).value).toBe(rowOf(a, 1, "Tổng cộng").getCell(5).value);
    expect((await openBook(second)).worksheets.map((w) => w.name)).toEqual(["Theo dõi", "BC 2021", "B01 2021", "B02 2021", "B03 2021-2025", "B04 2021", "KT 2021"]);
  });
});
