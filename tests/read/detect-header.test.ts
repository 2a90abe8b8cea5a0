import { detectHeader } from "../../src/core/read/detect-header";
import { matchHeader } from "../../src/core/read/header-match";
import type { CellValue, MergedArea, SheetSnapshot } from "../../src/core/snapshot";

function sheet(values: CellValue[][], merges: MergedArea[] = []): SheetSnapshot {
  return { name: "S", values, merges };
}

describe("matchHeader", () => {
  it.each([
    ["Nội dung hoạt động", "activity"],
    ["NOI DUNG HOAT DONG", "activity"],
    ["Nội dung hoạt động".normalize("NFD"), "activity"],
    ["Thời gian thực hiện (ngày/tháng/năm)", "date"],
    ["Đơn vị chủ trì thực hiện", "unit"],
    ["Đơn vị phối hợp", "partners"],
    ["Kinh phí (triệu đồng)", "budget"],
    ["Nguồn kinh phí", "budgetSource"],
    ["Trong đó: Nữ", "female"],
    ["Người DTTS", "ethnicMinority"],
    ["Kết quả thực hiện", "status"],
    ["Kết quả", "result"],
    ["Mã NV", "taskId"],
    ["Năm", "year"],
    ["ĐV", "unit"],
    ["KP", "budget"],
    ["Văn bản minh chứng", "evidence"],
    ["Ghi chú", "note"],
  ])("reads %s as %s", (text, field) => {
    expect(matchHeader(text).field).toBe(field);
  });

  it("does not take a title sentence for a header", () => {
    expect(matchHeader("BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI NĂM 2023").field).toBeNull();
  });

  it("marks a bare 'Nam' as ambiguous and 'STT' as the serial column", () => {
    expect(matchHeader("Nam").ambiguousNam).toBe(true);
    expect(matchHeader("STT").serial).toBe(true);
  });
});

describe("detectHeader", () => {
  it("finds a header on row 5 under title rows", () => {
    const s = sheet([
      ["BAN DÂN TỘC TỈNH LẠNG SƠN"],
      ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN NĂM 2023"],
      [],
      [null, "(Kèm theo báo cáo số 12/BC-BDT)"],
      ["STT", "Nội dung", "Thời gian", "Đơn vị chủ trì", "Số người tham gia", "Nữ"],
      [1, "Hội nghị", "15/3/2023", "Phòng Nghiệp vụ", 30, 12],
    ]);
    const h = detectHeader(s);
    expect(h).not.toBeNull();
    expect(h!.headerRow).toBe(5);
    expect(h!.headerRows).toBe(1);
    expect(h!.columns).toEqual({ activity: 2, date: 3, unit: 4, participants: 5, female: 6 });
    expect(h!.serialCol).toBe(1);
  });

  it("reads a two-row merged header as one", () => {
    const s = sheet(
      [
        ["STT", "Nội dung hoạt động", "Thời gian", "Số người tham gia", null, null, "Kinh phí (nghìn đồng)", null],
        [null, null, null, "Tổng số", "Nữ", "DTTS", "Tổng số", "Nguồn"],
        [1, "Tập huấn", "2023", 40, 20, 30, 5000, "NSNN"],
      ],
      [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 6 },
        { top: 1, left: 7, bottom: 1, right: 8 },
      ],
    );
    const h = detectHeader(s)!;
    expect(h.headerRow).toBe(1);
    expect(h.headerRows).toBe(2);
    expect(h.columns).toEqual({ activity: 2, date: 3, participants: 4, female: 5, ethnicMinority: 6, budget: 7, budgetSource: 8 });
    expect(h.headers.budget).toContain("nghìn đồng");
  });

  it("reads an unmerged two-row header (group text only over its first column)", () => {
    const s = sheet([
      ["TT", "Hoạt động", "Ngày", "Số người tham gia", null, null],
      [null, null, null, "Tổng", "Nữ", "Nam"],
      [1, "Tập huấn", "15/3/2023", 40, 20, 20],
    ]);
    const h = detectHeader(s)!;
    expect(h.headerRows).toBe(2);
    expect(h.columns).toMatchObject({ activity: 2, date: 3, participants: 4, female: 5, male: 6 });
  });

  it("reads headers written without diacritics", () => {
    const s = sheet([
      ["STT", "Noi dung hoat dong", "Thoi gian thuc hien", "Don vi chu tri", "Tong so", "Nu", "Nam"],
      [1, "Tap huan", "15/03/2023", "Phong Nghiep vu", 10, 4, 6],
    ]);
    const h = detectHeader(s)!;
    expect(h.columns).toMatchObject({ activity: 2, date: 3, unit: 4, participants: 5, female: 6 });
    // "Nam" with no diacritics anywhere: left for the contents to decide.
    expect(h.ambiguousNamCol).toBe(7);
  });

  it("takes a bare 'Nam' as men when the row is written with diacritics", () => {
    const s = sheet([["Nội dung", "Thời gian", "Tổng số", "Nữ", "Nam"]]);
    expect(detectHeader(s)!.columns.male).toBe(5);
  });

  it("returns null for a sheet with no tracking table", () => {
    expect(detectHeader(sheet([["Danh sách cán bộ"], ["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Trưởng phòng"]]))).toBeNull();
    expect(detectHeader(sheet([]))).toBeNull();
  });

  it("looks no further than row 30", () => {
    const rows: CellValue[][] = Array.from({ length: 31 }, () => ["ghi chú tự do"]);
    rows.push(["Nội dung", "Thời gian", "Đơn vị"]);
    expect(detectHeader(sheet(rows))).toBeNull();
  });
});

describe("annex headers", () => {
  const m = (top: number, left: number, bottom: number, right: number): MergedArea => ({ top, left, bottom, right });

  it("skips a unit line above the header and keeps it as the table's units", () => {
    const h = detectHeader(
      sheet([
        [null, null, null, "Đơn vị tính: người, triệu đồng"],
        ["Nội dung hoạt động", "Thời gian", "Số người tham gia", "Kinh phí"],
        ["Hội nghị", "08/3/2024", 50, 2],
      ]),
    );
    expect(h).toMatchObject({ headerRow: 2, headerRows: 1, unitLine: "Đơn vị tính: người, triệu đồng", columns: { budget: 4 } });
  });

  it("still reads a column named “Đơn vị tính” inside a header", () => {
    const h = detectHeader(sheet([["Nội dung hoạt động", "Đơn vị tính", "Thời gian"], ["Hội nghị", "cuộc", "08/3/2024"]]));
    expect(h).toMatchObject({ headerRow: 1, unitLine: null });
  });

  it("does not take labels under a group for a third header level when they are no header words", () => {
    const h = detectHeader(
      sheet(
        [
          ["Nội dung hoạt động", "Số người tham gia", null],
          [null, "Tổng số", "Nữ"],
          ["Hội nghị tuyên truyền", "năm mươi", "ba mươi"],
        ],
        [m(1, 2, 1, 3), m(1, 1, 2, 1)],
      ),
    );
    expect(h).toMatchObject({ headerRow: 1, headerRows: 2, columns: { participants: 2, female: 3 } });
  });
});
