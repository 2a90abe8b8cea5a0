import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import type { CellValue, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { isoOf } from "../../src/core/time/days";

const plan = builtinPlan();

function book(...sheets: Array<Partial<SheetSnapshot> & { values: CellValue[][] }>): WorkbookSnapshot {
  return { sheets: sheets.map((s, i) => ({ name: s.name ?? `Sheet${i + 1}`, merges: s.merges ?? [], ...s })) };
}

const HEADER: CellValue[] = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tổng số", "Nữ", "Kinh phí (nghìn đồng)", "Tình trạng"];

describe("readTracking", () => {
  it("reads a table under title rows and keeps every value's cell", () => {
    const d = readTracking(
      book({
        name: "Theo dõi",
        values: [
          ["BAN DÂN TỘC TỈNH LẠNG SƠN"],
          ["BẢNG THEO DÕI NĂM 2023"],
          [],
          HEADER,
          [1, "II.2.4", "Mít tinh hưởng ứng Tháng hành động", "15/11/2023", "Phòng Nghiệp vụ", "1.500", "800", 12500, "Hoàn thành"],
          [],
          [2, "iii.1.1.", "Cử cán bộ đi bồi dưỡng", 45200, "Văn phòng", "12 người", 5, null, "Đang thực hiện"],
        ],
      }),
      plan,
    );
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0];
    expect(t.headerRow).toBe(4);
    expect(t.columns.activity).toBe(3);
    expect(d.activities).toHaveLength(2);
    const [a, b] = d.activities;
    expect(a).toMatchObject({ sheet: "Theo dõi", row: 5, taskId: "II.2.4", taskSource: "column", participants: 1500, female: 800, year: 2023, status: "completed" });
    expect(a.budget).toBeCloseTo(12.5); // nghìn đồng -> triệu đồng
    expect(isoOf(a.date!.start)).toBe("2023-11-15");
    expect(b).toMatchObject({ row: 7, taskId: "III.1.1", participants: 12, status: "in-progress" });
    expect(isoOf(b.date!.start)).toBe("2023-10-01"); // serial 45200
  });

  it("takes the task from numbered section headings when there is no id column", () => {
    const d = readTracking(
      book({
        name: "Năm 2024",
        values: [
          ["STT", "Nội dung", "Thời gian", "Đơn vị", "Số người tham gia", "Nữ"],
          ["II", "GIẢI PHÁP"],
          ["2", "Thông tin, tuyên truyền, ứng dụng CNTT"],
          ["2.4", "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới"],
          [1, "Mít tinh tại huyện Lộc Bình", "20/11", "Phòng Nghiệp vụ", 100, 60],
          ["III", "NỘI DUNG"],
          ["1", "Nâng cao năng lực cho đội ngũ cán bộ, công chức làm công tác dân tộc"],
          ["1.1", "Cử cán bộ tham gia lớp bồi dưỡng"],
          [1, "Cử 2 công chức dự lớp", "05/2024", "Phòng Nghiệp vụ", 2, 1],
          ["2", "Lồng ghép tuyên truyền, phổ biến pháp luật về bình đẳng giới tại vùng DTTS"],
          [1, "Hội nghị tại Văn Lãng", "12/9/2024", "Phòng Nghiệp vụ", 160, 58],
        ],
      }),
      plan,
    );
    expect(d.activities.map((a) => [a.row, a.taskId, a.taskSource])).toEqual([
      [5, "II.2.4", "heading"],
      [9, "III.1.1", "heading"],
      [11, "III.2", "heading"],
    ]);
    // "20/11" on the sheet "Năm 2024" takes the sheet's year.
    expect(isoOf(d.activities[0].date!.start)).toBe("2024-11-20");
  });

  it("reads a total row apart and stops at the signature block", () => {
    const d = readTracking(
      book({
        values: [
          HEADER,
          [1, "II.1", "Chỉ đạo", "05/01/2023", "Lãnh đạo Ban", 10, 4, 0, "Hoàn thành"],
          [2, "II.1", "Quán triệt", "06/01/2023", "Lãnh đạo Ban", 20, 6, 0, "Hoàn thành"],
          [null, null, "Tổng cộng", null, null, 30, 10],
          [],
          [null, null, "Người lập biểu", null, null, null, null, null, "Thủ trưởng đơn vị"],
          [null, null, "Nguyễn Thị A"],
        ],
      }),
      plan,
    );
    expect(d.activities).toHaveLength(2);
    expect(d.tables[0].totals).toEqual([expect.objectContaining({ row: 4, from: 0, to: 2 })]);
  });

  it("does not take an activity beginning with 'Cộng đồng' for a total", () => {
    const d = readTracking(book({ values: [HEADER, [1, "III.2", "Cộng đồng người Dao tìm hiểu Luật Bình đẳng giới", "2023", null, 5, 2, 0, "HT"]] }), plan);
    expect(d.activities).toHaveLength(1);
    expect(d.tables[0].totals).toHaveLength(0);
  });

  it("skips blank rows, serial-only rows and a column-number row", () => {
    const d = readTracking(
      book({
        values: [HEADER, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"], [], [1, "II.1", "Chỉ đạo", "2023"], [2], [3], [null, "   "]],
      }),
      plan,
    );
    expect(d.activities.map((a) => a.row)).toEqual([4]);
  });

  it("skips the sheets the add-in wrote, known by their mark and their form's own text", () => {
    const form = [["Biểu 01"], [], HEADER, [1, "II.1", "Chỉ đạo", "2023"]];
    const d = readTracking(book({ values: form, ownedByAddin: true }), plan);
    expect(d.tables).toHaveLength(0);
    expect(d.sheetsRead).toEqual([]);
  });

  it("reads a marked sheet that holds the user's own table (typed over an old report sheet)", () => {
    const d = readTracking(book({ values: [HEADER, [1, "II.1", "Chỉ đạo", "2023"]], ownedByAddin: true }), plan);
    expect(d.activities.map((a) => a.activity)).toEqual(["Chỉ đạo"]);
  });

  it("reads merged two-row headers with the group's fields", () => {
    const merges: MergedArea[] = [
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 1, left: 2, bottom: 2, right: 2 },
      { top: 1, left: 3, bottom: 2, right: 3 },
      { top: 1, left: 4, bottom: 1, right: 6 },
    ];
    const d = readTracking(
      book({
        merges,
        values: [
          ["Mã", "Nội dung", "Ngày tổ chức", "Số người tham gia", null, null],
          [null, null, null, "Tổng số", "Nữ", "DTTS"],
          ["III.2", "Tuyên truyền", "3/3/2023", 50, 20, 40],
        ],
      }),
      plan,
    );
    expect(d.activities[0]).toMatchObject({ row: 3, participants: 50, female: 20, ethnicMinority: 40 });
  });

  it("decides a bare 'Nam' column from its contents", () => {
    const years = readTracking(book({ values: [["Noi dung", "Nam", "Don vi"], ["Tap huan", 2023, "VP"]] }), plan);
    expect(years.tables[0].columns.year).toBe(2);
    const men = readTracking(book({ values: [["Noi dung", "Thoi gian", "Tong so", "Nu", "Nam"], ["Tap huan", "2023", 10, 4, 6]] }), plan);
    expect(men.activities[0]).toMatchObject({ participants: 10, female: 4, male: 6 });
  });

  it("keeps an id that is not in the plan for the validator", () => {
    const d = readTracking(book({ values: [HEADER, [1, "II.5", "Tuyên truyền", "2023"]] }), plan);
    expect(d.activities[0]).toMatchObject({ taskId: null, unknownTaskId: "II.5" });
  });

  it("guesses the task from the text when nothing else says it", () => {
    const d = readTracking(
      book({ values: [["Nội dung", "Thời gian", "Đơn vị"], ["Truyền thông hưởng ứng Tháng hành động vì bình đẳng giới", "20/11/2023", "NV"], ["Họp", "2023", "VP"]] }),
      plan,
    );
    expect(d.activities[0]).toMatchObject({ taskId: "II.2.4", taskSource: "guess" });
    expect(d.activities[0].taskConfidence).toBeGreaterThanOrEqual(0.8);
    expect(d.activities[1].taskConfidence).toBeLessThan(0.8);
  });

  it("reads NFD text like NFC", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const d = readTracking(
      book({ values: [[nfd("Nội dung hoạt động"), nfd("Thời gian thực hiện"), nfd("Tình trạng")], [nfd("Tập huấn"), "2023", nfd("Hoàn thành")]] }),
      plan,
    );
    expect(d.activities[0]).toMatchObject({ activity: "Tập huấn", status: "completed", year: 2023 });
  });

  it("reads every table of a sheet, one under another, each with its own columns and year", () => {
    const d = readTracking(
      book({
        name: "2023-2024",
        values: [
          ["NĂM 2023"],
          [],
          ["Mã", "Nội dung", "Thời gian", "Số người tham gia", "Tình trạng"],
          ["II.1", "Chỉ đạo", "05/01", 10, "Hoàn thành"],
          ["III.2", "Tuyên truyền", "10/05", 20, "Hoàn thành"],
          [],
          ["NĂM 2024"],
          ["Mã", "Nội dung", "Thời gian", "Đơn vị phối hợp", "Số người tham gia", "Tình trạng"],
          ["II.1", "Chỉ đạo", "06/01", "VP", 12, "Hoàn thành"],
        ],
      }),
      plan,
    );
    expect(d.tables.map((t) => [t.headerRow, t.activities.length])).toEqual([
      [3, 2],
      [8, 1],
    ]);
    expect(d.activities.map((a) => `${a.row}:${a.year}:${a.participants}`)).toEqual(["4:2023:10", "5:2023:20", "9:2024:12"]);
  });

  it("skips a header repeated for printing", () => {
    const d = readTracking(book({ values: [HEADER, [1, "II.1", "Chỉ đạo", "2023"], HEADER, [2, "II.1", "Quán triệt", "2023"]] }), plan);
    expect(d.tables).toHaveLength(1);
    expect(d.activities.map((a) => a.row)).toEqual([2, 4]);
  });

  it("reads 'Cộng B' and 'TỔNG CỘNG (A+B)' as totals", () => {
    const d = readTracking(
      book({
        values: [
          HEADER,
          [1, "II.1", "Chỉ đạo", "05/01/2023", null, 10],
          [null, null, "Cộng A", null, null, 10],
          [2, "III.2", "Tuyên truyền", "06/01/2023", null, 20],
          [null, null, "Cộng B", null, null, 20],
          [null, null, "TỔNG CỘNG (A+B)", null, null, 30],
          [3, "III.2", "Tổng kết năm", "20/12/2023", null, 5],
        ],
      }),
      plan,
    );
    expect(d.tables[0].totals.map((t) => [t.row, t.from, t.to])).toEqual([
      [3, 0, 1],
      [5, 1, 2],
      [6, 0, 2],
    ]);
    expect(d.activities.map((a) => a.row)).toEqual([2, 4, 7]);
  });

  it("stops at the signature block even when a title sits under a figure column", () => {
    const d = readTracking(
      book({
        values: [
          HEADER,
          [1, "II.1", "Chỉ đạo", "05/01/2023", null, 10],
          [],
          [null, null, "NGƯỜI LẬP BIỂU", null, null, null, null, "TRƯỞNG PHÒNG"],
          [null, null, "Nguyễn Văn A", null, null, null, null, "Lương Văn B"],
        ],
      }),
      plan,
    );
    expect(d.activities.map((a) => a.row)).toEqual([2]);
  });

  it("reads a 'Thời gian' group over 'Từ ngày | Đến ngày' as one date range", () => {
    const d = readTracking(
      book({
        merges: [
          { top: 1, left: 1, bottom: 2, right: 1 },
          { top: 1, left: 2, bottom: 1, right: 3 },
        ],
        values: [
          ["Nội dung hoạt động", "Thời gian", null, "Đơn vị"],
          [null, "Từ ngày", "Đến ngày"],
          ["Tháng hành động", "15-11-2023", "15-12-2023", "NV"],
        ],
      }),
      plan,
    );
    expect(d.tables[0].headerRows).toBe(2);
    const a = d.activities[0];
    expect([isoOf(a.date!.start), isoOf(a.date!.end)]).toEqual(["2023-11-15", "2023-12-15"]);
  });

  it("takes a heading worded as a task's title for that task, and lettered or capitalised headings for none", () => {
    const d = readTracking(
      book({
        values: [
          ["TT", "Nội dung", "Thời gian", "Đơn vị"],
          ["A", "CÔNG TÁC TUYÊN TRUYỀN"],
          ["II", "Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới"],
          [1, "Treo băng rôn, khẩu hiệu", "20/11/2023", "NV"],
          ["B", "CÔNG TÁC KHÁC"],
          [1, "Họp giao ban", "05/12/2023", "VP"],
        ],
      }),
      plan,
    );
    expect(d.activities.map((a) => [a.row, a.taskId, a.taskSource])).toEqual([
      [4, "II.2.4", "heading"],
      // "Họp giao ban" is no activity of the plan: no guess at all.
      [6, null, null],
    ]);
  });

  it("does not read a task-by-year matrix as a tracking table", () => {
    const d = readTracking(
      book({ values: [["STT", "Nhiệm vụ", "Năm 2021", "Năm 2022", "Năm 2023", "Ghi chú"], [1, "II.1", "x", "x", "-", null]] }),
      plan,
    );
    expect(d.tables).toHaveLength(0);
  });

  it("prefers the activity column over a look-up column of task names", () => {
    const d = readTracking(
      book({ values: [["Tên nhiệm vụ (tra cứu)", "Mã NV", "Nội dung hoạt động", "Thời gian"], ["Lãnh đạo, chỉ đạo", "II.1", "Họp quán triệt", "2024"]] }),
      plan,
    );
    expect(d.tables[0].columns.activity).toBe(3);
    expect(d.activities[0].activity).toBe("Họp quán triệt");
  });
});

