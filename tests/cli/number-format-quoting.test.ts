import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { writeXlsxFile } from "../helpers/build-xlsx";

/** Messages quote a number cell as Excel shows it, in the cell's own number format where it has one. */

let dir: string;
let file: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bdg-numfmt-"));
  const PEOPLE = '#,##0" người"';
  const ACCOUNTING = '_(* #,##0_);_(* (#,##0);_(* "-"??_);_(@_)';
  const DONG = '#,##0 "đ";(#,##0 "đ")';
  const rows = [
    ["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "Kinh phí (đồng)"],
    ["III.2", "Tuyên truyền pháp luật tại xã Tân Văn", "10/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 1200, 0.438, 5_000_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Hoàng Văn Thụ", "11/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 45, 50, 3_000_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Bình Gia", "12/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 30, 10, -2_500_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Văn Quan", "13/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 30, 10, -1_500_000],
    ["III.2", "Tuyên truyền pháp luật tại xã Tràng Định", "14/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", -5, 2, 1_000_000],
  ];
  const numFmts = { F2: PEOPLE, G2: "0.0%", F3: PEOPLE, G3: PEOPLE, H4: ACCOUNTING, H5: DONG };
  file = await writeXlsxFile(join(dir, "dinh-dang.xlsx"), [{ name: "Theo dõi 2023", rows, numFmts }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function messageOf(rule: string, cell: string, lang = "vi"): Promise<string> {
  let out = "";
  await main(["validate", file, "--json", "--as-of", "2025-12-31", "--lang", lang], (s) => (out += s), () => undefined);
  const issues = JSON.parse(out).files[0].issues as Array<{ rule: string; cell?: string; message: string; value?: unknown }>;
  return issues.find((i) => i.rule === rule && i.cell === cell)?.message ?? `(no ${rule} at ${cell})`;
}

describe("a formatted number cell in a message", () => {
  it("a percent in the women column is quoted as the percent the cell shows", async () => {
    const m = await messageOf("non-integer-count", "G2");
    expect(m).toContain("“43,8%”");
    expect(m).not.toContain("0,438");
    expect(await messageOf("non-integer-count", "G2", "en")).toContain("“43.8%”");
  });

  it("counts with a word after them are quoted with it", async () => {
    const m = await messageOf("female-exceeds-total", "G3");
    expect(m).toContain("số nữ “50 người” lớn hơn tổng số người tham gia “45 người”");
  });

  it("a negative budget in an accounting format is quoted in parentheses, as Excel shows it", async () => {
    expect(await messageOf("negative-number", "H4")).toContain("là số âm “(2.500.000)”");
    expect(await messageOf("negative-number", "H5")).toContain("là số âm “(1.500.000 đ)”");
    expect(await messageOf("negative-number", "H5", "en")).toContain("is negative “(1,500,000 đ)”");
  });

  it("a cell without a format of its own is quoted as before", async () => {
    expect(await messageOf("negative-number", "F6")).toContain("là số âm (-5)");
  });
});
