/**
 * A second plan, unlike the built-in one in everything the engine could have assumed: other ids
 * (sections I and IV), the period 2026–2030, a quarterly and a half-yearly task, two campaigns —
 * one held twice a year, one of its windows across New Year — and a once task with a deadline. It
 * is written as a plan sheet the way a user would (a merged two-row header, a word without
 * diacritics), inside a tracking workbook.
 *
 * Tracking rows, as of 31/12/2026 (the plan takes effect on 01/4/2026):
 *
 *  #  task    date         status         people women DTTS budget
 *  1  I.1     15/05/2026   Hoàn thành        40    25    10    2      Q2 done
 *  2  I.1     20/08/2026   Hoàn thành        60    30    20    3      Q3 done
 *  3  I.2.1   25/11/2026   Hoàn thành       100    60    30    5      window 15/11–15/12 done
 *  4  I.2.2   08/03/2026   Hoàn thành        50    50     0    1      window 01/3–31/3: before the plan, not due
 *  5  IV.1    28/12/2026   Hoàn thành        20    12     5    0.5    H2 done (H1 overdue)
 *  6  IV.2    10/10/2026   Đang thực hiện     -     -     -    -      once, due 30/6/2027
 *  7  IV.3    20/12/2026   Hoàn thành        10     6     2    0      annual 2026 done
 *  8  I.2.2   22/12/2026   Đang thực hiện    30    15    10    1      window 20/12/2026–15/01/2027, open
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot";
import { dayOf } from "../../src/core/time/days";

export const AS_OF = dayOf(2026, 12, 31);

export const PLAN_ROWS: CellValue[][] = [
  ["SỞ DÂN TỘC VÀ TÔN GIÁO TỈNH LẠNG SƠN"],
  ["Số: 15/KH-SDTTG", null, null, "Lạng Sơn, ngày 10 tháng 3 năm 2026"],
  [],
  ["KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030"],
  ["Giai đoạn: 2026 - 2030"],
  ["Hiệu lực từ ngày:", "01/4/2026"],
  [],
  ["Mã", "Nhiệm vụ", "Tần suất", "Thời gian", "Đơn vị", null],
  [null, null, null, null, "Chủ trì", "Phối hợp"],
  ["I", "Truyền thông"],
  ["I.1", "Tuyên truyền về bình đẳng giới trên cổng thông tin", "Hằng quý", "", "Văn phòng", "Phòng Dân tộc"],
  ["I.2", "Các đợt truyền thông", "", "", "Văn phòng"],
  ["I.2.1", "Tháng hành động vì bình đẳng giới", "Theo đợt", "15/11 – 15/12", "Văn phòng", "Phòng Dân tộc; Phòng Tôn giáo"],
  ["I.2.2", "Truyền thông dịp Tết và Ngày Quốc tế Phụ nữ", "theo dot", "20/12 – 15/01; 01/3 – 31/3", "Văn phòng"],
  ["IV", "Tổ chức thực hiện"],
  ["IV.1", "Sơ kết công tác bình đẳng giới", "6 tháng", "", "Văn phòng"],
  ["IV.2", "Xây dựng đề án bình đẳng giới vùng đồng bào dân tộc thiểu số", "Một lần", "trước 30/6/2027", "Phòng Dân tộc"],
  ["IV.3", "Báo cáo kết quả thực hiện hằng năm", "Hằng năm", "", "Văn phòng"],
];

/** The header's "Đơn vị" spans the lead and partner columns; the other header cells span both rows. */
const PLAN_MERGES = [
  { top: 8, left: 5, bottom: 8, right: 6 },
  ...[1, 2, 3, 4].map((c) => ({ top: 8, left: c, bottom: 9, right: c })),
];

export const planSheet = (rows: CellValue[][] = PLAN_ROWS, merges = PLAN_MERGES, name = "Kế hoạch"): SheetSnapshot => ({ name, values: rows, merges });

export const TRACKING_HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ", "DTTS", "Kinh phí (triệu đồng)"];

export const TRACKING_ROWS: CellValue[][] = [
  ["I.1", "Đăng tin tuyên truyền về bình đẳng giới quý II", "15/05/2026", "Văn phòng", "Hoàn thành", 40, 25, 10, 2],
  ["I.1", "Đăng tin tuyên truyền về bình đẳng giới quý III", "20/08/2026", "Văn phòng", "Hoàn thành", 60, 30, 20, 3],
  ["I.2.1", "Mít tinh hưởng ứng Tháng hành động vì bình đẳng giới", "25/11/2026", "Văn phòng", "Hoàn thành", 100, 60, 30, 5],
  ["I.2.2", "Nói chuyện chuyên đề nhân Ngày Quốc tế Phụ nữ 8/3", "08/03/2026", "Văn phòng", "Hoàn thành", 50, 50, 0, 1],
  ["IV.1", "Sơ kết công tác bình đẳng giới 6 tháng cuối năm", "28/12/2026", "Văn phòng", "Hoàn thành", 20, 12, 5, 0.5],
  ["IV.2", "Dự thảo đề án bình đẳng giới vùng đồng bào dân tộc thiểu số", "10/10/2026", "Phòng Dân tộc", "Đang thực hiện", "", "", "", ""],
  ["IV.3", "Báo cáo kết quả thực hiện công tác bình đẳng giới năm 2026", "20/12/2026", "Văn phòng", "Hoàn thành", 10, 6, 2, 0],
  ["I.2.2", "Truyền thông về bình đẳng giới dịp Tết", "22/12/2026", "Văn phòng", "Đang thực hiện", 30, 15, 10, 1],
];

/** The tracking table as Excel passes it to a function's `data` argument (title row, header, rows). */
export function trackingRange(): unknown[][] {
  return [
    ["BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI", ...Array(TRACKING_HEADER.length - 1).fill("")],
    [...TRACKING_HEADER],
    ...TRACKING_ROWS.map((r, i) => [i + 1, ...r]),
  ];
}

export function trackingSheet(): SheetSnapshot {
  return {
    name: "Theo dõi",
    values: [["BẢNG THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI"], [], [...TRACKING_HEADER], ...TRACKING_ROWS.map((r, i) => [i + 1, ...r])],
    merges: [],
  };
}

/** The tracking workbook with the plan sheet in it. */
export function workbook(plan: SheetSnapshot = planSheet()): WorkbookSnapshot {
  return { sheets: [plan, trackingSheet()] };
}
