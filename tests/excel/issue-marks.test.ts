import type { Issue } from "../../src/core/validate/issue";
import { MAX_MARKS } from "../../src/excel/issue-marks";
import { OfficeWorkbookService } from "../../src/excel/office-workbook-service";
import { FakeExcel } from "./fake-excel";

const issue = (sheet: string, cell: string, severity: Issue["severity"]): Issue => ({ rule: "bad-date", severity, message: "…", sheet, cell });

function userWorkbook(opts: ConstructorParameters<typeof FakeExcel>[0] = {}): FakeExcel {
  const excel = new FakeExcel(opts);
  excel.addSheet("Theo dõi").put(0, 0, [["Mã NV", "Nội dung hoạt động", "Thời gian"], ["II.1", "Quán triệt", "15/3/2024"]]);
  return excel;
}

const service = (excel: FakeExcel): OfficeWorkbookService => new OfficeWorkbookService({ host: excel.host() });

describe("markIssues and clearMarks", () => {
  it("marks cells in the colour of their worst issue and restores exactly what was there", async () => {
    const excel = userWorkbook();
    const s = excel.sheet("Theo dõi");
    s.fmt(1, 1)["fill.color"] = "#00FF00";
    const svc = service(excel);
    const r = await svc.markIssues([issue("Theo dõi", "C2", "warning"), issue("Theo dõi", "C2", "error"), issue("Theo dõi", "B2", "info"), issue("Không có", "A1", "error"), { rule: "missing-task-year", severity: "error", message: "…", taskId: "II.1", year: 2023 }]);
    expect(r).toEqual({ marked: 2, notes: [] });
    expect(s.fmt(1, 2)["fill.color"]).toBe("#FFC7CE");
    expect(s.fmt(1, 1)["fill.color"]).toBe("#DDEBF7");
    expect(await svc.clearMarks()).toEqual({ restored: 2, notes: [] });
    expect(s.fmt(1, 2)["fill.color"]).toBeUndefined();
    expect(s.fmt(1, 1)["fill.color"]).toBe("#00FF00");
    expect(excel.settings.has("bdg.marks")).toBe(false);
  });

  it("leaves a cell the user recoloured after marking, and keeps the first 'before' when marking twice", async () => {
    const excel = userWorkbook();
    const s = excel.sheet("Theo dõi");
    const svc = service(excel);
    await svc.markIssues([issue("Theo dõi", "A2", "error"), issue("Theo dõi", "B2", "error")]);
    await svc.markIssues([issue("Theo dõi", "A2", "warning")]);
    s.fmt(1, 1)["fill.color"] = "#123456";
    expect((await svc.clearMarks()).restored).toBe(1);
    expect(s.fmt(1, 0)["fill.color"]).toBeUndefined();
    expect(s.fmt(1, 1)["fill.color"]).toBe("#123456");
  });

  it("uses as many syncs for 1 cell as for 2,000, the record saved in a sync before any fill", async () => {
    const one = userWorkbook();
    await service(one).markIssues([issue("Theo dõi", "A1", "error")]);
    const many = userWorkbook();
    const issues = Array.from({ length: 2000 }, (_, i) => issue("Theo dõi", `B${i + 1}`, "warning"));
    expect((await service(many).markIssues(issues)).marked).toBe(2000);
    expect(many.syncs).toBe(one.syncs);
    expect(one.syncs).toBe(4);
  });

  it("saves the record before colouring: a fill that fails half-way can still be undone", async () => {
    const excel = userWorkbook();
    excel.addSheet("Năm 2024").put(0, 0, [["x", "y"]]);
    const s = excel.sheet("Theo dõi");
    s.fmt(1, 0)["fill.color"] = "#00B050";
    // The user protects the second sheet between the reading and the colouring.
    excel.beforeSync.set(4, () => (excel.sheet("Năm 2024").protected = true));
    const svc = service(excel);
    await expect(svc.markIssues([issue("Theo dõi", "A2", "error"), issue("Năm 2024", "B1", "error")])).rejects.toMatchObject({ code: "AccessDenied" });
    expect(s.fmt(1, 0)["fill.color"]).toBe("#FFC7CE");
    excel.sheet("Năm 2024").protected = false;
    await svc.clearMarks();
    expect(s.fmt(1, 0)["fill.color"]).toBe("#00B050");
  });

  it("skips protected sheets and says which", async () => {
    const excel = userWorkbook();
    excel.addSheet("Khóa").put(0, 0, [["x"]]).protected = true;
    const r = await service(excel).markIssues([issue("Theo dõi", "A2", "error"), issue("Khóa", "A1", "error")]);
    expect(r.marked).toBe(1);
    expect(r.notes).toEqual(["Không đánh dấu trên trang đang được bảo vệ: “Khóa”."]);
    expect(excel.sheet("Khóa").fmt(0, 0)["fill.color"]).toBeUndefined();
  });

  it("restores a sheet renamed since marking, and keeps the records of a sheet it cannot restore yet", async () => {
    const excel = userWorkbook();
    excel.addSheet("Năm 2024").put(0, 0, [["x"]]);
    excel.sheet("Theo dõi").fmt(1, 0)["fill.color"] = "#00B050";
    excel.sheet("Năm 2024").fmt(0, 0)["fill.color"] = "#FFFF00";
    const svc = service(excel);
    await svc.markIssues([issue("Theo dõi", "A2", "error"), issue("Năm 2024", "A1", "warning")]);
    excel.sheet("Theo dõi").name = "Theo dõi (sửa)";
    excel.sheet("Năm 2024").protected = true;
    const r = await svc.clearMarks();
    expect(r.restored).toBe(1);
    expect(r.notes[0]).toContain("“Năm 2024”");
    expect(excel.sheet("Theo dõi (sửa)").fmt(1, 0)["fill.color"]).toBe("#00B050");
    excel.sheet("Năm 2024").protected = false;
    expect((await svc.clearMarks()).restored).toBe(1);
    expect(excel.sheet("Năm 2024").fmt(0, 0)["fill.color"]).toBe("#FFFF00");
    expect(excel.settings.has("bdg.marks")).toBe(false);
  });

  it("restores the whole fill: pattern, pattern colour and tints", async () => {
    const excel = userWorkbook();
    const f = excel.sheet("Theo dõi").fmt(1, 1);
    Object.assign(f, { "fill.color": "#4472C4", "fill.pattern": "Gray25", "fill.patternColor": "#FF0000", "fill.tintAndShade": 0.4, "fill.patternTintAndShade": -0.25 });
    const before = { ...f };
    const svc = service(excel);
    await svc.markIssues([issue("Theo dõi", "B2", "error")]);
    expect(f["fill.color"]).toBe("#FFC7CE");
    await svc.clearMarks();
    expect(f).toEqual(before);
  });

  it("marks at most MAX_MARKS cells, says so, and keeps the setting and every request small on the web", async () => {
    const excel = userWorkbook({ onTheWeb: true });
    const issues = Array.from({ length: MAX_MARKS + 300 }, (_, i) => issue("Theo dõi", `C${i + 1}`, "warning"));
    const r = await service(excel).markIssues(issues);
    expect(r.marked).toBe(MAX_MARKS);
    expect(r.notes).toEqual([`Chỉ đánh dấu ${MAX_MARKS} ô đầu tiên; còn 300 ô có vấn đề chưa được đánh dấu. Hãy sửa bớt rồi đánh dấu lại.`]);
    expect(excel.sheet("Theo dõi").fmt(MAX_MARKS, 2)["fill.color"]).toBeUndefined();
    expect(String(excel.settings.get("bdg.marks")).length).toBeLessThan(1_000_000);
    for (const s of excel.syncLog) expect(s.error).toBeUndefined();
  });

  it("reads records saved by earlier versions (by sheet name, colour only)", async () => {
    const excel = userWorkbook();
    excel.sheet("Theo dõi").fmt(1, 0)["fill.color"] = "#FFC7CE";
    excel.settings.set("bdg.marks", JSON.stringify([{ sheet: "Theo dõi", cell: "A2", mark: "#FFC7CE", before: "#00FF00" }]));
    expect((await service(excel).clearMarks()).restored).toBe(1);
    expect(excel.sheet("Theo dõi").fmt(1, 0)["fill.color"]).toBe("#00FF00");
  });
});
