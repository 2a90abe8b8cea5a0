/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { renderApp } from "./render-app";

describe("task pane shell", () => {
  test("opens in Vietnamese with the four views as tabs", async () => {
    renderApp();
    for (const name of ["Kiểm tra", "Tiến độ", "Báo cáo", "Kế hoạch"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "Kiểm tra dữ liệu" })).toBeTruthy();
  });

  test("switches to English and remembers the choice in the workbook", async () => {
    const { service } = renderApp();
    fireEvent.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Reports" })).toBeTruthy();
    await waitFor(() => expect(service.settings.get("bdg.locale")).toBe("en"));
  });

  test("outside Excel it says so instead of showing an empty pane", () => {
    render(<App service={null} unavailable="no-office" />);
    expect(screen.getByText("Chưa mở trong Excel")).toBeTruthy();
  });
});
