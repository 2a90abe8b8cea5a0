import type { Field } from "./types";

/**
 * Header words of each field (docs/design.md#tracking-fields), written as users write them. They are folded (case,
 * diacritics, punctuation) before matching, so one spelling covers "Nội dung", "NOI DUNG", "nội dung:".
 * "năm" (year) and "nam" (men) fold to the same word: headerField() resolves that collision.
 */
export const HEADER_WORDS: Record<Field, readonly string[]> = {
  taskId: ["mã", "mã nhiệm vụ", "mã nv", "mã nội dung", "mã nd", "mục", "mã số nhiệm vụ", "mã hoạt động", "mã kh", "số hiệu nhiệm vụ"],
  activity: [
    "nội dung",
    "nội dung hoạt động",
    "hoạt động",
    "tên hoạt động",
    "nội dung công việc",
    "nd",
    "nội dung thực hiện",
    "nội dung nhiệm vụ",
    "nội dung triển khai",
    "công việc",
    "tên nhiệm vụ",
    "nhiệm vụ",
    "nv",
  ],
  date: ["thời gian", "thời gian thực hiện", "ngày", "ngày thực hiện", "ngày tổ chức", "tg", "thời gian tổ chức", "ngày tháng", "thời điểm", "thời gian triển khai"],
  year: ["năm", "năm thực hiện", "năm báo cáo"],
  unit: ["đơn vị chủ trì", "đơn vị thực hiện", "đơn vị", "cơ quan chủ trì", "đv", "đv chủ trì", "đơn vị tổ chức", "cơ quan thực hiện", "đơn vị chủ trì thực hiện"],
  partners: ["đơn vị phối hợp", "cơ quan phối hợp", "phối hợp", "đv phối hợp"],
  status: ["trạng thái", "tình trạng", "tiến độ", "kết quả thực hiện", "tình hình thực hiện", "tiến độ thực hiện"],
  result: ["kết quả", "kết quả đạt được", "kết quả cụ thể", "sản phẩm"],
  participants: [
    "tổng số",
    "số người tham gia",
    "số lượt người",
    "số lượng người",
    "số lượng",
    "sl",
    "số người",
    "người tham gia",
    "tổng số người tham gia",
    "số lượt người tham gia",
    "số đại biểu",
    "tổng",
    "cộng",
  ],
  female: ["nữ", "trong đó nữ", "số nữ", "phụ nữ", "người nữ", "số người nữ", "trong đó phụ nữ"],
  male: ["nam", "số nam", "nam giới", "trong đó nam"],
  ethnicMinority: ["dtts", "người dtts", "trong đó dtts", "dân tộc thiểu số", "người dân tộc thiểu số", "số người dtts", "đồng bào dtts"],
  budget: ["kinh phí", "kp", "kinh phí thực hiện", "số tiền", "kinh phí thực hiện", "tổng kinh phí", "dự toán", "kinh phí sử dụng", "kinh phí đã sử dụng"],
  budgetSource: ["nguồn kinh phí", "nguồn", "nguồn kp", "nguồn vốn"],
  evidence: ["văn bản", "minh chứng", "số ký hiệu", "văn bản minh chứng", "số ký hiệu văn bản", "tài liệu minh chứng", "căn cứ", "số văn bản"],
  note: ["ghi chú", "gc"],
};

/**
 * How a new tracking sheet (the pane's template) heads its columns: for each field it offers, one
 * of that field's words above as a person writes it, so that the reader finds every column of a
 * sheet the product itself laid out. "Số người tham gia" heads the group over the three counts.
 */
export const TEMPLATE_HEADERS = {
  serial: "STT",
  taskId: "Mã NV",
  activity: "Nội dung hoạt động",
  date: "Thời gian thực hiện",
  unit: "Đơn vị chủ trì",
  partners: "Đơn vị phối hợp",
  people: "Số người tham gia",
  participants: "Tổng số",
  female: "Nữ",
  ethnicMinority: "DTTS",
  budget: "Kinh phí (triệu đồng)",
  status: "Tình trạng",
  evidence: "Văn bản minh chứng",
  note: "Ghi chú",
} as const;

/** Words that are generic under a group header: "Tổng số" under "Kinh phí" is the budget. */
export const GENERIC_SUBHEADERS = new Set(["tong so", "tong", "so luong", "cong", "so tien", "sl"]);

/** Serial-number columns (STT): never a field, and a row with only a number there is blank. */
export const SERIAL_HEADERS = new Set(["stt", "tt", "so tt", "so thu tu", "thu tu"]);

/** First words of a total row (docs/reading.md#rows). */
export const TOTAL_PREFIXES = ["tong cong", "cong", "tong so", "tong"];

/**
 * Lines that start the signature block or notes under a table: reading stops there, so that
 * "Người lập biểu" is not read as an activity.
 */
export const FOOTER_PATTERNS: readonly RegExp[] = [
  /^nguoi lap( bieu)?\b/,
  /^(thu truong|truong ban|pho truong ban|giam doc|pho giam doc|chanh van phong|truong phong|lanh dao don vi)\b/,
  /^(noi nhan|xac nhan|ky ten|ky ghi ro ho ten|ky, ghi ro)\b/,
  /^[a-z ]{2,40} ngay \S* ?thang \S* ?nam \S*/, // "Lạng Sơn, ngày … tháng … năm …"
];
