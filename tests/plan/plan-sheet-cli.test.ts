import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { planOfWorkbook } from "../../src/core/plan-sheet/plan-of-workbook";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import type { CellValue, SheetSnapshot } from "../../src/core/snapshot";
import { dayOf } from "../../src/core/time/days";
import { writeXlsxFile } from "../helpers/build-xlsx";
import { PLAN_ROWS, TRACKING_HEADER, TRACKING_ROWS } from "./second-plan";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-plan-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bdg(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  const err: string[] = [];
  const code = await main(argv, (s) => (out += s + "\n"), (s) => err.push(s));
  return { code, out, err };
}

const PLAN_MERGES = ["E8:F8", "A8:A9", "B8:B9", "C8:C9", "D8:D9"];
const secondTracking = { name: "Theo dõi", rows: [["BẢNG THEO DÕI"], [], TRACKING_HEADER, ...TRACKING_ROWS.map((r, i) => [i + 1, ...r])] };

/** A tracking sheet of the built-in plan 2021–2025. */
const builtinTracking = {
  name: "Theo dõi",
  rows: [
    ["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tổng số", "Nữ", "Tình trạng"],
    ["II.1", "Quán triệt kế hoạch", "15/06/2021", "Phòng Nghiệp vụ", 20, 10, "Hoàn thành"],
    ["III.1.4", "Báo cáo năm", "28/12/2021", "Phòng Nghiệp vụ", 20, 10, "Hoàn thành"],
  ],
};

/** A user's own "Kế hoạch" sheet: their work plan for the month, a table with no Tần suất column. */
const WORK_PLAN: CellValue[][] = [
  ["KẾ HOẠCH CÔNG TÁC THÁNG 3 NĂM 2025"],
  [],
  ["Mã", "Nhiệm vụ", "Thời gian", "Người thực hiện", "Ghi chú"],
  ["1", "Chuẩn bị hội nghị sơ kết", "05/3/2025", "Chị Hà", ""],
  ["2", "Gửi báo cáo quý I", "25/3/2025", "Anh Tuấn", ""],
];

/** A user's own "Kế hoạch" sheet written as a narrative: paragraphs, no table. */
const NARRATIVE: CellValue[][] = [
  ["KẾ HOẠCH"],
  ["Thực hiện công tác bình đẳng giới năm 2025, đơn vị xây dựng kế hoạch như sau:"],
  ["1. Mục đích, yêu cầu: nâng cao nhận thức về bình đẳng giới."],
  ["2. Nội dung: tổ chức tuyên truyền, tập huấn, kiểm tra."],
];

const snapshot = (name: string, rows: CellValue[][]): SheetSnapshot => ({ name, values: rows, merges: [] });

describe("bdg validate --json names the plan in use, per file", () => {
  it("a workbook's own plan sheet, and the built-in plan for a workbook without one", async () => {
    const own = await writeXlsxFile(join(dir, "rieng.xlsx"), [{ name: "Kế hoạch", rows: PLAN_ROWS, merges: PLAN_MERGES }, secondTracking]);
    const plain = await writeXlsxFile(join(dir, "thuong.xlsx"), [builtinTracking]);
    const r = await bdg("validate", own, plain, "--json", "--as-of", "2026-12-31");
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([own, plain]);
    expect(doc.files[0].plan).toEqual({ title: "KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030", number: "15/KH-SDTTG", from: 2026, to: 2030 });
    const b = builtinPlan();
    expect(doc.files[1].plan).toEqual({ title: b.plan.title, number: b.plan.number ?? null, from: 2021, to: 2025 });
    // The same object bdg progress --json gives.
    const p = JSON.parse((await bdg("progress", own, "--json", "--as-of", "2026-12-31")).out);
    expect(p.plan).toEqual(doc.files[0].plan);
  });
});

describe("a user's own sheet named “Kế hoạch” that is not a plan", () => {
  it.each([
    ["a work plan with no Tần suất column", WORK_PLAN],
    ["a narrative", NARRATIVE],
  ])("%s is not taken for the plan: the built-in plan is used", (_, rows) => {
    const book = { sheets: [snapshot("Kế hoạch", rows), snapshot("Theo dõi", builtinTracking.rows as CellValue[][])] };
    expect(planOfWorkbook(book)).toBeNull();
    const a = analyzeWorkbook(book, builtinPlan(), { asOf: dayOf(2021, 12, 31), locale: "vi" });
    expect(a.data.tables.map((t) => t.sheet)).toContain("Theo dõi");
  });

  it.each([
    ["cong-tac.xlsx", WORK_PLAN],
    ["van-ban.xlsx", NARRATIVE],
  ])("bdg validate %s checks the file against the built-in plan, no “broken plan” exit 2", async (name, rows) => {
    const file = await writeXlsxFile(join(dir, name), [{ name: "Kế hoạch", rows }, builtinTracking]);
    const r = await bdg("validate", file, "--as-of", "2021-12-31");
    expect(r.code).not.toBe(2);
    expect(r.err.join("\n")).not.toContain("Kế hoạch");
    expect(r.out.split("\n")[0]).toContain("Kế hoạch thực hiện");
    const json = JSON.parse((await bdg("validate", file, "--json", "--as-of", "2021-12-31")).out);
    expect(json.files[0].plan).toMatchObject({ from: 2021, to: 2025 });
    expect(json.files[0].tables.map((t: { sheet: string }) => t.sheet)).toContain("Theo dõi");
  });

  it("a sheet named “Kế hoạch” with the plan's columns is still the plan, and still stops bdg when broken", async () => {
    const rows = PLAN_ROWS.map((r, i) => (i === 10 ? ["I.1", "Tuyên truyền", "hang nam moi", "", "Văn phòng"] : r));
    const file = await writeXlsxFile(join(dir, "hong.xlsx"), [{ name: "Kế hoạch", rows, merges: PLAN_MERGES }, secondTracking]);
    const r = await bdg("validate", file, "--as-of", "2026-12-31");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("Ô C11: tần suất “hang nam moi” không rõ");
  });
});
