import { analyzeWorkbook } from "../../src/core/engine";
import { evaluate, FunctionError, isFunctionError, rangeAnalysisStats, type FunctionOutcome } from "../../src/core/functions";
import type { FunctionName } from "../../src/core/functions/registry";
import { dayOf, serialFromDay } from "../../src/core/time/days";
import { context, HEADER, rangeOf, ROWS, type Row } from "./table-builder";

/**
 * Every BDG.* function through its `data` form, on tables built here, against answers worked out
 * by hand from the plan (docs/design.md#progress) as of 31/12/2023.
 */

const ctx = context();
const data = rangeOf();

function err(v: FunctionOutcome): FunctionError {
  if (!isFunctionError(v)) throw new Error(`expected an error, got ${JSON.stringify(v)}`);
  return v;
}

describe("BDG.PROGRESS with data", () => {
  it("is done obligations over obligations due, for the whole plan", () => {
    // Due by 31/12/2023: 5 annual tasks × 3 years, II.2.1 in 2022–2023 (its 2021 window precedes
    // the plan), II.2.2–II.2.4 × 3 years = 26; done: II.1 2022, II.2.1 2023, III.1.1 2022.
    expect(evaluate("PROGRESS", [null, null, data], ctx)).toBeCloseTo(3 / 26, 12);
  });

  it("narrows to a task, a group and a year", () => {
    expect(evaluate("PROGRESS", ["II.1", null, data], ctx)).toBeCloseTo(1 / 3, 12);
    expect(evaluate("PROGRESS", ["II.1", 2022, data], ctx)).toBe(1);
    expect(evaluate("PROGRESS", ["III.1", 2022, data], ctx)).toBeCloseTo(1 / 3, 12);
    expect(evaluate("PROGRESS", ["", 2021, data], ctx)).toBe(0);
  });

  it("takes the year as text and the id as users type it", () => {
    expect(evaluate("PROGRESS", ["ii.1.", "2022", data], ctx)).toBe(1);
    expect(evaluate("PROGRESS", [" II.1 ", "Năm 2022", data], ctx)).toBe(1);
  });

  it("is blank, not 0, when nothing is due yet", () => {
    expect(evaluate("PROGRESS", ["II.1", 2024, data], ctx)).toBe("");
  });

  it("treats omitted arguments (null, undefined, an empty cell) as the whole plan and period", () => {
    const whole = evaluate("PROGRESS", [null, null, data], ctx);
    expect(evaluate("PROGRESS", [undefined, undefined, data], ctx)).toBe(whole);
    expect(evaluate("PROGRESS", ["", "", data], ctx)).toBe(whole);
    expect(evaluate("PROGRESS", [0, 0, data], ctx)).toBe(whole);
  });
});

describe("BDG.STATUS with data", () => {
  it("gives the Vietnamese label of each state", () => {
    expect(evaluate("STATUS", ["II.1", 2022, data], ctx)).toBe("Hoàn thành");
    // Due on 31/12/2023, which is the as-of day: still open.
    expect(evaluate("STATUS", ["II.1", 2023, data], ctx)).toBe("Đang thực hiện");
    expect(evaluate("STATUS", ["II.1", 2021, data], ctx)).toBe("Quá hạn");
    expect(evaluate("STATUS", ["II.1", 2024, data], ctx)).toBe("Chưa thực hiện");
    expect(evaluate("STATUS", ["II.2.1", 2021, data], ctx)).toBe("Không áp dụng");
    expect(evaluate("STATUS", ["II.2.1", 2023, data], ctx)).toBe("Hoàn thành");
  });

  it("gives English labels when the workbook's language is English", () => {
    expect(evaluate("STATUS", ["II.1", 2021, data], context({ locale: "en" }))).toBe("Overdue");
  });

  it("answers a once task for the period, with or without a year", () => {
    expect(evaluate("STATUS", ["III.1.2", null, data], ctx)).toBe("Chưa thực hiện");
    expect(evaluate("STATUS", ["III.1.2", 2023, data], ctx)).toBe("Chưa thực hiện");
  });

  it("asks for the year of an annual task (#VALUE!) and has no status for as-needed tasks (#N/A)", () => {
    const noYear = err(evaluate("STATUS", ["II.1", null, data], ctx));
    expect(noYear.code).toBe("#VALUE!");
    expect(noYear.message).toContain("II.1");
    const asNeeded = err(evaluate("STATUS", ["V.3", 2023, data], ctx));
    expect(asNeeded.code).toBe("#N/A");
    expect(asNeeded.message).toContain("BDG.COUNT");
  });
});

describe("BDG.COUNT, PARTICIPANTS and BUDGET with data", () => {
  it("counts activities, leaving out cancelled ones", () => {
    expect(evaluate("COUNT", [null, null, data], ctx)).toBe(5);
    expect(evaluate("COUNT", ["II.1", null, data], ctx)).toBe(2);
    expect(evaluate("COUNT", ["II.1", 2023, data], ctx)).toBe(1);
    expect(evaluate("COUNT", ["III.1", null, data], ctx)).toBe(2);
    expect(evaluate("COUNT", ["III.2", null, data], ctx)).toBe(0);
  });

  it("sums people by group, with Vietnamese and English group names", () => {
    const p = (group: unknown, scope: unknown = null): FunctionOutcome => evaluate("PARTICIPANTS", [scope, null, group, data], ctx);
    expect(p(null)).toBe(185);
    expect(p("")).toBe(185);
    for (const g of ["nữ", "Nữ", "NỮ", "nu", "female"]) expect(p(g)).toBe(95);
    for (const g of ["nam", "Nam", "male"]) expect(p(g)).toBe(90);
    for (const g of ["dtts", "DTTS", "ethnic", "dân tộc thiểu số"]) expect(p(g)).toBe(46);
    expect(p("nữ", "II.1")).toBe(32);
  });

  it("sums the budget in triệu đồng", () => {
    expect(evaluate("BUDGET", [null, null, data], ctx)).toBe(9.25);
    expect(evaluate("BUDGET", ["II", 2023, data], ctx)).toBe(7.25);
  });

  it("rejects a group it does not know", () => {
    const e = err(evaluate("PARTICIPANTS", [null, null, "trẻ em", data], ctx));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("trẻ em");
  });
});

describe("BDG.ISSUES with data", () => {
  const bad: Row = ["III.1.4", "Báo cáo kết quả năm 2023", "20/12/2023", "Phòng Nghiệp vụ", "Hoàn thành", 10, 12, "", "", ""];

  it("counts issues of a severity or worse, in Vietnamese or English", () => {
    const all = evaluate("ISSUES", [null, data], ctx) as number;
    const warnings = evaluate("ISSUES", ["cảnh báo", data], ctx) as number;
    const errors = evaluate("ISSUES", ["lỗi", data], ctx) as number;
    expect(errors).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThanOrEqual(errors);
    expect(all).toBeGreaterThanOrEqual(warnings);
    expect(evaluate("ISSUES", ["error", data], ctx)).toBe(errors);
    expect(evaluate("ISSUES", ["Canh bao", data], ctx)).toBe(warnings);
  });

  it("counts one more error for a row with more women than people", () => {
    // The row also completes III.1.4 for 2023: that obligation no longer lacks an activity.
    const withBad = rangeOf([...ROWS, bad]);
    const fixed: Row = [...bad];
    fixed[6] = 8;
    const withFixed = rangeOf([...ROWS, fixed]);
    expect(evaluate("ISSUES", ["lỗi", withBad], ctx)).toBe((evaluate("ISSUES", ["lỗi", withFixed], ctx) as number) + 1);
  });

  it("rejects an unknown severity", () => {
    expect(err(evaluate("ISSUES", ["nghiêm trọng", data], ctx)).code).toBe("#VALUE!");
  });
});

describe("errors shared by the tracking functions", () => {
  it("gives #VALUE! with a Vietnamese message for an unknown task", () => {
    for (const [name, args] of [
      ["PROGRESS", ["II.9", null, data]],
      ["STATUS", ["IX.9", 2023, data]],
      ["COUNT", ["abc", null, data]],
      ["PARTICIPANTS", ["VI.1", null, null, data]],
      ["BUDGET", ["II.2.7", null, data]],
    ] as const) {
      const e = err(evaluate(name, args, ctx));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toMatch(/^Không có nhiệm vụ “.+” trong kế hoạch/);
    }
  });

  it("gives #VALUE! for a year outside the plan's period or not a year", () => {
    for (const y of [2030, 2020, "năm ngoái", 2023.5, true]) {
      const e = err(evaluate("COUNT", [null, y, data], ctx));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("2021");
      expect(e.message).toContain("2025");
    }
  });

  it("gives #N/A when the data range holds no tracking table", () => {
    for (const range of [[], [[""]], [["Họ tên", "Điện thoại"], ["An", "0912"]]]) {
      const e = err(evaluate("PROGRESS", [null, null, range], ctx));
      expect(e.code).toBe("#N/A");
      expect(e.message).toContain("bảng theo dõi");
    }
  });

  it("never answers 0 or “overdue” from a workbook with no tracking table: every tracking function says no table was found", () => {
    const empty = analyzeWorkbook({ sheets: [{ name: "Sheet1", values: [["Danh sách cán bộ"], ["An", "Văn phòng"]], merges: [] }] }, ctx.plan, { asOf: ctx.asOf });
    const calls: [FunctionName, unknown[]][] = [
      ["PROGRESS", [null, null, null]],
      ["STATUS", ["II.1", 2022, null]],
      ["COUNT", [null, null, null]],
      ["PARTICIPANTS", [null, null, null, null]],
      ["BUDGET", [null, null, null]],
      ["ISSUES", [null, null]],
    ];
    for (const [name, args] of calls) {
      const e = err(evaluate(name, args, ctx, empty));
      expect([name, e.code]).toEqual([name, "#N/A"]);
      expect(e.message).toContain("Không tìm thấy bảng theo dõi");
    }
  });

  it("gives #N/A when there is no data range and no workbook data", () => {
    expect(err(evaluate("COUNT", [null, null, null], ctx, null)).code).toBe("#N/A");
  });

  it("gives #VALUE! for a data argument that is not a range", () => {
    expect(err(evaluate("COUNT", [null, null, "TheoDoi"], ctx)).code).toBe("#VALUE!");
  });
});

describe("the data range as Excel passes it", () => {
  it("reads empty cells passed as 0 (Excel on Windows) like empty cells passed as \"\"", () => {
    const zeros = rangeOf(ROWS, 0);
    for (const name of ["PROGRESS", "COUNT", "BUDGET"] as const) {
      expect(evaluate(name, [null, null, zeros], ctx)).toBe(evaluate(name, [null, null, data], ctx));
    }
    expect(evaluate("ISSUES", [null, zeros], ctx)).toBe(evaluate("ISSUES", [null, data], ctx));
  });

  it("reads the table once for a thousand calls over copies of the same range", () => {
    const before = rangeAnalysisStats.analyses;
    const base = rangeOf([...ROWS, ["V.3", "Phối hợp với UBND huyện Bình Gia", "12/12/2023", "Phòng Nghiệp vụ", "Hoàn thành", 7, 4, 3, 7, 1]]);
    for (let i = 0; i < 1000; i++) {
      const copy = base.map((r) => [...r]);
      expect(evaluate("COUNT", [null, null, copy], ctx)).toBe(6);
    }
    expect(rangeAnalysisStats.analyses - before).toBe(1);
  });

  it("sees a changed cell: a new count, not the cached one", () => {
    const a = rangeOf();
    const b = rangeOf().map((r) => [...r]);
    b[3][5] = "Hủy"; // row 2 (II.1, 2023) cancelled
    expect(evaluate("COUNT", ["II.1", null, a], ctx)).toBe(2);
    expect(evaluate("COUNT", ["II.1", null, b], ctx)).toBe(1);
  });

  it("does not confuse the number 2023 with the text \"2023\" in the cache key", () => {
    const a = rangeOf();
    const b = rangeOf().map((r) => [...r]);
    expect(b[6][3]).toBe("2023");
    b[6][3] = 2023;
    // Both read as the year 2023: same answer, two distinct ranges.
    const before = rangeAnalysisStats.analyses;
    evaluate("COUNT", [null, null, a], context({ asOf: dayOf(2023, 12, 30) }));
    evaluate("COUNT", [null, null, b], context({ asOf: dayOf(2023, 12, 30) }));
    expect(rangeAnalysisStats.analyses - before).toBe(2);
  });

  it("finds the header below a title row and with no diacritics", () => {
    const plain = rangeOf().map((r) => [...r]);
    plain[1] = ["STT", "Ma NV", "Noi dung hoat dong", "Thoi gian thuc hien", "Don vi chu tri", "Tinh trang", "Tong so", "Nu", "Nam", "DTTS", "Kinh phi (trieu dong)"];
    expect(plain[1]).toHaveLength(HEADER.length);
    expect(evaluate("COUNT", [null, null, plain], ctx)).toBe(5);
    expect(evaluate("PARTICIPANTS", [null, null, "nu", plain], ctx)).toBe(95);
  });
});

describe("BDG.TASK, TASKS and CAMPAIGN", () => {
  it("gives a fact about a task: title by default, lead, frequency, window", () => {
    expect(evaluate("TASK", ["II.2.4", null], ctx)).toMatch(/^Tháng hành động vì bình đẳng giới/);
    expect(evaluate("TASK", ["ii.1", "lead"], ctx)).toBe("Lãnh đạo Ban");
    expect(evaluate("TASK", ["III.1.2", "frequency"], ctx)).toBe("Một lần trong giai đoạn");
    expect(evaluate("TASK", ["II.2.4", "window"], ctx)).toBe("15/11 - 15/12");
    expect(evaluate("TASK", ["II.1", "window"], ctx)).toBe("");
    expect(evaluate("TASK", ["II.1", "đơn vị chủ trì"], ctx)).toBe("Lãnh đạo Ban");
  });

  it("rejects an unknown task, a missing task and an unknown field", () => {
    expect(err(evaluate("TASK", ["II.9", null], ctx)).code).toBe("#VALUE!");
    expect(err(evaluate("TASK", [null, null], ctx)).message).toMatch(/^Thiếu mã nhiệm vụ/);
    expect(err(evaluate("TASK", ["II.1", "màu"], ctx)).code).toBe("#VALUE!");
  });

  it("spills the plan's tasks with a header, blanks as \"\"", () => {
    const t = evaluate("TASKS", [null], ctx) as string[][];
    expect(t[0]).toEqual(["Mã", "Nhiệm vụ", "Tần suất", "Đơn vị chủ trì", "Thời gian đợt"]);
    expect(t.slice(1).map((r) => r[0])).toEqual(ctx.plan.tasks.map((x) => x.id));
    for (const row of t) {
      expect(row).toHaveLength(5);
      for (const cell of row) expect(typeof cell).toBe("string");
    }
    const ii1 = t.find((r) => r[0] === "II.1");
    expect(ii1?.[4]).toBe("");
    expect(t.find((r) => r[0] === "II.2.1")?.[4]).toBe("01/03 - 31/03");
  });

  it("spills only the tasks of a group", () => {
    const t = evaluate("TASKS", ["III.1"], ctx) as string[][];
    expect(t.slice(1).map((r) => r[0])).toEqual(["III.1", "III.1.1", "III.1.2", "III.1.3", "III.1.4", "III.1.5"]);
  });

  it("names the campaign whose window holds a date serial or a text date, else \"\"", () => {
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2023, 3, 8))], ctx)).toBe("II.2.1");
    expect(evaluate("CAMPAIGN", ["20/10/2024"], ctx)).toBe("II.2.3");
    expect(evaluate("CAMPAIGN", ["10/12/2023"], ctx)).toBe("II.2.4");
    expect(evaluate("CAMPAIGN", ["28/6/2022"], ctx)).toBe("II.2.2");
    expect(evaluate("CAMPAIGN", ["01/01/2023"], ctx)).toBe("");
  });

  it("reads a serial in the workbook's date system", () => {
    expect(evaluate("CAMPAIGN", [serialFromDay(dayOf(2023, 3, 8), true)], context({ date1904: true }))).toBe("II.2.1");
  });

  it("rejects what is not a day", () => {
    for (const v of ["abc", "tháng 3/2023", 2023, null]) expect(err(evaluate("CAMPAIGN", [v], ctx)).code).toBe("#VALUE!");
  });

  it("takes a one-cell range as its value and refuses a larger one", () => {
    expect(evaluate("TASK", [[["II.1"]], [["lead"]]], ctx)).toBe("Lãnh đạo Ban");
    expect(err(evaluate("TASK", [[["II.1", "II.2"]], null], ctx)).message).toContain("task");
  });
});
