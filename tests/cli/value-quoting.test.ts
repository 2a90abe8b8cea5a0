import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { utcDate, writeXlsxFile } from "../helpers/build-xlsx";

/** Messages quote a value as Excel shows it: a date cell as dd/mm/yyyy, never as its serial number. */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-quoting-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface JsonIssue {
  rule: string;
  cell?: string;
  message: string;
}

async function issuesOf(file: string): Promise<JsonIssue[]> {
  let out = "";
  await main(["validate", file, "--json", "--as-of", "2025-12-31"], (s) => (out += s), () => undefined);
  return JSON.parse(out).files[0].issues as JsonIssue[];
}

const HEADER = ["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng"];
const DATE_FORMATS = { C2: "dd/mm/yyyy", C3: "dd/mm/yyyy", C4: "dd/mm/yyyy" };

async function datedBook(name: string, date1904: boolean): Promise<string> {
  const rows = [
    HEADER,
    ["II.2.4", "Mít tinh Tháng hành động", utcDate(2024, 5, 15), "Phòng Nghiệp vụ", "Hoàn thành"],
    ["II.1", "Quán triệt kế hoạch", utcDate(2019, 3, 10), "Văn phòng", "Hoàn thành"],
    ["III.2", "Tuyên truyền pháp luật", utcDate(2026, 1, 10), "Phòng Nghiệp vụ", "Hoàn thành"],
  ];
  return writeXlsxFile(join(dir, name), [{ name: "Theo dõi", rows, numFmts: DATE_FORMATS }], { date1904 });
}

describe.each([
  ["1900 date system", false],
  ["1904 date system", true],
])("a date cell in a message (%s)", (label, date1904) => {
  let issues: JsonIssue[];
  beforeAll(async () => {
    issues = await issuesOf(await datedBook(`ngay-${date1904 ? 1904 : 1900}.xlsx`, date1904));
  });
  const messageOf = (rule: string, cell: string) => issues.find((i) => i.rule === rule && i.cell === cell)?.message ?? `(no ${rule} at ${cell})`;

  it("is quoted as dd/mm/yyyy when outside the campaign", () => {
    const m = messageOf("campaign-out-of-window", "C2");
    expect(m).toContain("“15/05/2024”");
    expect(m).not.toMatch(/“4\d\.\d{3}”|“4\d{4}”/);
  });

  it("is quoted as dd/mm/yyyy when outside the plan's period", () => {
    expect(messageOf("date-outside-period", "C3")).toContain("“10/03/2019”");
  });

  it("is quoted as dd/mm/yyyy when completed after the as-of day", () => {
    expect(messageOf("future-completed", "E4")).toContain("10/01/2026");
    expect(messageOf("future-completed", "E4")).not.toMatch(/4\d\.\d{3}/);
  });
});

it("a year cell is quoted as the year, not as a grouped number", async () => {
  const file = await writeXlsxFile(join(dir, "nam.xlsx"), [
    { name: "Theo dõi", rows: [["Mã NV", "Nội dung hoạt động", "Năm", "Đơn vị chủ trì"], ["II.1", "Quán triệt kế hoạch", 2019, "Văn phòng"]] },
  ]);
  const m = (await issuesOf(file)).find((i) => i.rule === "date-outside-period")?.message;
  expect(m).toContain("“2019”");
});
