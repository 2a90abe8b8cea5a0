import { dayOf } from "../../src/core/time/days";
import { columnsWithout, daySpan, dataOf, monthSpan, quarterSpan, STANDARD_COLUMNS } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

const withYear = { ...STANDARD_COLUMNS, year: 13 };

describe("missing-date", () => {
  it("fires when neither date nor year is written", () => {
    const [i] = issuesOf("missing-date", dataOf([{ date: null, year: null }]));
    expect(i).toMatchObject({ severity: "error", cell: "C5" });
    expect(i.message).toContain("chưa ghi thời gian");
  });

  it("does not fire when the year alone is given", () => {
    expect(issuesOf("missing-date", dataOf([{ date: null, year: 2023 }], { columns: withYear }))).toHaveLength(0);
  });

  it("does not fire row by row in a table with neither column", () => {
    expect(issuesOf("missing-date", dataOf([{ date: null, year: null }], { columns: columnsWithout("date") }))).toHaveLength(0);
  });
});

describe("bad-date", () => {
  it("fires on a date that cannot be read, quoting it", () => {
    const [i] = issuesOf("bad-date", dataOf([{ date: null, year: null, raw: { date: "đầu năm" } }]));
    expect(i).toMatchObject({ severity: "error", cell: "C5", value: "đầu năm" });
    expect(i.message).toContain("không đọc được thời gian “đầu năm”");
  });

  it("says that 31/02 is not a real day", () => {
    const [i] = issuesOf("bad-date", dataOf([{ date: null, year: null, raw: { date: "31/02/2023" } }]));
    expect(i.message).toContain("“31/02/2023” không phải là ngày có thật");
  });

  it("does not fire on a date that was read", () => {
    expect(issuesOf("bad-date", dataOf([{ date: daySpan(2023, 2, 28), raw: { date: "28/02/2023" } }]))).toHaveLength(0);
  });

  it("fires on an unreadable year cell when no date gives the year", () => {
    const d = dataOf([{ date: null, year: null, raw: { year: "năm ngoái" } }], { columns: withYear });
    expect(issuesOf("bad-date", d).map((i) => i.cell)).toEqual(["M5"]);
  });
});

describe("date-outside-period", () => {
  it("fires on a date before the period and on a year after it", () => {
    expect(issuesOf("date-outside-period", dataOf([{ date: daySpan(2020, 12, 31) }]))[0]).toMatchObject({ cell: "C5", value: "31/12/2020" });
    const late = issuesOf("date-outside-period", dataOf([{ date: null, year: 2026 }], { columns: withYear }));
    expect(late.map((i) => i.cell)).toEqual(["M5"]);
    expect(late[0].message).toContain("(2021–2025)");
  });

  it("does not fire on the first and last days of the period", () => {
    expect(issuesOf("date-outside-period", dataOf([{ date: daySpan(2021, 1, 1) }, { date: daySpan(2025, 12, 31) }]))).toHaveLength(0);
  });
});

describe("future-completed", () => {
  const asOf = dayOf(2025, 6, 1);

  it("fires on a completed activity dated after the as-of day, on its status cell", () => {
    const [i] = issuesOf("future-completed", dataOf([{ date: daySpan(2025, 6, 2) }]), asOf);
    expect(i).toMatchObject({ severity: "warning", cell: "E5" });
    expect(i.message).toContain("sau ngày đối chiếu 01/06/2025");
  });

  it("does not fire on the as-of day itself, nor on a planned activity", () => {
    expect(issuesOf("future-completed", dataOf([{ date: daySpan(2025, 6, 1) }]), asOf)).toHaveLength(0);
    expect(issuesOf("future-completed", dataOf([{ date: daySpan(2025, 9, 1), status: "not-started" }]), asOf)).toHaveLength(0);
  });
});

describe("campaign-out-of-window", () => {
  it("fires on a campaign activity dated outside the window, saying it does not count", () => {
    const [i] = issuesOf("campaign-out-of-window", dataOf([{ taskId: "II.2.1", date: daySpan(2023, 5, 15) }]));
    expect(i).toMatchObject({ severity: "warning", cell: "C5" });
    expect(i.message).toContain("01/03–31/03");
    expect(i.message).toContain("nằm ngoài đợt");
  });

  it("does not fire on the window's last day, nor on the window's month", () => {
    const d = dataOf([
      { taskId: "II.2.1", date: daySpan(2023, 3, 31) },
      { taskId: "II.2.4", date: monthSpan(2023, 12) },
    ]);
    expect(issuesOf("campaign-out-of-window", d)).toHaveLength(0);
  });

  it("fires on a campaign activity known only by its year or quarter, asking for the day", () => {
    const d = dataOf(
      [
        { taskId: "II.2.3", date: null, year: 2023 },
        { taskId: "II.2.3", date: quarterSpan(2023, 4) },
      ],
      { columns: withYear },
    );
    const issues = issuesOf("campaign-out-of-window", d);
    expect(issues.map((i) => i.cell)).toEqual(["M5", "C6"]);
    for (const i of issues) expect(i.message).toContain("Ghi rõ ngày thực hiện");
  });

  it("does not fire on a cancelled activity or on a task that is not a campaign", () => {
    const d = dataOf([
      { taskId: "II.2.1", date: daySpan(2023, 5, 15), status: "cancelled" },
      { taskId: "II.2", date: daySpan(2023, 5, 15) },
    ]);
    expect(issuesOf("campaign-out-of-window", d)).toHaveLength(0);
  });
});
