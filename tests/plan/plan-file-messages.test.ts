import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { parsePlanJson } from "../../src/core/plan/load";
import type { Locale } from "../../src/core/i18n/locale";

/** The built-in plan as a saved plan file, each task a plain object the test may change. */
function planFile(): { tasks: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(BUILTIN_PLAN));
}

function indexOf(plan: { tasks: Record<string, unknown>[] }, code: string): number {
  const i = plan.tasks.findIndex((t) => t.id === code);
  if (i < 0) throw new Error(`no task ${code} in the built-in plan`);
  return i;
}

function refused(text: string, locale: Locale = "vi"): string[] {
  const r = parsePlanJson(text, locale);
  if (r.ok) throw new Error("the plan file was accepted");
  return r.errors;
}

/** What a clerk must never read: the parser's words. */
function expectNoJargon(lines: string[]): void {
  for (const line of lines) {
    expect(line).not.toMatch(/undefined|position|expected|mong đợi|\||tasks\[|JSON\.parse|Unexpected token|Unterminated/i);
  }
}

describe("plan file (JSON) problems in a clerk's words", () => {
  test("a file cut short names the line where it breaks, not a character position", () => {
    const text = JSON.stringify(planFile(), null, 2);
    const cut = text.indexOf('"lead"', 3000);
    const broken = text.slice(0, cut) + '"lead": "Văn phòng' + text.slice(cut + 6).replace(/^[^\n]*/, "");
    const line = broken.slice(0, cut).split("\n").length;
    const [msg, ...rest] = refused(broken);
    expect(rest).toEqual([]);
    expect(msg).toContain("Tệp bị hỏng hoặc không phải tệp kế hoạch");
    expect(msg).toContain(`dòng ${line}`);
    expectNoJargon([msg!]);
  });

  test("a workbook renamed .json is told to use a plan sheet", () => {
    const zip = "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml";
    const [msg] = refused(zip);
    expect(msg).toContain("sổ làm việc Excel (.xlsx)");
    expect(msg).toContain("Chèn trang kế hoạch");
    expect(msg).toContain("--plan tệp.xlsx");
    expectNoJargon([msg!]);
    expect(refused(zip, "en")[0]).toContain("Excel workbook (.xlsx)");
  });

  test("a missing lead unit names the task by its code and the field by its Vietnamese name", () => {
    const plan = planFile();
    const i = indexOf(plan, "II.2.1");
    delete plan.tasks[i]!.lead;
    const lines = refused(JSON.stringify(plan));
    expect(lines).toEqual(["Nhiệm vụ II.2.1, Đơn vị chủ trì: chưa ghi; ghi tên đơn vị chủ trì như trong kế hoạch."]);
    expectNoJargon(lines);
    expect(refused(JSON.stringify(plan), "en")).toEqual(["Task II.2.1, Đơn vị chủ trì (lead unit): is missing; write the lead unit's name as in the plan."]);
  });

  test("an unknown frequency lists the allowed ones in words", () => {
    const plan = planFile();
    const i = indexOf(plan, "II.2.1");
    plan.tasks[i]!.frequency = "yearly";
    const lines = refused(JSON.stringify(plan));
    expect(lines).toEqual([
      "Nhiệm vụ II.2.1, Tần suất: “yearly” không dùng được; ghi một trong: Hằng năm, Một lần, Theo đợt, Khi có yêu cầu, Hằng quý hoặc 6 tháng.",
    ]);
    expectNoJargon(lines);
  });

  test("the frequency written in words, as the message asks, is accepted", () => {
    const plan = planFile();
    const i = indexOf(plan, "II.2.1");
    const before = plan.tasks[i]!.frequency;
    plan.tasks[i]!.frequency = before === "campaign" ? "Theo đợt" : "Hằng năm";
    const r = parsePlanJson(JSON.stringify(plan));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.plan.tasks.find((t) => t.id === "II.2.1")!.frequency).toBe(before === "campaign" ? "campaign" : "annual");
  });

  test("a campaign without its window and a day that does not exist say what to write", () => {
    const plan = planFile();
    const i = indexOf(plan, "II.2.1");
    plan.tasks[i] = { ...plan.tasks[i], frequency: "campaign", window: undefined, windows: undefined };
    const j = plan.tasks.findIndex((t) => t.frequency === "campaign" && t.id !== "II.2.1");
    const code = plan.tasks[j]!.id as string;
    plan.tasks[j] = { ...plan.tasks[j], windows: undefined, window: { start: "31/02", end: "31/03" } };
    const lines = refused(JSON.stringify(plan));
    expect(lines).toContain("Nhiệm vụ II.2.1, Thời gian: nhiệm vụ Theo đợt chưa có thời gian đợt; ghi ngày bắt đầu và kết thúc đợt, ví dụ từ “01/03” đến “31/03”.");
    expect(lines).toContain(`Nhiệm vụ ${code}, Thời gian (ngày bắt đầu đợt): “31/02” không phải ngày có thật; ghi ngày/tháng đủ hai chữ số, ví dụ “01/03” hay “15/11”.`);
    expectNoJargon(lines);
  });

  test("a task with no code is named by its place in the list", () => {
    const plan = planFile();
    delete plan.tasks[3]!.id;
    const lines = refused(JSON.stringify(plan));
    expect(lines).toEqual(["Nhiệm vụ thứ 4, Mã: chưa ghi; ghi mã như trong kế hoạch, ví dụ “II.2.1” (mục bằng số La Mã)."]);
  });

  test("a section without its name is named by its place", () => {
    const plan = planFile() as { sections: Record<string, unknown>[]; tasks: Record<string, unknown>[] };
    plan.sections[1]!.title = "";
    expect(refused(JSON.stringify(plan))).toEqual(["Mục thứ 2, Tên mục: đang để trống; ghi tên mục như trong kế hoạch."]);
  });

  test("valid JSON that is not a plan, and an empty file, are told so", () => {
    expect(refused("[1, 2, 3]")[0]).toContain("không phải tệp kế hoạch");
    expect(refused("")[0]).toContain("Tệp trống");
    expectNoJargon([...refused("[1, 2, 3]"), ...refused("")]);
  });
});
