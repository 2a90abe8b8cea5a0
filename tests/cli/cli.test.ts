import { execFile } from "child_process";
import { mkdtempSync, rmSync, writeFileSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { promisify } from "util";
import { main } from "../../src/cli/main";
import { writeXlsxFile } from "../helpers/build-xlsx";

const run = promisify(execFile);
const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
const BIN = join(__dirname, "..", "..", "bin", "bdg.js");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bdg(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  const err: string[] = [];
  const code = await main(argv, (s) => (out += s + "\n"), (s) => err.push(s));
  return { code, out, err };
}

/** A clean workbook: every obligation due by 31/12/2021 done, nothing wrong. */
async function cleanWorkbook(): Promise<string> {
  const rows: unknown[][] = [["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tổng số", "Nữ", "Tình trạng", "Văn bản"]];
  const add = (id: string, text: string, date: string) => rows.push([id, text, date, "Phòng Nghiệp vụ", 20, 10, "Hoàn thành", "BC số 1/BC-BDT"]);
  add("II.1", "Quán triệt kế hoạch", "15/06/2021");
  add("II.2.2", "Việc nhà bình đẳng", "25/06/2021");
  add("II.2.3", "Ngày Phụ nữ Việt Nam", "19/10/2021");
  add("II.2.4", "Tháng hành động", "20/11/2021");
  add("III.1.1", "Bồi dưỡng", "10/09/2021");
  add("III.1.2", "Chính sách đặc thù", "10/10/2021");
  add("III.1.3", "Lồng ghép kế hoạch", "20/12/2021");
  add("III.1.4", "Báo cáo năm", "28/12/2021");
  add("III.2", "Tuyên truyền pháp luật", "15/09/2021");
  return writeXlsxFile(join(dir, "sach.xlsx"), [{ name: "Theo dõi", rows }]);
}

describe("bdg validate", () => {
  it("exits 1 on the sample, whose mistakes are errors, and prints the JSON document of docs/design.md#command-line", async () => {
    const r = await bdg("validate", SAMPLE, "--json", "--as-of", "2025-12-31");
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(["files"]);
    const f = doc.files[0];
    expect(f.file).toBe(SAMPLE);
    expect(f.tables.map((t: { sheet: string }) => t.sheet)).toEqual(["Theo dõi 2021-2023", "Năm 2024", "Năm 2025"]);
    expect(f.tables[0]).toMatchObject({ headerRow: 5, columns: { taskId: "B", activity: "C", date: "D" } });
    expect(f.summary.errors).toBeGreaterThan(0);
    expect(f.summary.errors).toBe(f.issues.filter((i: { severity: string }) => i.severity === "error").length);
    const female = f.issues.find((i: { rule: string }) => i.rule === "female-exceeds-total");
    expect(female).toMatchObject({ severity: "error", sheet: "Theo dõi 2021-2023", cell: "H21", row: 21 });
    const campaign = f.issues.find((i: { rule: string; taskId?: string; year?: number }) => i.rule === "missing-campaign" && i.taskId === "II.2.3");
    expect(campaign).toMatchObject({ year: 2023 });
    expect(f.progress.byYear["2021"]).toBe(1);
    expect(f.progress.overall).toBeGreaterThan(0.5);
    expect(f.progress.overall).toBeLessThan(1);
  });

  it("exits 0 on a workbook with no error and says so in Vietnamese", async () => {
    const file = await cleanWorkbook();
    const r = await bdg("validate", file, "--as-of", "2021-12-31");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Kết quả kiểm tra: 0 lỗi");
    expect(r.out).toContain("Năm 2021: 100 %");
  });

  it("prints the issues grouped by rule with their cells", async () => {
    const r = await bdg("validate", SAMPLE, "--as-of", "2025-12-31");
    expect(r.out).toMatch(/\[Lỗi\] Thời gian không đọc được: 1 \(mã bad-date\)\n\s+Theo dõi 2021-2023!D33: /);
    expect(r.out).toContain("Tiến độ thực hiện kế hoạch (tính đến ngày 31/12/2025)");
  });

  it("speaks English with --lang en", async () => {
    const r = await bdg("validate", SAMPLE, "--as-of", "2025-12-31", "--lang", "en");
    expect(r.out).toContain("Validation:");
    expect(r.out).toContain("Whole period");
  });

  it("exits 2 with one line for a missing file, and still checks the others", async () => {
    const r = await bdg("validate", join(dir, "khong-co.xlsx"), SAMPLE, "--json", "--as-of", "2025-12-31");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("khong-co.xlsx");
    const files = JSON.parse(r.out).files;
    expect(files).toHaveLength(2);
    expect(files[0]).toEqual({ file: join(dir, "khong-co.xlsx"), error: { code: "not-found", message: expect.any(String) } });
    expect(files[1].file).toBe(SAMPLE);
  });

  it("exits 2 with one line for a corrupt .xlsx", async () => {
    const bad = join(dir, "hong.xlsx");
    writeFileSync(bad, Buffer.from("PK\u0003\u0004 this is not really a zip archive"));
    const r = await bdg("validate", bad);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it("exits 2 for a wrong command or flag", async () => {
    expect((await bdg("kiemtra", SAMPLE)).code).toBe(2);
    expect((await bdg("validate", SAMPLE, "--as-of", "31/12/2025")).err[0]).toContain("YYYY-MM-DD");
    expect((await bdg("validate", SAMPLE, "--year", "2024")).code).toBe(2);
    expect((await bdg("validate")).code).toBe(2);
  });

  it("refuses a malformed plan file, naming the task and the field in words", async () => {
    const p = join(dir, "kh.json");
    writeFileSync(p, JSON.stringify({ id: "x", title: "t", issuer: "i", period: { start: 2021, end: 2025 }, effectiveDate: "2021-06-01", tasks: [{ id: "II.1", title: "a", frequency: "campaign", lead: "NV" }] }));
    const r = await bdg("validate", SAMPLE, "--plan", p);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("Nhiệm vụ II.1, Thời gian: nhiệm vụ Theo đợt chưa có thời gian đợt");
    expect(r.err[0]).not.toContain("tasks[0]");
  });

  it("tells a workbook given as a plan file to use a plan sheet, and a damaged file its line", async () => {
    const book = join(dir, "ke-hoach.json");
    writeFileSync(book, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const r = await bdg("plan", "--plan", book);
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("sổ làm việc Excel (.xlsx)");
    expect(r.err[0]).toContain("--plan tệp.xlsx");
    const damaged = join(dir, "hong.json");
    writeFileSync(damaged, '{\n  "id": "x",\n  "title": "Kế hoạch\n}');
    const d = await bdg("plan", "--plan", damaged);
    expect(d.code).toBe(2);
    expect(d.err[0]).toContain("dòng 3");
    expect(d.err[0]).not.toMatch(/position|Unterminated|JSON không hợp lệ/);
  });

  it("says a plan file is missing in the language asked for", async () => {
    const missing = join(dir, "khong-co-ke-hoach.json");
    const vi = await bdg("plan", "--plan", missing);
    expect(vi.code).toBe(2);
    expect(vi.err[0]).toContain("không có tệp này");
    const en = await bdg("plan", "--plan", missing, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.err[0]).toContain("no such file");
    expect(en.err[0]).not.toContain("không có tệp này");
  });
});

describe("bdg progress and bdg plan", () => {
  it("gives progress of a scope and year with the obligations behind it", async () => {
    const r = await bdg("progress", SAMPLE, "--scope", "II.2", "--year", "2023", "--as-of", "2025-12-31", "--json");
    const doc = JSON.parse(r.out);
    expect(doc.scope).toBe("II.2");
    expect(doc.obligations.map((o: { taskId: string; state: string }) => `${o.taskId}:${o.state}`)).toEqual([
      "II.2.1:overdue",
      "II.2.2:done",
      "II.2.3:overdue",
      "II.2.4:done",
    ]);
    expect(doc.progress).toBe(0.5);
  });

  it("refuses an unknown scope", async () => {
    const r = await bdg("progress", SAMPLE, "--scope", "IX.9");
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("IX.9");
  });

  it("lists the plan", async () => {
    const r = await bdg("plan");
    expect(r.code).toBe(0);
    expect(r.out).toContain("II.2.4");
    expect(r.out).toContain("15/11–15/12");
    const json = JSON.parse((await bdg("plan", "--json")).out);
    expect(json.tasks).toHaveLength(14);
  });
});

describe("the bdg executable", () => {
  const built = existsSync(join(__dirname, "..", "..", "build", "cli", "main.js"));
  (built ? it : it.skip)("prints one line on stderr and no stack for a missing file", async () => {
    const e = await run(process.execPath, [BIN, "validate", join(dir, "nope.xlsx")]).catch((x) => x);
    expect(e.code).toBe(2);
    expect(e.stderr.trim().split("\n")).toHaveLength(1);
    expect(e.stderr).toMatch(/^bdg: /);
  });
  if (!built) it("needs `npm run build:cli` (npm test runs it)", () => expect(built).toBe(true));
});
