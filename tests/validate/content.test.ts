import { dayOf } from "../../src/core/time/days";
import { columnsWithout, data, daySpan, dataOf, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

describe("bad-status", () => {
  it("fires on a status outside the vocabulary, listing the right words", () => {
    const [i] = issuesOf("bad-status", dataOf([{ status: null, raw: { status: "tạm dừng" } }]));
    expect(i).toMatchObject({ severity: "warning", cell: "E5", value: "tạm dừng" });
    expect(i.message).toContain("Hoàn thành, Đang thực hiện, Chưa thực hiện, Hủy");
  });

  it("does not fire on a known status or a blank one", () => {
    expect(issuesOf("bad-status", dataOf([{ status: "completed" }, { status: null }]))).toHaveLength(0);
  });
});

describe("duplicate-activity", () => {
  const row = { taskId: "III.2", activity: "Tuyên truyền Luật Bình đẳng giới tại xã Tân Văn", date: daySpan(2023, 8, 10) };

  it("reports the later of two same rows, naming the earlier", () => {
    const [i] = issuesOf("duplicate-activity", dataOf([row, { ...row, activity: "TUYÊN TRUYỀN luật bình đẳng giới tại xã Tân Văn." }]));
    expect(i).toMatchObject({ severity: "warning", cell: "B6", row: 6 });
    expect(i.message).toContain("dòng 6 trùng với dòng 5");
  });

  it("does not fire when the date, the task or the text differs", () => {
    const d = dataOf([
      row,
      { ...row, date: daySpan(2023, 8, 11) },
      { ...row, taskId: "III.1.1" },
      { ...row, activity: "Tuyên truyền Luật Bình đẳng giới tại xã Tân Thành" },
    ]);
    expect(issuesOf("duplicate-activity", d)).toHaveLength(0);
  });

  it("names the sheet of an earlier row on another sheet", () => {
    const d = data([table({ sheet: "2023", rows: [row] }), table({ sheet: "Tổng hợp", rows: [row] })]);
    const [i] = issuesOf("duplicate-activity", d);
    expect(i.sheet).toBe("Tổng hợp");
    expect(i.message).toContain("của trang “2023”");
  });
});

describe("missing-evidence", () => {
  it("is an info on a completed activity with no evidence", () => {
    const [i] = issuesOf("missing-evidence", dataOf([{ evidence: null }]));
    expect(i).toMatchObject({ severity: "info", cell: "K5" });
  });

  it("does not fire with evidence, on an activity not completed, or without an evidence column", () => {
    expect(issuesOf("missing-evidence", dataOf([{ evidence: "Báo cáo số 12/BC-BDT" }, { status: "in-progress" }]))).toHaveLength(0);
    expect(issuesOf("missing-evidence", dataOf([{}], { columns: columnsWithout("evidence") }))).toHaveLength(0);
  });

  it("without a status column, follows the as-of assumption", () => {
    const d = dataOf([{ date: daySpan(2023, 11, 15) }], { columns: columnsWithout("status") });
    expect(issuesOf("missing-evidence", d, dayOf(2023, 11, 14))).toHaveLength(0);
    expect(issuesOf("missing-evidence", d, dayOf(2023, 11, 15))).toHaveLength(1);
  });
});
