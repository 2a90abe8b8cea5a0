/**
 * The reader on real .xlsx files built with exceljs: the messy shapes staff workbooks have.
 * Each workbook goes through the same path as `bdg`: bytes -> snapshot -> tracking data.
 */
import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import type { TrackingData } from "../../src/core/read/types";
import { isoOf } from "../../src/core/time/days";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { buildWorkbook, buildXlsx, utcDate, type XlsxSheet } from "../helpers/build-xlsx";

const plan = builtinPlan();

async function read(sheets: XlsxSheet[], options: { date1904?: boolean } = {}): Promise<TrackingData> {
  return readTracking(await readWorkbookBuffer(await buildXlsx(sheets, options)), plan);
}

const TITLE = [["BAN DÂN TỘC TỈNH LẠNG SƠN"], ["BẢNG THEO DÕI THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI"], [], []];

describe("reading tracking workbooks", () => {
  it("reads a merged two-row header on row 5 under title rows", async () => {
    const d = await read([
      {
        name: "Theo dõi",
        rows: [
          ...TITLE,
          ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Số người tham gia", null, null, "Kinh phí (triệu đồng)"],
          [null, null, null, null, "Tổng số", "Nữ", "DTTS"],
          [1, "II.2.4", "Mít tinh hưởng ứng Tháng hành động", "20/11/2023", 120, 70, 100, 12.5],
        ],
        merges: ["A1:D1", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:G5", "H5:H6"],
      },
    ]);
    expect(d.tables[0]).toMatchObject({ headerRow: 5, headerRows: 2, firstDataRow: 7 });
    expect(d.activities[0]).toMatchObject({ row: 7, taskId: "II.2.4", participants: 120, female: 70, ethnicMinority: 100, budget: 12.5 });
  });

  it("reads headers and statuses written without diacritics, and NFD text", async () => {
    const d = await read([
      {
        name: "TD",
        rows: [
          ["Ma", "Noi dung", "Thoi gian", "Tinh trang"],
          ["III.2", "Tuyen truyen phap luat", "05/06/2023", "hoan thanh"],
          ["III.2", "Tuyên truyền pháp luật".normalize("NFD"), "06/06/2023", "Đang thực hiện".normalize("NFD")],
        ],
      },
    ]);
    expect(d.activities.map((a) => [a.status, a.activity])).toEqual([
      ["completed", "Tuyen truyen phap luat"],
      ["in-progress", "Tuyên truyền pháp luật"],
    ]);
  });

  it("converts TCVN3 (.VnTime) and VNI text, header included, and lists the cells converted", async () => {
    const d = await read([
      {
        name: "Cu",
        rows: [
          ["Néi dung ho¹t ®éng", "Thêi gian", "T×nh tr¹ng", "§¬n vÞ chñ tr×"],
          ["TËp huÊn cho c¸n bé", "2023", "Hoµn thµnh", "Phßng NghiÖp vô"],
          ["Tap huan lan 2", "2023", "Hoaøn thaønh", "VP"],
        ],
        fonts: { A1: ".VnTime", B1: ".VnTime", C1: ".VnTime", D1: ".VnTime", A2: ".VnTime", C2: ".VnTime", D2: ".VnTime", C3: "VNI-Times" },
      },
    ]);
    expect(d.tables).toHaveLength(1);
    expect(d.activities[0]).toMatchObject({ activity: "Tập huấn cho cán bộ", status: "completed", unit: "Phòng Nghiệp vụ" });
    expect(d.activities[1].status).toBe("completed");
    const converted = d.legacyCells.map((c) => `${c.encoding}:${c.row}:${c.col}`);
    expect(converted).toEqual(expect.arrayContaining(["tcvn3:1:1", "tcvn3:2:1", "tcvn3:2:3", "vni:3:3"]));
  });

  it("reads per-year sheets with numbered section headings and no id column", async () => {
    const sheet = (year: number): XlsxSheet => ({
      name: `Năm ${year}`,
      rows: [
        ["STT", "Nội dung", "Thời gian", "Đơn vị chủ trì"],
        ["II", "GIẢI PHÁP"],
        ["2", "Thông tin, tuyên truyền"],
        ["2.2", "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6"],
        [1, "Truyền thông tại huyện Chi Lăng", `25/6/${year}`, "Phòng Nghiệp vụ"],
        ["III", "NỘI DUNG"],
        ["1", "Nâng cao năng lực cho đội ngũ cán bộ, công chức làm công tác dân tộc"],
        ["1.4", "Chế độ thông tin, báo cáo"],
        [1, "Báo cáo kết quả năm", `tháng 12/${year}`, "Phòng Nghiệp vụ"],
      ],
    });
    const d = await read([sheet(2023), sheet(2024)]);
    expect(d.tables.map((t) => t.sheet)).toEqual(["Năm 2023", "Năm 2024"]);
    expect(d.activities.map((a) => `${a.sheet}:${a.row}:${a.taskId}:${a.year}`)).toEqual([
      "Năm 2023:5:II.2.2:2023",
      "Năm 2023:9:III.1.4:2023",
      "Năm 2024:5:II.2.2:2024",
      "Năm 2024:9:III.1.4:2024",
    ]);
  });

  it("reads an Excel table (ListObject)", async () => {
    const wb = buildWorkbook([{ name: "Bang", rows: [["Ghi chép"]] }]);
    wb.getWorksheet("Bang")!.addTable({
      name: "TheoDoi",
      ref: "A3",
      headerRow: true,
      columns: [{ name: "Mã" }, { name: "Nội dung" }, { name: "Ngày thực hiện" }, { name: "Tổng số" }, { name: "Nữ" }],
      rows: [
        ["II.1", "Chỉ đạo", "05/01/2024", 10, 4],
        ["III.1.3", "Lồng ghép", "10/01/2024", 5, 2],
      ],
    });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const d = readTracking(await readWorkbookBuffer(buf), plan);
    expect(d.tables[0].headerRow).toBe(3);
    expect(d.activities.map((a) => [a.taskId, a.participants, a.female])).toEqual([
      ["II.1", 10, 4],
      ["III.1.3", 5, 2],
    ]);
  });

  it("keeps error cells as their code, skips blank rows and reads the total row apart", async () => {
    const d = await read([
      {
        name: "TD",
        rows: [
          ["Mã", "Nội dung", "Ngày", "Tổng số", "Nữ"],
          ["II.1", "Chỉ đạo", "05/01/2024", 10, { error: "#REF!" }],
          [],
          [],
          ["II.1", "Quán triệt", "06/01/2024", { formula: "1/0", result: { error: "#DIV/0!" } }, 3],
          [null, "Tổng cộng", null, { formula: "SUM(D2:D5)", result: 10 }, 3],
        ],
      },
    ]);
    expect(d.activities.map((a) => a.row)).toEqual([2, 5]);
    expect(d.activities[0].raw.female).toBe("#REF!");
    expect(d.activities[1].raw.participants).toBe("#DIV/0!");
    expect(d.tables[0].totals).toEqual([expect.objectContaining({ row: 6, from: 0, to: 2 })]);
  });

  it("joins rich text", async () => {
    const d = await read([
      {
        name: "TD",
        rows: [
          ["Mã", "Nội dung", "Ngày"],
          ["III.2", { richText: [{ text: "Tuyên truyền " }, { text: "Luật Bình đẳng giới", font: { bold: true } }] }, "2023"],
        ],
      },
    ]);
    expect(d.activities[0].activity).toBe("Tuyên truyền Luật Bình đẳng giới");
  });

  it("reads dates of a workbook in the 1904 date system", async () => {
    const d = await read([{ name: "TD", rows: [["Mã", "Nội dung", "Ngày"], ["II.1", "Chỉ đạo", utcDate(2024, 1, 5)]] }], { date1904: true });
    expect(isoOf(d.activities[0].date!.start)).toBe("2024-01-05");
  });

  it("reads numbers as Vietnamese offices write them", async () => {
    const d = await read([
      {
        name: "TD",
        rows: [
          ["Mã", "Nội dung", "Ngày", "Số người tham gia", "Nữ", "Kinh phí (đồng)"],
          ["III.2", "Hội nghị", "2023", "1.500", "12 người", "2.500.000"],
          ["III.2", "Tọa đàm", "2023", "-", "", "1,5 triệu"],
        ],
      },
    ]);
    expect(d.activities[0]).toMatchObject({ participants: 1500, female: 12, budget: 2.5 });
    expect(d.activities[1]).toMatchObject({ participants: null, female: null, budget: 1.5 });
  });
});
