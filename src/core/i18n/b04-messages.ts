/**
 * Texts of form B04 (results by unit, and which unit has sent figures for which year). Like the
 * other tables they follow the locale; the copy sent out is Vietnamese. The texts B04 shares
 * with B01–B03 (people, women, budget…) are theirs (table-messages.ts).
 */
import type { Locale } from "./locale";

export interface B04Texts {
  title: (year: number | null, from: number, to: number, half?: boolean) => string;
  unit: string;
  ethnicShare: string;
  share: string;
  shareActivities: string;
  shareParticipants: string;
  shareBudget: string;
  noUnit: string;
  submissionTitle: (from: number, to: number) => string;
  recordedByYear: string;
  lastActivity: string;
  missingYears: (years: string) => string;
  foot: string;
  footSubmission: string;
}

export const B04_TEXT: Record<Locale, B04Texts> = {
  vi: {
    title: (y, a, b, half) => `KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI THEO ĐƠN VỊ ${y !== null ? `${half ? "6 THÁNG ĐẦU " : ""}NĂM ${y}` : `GIAI ĐOẠN ${a} - ${b}`}`,
    unit: "Đơn vị",
    ethnicShare: "Tỷ lệ DTTS",
    share: "Tỷ trọng trong toàn cơ quan",
    shareActivities: "Hoạt động",
    shareParticipants: "Người tham gia",
    shareBudget: "Kinh phí",
    noUnit: "Chưa ghi đơn vị",
    submissionTitle: (a, b) => `TÌNH HÌNH GỬI SỐ LIỆU CỦA CÁC ĐƠN VỊ GIAI ĐOẠN ${a} - ${b}`,
    recordedByYear: "Số hoạt động đã ghi",
    lastActivity: "Hoạt động gần nhất",
    missingYears: (years) => `Chưa ghi năm ${years}`,
    foot:
      "Ghi chú: Đơn vị của hoạt động lấy theo cột đơn vị chủ trì; tệp không có cột này lấy theo đơn vị ghi ở tiêu đề, hoặc theo tên tệp. Hoạt động hai đơn vị cùng ghi chỉ tính một lần. Tỷ trọng = số của đơn vị / tổng của toàn cơ quan; Tỷ lệ nữ, Tỷ lệ DTTS tính trên các hoạt động có ghi số liệu đó; không tính các hoạt động đã hủy và các giá trị sai nêu ở trang KT.",
    footSubmission:
      "Ghi chú: Số hoạt động mỗi đơn vị đã ghi trong từng năm (kể cả hoạt động chưa thực hiện hoặc đã hủy); “-”: chưa ghi hoạt động nào. “Chưa ghi” nêu các năm đến năm báo cáo mà đơn vị chưa có hoạt động nào.",
  },
  en: {
    title: (y, a, b, half) => `RESULTS OF THE GENDER EQUALITY PLAN BY UNIT, ${y !== null ? `${half ? "FIRST SIX MONTHS OF " : ""}${y}` : `${a} - ${b}`}`,
    unit: "Unit",
    ethnicShare: "Ethnic-minority share",
    share: "Share of the agency's figures",
    shareActivities: "Activities",
    shareParticipants: "Participants",
    shareBudget: "Budget",
    noUnit: "No unit recorded",
    submissionTitle: (a, b) => `FIGURES SENT BY EACH UNIT, ${a} - ${b}`,
    recordedByYear: "Activities recorded",
    lastActivity: "Latest activity",
    missingYears: (years) => `Nothing recorded for ${years}`,
    foot:
      "Notes: an activity's unit is its lead-unit column; a file without that column gives the unit named in its title, or its file name. An activity two units both recorded is counted once. Share = the unit's figure / the agency's total; the shares of women and of ethnic-minority people are over the activities that recorded them; cancelled activities and the values listed on the KT sheet are not counted.",
    footSubmission:
      "Notes: the activities each unit recorded in each year (including those not carried out or cancelled); “-”: none recorded. “Nothing recorded” lists the years up to the report's year in which the unit recorded no activity.",
  },
};
