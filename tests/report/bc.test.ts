import type { Activity } from "../../src/core/read/types";
import { activityLinesForPeriod } from "../../src/core/report/bc-lists";
import { dayOf } from "../../src/core/time/days";
import { dataOf, daySpan } from "../helpers/tracking-fixtures";
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

  it("states each task's facts: a campaign's figures are those of its window, as in B02", () => {
    // The 8/3 campaign: two activities, one of them outside the window (counted in neither BC's nor B02's figures).
    const start = rowOfText(spec, "a) Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3");
    const next = rowOfText(spec, "b) Chiến dịch truyền thông");
    const block = spec.cells
      .filter((c) => c.row > start && c.row < next && typeof c.value === "string")
      .map((c) => (c.value as string).trim());
    expect(block).toEqual([
      "Năm 2023, đã tổ chức 1 hoạt động:",
      "- Nói chuyện chuyên đề nhân Ngày 8/3 (08/03/2023).",
      "Có 100 lượt người tham gia, trong đó nữ 60 lượt (chiếm 60%), người dân tộc thiểu số 80 lượt (chiếm 80%).",
      "Kinh phí thực hiện: 5 triệu đồng.",
      "Thời gian cao điểm: từ ngày 01/03/2023 đến ngày 31/03/2023.",
      "Ngoài thời gian cao điểm còn một hoạt động (15/04/2023), không tính vào kết quả của đợt cao điểm.",
    ]);
  });

  it("speaks to the recipient: no zero figures, no assessment after every done task, no spreadsheet cells", () => {
    expect(all.some((t) => /\b0 (hoạt động|lỗi|điểm)/.test(t))).toBe(false);
    expect(all.some((t) => t.includes("Đánh giá:"))).toBe(false);
    expect(all.some((t) => /ô [A-Z]+\d+|trang “/.test(t))).toBe(false);
    expect(all.some((t) => t.includes("lập lại báo cáo"))).toBe(false);
    expect(all.some((t) => t.includes("Số liệu theo dõi"))).toBe(false);
  });

  it("marks an activity not completed, and says when a task is overdue", () => {
    expect(textWith(spec, "Cử công chức đi bồi dưỡng")).toBe("- Cử công chức đi bồi dưỡng (tháng 9/2023, chưa hoàn thành).");
    const afterIt = rowOfText(spec, "Cử công chức đi bồi dưỡng");
    const state = spec.cells.find((c) => c.row > afterIt && typeof c.value === "string" && c.value.includes("Nhiệm vụ"))!;
    expect((state.value as string).trim()).toBe("Nhiệm vụ chưa hoàn thành, đã quá thời hạn (31/12/2023).");
    expect(all).toContain("Năm 2023, chưa tổ chức hoạt động nào; nhiệm vụ đã quá thời hạn (30/06/2023).");
  });

  it("reports the activity whose task is unknown in a part of its own", () => {
    expect(all).toContain("4. Hoạt động chưa xác định được nhiệm vụ của Kế hoạch");
    expect(all).toContain("- Hoạt động ghi mã sai (05/05/2023).");
  });

  it("opens with the legal basis: the province's plan, the agency's plan (dotted when unknown)", () => {
    expect(all).toContain(
      "Thực hiện Kế hoạch số 120/KH-UBND ngày 26/5/2021 của UBND tỉnh Lạng Sơn về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh Lạng Sơn; " +
        "Kế hoạch số …… ngày …… của Ban Dân tộc về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 (sau đây gọi là Kế hoạch), " +
        "Ban Dân tộc báo cáo kết quả thực hiện năm 2023 như sau:",
    );
    expect(all).toContain("(Số liệu từ ngày 01/01/2023 đến ngày 31/12/2023)");
  });

  it("follows the outline: results; assessment (achieved, shortcomings, causes); next year; recommendations", () => {
    const outline = [
      "I. KẾT QUẢ THỰC HIỆN",
      "II. ĐÁNH GIÁ",
      "1. Kết quả đạt được",
      "2. Tồn tại, hạn chế",
      "3. Nguyên nhân",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
      "IV. KIẾN NGHỊ, ĐỀ XUẤT",
      "Trên đây là báo cáo",
    ];
    const rows = outline.map((p) => rowOfText(spec, p));
    expect(rows.every((r) => r > 0)).toBe(true);
    expect([...rows].sort((a, b) => a - b)).toEqual(rows);
  });

  it("prefills the assessment from the data, naming the base of every share", () => {
    expect(all).toContain(
      // Without the duplicate row 7 and the flagged women of row 4; the share of women over the 153
      // people of the rows that recorded women (named), that of ethnic minority over all 353.
      "Năm 2023, đã triển khai 6 hoạt động (hoàn thành 5), với 353 lượt người tham gia, trong đó nữ 97 lượt (chiếm 63,4% số người của các hoạt động có ghi số nữ), " +
        "người dân tộc thiểu số 246 lượt (chiếm 69,7%); tổng kinh phí thực hiện 23,5 triệu đồng.",
    );
    expect(all).toContain("Tính đến ngày 30/06/2024, đã hoàn thành 4/9 nhiệm vụ đến hạn của năm 2023, đạt 44,4%.");
    expect(all).toContain(
      "Kế hoạch không đặt chỉ tiêu định lượng; tiến độ nêu trong báo cáo là tỷ lệ giữa số nhiệm vụ đã hoàn thành và số nhiệm vụ đến hạn theo Kế hoạch.",
    );
    // Against 2022: 90 people recorded, neither breakdown counted (row 11's women are a bad number → no share).
    expect(textWith(spec, "tỷ lệ nữ trong số người tham gia")).toMatch(/^Năm 2023, tỷ lệ nữ trong số người tham gia là 63,4%/);
    expect(all).toContain("Còn 5 nhiệm vụ quá hạn, chưa hoàn thành:");
    expect(all).toContain(
      "- II.2.2. \"Việc nhà bình đẳng\" nhân Ngày Gia đình Việt Nam 28/6 (năm 2023, thời hạn: 30/06/2023, chưa tổ chức hoạt động nào);",
    );
    expect(all).toContain("Khẩn trương hoàn thành 5 nhiệm vụ còn quá hạn nêu tại mục II.2.");
    expect(all).toContain(
      "- III.1.2. Xây dựng, trình ban hành chính sách hỗ trợ đặc thù cho hoạt động BĐG vùng DTTS (giai đoạn 2021 - 2025, thời hạn: 31/12/2025).",
    );
  });

  it("leaves dotted lines for what only staff can write", () => {
    for (const heading of ["a) Nguyên nhân khách quan:", "IV. KIẾN NGHỊ, ĐỀ XUẤT"]) {
      const r = rowOfText(spec, heading);
      expect(String(valueAt(spec, r + 1, 1)).trim()).toMatch(/^\.{20,}$/);
    }
    const heading = rowOfText(spec, "IV. KIẾN NGHỊ, ĐỀ XUẤT");
    const closing = rowOfText(spec, "Trên đây là báo cáo");
    const between = spec.cells.filter((c) => c.row > heading && c.row < closing && typeof c.value === "string");
    expect(between.length).toBe(4);
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
      // A fixed scale that fits the width: "fit to width" would make Excel drop the page breaks.
      fitToWidth: false,
      pageNumbers: true,
      repeatRows: null,
    });
    expect(spec.print.scale).toBeGreaterThanOrEqual(90);
    expect(spec.print.scale).toBeLessThanOrEqual(100);
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

  it("lists activities by year and says only the years a task is not done", () => {
    const start = rowOfText(spec, "1.1. Tăng cường sự lãnh đạo");
    const block = spec.cells.filter((c) => c.row > start && c.row < start + 5 && typeof c.value === "string").map((c) => (c.value as string).trim());
    expect(block).toEqual([
      "Giai đoạn 2021 - 2025, đã tổ chức 2 hoạt động:",
      "- Năm 2022: Chỉ đạo lồng ghép BĐG năm 2022 (01/02/2022);",
      "- Năm 2023: Chỉ đạo triển khai công tác BĐG năm 2023 (10/01/2023).",
      "Hoàn thành các năm 2022 và 2023; năm 2021 chưa hoàn thành, đã quá hạn; các năm 2024 và 2025 chưa đến hạn.",
    ]);
  });

  it("gives progress for the period, the years at 100 % said once", () => {
    expect(all).toContain("Tính đến ngày 30/06/2024, đã hoàn thành 6/28 nhiệm vụ đến hạn của giai đoạn 2021 - 2025, đạt 21,4%.");
    expect(all).toContain(
      "Theo từng năm: năm 2021 đạt 0% (0/8); năm 2022 đạt 22,2% (2/9); năm 2023 đạt 44,4% (4/9); năm 2024 đạt 0% (0/2); năm 2025 chưa có nhiệm vụ đến hạn.",
    );
    expect(all).toContain("III. PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030");
    expect(all).toContain("Có 4 nhiệm vụ chưa tổ chức hoạt động nào trong giai đoạn 2021 - 2025:");
  });
});

describe("BC with another organisation profile", () => {
  it("uses the Sở Dân tộc và Tôn giáo, its director and the Sở Nội vụ", () => {
    const spec = bcForm(input(2025, { ...PROFILE_PRESETS["so-dan-toc-ton-giao"], signerName: "Nguyễn Văn A" }));
    const all = texts(spec);
    // A name too long for one line is set on two even lines.
    expect(all).toEqual(expect.arrayContaining(["SỞ DÂN TỘC", "VÀ TÔN GIÁO", "Số:          /BC-SDTTG", "GIÁM ĐỐC", "Nguyễn Văn A", "- Sở Nội vụ;"]));
    expect(rowOfText(spec, "VÀ TÔN GIÁO")).toBe(rowOfText(spec, "SỞ DÂN TỘC") + 1);
    // The Ban Dân tộc is named only as the issuer of the plan the report carries out.
    expect(all.filter((t) => t.includes("Ban Dân tộc"))).toEqual([expect.stringContaining("của Ban Dân tộc về thực hiện Chiến lược")]);
    expect(textWith(spec, "Thực hiện Kế hoạch số")).toContain("Sở Dân tộc và Tôn giáo báo cáo kết quả thực hiện năm 2025");
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

describe("BC's opening sentence", () => {
  it("names the agency's plan and the request letter the profile gives", () => {
    const profile = { ...PROFILE_PRESETS["so-dan-toc-ton-giao"], planNumber: "85/KH-BDT", planDate: "10/6/2021", requestLetter: "Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ" };
    const spec = bcForm({ ...input(2025, profile), half: true });
    expect(textWith(spec, "Thực hiện Kế hoạch số")).toBe(
      "Thực hiện Kế hoạch số 120/KH-UBND ngày 26/5/2021 của UBND tỉnh Lạng Sơn về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 trên địa bàn tỉnh Lạng Sơn; " +
        "Kế hoạch số 85/KH-BDT ngày 10/6/2021 của Ban Dân tộc về thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2025 (sau đây gọi là Kế hoạch); " +
        "theo đề nghị tại Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ, Sở Dân tộc và Tôn giáo báo cáo kết quả thực hiện 6 tháng đầu năm 2025 như sau:",
    );
  });

  it("takes the plans' identity from the caller when it knows them", () => {
    const spec = bcForm(input(2023), { plans: { own: { number: "12/KH-BDT", date: "01/6/2021", issuer: "Ban Dân tộc", about: "về bình đẳng giới" } } });
    expect(textWith(spec, "Thực hiện Kế hoạch số")).toContain("Kế hoạch số 12/KH-BDT ngày 01/6/2021 của Ban Dân tộc về bình đẳng giới (sau đây gọi là Kế hoạch)");
  });
});

describe("the period's list of an activity held every year", () => {
  it("folds only the years it was carried out; an unfinished year is listed on its own, marked", () => {
    const a = (year: number, status: "completed" | "in-progress"): Activity =>
      dataOf([{ taskId: "III.1.4", date: daySpan(year, 12, 20), activity: `Báo cáo kết quả công tác BĐG năm ${year}`, status }]).activities[0];
    const lines = activityLinesForPeriod([a(2022, "completed"), a(2023, "in-progress"), a(2024, "completed")], dayOf(2025, 12, 31), [2021, 2022, 2023, 2024, 2025]);
    const folded = lines.find((l) => l.includes("các năm"));
    expect(folded).toContain("2022 và 2024");
    expect(folded).not.toContain("2023");
    expect(lines.find((l) => l.includes("2023"))).toMatch(/chưa hoàn thành/);
  });
});
