"use strict";
/**
 * Generates a large tracking workbook for the benchmarks: title rows, a two-row merged header,
 * N activity rows with mixed date forms, statuses, counts and budgets, and a few mistakes.
 */
const ExcelJS = require("exceljs");

const TASKS = ["II.1", "II.2.1", "II.2.2", "II.2.3", "II.2.4", "III.1.1", "III.1.3", "III.1.4", "III.1.5", "III.2", "V.3"];
const UNITS = ["Phòng Nghiệp vụ", "Văn phòng", "Lãnh đạo Ban", "UBND huyện Bình Gia", "UBND huyện Cao Lộc", "UBND huyện Lộc Bình"];
const STATUS = ["Hoàn thành", "Đã thực hiện", "Đang thực hiện", "Chưa thực hiện", "HT", "x"];
const TEXTS = [
  "Tuyên truyền pháp luật về bình đẳng giới tại thôn",
  "Tập huấn nâng cao năng lực cho cán bộ cơ sở",
  "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3",
  "Hưởng ứng Tháng hành động vì bình đẳng giới",
  "Lồng ghép nội dung bình đẳng giới trong kế hoạch công tác",
  "Báo cáo kết quả công tác bình đẳng giới",
];

/** Campaign activities are dated inside their window, but for one row in 97 (a mistake to find). */
const WINDOW_DAY = { "II.2.1": [8, 3], "II.2.2": [25, 6], "II.2.3": [20, 10], "II.2.4": [25, 11] };

function dateFor(i) {
  const y = 2021 + (i % 5);
  const w = WINDOW_DAY[TASKS[i % TASKS.length]];
  const m = w && i % 97 !== 0 ? w[1] : 1 + (i % 12);
  const d = w && i % 97 !== 0 ? w[0] : 1 + (i % 28);
  switch (i % 4) {
    case 0: return `${d}/${m}/${y}`;
    case 1: return new Date(Date.UTC(y, m - 1, d));
    case 2: return `tháng ${m}/${y}`;
    default: return `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`;
  }
}

async function makeWorkbook(file, rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Theo dõi");
  ws.getCell("A1").value = "BAN DÂN TỘC TỈNH LẠNG SƠN";
  ws.getCell("A2").value = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BĐG GIAI ĐOẠN 2021 - 2025";
  ws.mergeCells("A2:M2");
  ws.getRow(5).values = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Số người tham gia", null, null, "Kinh phí (triệu đồng)", "Tình trạng", "Văn bản minh chứng", "Ghi chú"];
  ws.getRow(6).values = [null, null, null, null, null, null, "Tổng số", "Nữ", "DTTS"];
  for (const c of [1, 2, 3, 4, 5, 6, 10, 11, 12, 13]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 7, 5, 9);
  for (let i = 0; i < rows; i++) {
    const total = 20 + (i % 200);
    const female = i % 997 === 0 ? total + 1 : Math.floor(total / 2);
    ws.addRow([
      i + 1,
      TASKS[i % TASKS.length],
      `${TEXTS[i % TEXTS.length]} (lần ${i + 1})`,
      dateFor(i),
      UNITS[i % UNITS.length],
      i % 3 === 0 ? "Hội LHPN tỉnh" : null,
      i % 501 === 0 ? "khoảng 20" : total,
      female,
      Math.floor(total / 3),
      (i % 50) / 2,
      STATUS[i % STATUS.length],
      i % 7 === 0 ? null : `BC số ${i}/BC-BDT`,
      null,
    ]);
  }
  await wb.xlsx.writeFile(file);
}

module.exports = { makeWorkbook };
