/**
 * Half-year reports, the Nghị định 09/2019 cut-off and an early as-of date, on the fixture of
 * report-fixture.ts, with every figure worked out by hand from its table.
 */
import { obligationStatuses } from "../../src/core/progress";
import { bcForm, b02Form, b03Form, buildReports, countedInput, ktForm, type ReportInput } from "../../src/core/report";
import { dayOf } from "../../src/core/time/days";
import { dataOf, daySpan, quarterSpan } from "../helpers/tracking-fixtures";
import { input, plan } from "./report-fixture";
import { rowOfText, rowValues, rowWhere, texts, textWith } from "./spec-reader";

const half = (year: number, extra: Partial<ReportInput> = {}): ReportInput => ({ ...input(year), half: true, ...extra });

describe("a report for the first six months", () => {
  // 1/1–30/6/2023: rows #1 (II.1, 10/01), #2 (8/3 campaign, 08/03), #3 (8/3 task, 15/04, outside the window), #8 (unknown task, 05/05).
  const specs = buildReports(half(2023));

  it("writes BC, B01, B02 of the half-year, B03 of the period and KT", () => {
    expect(specs.map((s) => s.name)).toEqual(["BC 6T-2023", "B01 6T-2023", "B02 6T-2023", "B03 2021-2025", "B04 6T-2023", "KT 6T-2023"]);
  });

  it("counts only the activities of January to June, and says the dates under the title", () => {
    const bc = specs[0];
    expect(texts(bc)).toContain("BÁO CÁO\nKết quả thực hiện Chiến lược quốc gia về bình đẳng giới 6 tháng đầu năm 2023");
    expect(texts(bc)).toContain("(Số liệu từ ngày 01/01/2023 đến ngày 30/06/2023)");
    // 4 activities; 100 + 40 + 10 people; women 60 + 30 + 5; ethnic 80 + 10 + 5; money 5 + 2 + 1.
    expect(texts(bc)).toContain(
      "6 tháng đầu năm 2023, đã tổ chức 4 hoạt động, với 150 lượt người tham gia, trong đó nữ 95 lượt (chiếm 63,3%), người dân tộc thiểu số 95 lượt (chiếm 63,3%); tổng kinh phí thực hiện 8 triệu đồng.",
    );
    const b01 = specs[1];
    expect(rowValues(b01, rowWhere(b01, 1, "Tổng cộng")).slice(4, 11)).toEqual([4, expect.any(String), 150, 95, "63,3%", 95, 8]);
  });

  it("takes the obligations' states on 30/06: the 8/3 campaign done, the 28/6 one due that day and not done", () => {
    const bc = specs[0];
    // Due: the 8/3 campaign (done), the 28/6 one (due 30/06, not done) and II.1, done ahead of its 31/12 (row #1).
    expect(texts(bc)).toContain("Tính đến ngày 30/06/2023, đã hoàn thành 2/3 nhiệm vụ đến hạn của 6 tháng đầu năm 2023, đạt 66,7%.");
    const start = rowOfText(bc, 'b) Chiến dịch truyền thông "Việc nhà bình đẳng"');
    // Due on the last day covered: counted as due, so never "chưa đến hạn".
    const block = bc.cells.filter((c) => c.row > start && c.row < start + 4).map((c) => String(c.value).trim());
    expect(block).toEqual([
      "6 tháng đầu năm 2023, chưa tổ chức hoạt động nào.",
      "Thời gian cao điểm: từ ngày 01/06/2023 đến ngày 30/06/2023.",
      "Nhiệm vụ chưa được thực hiện (thời hạn: 30/06/2023).",
    ]);
    // Later campaigns are not due yet, and are said so with their day.
    expect(texts(bc)).toContain("6 tháng đầu năm 2023, chưa tổ chức hoạt động nào (thời hạn thực hiện: 31/10/2023).");
    expect(texts(bc).some((t) => t.includes("chưa đến hạn năm 2023"))).toBe(false);
    expect(texts(bc)).toContain("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2023");
  });

  it("keeps B02 and BC on the same figures for the 8/3 campaign (the April activity outside its window in neither)", () => {
    const b02 = specs[2];
    expect(rowValues(b02, rowWhere(b02, 1, 1)).slice(4, 10)).toEqual([1, 100, 60, "60%", 80, 5]);
    const bc = specs[0];
    const start = rowOfText(bc, "a) Truyền thông nhân Ngày Quốc tế Phụ nữ 8/3");
    expect(bc.cells.find((c) => c.row > start && String(c.value).includes("lượt người tham gia"))?.value).toMatch(/Có 100 lượt người tham gia/);
  });

  it("keeps B03 the whole period as of the as-of day", () => {
    const b03 = specs[3];
    const alone = b03Form({ ...input(null) });
    expect(texts(b03)).toEqual(texts(alone));
  });
});

describe("the cut-off of Nghị định 09/2019 (15/12 of the year before to 14/12)", () => {
  it("counts the Khen thưởng of 30/12/2022 in 2023 and says the dates", () => {
    const bc = bcForm({ ...input(2023), cutoff: "nd09" });
    expect(texts(bc)).toContain("(Số liệu từ ngày 15/12/2022 đến ngày 14/12/2023, theo thời gian chốt số liệu của Nghị định số 09/2019/NĐ-CP)");
    // The calendar year's 6 activities and 23,5 triệu, and row #9 (4 triệu).
    expect(textWith(bc, "Năm 2023, đã triển khai")).toMatch(/^Năm 2023, đã triển khai 7 hoạt động \(hoàn thành 6\).*tổng kinh phí thực hiện 27,5 triệu đồng\.$/);
    expect(textWith(bc, "Khen thưởng tập thể")).toBe("- Khen thưởng tập thể (30/12/2022).");
  });

  it("lists on KT a row whose quarter runs past the covered dates, and counts it nowhere", () => {
    const data = dataOf([
      { taskId: "II.1", date: daySpan(2024, 1, 10), activity: "Chỉ đạo", participants: 10 },
      { taskId: "III.1.1", date: quarterSpan(2024, 2), activity: "Bồi dưỡng quý II", participants: 7 },
    ]);
    const asOf = dayOf(2024, 12, 31);
    const scoped: ReportInput = { ...input(2024), data, issues: [], statuses: obligationStatuses(data, plan, asOf), asOf, half: true, cutoff: "nd09" };
    const kt = ktForm(scoped);
    expect(kt.name).toBe("KT 6T-2024");
    expect(texts(kt).some((t) => t.startsWith("chỉ ghi tháng, quý hoặc năm"))).toBe(true);
    const bc = bcForm(scoped);
    expect(texts(bc).filter((t) => t.startsWith("6 tháng đầu năm 2024, đã tổ chức"))).toEqual([
      "6 tháng đầu năm 2024, đã tổ chức 1 hoạt động:",
      expect.stringMatching(/^6 tháng đầu năm 2024, đã tổ chức 1 hoạt động, với 10 lượt người tham gia/),
    ]);
    expect(texts(bc).some((t) => t.includes("Bồi dưỡng quý II"))).toBe(false);
  });
});

describe("an as-of date early in the year", () => {
  // As of 01/03/2023: only row #1 (10/01/2023) had taken place; the rest of 2023 is later.
  const early = { ...input(2023), asOf: dayOf(2023, 3, 1) };

  it("counts nothing dated after it and lists those rows on KT", () => {
    const bc = bcForm(early);
    expect(texts(bc).filter((t) => t.startsWith("Năm 2023, đã tổ chức"))).toEqual([
      "Năm 2023, đã tổ chức 1 hoạt động:",
      expect.stringMatching(/^Năm 2023, đã tổ chức 1 hoạt động\.$/),
    ]);
    expect(texts(bc).some((t) => t.includes("Nói chuyện chuyên đề"))).toBe(false);
    expect(texts(ktForm(early)).filter((t) => t.startsWith("ngày sau ngày tính số liệu")).length).toBeGreaterThanOrEqual(5);
  });

  it("never reads as 100 % when nothing was due yet", () => {
    const bc = bcForm(early);
    expect(texts(bc)).toContain("Tính đến ngày 01/03/2023, chưa có nhiệm vụ nào của năm 2023 đến hạn; đã hoàn thành trước thời hạn 1 nhiệm vụ.");
    expect(texts(bc).some((t) => t.includes("100%"))).toBe(false);
    // B03's progress row leaves 2023 (nothing due yet) empty rather than 100 %.
    const b03 = b03Form(countedInput(early));
    const r = rowWhere(b03, 1, "Tiến độ (%)");
    expect(rowValues(b03, r)[5]).toBeNull();
  });
});

describe("B02 of the half-year", () => {
  it("is named and titled for the six months", () => {
    const b02 = b02Form(half(2023));
    expect(b02.name).toBe("B02 6T-2023");
    expect(texts(b02).some((t) => t.endsWith("6 THÁNG ĐẦU NĂM 2023"))).toBe(true);
  });
});
