/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { BUILTIN_PLAN } from "../../src/core/plan/builtin";
import { builtinPlan } from "../../src/core/plan/load";
import { readTracking } from "../../src/core/read/read-tracking";
import { press, renderApp } from "./render-app";

function choosePlanFile(json: string, name = "ke-hoach.json") {
  const input = screen.getByLabelText("Dùng kế hoạch từ tệp đã lưu…", { selector: "input" }) as HTMLInputElement;
  const file = new File([json], name, { type: "application/json" });
  fireEvent.change(input, { target: { files: [file] } });
}

const otherPlan = () => ({
  ...BUILTIN_PLAN,
  id: "bdg-2026-2030",
  title: "Kế hoạch bình đẳng giới giai đoạn 2026 - 2030",
  period: { start: 2026, end: 2030 },
  effectiveDate: "2026-01-01",
  tasks: BUILTIN_PLAN.tasks.filter((t) => !t.id.startsWith("V")),
});

describe("Kế hoạch (plan)", () => {
  test("lists the plan's tasks with frequency, window and lead unit", async () => {
    await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    const list = (await screen.findByRole("heading", { name: "Nhiệm vụ của kế hoạch" })).closest("section")!;
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(builtinPlan().tasks.length);
    const campaign = items.find((li) => li.textContent?.startsWith("II.2.4"))!;
    expect(campaign.textContent).toContain("Đợt cao điểm");
    expect(campaign.textContent).toContain("15/11 – 15/12");
    expect(campaign.textContent).toContain("Phòng Nghiệp vụ");
    const once = items.find((li) => li.textContent?.startsWith("III.1.2"))!;
    expect(once.textContent).toContain("Một lần trong giai đoạn");
  });

  test("a plan file with mistakes is refused with the reasons in words, and the plan in use is kept", async () => {
    const { service } = await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    const bad = otherPlan();
    bad.tasks = bad.tasks.map((t) => (t.id === "II.2.1" ? { ...t, window: { start: "31/02", end: "31/03" } } : t));
    choosePlanFile(JSON.stringify(bad));
    expect(await screen.findByText("Không nạp được kế hoạch")).toBeTruthy();
    expect(
      screen.getByText("Nhiệm vụ II.2.1, Thời gian (ngày bắt đầu đợt): “31/02” không phải ngày có thật; ghi ngày/tháng đủ hai chữ số, ví dụ “01/03” hay “15/11”."),
    ).toBeTruthy();
    expect(service.settings.has("bdg.plan")).toBe(false);
    expect(screen.getByText(builtinPlan().plan.title)).toBeTruthy();

    choosePlanFile("{ not json");
    expect(await screen.findByText(/^Tệp bị hỏng hoặc không phải tệp kế hoạch đã lưu \(chỗ hỏng ở dòng 1\)/)).toBeTruthy();
  });

  test("a valid plan file replaces the plan, is saved in the workbook, and the built-in plan can come back", async () => {
    const { service } = await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    const json = JSON.stringify(otherPlan());
    choosePlanFile(json);
    expect(await screen.findByText(`Đã nạp kế hoạch “${otherPlan().title}” (${otherPlan().tasks.length} nhiệm vụ)`)).toBeTruthy();
    expect(service.settings.get("bdg.plan")).toBe(json);
    expect(screen.getByText("Nạp từ tệp")).toBeTruthy();
    expect(screen.getByText(/Giai đoạn 2026–2030/)).toBeTruthy();
    // The progress matrix follows the new plan's years.
    fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
    const table = await screen.findByRole("table", { name: "Nhiệm vụ theo năm" }, { timeout: 15_000 });
    expect(within(table).getByRole("columnheader", { name: "2030" })).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    await press("Quay về kế hoạch có sẵn");
    expect(await screen.findByText("Đã quay lại kế hoạch có sẵn")).toBeTruthy();
    expect(service.settings.has("bdg.plan")).toBe(false);
  });

  test("a plan saved in the workbook is used when the pane opens", async () => {
    await renderApp({ fake: { settings: { "bdg.plan": JSON.stringify(otherPlan()) } } });
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    expect(await screen.findByText(otherPlan().title)).toBeTruthy();
  });

  test("'Chèn bảng theo dõi mẫu' inserts a sheet the reader recognises, with dropdown lists", async () => {
    const { service } = await renderApp();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    await press("Chèn bảng theo dõi mẫu");
    await waitFor(() => expect(service.templates).toHaveLength(1));
    const { name, lists } = service.templates[0];
    expect(await screen.findByText(`Đã chèn trang “${name}”`)).toBeTruthy();
    const plan = builtinPlan();
    const data = readTracking({ sheets: [service.sheet(name)!] }, plan);
    expect(data.tables).toHaveLength(1);
    const cols = data.tables[0].columns;
    // The dropdowns sit on the task id, unit and status columns the reader finds.
    const byCol = new Map(lists.lists.map((l) => [l.col, l.values]));
    expect(byCol.get(cols.taskId!)).toEqual(plan.tasks.map((t) => t.id));
    expect(byCol.get(cols.unit!)).toEqual(plan.plan.units.map((u) => u.name));
    const statusValues = byCol.get(cols.status!)!;
    expect(statusValues.length).toBeGreaterThan(0);
    expect(lists.firstDataRow).toBe(data.tables[0].firstDataRow);
  });
});
