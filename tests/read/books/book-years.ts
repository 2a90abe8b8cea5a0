/**
 * Books that say which years they cover, as communes start them mid-plan: a title row "SỔ THEO DÕI
 * … NĂM 2023–2025", sheets named by year, and a book whose title names only the plan's period.
 */
import { utcDate, type XlsxSheet } from "../../helpers/build-xlsx";

const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Tình trạng"];

export const STARTED_2023: XlsxSheet = {
  name: "Theo dõi",
  rows: [
    ["UBND XÃ TÂN THÀNH"],
    ["SỔ THEO DÕI HOẠT ĐỘNG BÌNH ĐẲNG GIỚI NĂM 2023–2025"],
    [],
    HEADER,
    [1, "II.2.4", "Mít tinh hưởng ứng Tháng hành động", utcDate(2023, 11, 20), "Hoàn thành"],
    [2, "II.2.1", "Hội nghị nhân ngày 8/3", utcDate(2024, 3, 8), "Hoàn thành"],
    // Written in the book although before its years: it still counts.
    [3, "II.2.2", "Hội nghị Gia đình Việt Nam 28/6 (bổ sung)", utcDate(2022, 6, 28), "Hoàn thành"],
  ],
  merges: ["A1:E1", "A2:E2"],
};

export const BY_SHEETS: XlsxSheet[] = [2024, 2025].map((year) => ({
  name: `Năm ${year}`,
  rows: [HEADER, [1, "II.2.1", "Hội nghị nhân ngày 8/3", utcDate(year, 3, 8), "Hoàn thành"]],
}));

export const WHOLE_PERIOD: XlsxSheet = {
  name: "Theo dõi",
  rows: [["SỔ THEO DÕI THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025"], [], HEADER, [1, "II.2.1", "Hội nghị nhân ngày 8/3", utcDate(2024, 3, 8), "Hoàn thành"]],
};
