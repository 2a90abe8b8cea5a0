/**
 * The rules on data produced by the real reader from a workbook snapshot: what a user gets from
 * their sheet, with the reader's own notion of blank, unreadable and parsed.
 */
import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { dayOf } from "../../src/core/time/days";
import { validateTracking } from "../../src/core/validate/validate";

const plan = builtinPlan();

const HEADER: CellValue[] = ["Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Trạng thái", "Tổng số", "Nữ", "Kinh phí (triệu đồng)", "Văn bản"];

function book(rows: CellValue[][]): WorkbookSnapshot {
  return { sheets: [{ name: "Theo dõi 2023", values: [["BẢNG THEO DÕI"], [], HEADER, ...rows], merges: [] }] };
}

function issuesAt(rows: CellValue[][], asOf = dayOf(2025, 12, 31)) {
  const data = readTracking(book(rows), plan);
  return validateTracking(data, plan, { asOf }).issues.filter((i) => i.sheet !== undefined).map((i) => `${i.cell} ${i.rule}`);
}

const ok: CellValue[] = ["III.2", "Tuyên truyền Luật Bình đẳng giới tại xã Tân Văn", "10/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 120, 70, 15, "KH 12/KH-BDT"];

describe("validating what the reader read", () => {
  it("finds nothing on a clean row", () => {
    expect(issuesAt([ok])).toEqual([]);
  });

  it("pins each problem of a messy row to its cell", () => {
    const row: CellValue[] = ["II.9", "Hội nghị tập huấn", "31/02/2023", "Phòng Nghiệp vụ", "tạm dừng", 30, 31, "#REF!", ""];
    expect(issuesAt([row])).toEqual(["A4 unknown-task", "C4 bad-date", "E4 bad-status", "G4 female-exceeds-total", "H4 cell-error"]);
  });

  it("takes a dash as blank and words as not a number", () => {
    const row: CellValue[] = ["III.2", "Tuyên truyền pháp luật", "11/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", "ba mươi", "-", "-", "KH 1"];
    expect(issuesAt([row])).toEqual(["F4 bad-number"]);
  });

  it("checks a total row against the rows above it", () => {
    const second: CellValue[] = ["III.2", "Tuyên truyền pháp luật tại xã Hữu Lễ", "12/08/2023", "Phòng Nghiệp vụ", "Hoàn thành", 30, 20, 5, "KH 2"];
    expect(issuesAt([ok, second, [null, "Tổng cộng", null, null, null, 150, 90, 20, null]])).toEqual([]);
    expect(issuesAt([ok, second, [null, "Tổng cộng", null, null, null, 151, 90, 20, null]])).toEqual(["F6 total-mismatch"]);
  });
});
