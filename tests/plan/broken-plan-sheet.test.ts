import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { readPlanSheet } from "../../src/core/plan-sheet/read-plan-sheet";
import type { CellValue } from "../../src/core/snapshot";
import { writeXlsxFile } from "../helpers/build-xlsx";
import { PLAN_ROWS, planSheet, TRACKING_HEADER, TRACKING_ROWS } from "./second-plan";

/** The second plan's rows with some rows replaced (by 1-based row number) or added at the end. */
function rowsWith(changes: Record<number, CellValue[] | null>, added: CellValue[][] = []): CellValue[][] {
  const rows = PLAN_ROWS.map((r, i) => (i + 1 in changes ? changes[i + 1] : r)).filter((r): r is CellValue[] => r !== null);
  return [...rows, ...added];
}

const messagesOf = (rows: CellValue[][], locale: "vi" | "en" = "vi"): string[] => readPlanSheet(planSheet(rows), { locale }).problems.map((p) => p.message);

describe("a broken plan sheet gives one message per problem, on its cell", () => {
  it("an unknown frequency names the words that are understood", () => {
    const rows = rowsWith({ 11: ["I.1", "Tuyên truyền", "hang nam moi", "", "Văn phòng"] });
    expect(messagesOf(rows)).toEqual([
      "Ô C11: tần suất “hang nam moi” không rõ; ghi Hằng năm, Một lần, Theo đợt, Hằng quý, 6 tháng hoặc Khi có yêu cầu.",
    ]);
    expect(messagesOf(rows, "en")).toEqual([
      "Cell C11: the frequency “hang nam moi” is unclear; write Hằng năm, Một lần, Theo đợt, Hằng quý, 6 tháng hoặc Khi có yêu cầu.",
    ]);
  });

  it("a window that is no window, and a campaign with none", () => {
    const rows = rowsWith({
      13: ["I.2.1", "Tháng hành động", "Theo đợt", "15/11 – 35/12", "Văn phòng"],
      14: ["I.2.2", "Truyền thông dịp Tết", "Theo đợt", "", "Văn phòng"],
    });
    expect(messagesOf(rows)).toEqual([
      "Ô D13: thời gian “15/11 – 35/12” không rõ; ghi đợt như “01/3 – 31/3” (nhiều đợt cách nhau bằng dấu ;), hạn như “trước 30/6/2027”.",
      "Ô D14: nhiệm vụ theo đợt I.2.2 chưa có thời gian đợt; ghi như “01/3 – 31/3”.",
    ]);
  });

  it("a duplicate code and a task under no section", () => {
    const rows = rowsWith({}, [
      ["IV.3", "Báo cáo kết quả", "Hằng năm", "", "Văn phòng"],
      ["V.1", "Kiểm tra", "Hằng năm", "", "Văn phòng"],
    ]);
    expect(messagesOf(rows)).toEqual([
      "Ô A19: mã IV.3 trùng với dòng 18; mỗi nhiệm vụ một mã.",
      "Ô A20: nhiệm vụ V.1 không thuộc mục nào; thêm dòng mục V ở phía trên.",
    ]);
  });

  it("a deadline outside the period and a time on an annual task", () => {
    const rows = rowsWith({
      17: ["IV.2", "Xây dựng đề án", "Một lần", "trước 30/6/2032", "Phòng Dân tộc"],
      18: ["IV.3", "Báo cáo", "Hằng năm", "01/3 – 31/3", "Văn phòng"],
    });
    const m = messagesOf(rows);
    expect(m).toHaveLength(2);
    expect(m[0]).toMatch(/^Ô D17: hạn “trước 30\/6\/2032” không rõ hoặc ngoài giai đoạn 2026 - 2030/);
    expect(m[1]).toMatch(/^Ô D18: thời gian “01\/3 – 31\/3” chỉ dùng cho nhiệm vụ Theo đợt/);
  });

  it("an empty table", () => {
    const rows = PLAN_ROWS.slice(0, 9);
    expect(messagesOf(rows)).toEqual(["Ô A10: bảng nhiệm vụ chưa có nhiệm vụ nào; ghi mỗi nhiệm vụ một dòng dưới dòng tiêu đề."]);
  });

  it("a missing period", () => {
    const rows = rowsWith({ 5: [] });
    expect(messagesOf(rows)).toEqual(["Ô A5: thiếu giai đoạn của kế hoạch; ghi “Giai đoạn: 2026 - 2030”."]);
  });

  it("a sheet named Kế hoạch with no task table says so", () => {
    expect(messagesOf([["KẾ HOẠCH NĂM 2026"], ["Giai đoạn: 2026 - 2030"], ["Cơ quan ban hành:", "Sở"]])).toEqual([
      "Trang “Kế hoạch”: không thấy bảng nhiệm vụ; ghi một dòng tiêu đề Mã | Nhiệm vụ | Tần suất | Thời gian | Đơn vị chủ trì | Đơn vị phối hợp.",
    ]);
  });

  it("a legacy-font plan sheet reads like a Unicode one", () => {
    // TCVN3 text of "Hằng quý" typed with a .Vn font.
    const sheet = planSheet();
    const legacy = { ...sheet, values: sheet.values.map((r) => r.slice()), legacyFonts: { C11: ".VnTime" } };
    (legacy.values[10] as CellValue[])[2] = "H»ng quý".replace("»", "\u00bb");
    const r = readPlanSheet(legacy);
    expect(r.problems.map((p) => p.message)).toEqual([]);
    expect(r.plan?.task("I.1")?.frequency).toBe("quarterly");
  });
});

describe("bdg and a broken plan sheet", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "bdg-plan-sheet-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 2 naming the plan and each problem; a good plan sheet is named in the first line", async () => {
    const tracking = { name: "Theo dõi", rows: [["BẢNG THEO DÕI"], [], TRACKING_HEADER, ...TRACKING_ROWS.map((r, i) => [i + 1, ...r])] };
    const broken = await writeXlsxFile(join(dir, "hong.xlsx"), [
      { name: "Kế hoạch", rows: rowsWith({ 11: ["I.1", "Tuyên truyền", "hang nam moi", "", "Văn phòng"] }), merges: ["E8:F8", "A8:A9", "B8:B9", "C8:C9", "D8:D9"] },
      tracking,
    ]);
    const err: string[] = [];
    let out = "";
    const code = await main(["validate", broken, "--as-of", "2026-12-31"], (s) => (out += s + "\n"), (s) => err.push(s));
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("Kế hoạch “KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030” trên trang “Kế hoạch” có 1 lỗi");
    expect(err.join("\n")).toContain("Ô C11: tần suất “hang nam moi” không rõ");

    const good = await writeXlsxFile(join(dir, "tot.xlsx"), [{ name: "Kế hoạch", rows: PLAN_ROWS, merges: ["E8:F8", "A8:A9", "B8:B9", "C8:C9", "D8:D9"] }, tracking]);
    out = "";
    const ok = await main(["progress", good, "--as-of", "2026-12-31", "--year", "2026"], (s) => (out += s + "\n"), (s) => err.push(s));
    // Read and counted; exit 1 for the one error of the data: the first half of 2026 of IV.1, past due with nothing done.
    expect(ok).toBe(1);
    expect(out).toContain("IV.1");
    const [first] = out.split("\n");
    expect(first).toBe(`Kế hoạch: KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030 (số 15/KH-SDTTG ngày 10/03/2026) (trang “Kế hoạch” của ${good})`);
    expect(out).toContain("(tính đến ngày 31/12/2026): 71 %");
    expect(out).toMatch(/I\.1\s+Q2\/2026\s+Hoàn thành/);
  });
});
