import { b01Form } from "../../src/core/report";
import { input } from "./report-fixture";
import { rowValues, rowWhere, valueAt } from "./spec-reader";

// Columns: STT, Mã, Nhiệm vụ, Đơn vị chủ trì, Số hoạt động, Tình trạng, Tổng số, Nữ, Tỷ lệ nữ, DTTS, Kinh phí, Ghi chú.
const figures = (values: unknown[]): unknown[] => [values[4], values[6], values[7], values[9], values[10]];

describe("B01 for a year (2023, as of 30/06/2024)", () => {
  const spec = b01Form(input(2023));
  const row = (id: string): unknown[] => rowValues(spec, rowWhere(spec, 2, id));

  it("is named for the year and titled for it", () => {
    expect(spec.name).toBe("B01 2023");
    expect(spec.cells.some((c) => c.value === "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH BÌNH ĐẲNG GIỚI NĂM 2023")).toBe(true);
  });

  it("counts each task's activities of the year, without the cancelled one, the flagged values or the later duplicate", () => {
    // activities, people, women, ethnic minority, budget (triệu đồng)
    expect(figures(row("II.1"))).toEqual([1, 0, 0, 0, 0]);
    expect(figures(row("II.2.1"))).toEqual([2, 140, 90, 90, 7]);
    // G of row 4 is flagged (women above the total): its women are left out, the rest counted.
    expect(figures(row("II.2.4"))).toEqual([1, 200, 0, 150, 15.5]);
    expect(figures(row("III.1.1"))).toEqual([1, 3, 2, 1, 0]);
    // Row 7 is flagged as a duplicate: not counted at all.
    expect(figures(row("III.2"))).toEqual([0, 0, 0, 0, 0]);
    expect(figures(row("II.2.2"))).toEqual([0, 0, 0, 0, 0]);
  });

  it("shows a group as the sum of its sub-tasks", () => {
    expect(figures(row("II.2"))).toEqual([3, 340, 90, 240, 22.5]);
    expect(figures(row("III.1"))).toEqual([1, 3, 2, 1, 0]);
  });

  it("gives the share of women over the activities that recorded women, blank where nobody took part", () => {
    // Row 4's 200 people have no counted women: they are outside the share, not 0 % of it.
    expect(row("II.2")[8]).toBe("64,3%"); // 90 / 140, as text: one style in the column
    expect(row("II.2.4")[8]).toBe("không có số liệu");
    expect(row("II.2.1")[8]).toBe("64,3%");
    expect(row("II.1")[8]).toBeNull();
  });

  it("gives each task's status of the year", () => {
    expect(row("II.1")[5]).toBe("Hoàn thành");
    expect(row("II.2.1")[5]).toBe("Hoàn thành");
    expect(row("II.2.2")[5]).toBe("Quá hạn");
    expect(row("III.1.1")[5]).toBe("Quá hạn");
    // The once task is open for the whole period.
    expect(row("III.1.2")[5]).toBe("Đang thực hiện");
    // As-needed tasks owe nothing.
    expect(row("III.1.5")[5]).toBe("");
  });

  it("notes the campaign window, the due day, and activities held outside the window", () => {
    expect(row("II.2.1")[11]).toContain("01/03 - 31/03/2023");
    expect(row("II.2.1")[11]).toContain("1 hoạt động ngoài thời gian cao điểm");
    expect(row("III.1.1")[11]).toContain("Hạn 31/12/2023");
  });

  it("has section rows that add up their tasks, a row for the unknown task, and a total of all", () => {
    const section = (id: string): unknown[] => rowValues(spec, rowWhere(spec, 1, id));
    expect(figures(section("II"))).toEqual([4, 340, 90, 240, 22.5]);
    expect(figures(section("III"))).toEqual([1, 3, 2, 1, 0]);
    const unmapped = rowValues(spec, rowWhere(spec, 3, "Hoạt động chưa xác định được nhiệm vụ"));
    expect(figures(unmapped)).toEqual([1, 10, 5, 5, 1]);
    const total = rowValues(spec, rowWhere(spec, 1, "Tổng cộng"));
    expect(figures(total)).toEqual([6, 353, 97, 246, 23.5]);
    // Women over the participants of the rows that recorded women (not row 4's 200).
    expect(total[8]).toBe("63,4%"); // 97 / 153
    // Progress of 2023: II.1, II.2.1, II.2.4 and III.2 done of the nine obligations due.
    expect(total[5]).toBe("Hoàn thành 4/9 (44,4%)");
  });

  it("formats counts and money as numbers, and every share in the column one way: as text", () => {
    const r = rowWhere(spec, 2, "II.2.4");
    const fmt = (col: number): string | undefined => spec.cells.find((c) => c.row === r && c.col === col)?.style?.numberFormat;
    expect(fmt(7)).toBe('#,##0;-#,##0;"-"');
    const shares = spec.cells.filter((c) => c.col === 9 && c.row > r - 10 && c.value !== null && c.style?.border && !String(c.value).startsWith("("));
    expect(shares.length).toBeGreaterThan(3);
    for (const c of shares.filter((x) => x.row >= r)) {
      expect(typeof c.value).toBe("string");
      expect(c.style?.numberFormat).toBeUndefined();
    }
    expect(fmt(11)).toBe('#,##0.0##;-#,##0.0##;"-"');
    expect(valueAt(spec, r, 11)).toBe(15.5);
  });

  it("prints landscape on A4, repeating the table header", () => {
    expect(spec.print.orientation).toBe("landscape");
    expect(spec.print.paper).toBe("A4");
    const [top, bottom] = spec.print.repeatRows!;
    expect(valueAt(spec, top, 1)).toBe("STT");
    expect(valueAt(spec, bottom, 1)).toBe("(1)");
  });
});

describe("B01 for the period (2021–2025, as of 30/06/2024)", () => {
  const spec = b01Form(input(null));
  const row = (id: string): unknown[] => rowValues(spec, rowWhere(spec, 2, id));

  it("is named and titled for the period", () => {
    expect(spec.name).toBe("B01 2021-2025");
    expect(spec.cells.some((c) => c.value === "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025")).toBe(true);
  });

  it("adds up every year of the period", () => {
    expect(figures(row("II.1"))).toEqual([2, 0, 0, 0, 0]);
    // F of row 11 is not a number: its participants are left out, its women and money still count.
    expect(figures(row("II.2.2"))).toEqual([1, 0, 50, 70, 6]);
    expect(figures(row("III.1.5"))).toEqual([1, 0, 0, 0, 4]);
    const total = rowValues(spec, rowWhere(spec, 1, "Tổng cộng"));
    expect(figures(total)).toEqual([10, 353, 147, 316, 33.5]);
  });

  it("states for each task the years done of the years due, and which years are overdue", () => {
    // II.2.1: 2021 before the plan, 2022 overdue, 2023 done, 2024 overdue (31/3), 2025 not due yet.
    expect(row("II.2.1")[5]).toBe("Hoàn thành 1/3 năm");
    expect(row("II.2.1")[11]).toContain("Quá hạn: 2022 và 2024");
    expect(row("II.2.1")[11]).toContain("Không áp dụng: 2021");
    // II.1: 2021 overdue, 2022 and 2023 done; 2024 and 2025 not due yet.
    expect(row("II.1")[5]).toBe("Hoàn thành 2/3 năm");
    // Whole period: 6 done of the 28 obligations due by 30/06/2024.
    const total = rowValues(spec, rowWhere(spec, 1, "Tổng cộng"));
    expect(total[5]).toBe("Hoàn thành 6/28 (21,4%)");
  });
});

describe("B01 in English", () => {
  it("follows the locale for its texts, the figures unchanged", () => {
    const spec = b01Form({ ...input(2023), locale: "en" });
    const total = rowValues(spec, rowWhere(spec, 1, "Total"));
    expect(figures(total)).toEqual([6, 353, 97, 246, 23.5]);
    expect(rowValues(spec, rowWhere(spec, 2, "II.2.2"))[5]).toBe("Overdue");
    expect(spec.name).toBe("B01 2023");
  });
});
