/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyzeWorkbook } from "../../src/core/engine";
import { formatPercent } from "../../src/core/i18n/locale";
import { builtinPlan } from "../../src/core/plan/load";
import { AS_OF, ROWS, SHEET, sampleBook } from "./fixtures";
import { press, renderApp } from "./render-app";

const expected = () => analyzeWorkbook(sampleBook(), builtinPlan(), { asOf: AS_OF });

async function openProgress() {
  fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
  // Opening the view first reads the workbook by itself.
  return screen.findByRole("table", { name: "Nhiệm vụ theo năm" }, { timeout: 15_000 });
}

describe("Tiến độ (progress)", () => {
  test("shows the task × year matrix with each obligation's status", async () => {
    await renderApp();
    const table = await openProgress();
    const plan = builtinPlan();
    for (const s of expected().statuses) {
      const label = `${s.taskId}, ${s.year !== null ? `năm ${s.year}` : "cả giai đoạn"}: `;
      const cell = within(table).getByRole("button", { name: (n) => n.startsWith(label) });
      const state = { done: "Hoàn thành", "in-progress": "Đang thực hiện", "not-started": "Chưa thực hiện", overdue: "Quá hạn", "not-due": "Không áp dụng" }[s.state];
      expect(cell.getAttribute("aria-label")).toBe(`${label}${state}, ${s.activities.length} hoạt động`);
    }
    // Every task that owes something has a row; groups and as-needed tasks do not.
    const owing = plan.tasks.filter((t) => ["annual", "campaign", "once"].includes(t.frequency)).map((t) => t.id);
    const rowHeads = within(table).getAllByRole("rowheader").map((h) => h.textContent);
    for (const id of owing) expect(rowHeads.some((t) => t?.startsWith(id))).toBe(true);
    expect(rowHeads.some((t) => t?.startsWith("V.3"))).toBe(false);
  });

  test("shows progress per year and overall", async () => {
    await renderApp();
    const table = await openProgress();
    const a = expected();
    const foot = within(table).getByRole("rowheader", { name: "Tiến độ năm" }).parentElement!;
    const cells = within(foot).getAllByRole("cell").map((c) => c.textContent);
    expect(cells).toEqual(builtinPlan().years.map((y) => (a.progress.byYear[String(y)] === null ? "—" : formatPercent(a.progress.byYear[String(y)]!, "vi", 0))));
    expect(screen.getByText(formatPercent(a.progress.overall!, "vi", 0))).toBeTruthy();
  });

  test("clicking a cell lists the activities behind it, and an activity selects its row in Excel", async () => {
    const { service } = await renderApp();
    const table = await openProgress();
    fireEvent.click(within(table).getByRole("button", { name: /^II\.1, năm 2024: Hoàn thành/ }));
    const details = await screen.findByRole("region", { name: /II\.1 · 2024/ });
    expect(within(details).getByText("Hoạt động được tính (1)")).toBeTruthy();
    const activity = within(details).getByRole("button", { name: /Ban hành văn bản chỉ đạo thực hiện công tác BĐG năm 2024/ });
    expect(activity.textContent).toContain(`${SHEET}, dòng ${ROWS.directive}`);
    fireEvent.click(activity);
    await waitFor(() => expect(service.selections).toEqual([{ sheet: SHEET, cell: `C${ROWS.directive}` }]));
  });

  test("an overdue year with nothing recorded says so", async () => {
    await renderApp();
    const table = await openProgress();
    fireEvent.click(within(table).getByRole("button", { name: /^II\.1, năm 2022: Quá hạn/ }));
    const details = await screen.findByRole("region", { name: /II\.1 · 2022/ });
    expect(within(details).getByText("Chưa có hoạt động nào được ghi nhận cho nhiệm vụ này trong năm.")).toBeTruthy();
    expect(within(details).getByText(/Hạn: 31\/12\/2022/)).toBeTruthy();
  });

  test("from a coverage issue, 'Xem trên bảng Tiến độ' opens that obligation", async () => {
    await renderApp();
    await press("Kiểm tra dữ liệu");
    await screen.findByRole("heading", { name: "Kết quả kiểm tra" });
    fireEvent.click(screen.getByRole("button", { name: /Nhiệm vụ hằng năm chưa thực hiện/ }));
    fireEvent.click(screen.getByRole("button", { name: (n) => n.startsWith("Nhiệm vụ II.1 (") && n.includes("năm 2021") }));
    fireEvent.click(screen.getByRole("button", { name: /^Xem trên bảng Tiến độ/ }));
    expect(screen.getByRole("tab", { name: "Tiến độ" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("region", { name: /II\.1 · 2021/ })).toBeTruthy();
  });

  test("a workbook with no tracking table says so instead of 0 % and every task overdue", async () => {
    const book = { sheets: [{ name: "Sheet1", values: [["Danh sách cán bộ"], ["Nguyễn Văn A", "Phòng Nghiệp vụ"]], merges: [] }] };
    await renderApp({ book });
    fireEvent.click(screen.getByRole("tab", { name: "Tiến độ" }));
    expect(await screen.findByRole("heading", { name: "Không tìm thấy bảng theo dõi" }, { timeout: 15_000 })).toBeTruthy();
    // What the pane looks for, and the way on from here.
    const view = screen.getByRole("tabpanel", { name: "Tiến độ" });
    expect(within(view).getByText("Nội dung hoạt động")).toBeTruthy();
    expect(within(view).getByRole("button", { name: "Chèn bảng theo dõi mẫu" })).toBeTruthy();
    expect(screen.queryByRole("table", { name: "Nhiệm vụ theo năm" })).toBeNull();
    expect(screen.queryByText(/0\s?%/)).toBeNull();
    expect(screen.queryByText("Quá hạn")).toBeNull();
  });
});
