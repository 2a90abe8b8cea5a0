import { b02Form, b03Form } from "../../src/core/report";
import { input } from "./report-fixture";
import { rowValues, rowWhere, valueAt } from "./spec-reader";

// B02 columns: STT, Đợt truyền thông/hoạt động, Thời gian, Đơn vị, Số hoạt động, Tổng số, Nữ, Tỷ lệ nữ, DTTS, Kinh phí, Tình trạng.
describe("B02 for a year (2023)", () => {
  const spec = b02Form(input(2023));
  const campaign = (stt: number): unknown[] => rowValues(spec, rowWhere(spec, 1, stt));

  it("lists the four campaigns with their window of the year, figures and status", () => {
    expect(spec.name).toBe("B02 2023");
    expect(campaign(1)).toEqual([1, "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3", "01/03 - 31/03/2023", "Phòng Nghiệp vụ", 1, 100, 60, "60%", 80, 5, "Hoàn thành"]);
    expect(campaign(2).slice(4)).toEqual([0, 0, 0, null, 0, 0, "Quá hạn"]);
    expect(campaign(3)[10]).toBe("Quá hạn");
    // The cancelled activity of 01/12/2023 is not counted.
    // Its women (G of row 4) are flagged as above the total: left out, and the share has no data.
    expect(campaign(4).slice(2)).toEqual(["15/11 - 15/12/2023", "Phòng Nghiệp vụ", 1, 200, 0, "không có số liệu", 150, 15.5, "Hoàn thành"]);
  });

  it("lists each activity held inside the window under its campaign, and names the one outside", () => {
    const r = rowWhere(spec, 1, 1);
    expect(rowValues(spec, r + 1)).toEqual([null, "- Nói chuyện chuyên đề nhân Ngày 8/3", "08/03/2023", "Phòng Nghiệp vụ", null, 100, 60, "60%", 80, 5, "Hoàn thành"]);
    expect(valueAt(spec, r + 2, 2)).toBe("1 hoạt động ngoài thời gian cao điểm, không tính (15/04/2023)");
  });

  it("totals the campaigns and gives the share of campaigns done", () => {
    const total = rowValues(spec, rowWhere(spec, 1, "Tổng cộng"));
    expect(total.slice(4)).toEqual([2, 300, 60, "60%", 230, 20.5, "Hoàn thành 2/4 (50%)"]);
  });
});

describe("B02 for the period", () => {
  const spec = b02Form(input(null));

  it("gives each campaign one row per year, under a row for the whole period", () => {
    const r = rowWhere(spec, 1, 1);
    expect(rowValues(spec, r).slice(2)).toEqual(["01/03 - 31/03", "Phòng Nghiệp vụ", 1, 100, 60, "60%", 80, 5, "Hoàn thành 1/3 năm"]);
    expect(rowValues(spec, r + 1).slice(1)).toEqual(["Năm 2021", "01/03 - 31/03/2021", "", 0, 0, 0, null, 0, 0, "Không áp dụng"]);
    expect(rowValues(spec, r + 2)[10]).toBe("Quá hạn");
    // 28/6: 2021 overdue, 2022 done, 2023 overdue, 2024 due on the as-of day itself (30/06/2024).
    const sixJune = rowWhere(spec, 1, 2);
    // F of row 11 is not a number: no participants counted, so no share either.
    expect(rowValues(spec, sixJune).slice(4)).toEqual([1, 0, 50, null, 70, 6, "Hoàn thành 1/4 năm"]);
  });

  it("totals the period", () => {
    const total = rowValues(spec, rowWhere(spec, 1, "Tổng cộng"));
    // The share only over row 2, the one campaign activity with both participants and women counted.
    expect(total.slice(4, 10)).toEqual([3, 300, 110, "60%", 300, 26.5]);
  });
});

// B03 columns: STT, Mã, Nhiệm vụ, 2021…2025, Tiến độ.
describe("B03, the progress matrix", () => {
  const spec = b03Form(input(2023));
  const task = (id: string): unknown[] => rowValues(spec, rowWhere(spec, 2, id));

  it("is the whole period whatever the year asked", () => {
    expect(spec.name).toBe("B03 2021-2025");
    expect(b03Form(input(null))).toEqual(spec);
  });

  it("lists only the tasks that owe something, with a status per year and their own progress", () => {
    expect(spec.cells.some((c) => c.col === 2 && (c.value === "III.1.5" || c.value === "II.2" || c.value === "V.3"))).toBe(false);
    expect(task("II.2.1")).toEqual([2, "II.2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3", "Không áp dụng", "Quá hạn", "Hoàn thành", "Quá hạn", null, 1 / 3]);
    // Years not due yet on 30/06/2024 are blank: "Chưa thực hiện" there would read as a failure.
    expect(task("II.1").slice(3)).toEqual(["Quá hạn", "Hoàn thành", "Hoàn thành", null, null, 2 / 3]);
    expect(task("II.2.2").slice(3, 8)).toEqual(["Quá hạn", "Hoàn thành", "Quá hạn", "Chưa thực hiện", null]);
  });

  it("writes a once task across the years, in one merged cell", () => {
    const r = rowWhere(spec, 2, "III.1.2");
    expect(valueAt(spec, r, 4)).toBe("Đang thực hiện (thực hiện 1 lần trong giai đoạn)");
    expect(spec.merges).toContainEqual({ top: r, left: 4, bottom: r, right: 8 });
    // Not due before 31/12/2025: no progress yet.
    expect(valueAt(spec, r, 9)).toBeNull();
  });

  it("gives done/due and progress per year and for the period", () => {
    const counts = rowValues(spec, rowWhere(spec, 1, "Số nhiệm vụ hoàn thành / đến hạn"));
    expect(counts.slice(3)).toEqual(["0/8", "2/9", "4/9", "0/2", "", "6/28"]);
    const progress = rowValues(spec, rowWhere(spec, 1, "Tiến độ (%)"));
    expect(progress.slice(3)).toEqual([0, 2 / 9, 4 / 9, 0, null, 6 / 28]);
  });
});
