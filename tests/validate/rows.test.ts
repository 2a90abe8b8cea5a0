import { columnsWithout, dataOf } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

describe("missing-activity", () => {
  it("fires on a row with data but no activity text, on the activity cell", () => {
    const [i] = issuesOf("missing-activity", dataOf([{ activity: null, participants: 12, female: 5 }]));
    expect(i).toMatchObject({ severity: "error", cell: "B5", row: 5 });
    expect(i.message).toContain("Ô B5");
    expect(i.message).toContain("chưa ghi nội dung hoạt động");
  });

  it("does not fire when the activity is written, even briefly", () => {
    expect(issuesOf("missing-activity", dataOf([{ activity: "Họp" }]))).toHaveLength(0);
  });

  it("does not fire row by row when the table has no activity column (missing-column says it once)", () => {
    expect(issuesOf("missing-activity", dataOf([{ activity: null }, { activity: null }], { columns: columnsWithout("activity") }))).toHaveLength(0);
  });
});

describe("unknown-task", () => {
  it("fires on an id the plan does not have, quoting it", () => {
    const d = dataOf([{ taskId: null, unknownTaskId: "II.9", raw: { taskId: "II.9" } }]);
    const [i] = issuesOf("unknown-task", d);
    expect(i).toMatchObject({ severity: "error", cell: "A5", value: "II.9" });
    expect(i.message).toContain("“II.9” không có trong kế hoạch");
    expect(issuesOf("unmapped-activity", d)).toHaveLength(0);
  });

  it("does not fire on a plan id", () => {
    expect(issuesOf("unknown-task", dataOf([{ taskId: "II.2.4" }]))).toHaveLength(0);
  });
});

describe("unmapped-activity", () => {
  it("fires when no task could be found, on the id cell", () => {
    const [i] = issuesOf("unmapped-activity", dataOf([{ taskId: null, taskSource: null, taskConfidence: 0 }]));
    expect(i).toMatchObject({ severity: "warning", cell: "A5" });
    expect(i.message).toContain("Dòng 5");
    expect(i.message).toContain("ô A5");
  });

  it("fires on an unsure guess, naming the guess, and not on a confident one", () => {
    const unsure = issuesOf("unmapped-activity", dataOf([{ taskId: "III.1.4", taskSource: "guess", taskConfidence: 0.5, raw: { taskId: null } }]));
    expect(unsure).toHaveLength(1);
    expect(unsure[0].message).toContain("III.1.4");
    const sure = dataOf([{ taskId: "III.1.4", taskSource: "guess", taskConfidence: 0.9, raw: { taskId: null } }]);
    expect(issuesOf("unmapped-activity", sure)).toHaveLength(0);
  });

  it("does not fire for a task taken from a section heading", () => {
    expect(issuesOf("unmapped-activity", dataOf([{ taskId: "III.2", taskSource: "heading", raw: { taskId: null } }]))).toHaveLength(0);
  });

  it("without an id column, points to the activity cell and asks for the column", () => {
    const [i] = issuesOf("unmapped-activity", dataOf([{ taskId: null, taskSource: null }], { columns: columnsWithout("taskId") }));
    expect(i.cell).toBe("B5");
    expect(i.message).toContain("Thêm cột “Mã nhiệm vụ”");
  });
});
