import { PROFILE_PRESETS } from "../../src/core/profile/profile";
import { bcForm, buildReports } from "../../src/core/report";
import { input } from "./report-fixture";
import { rowOfText, texts, textWith, valueAt } from "./spec-reader";

describe("BC for a year (2023, as of 30/06/2024)", () => {
  const spec = bcForm(input(2023), { attached: ["BC", "B01", "B02", "B03"] });
  const all = texts(spec);

  it("has the ND 30/2020 administrative header", () => {
    expect(all).toEqual(
      expect.arrayContaining([
        "UBND TỈNH LẠNG SƠN",
        "BAN DÂN TỘC",
        "Số:          /BC-BDT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        // Day and month are left for the day of signing; the year is that of the as-of date.
        "Lạng Sơn, ngày       tháng       năm 2024",
        "BÁO CÁO\nKết quả thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023",
      ]),
    );
    // The issuing body on the left, the national title on the right, on the same first row.
    const r = rowOfText(spec, "UBND TỈNH LẠNG SƠN");
    expect(rowOfText(spec, "CỘNG HÒA XÃ HỘI")).toBe(r);
    expect(rowOfText(spec, "Số:")).toBe(rowOfText(spec, "Lạng Sơn, ngày"));
  });

  it("has one part per plan section, in plan order", () => {
    const parts = ["I. KẾT QUẢ THỰC HIỆN", "1. Giải pháp (mục II của Kế hoạch)", "2. Nội dung (mục III của Kế hoạch)", "3. Tổ chức thực hiện (mục V của Kế hoạch)"];
    const rows = parts.map((p) => rowOfText(spec, p));
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("states each task's facts: activities, people, women, ethnic minority, money and the assessment", () => {
    // The 8/3 campaign: two activities, one of them outside the window.
    const start = rowOfText(spec, "a) Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3");
    const next = rowOfText(spec, "b) Chiến dịch truyền thông");
    const block = spec.cells
      .filter((c) => c.row > start && c.row < next && typeof c.value === "string")
      .map((c) => (c.value as string).trim());
    expect(block).toEqual([
      "Năm 2023, đã thực hiện 2 hoạt động:",
      "- Nói chuyện chuyên đề nhân Ngày 8/3 (08/03/2023);",
      "- Truyền thông 8/3 tổ chức muộn (15/04/2023).",
      "Số người tham gia: 140 lượt người, trong đó nữ 90 lượt (chiếm 64,3%), người dân tộc thiểu số 90 lượt (chiếm 64,3%).",
      "Kinh phí thực hiện: 7 triệu đồng.",
      "Thời gian cao điểm: từ ngày 01/03/2023 đến ngày 31/03/2023.",
      "Có 1 hoạt động tổ chức ngoài thời gian cao điểm (15/04/2023) nên không được tính là kết quả của đợt cao điểm.",
      "Đánh giá: Hoàn thành.",
    ]);
  });

  it("marks an activity not completed, and says when a task is overdue", () => {
    expect(textWith(spec, "Cử công chức đi bồi dưỡng")).toBe("- Cử công chức đi bồi dưỡng (tháng 9/2023, chưa hoàn thành).");
    const afterIt = rowOfText(spec, "Cử công chức đi bồi dưỡng");
    const evaluation = spec.cells.find((c) => c.row > afterIt && typeof c.value === "string" && c.value.includes("Đánh giá"))!;
    expect((evaluation.value as string).trim()).toBe("Đánh giá: Chưa hoàn thành, đã quá hạn (thời hạn: 31/12/2023).");
    expect(all).toContain("Năm 2023, bảng theo dõi chưa ghi nhận hoạt động nào.");
  });

  it("reports the activity whose task is unknown in a part of its own", () => {
    expect(all).toContain("4. Hoạt động chưa xác định được nhiệm vụ của Kế hoạch");
    expect(all).toContain("- Hoạt động ghi mã sai (05/05/2023).");
  });

  it("gives the overall assessment: results, progress, what is overdue, data problems", () => {
    expect(all).toContain(
      // Without the duplicate row 7 and the flagged women of row 4; the share of women over the 153
      // people of the rows that recorded women, that of ethnic minority over all 353.
      "Năm 2023, đã triển khai 6 hoạt động (hoàn thành 5), với 353 lượt người tham gia, trong đó nữ 97 lượt (chiếm 63,4%), " +
        "người dân tộc thiểu số 246 lượt (chiếm 69,7%); tổng kinh phí thực hiện 23,5 triệu đồng.",
    );
    expect(all).toContain("Tính đến ngày 30/06/2024, đã hoàn thành 4/9 nhiệm vụ đến hạn của năm 2023, đạt 44,4%.");
    expect(all).toContain("Có 5 nhiệm vụ quá hạn, chưa hoàn thành:");
    expect(all).toContain("- II.2.2. \"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6 (năm 2023, thời hạn: 30/06/2023);");
    // Issues of another year (row #11 is 2022), coverage issues and infos are not listed.
    expect(all).toContain("Qua kiểm tra, bảng theo dõi còn 1 lỗi và 1 điểm cần rà soát chưa được khắc phục:");
    expect(textWith(spec, "Số nữ lớn hơn tổng số")).toMatch(/^- Số nữ lớn hơn tổng số người tham gia: 1 trường hợp \(trang “Theo dõi” ô G\d+\);$/);
    expect(all.some((t) => t.includes("không phải là số"))).toBe(false);
  });

  it("leaves the Kiến nghị block empty for staff to write", () => {
    const heading = rowOfText(spec, "III. KIẾN NGHỊ, ĐỀ XUẤT");
    const closing = rowOfText(spec, "Trên đây là báo cáo");
    const between = spec.cells.filter((c) => c.row > heading && c.row < closing && typeof c.value === "string");
    expect(between.length).toBeGreaterThan(0);
    for (const c of between) expect((c.value as string).trim()).toMatch(/^\.+$/);
  });

  it("closes with the attached forms, the signature block and Nơi nhận", () => {
    expect(all).toContain(
      "Trên đây là báo cáo kết quả thực hiện Chiến lược quốc gia về bình đẳng giới năm 2023 của Ban Dân tộc (kèm theo Biểu 01, Biểu 02, Biểu 03)./.",
    );
    const r = rowOfText(spec, "Nơi nhận:");
    expect(valueAt(spec, r + 1, 1)).toBe("- Sở LĐ-TB&XH;");
    expect(valueAt(spec, r + 3, 1)).toBe("- Lưu: VT, NV.");
    expect(rowOfText(spec, "TRƯỞNG BAN")).toBe(r);
  });

  it("prints portrait on A4 with the ND 30/2020 margins and page numbers from page 2", () => {
    expect(spec.name).toBe("BC 2023");
    expect(spec.print).toMatchObject({
      paper: "A4",
      orientation: "portrait",
      margins: { top: 2, bottom: 2, left: 3, right: 2 },
      fitToWidth: true,
      pageNumbers: true,
      repeatRows: null,
    });
    expect(spec.defaultStyle.font).toBe("Times New Roman");
    const lastRow = Math.max(...spec.cells.map((c) => c.row));
    expect(spec.print.printArea).toBe(`A1:G${lastRow}`);
  });

  it("stays Vietnamese when the tables are in English", () => {
    const en = bcForm({ ...input(2023), locale: "en" }, { attached: ["BC", "B01", "B02", "B03"] });
    expect(texts(en)).toEqual(all);
  });
});

describe("BC for the period", () => {
  const spec = bcForm(input(null));
  const all = texts(spec);

  it("is the closing report of the period", () => {
    expect(spec.name).toBe("BC 2021-2025");
    expect(all).toContain("BÁO CÁO\nTổng kết thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025");
  });

  it("lists activities by year and assesses each task over the years", () => {
    const start = rowOfText(spec, "1.1. Tăng cường sự lãnh đạo");
    const block = spec.cells.filter((c) => c.row > start && c.row < start + 6 && typeof c.value === "string").map((c) => (c.value as string).trim());
    expect(block).toEqual([
      "Giai đoạn 2021 - 2025, đã thực hiện 2 hoạt động:",
      "- Năm 2022: Chỉ đạo lồng ghép BĐG năm 2022 (01/02/2022);",
      "- Năm 2023: Chỉ đạo triển khai công tác BĐG năm 2023 (10/01/2023).",
      "Đánh giá: Hoàn thành năm 2022 và 2023; quá hạn, chưa hoàn thành năm 2021; chưa đến hạn năm 2024 và 2025.",
      "Tiến độ: hoàn thành 2/3 năm đến hạn, đạt 66,7%.",
    ]);
  });

  it("gives progress for the period and for each year", () => {
    expect(all).toContain("Tính đến ngày 30/06/2024, đã hoàn thành 6/28 nhiệm vụ đến hạn của giai đoạn 2021 - 2025, đạt 21,4%.");
    expect(all).toContain(
      "Theo từng năm: năm 2021 đạt 0% (0/8); năm 2022 đạt 22,2% (2/9); năm 2023 đạt 44,4% (4/9); năm 2024 đạt 0% (0/2); năm 2025 chưa có nhiệm vụ đến hạn.",
    );
    // Both data errors count for the period.
    expect(all).toContain("Qua kiểm tra, bảng theo dõi còn 2 lỗi và 1 điểm cần rà soát chưa được khắc phục:");
  });
});

describe("BC with another organisation profile", () => {
  it("uses the Sở Dân tộc và Tôn giáo, its director and the Sở Nội vụ", () => {
    const spec = bcForm(input(2025, { ...PROFILE_PRESETS["so-dan-toc-ton-giao"], signerName: "Nguyễn Văn A" }));
    const all = texts(spec);
    // A name too long for one line is set on two even lines.
    expect(all).toEqual(expect.arrayContaining(["SỞ DÂN TỘC", "VÀ TÔN GIÁO", "Số:          /BC-SDTTG", "GIÁM ĐỐC", "Nguyễn Văn A", "- Sở Nội vụ;"]));
    expect(rowOfText(spec, "VÀ TÔN GIÁO")).toBe(rowOfText(spec, "SỞ DÂN TỘC") + 1);
    expect(all.some((t) => t.includes("Ban Dân tộc"))).toBe(false);
    expect(textWith(spec, "Trên đây là báo cáo")).toContain("của Sở Dân tộc và Tôn giáo");
  });

  it("writes a signing authority above the title when a deputy signs", () => {
    const spec = bcForm(input(2023, { ...PROFILE_PRESETS["ban-dan-toc"], signerAuthority: "KT. Trưởng Ban", signerTitle: "Phó Trưởng Ban" }));
    expect(rowOfText(spec, "PHÓ TRƯỞNG BAN")).toBe(rowOfText(spec, "KT. TRƯỞNG BAN") + 1);
  });
});

describe("buildReports", () => {
  it("writes the forms asked for, in the order BC, B01, B02, B03, and names them in the closing line", () => {
    const specs = buildReports(input(2023), ["B02", "BC"]);
    expect(specs.map((s) => s.name)).toEqual(["BC 2023", "B02 2023", "KT 2023"]);
    expect(textWith(specs[0], "Trên đây là báo cáo")).toContain("(kèm theo Biểu 02)");
  });
});
