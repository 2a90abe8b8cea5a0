#!/usr/bin/env node
"use strict";
/**
 * Writes samples/theo-doi-bdg-2021-2025.xlsx: a tracking workbook of the kind the agency keeps —
 * title rows, a two-row merged header, a column-number row, section headings, mixed date forms,
 * per-year sheets without an id column — with a few honest mistakes for the checks to find.
 * Run: node scripts/make-sample.js  (the workbook is committed; this documents how it was made).
 */
const ExcelJS = require("exceljs");
const path = require("path");

const HEAD = [
  "STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp",
  "Số người tham gia", null, null, "Kinh phí (triệu đồng)", "Tình trạng", "Văn bản minh chứng", "Ghi chú",
];
const SUB = [null, null, null, null, null, null, "Tổng số", "Nữ", "DTTS", null, null, null, null];

function titleRows(ws, subtitle) {
  ws.getCell("A1").value = "BAN DÂN TỘC TỈNH LẠNG SƠN";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025";
  ws.mergeCells("A2:M2");
  ws.getCell("A3").value = subtitle;
  ws.mergeCells("A3:M3");
  for (const a of ["A1", "A2"]) ws.getCell(a).font = { name: "Times New Roman", bold: true, size: 13 };
  ws.getCell("A3").font = { name: "Times New Roman", italic: true };
}

function header(ws, top, withId) {
  const head = withId ? HEAD : HEAD.filter((_, i) => i !== 1);
  const sub = withId ? SUB : SUB.filter((_, i) => i !== 1);
  ws.getRow(top).values = head;
  ws.getRow(top + 1).values = sub;
  const n = head.length;
  for (let c = 1; c <= n; c++) {
    if (sub[c - 1] === null && head[c - 1] !== null) ws.mergeCells(top, c, top + 1, c);
  }
  const g = head.indexOf("Số người tham gia") + 1;
  ws.mergeCells(top, g, top, g + 2);
  for (let r = top; r <= top + 1; r++) {
    ws.getRow(r).font = { name: "Times New Roman", bold: true };
    ws.getRow(r).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
  ws.getRow(top + 2).values = head.map((_, i) => `(${i + 1})`);
  ws.getRow(top + 2).font = { name: "Times New Roman", italic: true };
  const widths = withId ? [5, 9, 48, 18, 20, 20, 9, 8, 8, 11, 14, 24, 16] : [5, 48, 18, 20, 20, 9, 8, 8, 11, 14, 24, 16];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return top + 3;
}

function put(ws, r, values, opts = {}) {
  const row = ws.getRow(r);
  row.values = values;
  row.font = { name: "Times New Roman", bold: !!opts.bold };
  row.alignment = { wrapText: true, vertical: "top" };
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Phòng Nghiệp vụ";

  // Sheet 1: 2021-2023, with a task-id column.
  const ws = wb.addWorksheet("Theo dõi 2021-2023");
  titleRows(ws, "(Các năm 2021, 2022, 2023)");
  let r = header(ws, 5, true);
  const rows = [
    ["I", null, "NĂM 2021"],
    [1, "II.1", "Quán triệt Kế hoạch thực hiện Chiến lược quốc gia về BĐG giai đoạn 2021-2025 tại cơ quan", "15/6/2021", "Lãnh đạo Ban", "Các phòng thuộc Ban", 32, 14, 20, 0, "Đã thực hiện", "KH số 58/KH-BDT", null],
    [2, "II.2.2", "Tuyên truyền \"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6", new Date(Date.UTC(2021, 5, 25)), "Phòng Nghiệp vụ", "Hội LHPN tỉnh", 120, 75, 96, 8.5, "Hoàn thành", "BC số 45/BC-BDT", null],
    [3, "III.1.1", "Cử 02 công chức tham gia lớp bồi dưỡng kiến thức về bình đẳng giới do Sở LĐ-TB&XH tổ chức", "tháng 9/2021", "Phòng Nghiệp vụ", null, 2, 1, 2, 0, "Hoàn thành", "QĐ số 112/QĐ-BDT", null],
    [4, "III.1.3", "Lồng ghép nội dung BĐG trong Kế hoạch công tác dân tộc năm 2022", "20/12/2021", "Phòng Nghiệp vụ", "Văn phòng", null, null, null, 0, "Hoàn thành", "KH số 140/KH-BDT", null],
    [5, "II.2.3", "Tọa đàm nhân Ngày Phụ nữ Việt Nam 20/10", "19/10/2021", "Văn phòng", "Công đoàn cơ quan", 45, 30, 28, 3, "Hoàn thành", null, "Thiếu văn bản"],
    [6, "II.2.4", "Hưởng ứng Tháng hành động vì BĐG và phòng, chống bạo lực trên cơ sở giới", "15/11 - 15/12/2021", "Phòng Nghiệp vụ", "UBND huyện Bình Gia", 210, 130, 180, 15, "Hoàn thành", "BC số 160/BC-BDT", null],
    [7, "III.1.4", "Báo cáo kết quả thực hiện công tác BĐG năm 2021", "28/12/2021", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "BC số 170/BC-BDT", null],
    [8, "III.2", "Lồng ghép tuyên truyền Luật Bình đẳng giới tại hội nghị uy tín huyện Tràng Định", "quý IV/2021", "Phòng Nghiệp vụ", "UBND huyện Tràng Định", 150, 62, 150, 12, "Hoàn thành", "BC số 151/BC-BDT", null],
    ["II", null, "NĂM 2022"],
    [9, "II.1", "Chỉ đạo lồng ghép BĐG trong xây dựng kế hoạch năm 2022", "10/01/2022", "Lãnh đạo Ban", null, null, null, null, 0, "Hoàn thành", "CV số 05/BDT-NV", null],
    [10, "II.2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3 tại xã Tân Thành, huyện Hữu Lũng", "07/03/2022", "Phòng Nghiệp vụ", "UBND huyện Hữu Lũng", 85, 60, 70, 5, "Hoàn thành", "BC số 30/BC-BDT", null],
    [11, "II.2.2", "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6", "ngày 27 tháng 6 năm 2022", "Phòng Nghiệp vụ", null, 95, 50, 80, 6, "Hoàn thành", "BC số 70/BC-BDT", null],
    [12, "II.2.3", "Gặp mặt nữ công chức nhân Ngày Phụ nữ Việt Nam 20/10", "20.10.2022", "Văn phòng", null, 40, 41, 25, 2, "Hoàn thành", "TB số 90/TB-BDT", "Số nữ lớn hơn tổng số"],
    [13, "II.2.4", "Tháng hành động vì BĐG: tuyên truyền phòng, chống bạo lực trên cơ sở giới tại huyện Văn Quan", "từ 15/11/2022 đến 15/12/2022", "Phòng Nghiệp vụ", "UBND huyện Văn Quan", 180, 100, 160, 14, "Hoàn thành", "BC số 180/BC-BDT", null],
    [14, "III.1.1", "Cử công chức tham gia tập huấn nghiệp vụ BĐG", "08/2022", "Phòng Nghiệp vụ", null, 3, 2, 1, 0, "Hoàn thành", "QĐ số 77/QĐ-BDT", null],
    [15, "III.1.3", "Lồng ghép nội dung BĐG trong Kế hoạch công tác năm 2023", "15/12/2022", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "KH số 150/KH-BDT", null],
    [16, "III.1.4", "Báo cáo kết quả công tác BĐG năm 2022", "26/12/2022", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "BC số 200/BC-BDT", null],
    [17, "III.2", "Lồng ghép phổ biến pháp luật về BĐG tại hội nghị người có uy tín huyện Đình Lập", "2022", "Phòng Nghiệp vụ", "UBND huyện Đình Lập", 130, 45, 125, "khoảng 10 triệu", "Hoàn thành", "BC số 120/BC-BDT", "Kinh phí ghi bằng chữ"],
    [18, "III.1.5", "Khen thưởng tập thể có thành tích trong công tác BĐG", "30/12/2022", "Văn phòng", null, null, null, null, 4, "Hoàn thành", "QĐ số 210/QĐ-BDT", null],
    ["III", null, "NĂM 2023"],
    [19, "II.1", "Lãnh đạo Ban chỉ đạo triển khai công tác BĐG năm 2023", "05/01/2023", "Lãnh đạo Ban", null, null, null, null, 0, "Hoàn thành", "CV số 02/BDT-NV", null],
    [20, "II.2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3", "15/04/2023", "Phòng Nghiệp vụ", null, 60, 40, 45, 4, "Hoàn thành", "BC số 40/BC-BDT", "Tổ chức muộn"],
    [21, "II.2.2", "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6", "26/06/2023", "Phòng Nghiệp vụ", null, 70, 38, 61, 5, "Hoàn thành", "BC số 75/BC-BDT", null],
    [22, "II.2.4", "Hưởng ứng Tháng hành động vì BĐG năm 2023", "20/11/2023", "Phòng Nghiệp vụ", "UBND huyện Cao Lộc", 200, null, null, 15, "Hoàn thành", "BC số 190/BC-BDT", null],
    [23, "III.1.1", "Cử công chức tham gia lớp bồi dưỡng về BĐG", "31/02/2023", "Phòng Nghiệp vụ", null, 2, 2, 0, 0, "Hoàn thành", "QĐ số 50/QĐ-BDT", "Ngày ghi sai"],
    [24, "III.1.3", "Lồng ghép BĐG trong Kế hoạch công tác năm 2024", "14/12/2023", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "KH số 160/KH-BDT", null],
    [25, "III.1.4", "Báo cáo kết quả công tác BĐG năm 2023", "27/12/2023", "Phòng Nghiệp vụ", null, null, null, null, 0, "Tạm hoãn", null, null],
    [26, "III.2", "Lồng ghép tuyên truyền Luật Hôn nhân và gia đình tại huyện Bắc Sơn", "tháng 8/2023", "Phòng Nghiệp vụ", "Hội LHPN tỉnh", 140, "bảy mươi", 120, 11, "Hoàn thành", "BC số 130/BC-BDT", null],
    [27, "II.5", "Tuyên truyền trên Cổng thông tin điện tử của Ban", "2023", "Văn phòng", null, null, null, null, 0, "Hoàn thành", null, "Mã ghi nhầm"],
    [28, "III.1.2", "Xây dựng dự thảo chính sách hỗ trợ đặc thù cho hoạt động BĐG vùng DTTS", "tháng 11/2023", "Phòng Nghiệp vụ", "Sở Tư pháp", null, null, null, 0, "Đang thực hiện", null, null],
  ];
  for (const v of rows) {
    put(ws, r, v, { bold: typeof v[0] === "string" });
    if (typeof v[0] === "string") ws.mergeCells(r, 3, r, 13);
    r++;
  }
  put(ws, r + 2, [null, null, "Người lập biểu", null, null, null, null, null, null, null, "Trưởng phòng Nghiệp vụ"]);

  // Per-year sheets 2024 and 2025: no id column; the task comes from the numbered headings.
  const years = {
    2024: [
      ["II", "GIẢI PHÁP"],
      ["1", "Lãnh đạo, chỉ đạo; lồng ghép BĐG trong xây dựng chính sách, chương trình, kế hoạch"],
      [1, "Ban hành văn bản chỉ đạo thực hiện công tác BĐG năm 2024", "08/01/2024", "Lãnh đạo Ban", null, null, null, null, 0, "Hoàn thành", "CV số 10/BDT-NV", null],
      ["2", "Thông tin, tuyên truyền, ứng dụng CNTT; truyền thông về phân công lao động theo giới"],
      ["2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3"],
      [1, "Nói chuyện chuyên đề nhân Ngày Quốc tế Phụ nữ 8/3 cho nữ công chức", "06/03/2024", "Văn phòng", "Công đoàn cơ quan", 38, 24, 19, 2.5, "Hoàn thành", "TB số 20/TB-BDT", null],
      ["2.2", "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6"],
      [1, "Truyền thông \"Việc nhà bình đẳng\" tại huyện Chi Lăng", "25/6/2024", "Phòng Nghiệp vụ", "UBND huyện Chi Lăng", 110, 60, 92, 7, "Hoàn thành", "BC số 80/BC-BDT", null],
      ["2.3", "Truyền thông nhân Ngày Phụ nữ Việt Nam 20/10"],
      [1, "Tọa đàm nhân Ngày Phụ nữ Việt Nam 20/10", "18/10/2024", "Văn phòng", null, 42, 30, 21, 3, "Hoàn thành", "TB số 95/TB-BDT", null],
      ["2.4", "Tháng hành động vì BĐG và phòng, chống bạo lực trên cơ sở giới"],
      [1, "Mít tinh hưởng ứng Tháng hành động vì BĐG tại huyện Lộc Bình", "15/11/2024", "Phòng Nghiệp vụ", "UBND huyện Lộc Bình", 250, 140, 230, 18, "Hoàn thành", "BC số 185/BC-BDT", null],
      [2, "Tuyên truyền phòng, chống bạo lực trên cơ sở giới tại xã Hữu Kiên", "02/12/2024", "Phòng Nghiệp vụ", "UBND huyện Lộc Bình", 90, 50, 88, 6, "Hoàn thành", "BC số 186/BC-BDT", null],
      ["III", "NỘI DUNG"],
      ["1", "Nâng cao năng lực cho đội ngũ cán bộ, công chức, người lao động làm công tác dân tộc về công tác bình đẳng giới"],
      ["1.1", "Cử cán bộ tham gia lớp bồi dưỡng về BĐG"],
      [1, "Cử 03 công chức tham gia lớp bồi dưỡng kiến thức về bình đẳng giới", "tháng 5/2024", "Phòng Nghiệp vụ", null, 3, 2, 2, 0, "Hoàn thành", "QĐ số 60/QĐ-BDT", null],
      ["1.3", "Lồng ghép BĐG trong chương trình, đề án, kế hoạch công tác"],
      [1, "Lồng ghép BĐG trong Kế hoạch công tác năm 2025", "16/12/2024", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "KH số 170/KH-BDT", null],
      [2, "Lồng ghép BĐG trong Kế hoạch công tác năm 2025", "16/12/2024", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "KH số 170/KH-BDT", "Dòng nhập trùng"],
      ["1.4", "Chế độ thông tin, báo cáo"],
      [1, "Báo cáo kết quả thực hiện công tác BĐG năm 2024", "25/12/2024", "Phòng Nghiệp vụ", null, null, null, null, 0, "Hoàn thành", "BC số 210/BC-BDT", null],
      ["2", "Lồng ghép tuyên truyền, phổ biến pháp luật về BĐG tại vùng DTTS"],
      [1, "Lồng ghép tuyên truyền pháp luật về BĐG tại hội nghị người có uy tín huyện Văn Lãng", "12/9/2024", "Phòng Nghiệp vụ", "UBND huyện Văn Lãng", 160, 58, 155, 12.5, "Hoàn thành", "BC số 140/BC-BDT", null],
      ["TOTAL"],
    ],
    2025: [
      ["II", "GIẢI PHÁP"],
      ["1", "Lãnh đạo, chỉ đạo; lồng ghép BĐG trong xây dựng chính sách, chương trình, kế hoạch"],
      [1, "Chỉ đạo tổng kết thực hiện Kế hoạch BĐG giai đoạn 2021-2025", "10/02/2025", "Lãnh đạo Ban", null, null, null, null, 0, "Hoàn thành", "CV số 15/SDTTG-NV", null],
      ["2", "Thông tin, tuyên truyền, ứng dụng CNTT; truyền thông về phân công lao động theo giới"],
      ["2.1", "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3"],
      [1, "Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3", "07/3/2025", "Phòng Nghiệp vụ", null, 50, 35, 30, 3, "Hoàn thành", "BC số 25/BC-SDTTG", null],
      ["2.2", "\"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6"],
      [1, "Truyền thông \"Việc nhà bình đẳng\" tại xã Tân Văn", "27/6/2025", "UBND xã Tân Văn", null, 75, 42, 70, 4, "Hoàn thành", "BC số 85/BC-SDTTG", null],
      ["2.4", "Tháng hành động vì BĐG và phòng, chống bạo lực trên cơ sở giới"],
      [1, "Hưởng ứng Tháng hành động vì BĐG năm 2025", "từ 15/11 đến 15/12/2025", "Phòng Nghiệp vụ", null, 180, 95, 160, 14, "Đang thực hiện", null, null],
      ["III", "NỘI DUNG"],
      ["1.1", "Cử cán bộ tham gia lớp bồi dưỡng về BĐG"],
      [1, "Cử công chức tham gia bồi dưỡng về BĐG", "tháng 7/2025", "Phòng Nghiệp vụ", null, 2, 1, 1, 0, "Hoàn thành", "QĐ số 70/QĐ-SDTTG", null],
      ["1.4", "Chế độ thông tin, báo cáo"],
      [1, "Báo cáo tổng kết thực hiện Kế hoạch BĐG giai đoạn 2021-2025", "tháng 12/2025", "Phòng Nghiệp vụ", null, null, null, null, 0, "Chưa thực hiện", null, null],
      ["2", "Lồng ghép tuyên truyền, phổ biến pháp luật về BĐG tại vùng DTTS"],
      [1, "Lồng ghép tuyên truyền pháp luật về BĐG tại xã Bình Gia", "20/8/2025", "UBND xã Bình Gia", null, 120, 60, 110, 9, "Hoàn thành", "BC số 120/BC-SDTTG", null],
    ],
  };
  for (const [year, list] of Object.entries(years)) {
    const sh = wb.addWorksheet(`Năm ${year}`);
    titleRows(sh, `Năm ${year}`);
    let rr = header(sh, 5, false);
    for (const v of list) {
      if (v[0] === "TOTAL") {
        const data = list.filter((x) => x.length > 2);
        const sum = (i) => data.reduce((acc, x) => acc + (typeof x[i] === "number" ? x[i] : 0), 0);
        // Honest mistake: the total of participants was typed by hand and is off by 10.
        put(sh, rr, [null, "Tổng cộng", null, null, null, sum(5) + 10, sum(6), sum(7), sum(8)], { bold: true });
        rr++;
        continue;
      }
      const heading = v.length === 2;
      put(sh, rr, heading ? [v[0], v[1]] : v, { bold: heading });
      if (heading) sh.mergeCells(rr, 2, rr, 12);
      rr++;
    }
  }
  const out = path.join(__dirname, "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
  await wb.xlsx.writeFile(out);
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
