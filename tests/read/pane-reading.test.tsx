/** @jest-environment jsdom */
/**
 * The pane's reading settings: the book's years said in one line (and set by hand), and a guessed
 * task confirmed or corrected per row, saved in the workbook's settings and counted at once.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { renderApp, runCheck } from "../taskpane/render-app";
import { communeBook, VAGUE_ROW } from "./books/commune";

let book: WorkbookSnapshot;
beforeAll(async () => {
  book = await readWorkbookBuffer(await communeBook());
});

describe("reading settings in the pane", () => {
  test("says which years the book tracks, and saves the years set by hand", async () => {
    const { service } = await renderApp({ book });
    await runCheck();
    expect(await screen.findByText(/Sổ này theo dõi các năm 2023–2025/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Các năm sổ này theo dõi/ }));
    fireEvent.change(screen.getByRole("textbox", { name: "Các năm sổ này theo dõi" }), { target: { value: "2024-2025" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(service.settings.get("bdg.years")).toBe("2024-2025"));
    expect(await screen.findByText(/Sổ này theo dõi các năm 2024–2025 \(theo lựa chọn của người dùng\)/)).toBeTruthy();
  });

  test("a guessed row's task is corrected, saved in the workbook, and counted", async () => {
    const { service } = await renderApp({ book });
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /Nhiệm vụ đoán từ nội dung \(4 dòng\)/ }));
    const rows = document.querySelector("[data-task-choices]") as HTMLElement;
    const vague = within(rows).getByText("Họp thôn tổng hợp tình hình cuối năm").parentElement as HTMLElement;
    fireEvent.change(within(vague).getByRole("combobox", { name: "Sửa thành" }), { target: { value: "III.1.4" } });
    await waitFor(() => expect(service.settings.get("bdg.taskChoices")).toBeDefined());
    expect(JSON.parse(service.settings.get("bdg.taskChoices") as string)).toEqual([{ sheet: "Sổ theo dõi", row: VAGUE_ROW, text: "Họp thôn tổng hợp tình hình cuối năm", taskId: "III.1.4" }]);
    expect(await screen.findByText(/1 hoạt động được tính theo nhiệm vụ do người dùng xác nhận/, undefined, { timeout: 10_000 })).toBeTruthy();
  });
});
