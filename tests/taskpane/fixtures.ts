import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { parseIsoDay, type Day } from "../../src/core/time/days";

export const SHEET = "Theo dõi 2024";
export const AS_OF: Day = parseIsoDay("2024-12-31") as Day;

/** Header on row 3; columns A..I. Row numbers below are sheet rows. */
export const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tổng số", "Nữ", "Tình trạng", "Văn bản minh chứng"];

export const ROWS = {
  directive: 4,
  femaleTooMany: 5,
  badDate: 6,
  unknownTask: 7,
  training: 8,
  inProgress: 9,
} as const;

/**
 * A small tracking sheet of 2024 with one honest mistake per row kind: more women than
 * participants (row 5, column G), a date that is not a real day (row 6, column D), a task id the
 * plan does not know (row 7, column B). Years 2021–2023 have no data at all (coverage issues).
 */
export function sampleBook(): WorkbookSnapshot {
  const values: CellValue[][] = [
    ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI NĂM 2024"],
    [],
    HEADER,
    [1, "II.1", "Ban hành văn bản chỉ đạo thực hiện công tác BĐG năm 2024", "08/01/2024", "Lãnh đạo Ban", null, null, "Hoàn thành", "CV số 10/BDT-NV"],
    [2, "II.2.1", "Nói chuyện chuyên đề nhân Ngày Quốc tế Phụ nữ 8/3", "06/03/2024", "Văn phòng", 38, 40, "Hoàn thành", "TB số 20/TB-BDT"],
    [3, "II.2.4", "Mít tinh hưởng ứng Tháng hành động vì BĐG", "31/02/2024", "Phòng Nghiệp vụ", 250, 140, "Hoàn thành", "BC số 185/BC-BDT"],
    [4, "II.9", "Tuyên truyền trên Cổng thông tin điện tử", "10/05/2024", "Văn phòng", 10, 5, "Hoàn thành", "TB số 21/TB-BDT"],
    [5, "III.1.1", "Cử 03 công chức tham gia lớp bồi dưỡng kiến thức về bình đẳng giới", "tháng 5/2024", "Phòng Nghiệp vụ", 3, 2, "Hoàn thành", "QĐ số 60/QĐ-BDT"],
    [6, "III.2", "Lồng ghép tuyên truyền pháp luật về BĐG tại huyện Văn Lãng", "12/09/2024", "Phòng Nghiệp vụ", 160, 58, "Đang thực hiện", null],
  ];
  return {
    sheets: [
      { name: SHEET, values, merges: [{ top: 1, left: 1, bottom: 1, right: 9 }] },
      { name: "Ghi chú", values: [["Sổ theo dõi của Phòng Nghiệp vụ"]], merges: [] },
    ],
  };
}

/** A tracking sheet of n rows (for the responsiveness test). */
export function bigBook(n: number): WorkbookSnapshot {
  const tasks = ["II.1", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "III.1.1", "III.1.3", "III.1.4", "III.2"];
  const values: CellValue[][] = [["BẢNG THEO DÕI"], [], HEADER];
  for (let i = 0; i < n; i++) {
    const y = 2021 + (i % 4);
    const m = 1 + (i % 12);
    const d = 1 + (i % 28);
    values.push([i + 1, tasks[i % tasks.length], `Hoạt động số ${i + 1}`, `${d}/${m}/${y}`, "Phòng Nghiệp vụ", 20 + (i % 50), 10, "Hoàn thành", i % 7 === 0 ? null : `BC số ${i}`]);
  }
  return { sheets: [{ name: "Theo dõi", values, merges: [] }] };
}
