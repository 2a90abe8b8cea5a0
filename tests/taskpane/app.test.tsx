/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { renderApp } from "./render-app";

describe("task pane shell", () => {
  test("opens in Vietnamese with the four views as tabs", async () => {
    await renderApp();
    for (const name of ["Kiểm tra", "Tiến độ", "Báo cáo", "Kế hoạch"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("button", { name: "Kiểm tra dữ liệu" })).toBeTruthy();
  });

  test("switches to English and remembers the choice in the workbook", async () => {
    const { service } = await renderApp();
    fireEvent.click(screen.getByRole("button", { name: /English/ }));
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Reports" })).toBeTruthy();
    await waitFor(() => expect(service.settings.get("bdg.locale")).toBe("en"));
  });

  test("outside Excel it says so instead of showing an empty pane", () => {
    render(<App service={null} unavailable="no-office" />);
    expect(screen.getByText("Chưa mở trong Excel")).toBeTruthy();
  });
});

describe("keyboard and failures", () => {
  test("the tabs follow the ARIA pattern: one tab stop, arrow keys move and select", async () => {
    await renderApp();
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    fireEvent.keyDown(tabs[0], { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Tiến độ" }).getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Tiến độ" }));
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(screen.getByRole("tab", { name: "Kế hoạch" }).getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowRight" });
    expect(screen.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    // The selected tab's panel is the one shown.
    expect(screen.getByRole("tabpanel", { name: "Kiểm tra" })).toBeTruthy();
  });

  test("a view that fails to render shows a message and a way to try again, not a blank pane", () => {
    let broken = true;
    function Fragile() {
      if (broken) throw new Error("boom");
      return <p>ok</p>;
    }
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    render(
      <ErrorBoundary
        fallback={(e, reset) => (
          <button
            onClick={() => {
              broken = false;
              reset();
            }}
          >
            {String((e as Error).message)}
          </button>
        )}
      >
        <Fragile />
      </ErrorBoundary>,
    );
    spy.mockRestore();
    fireEvent.click(screen.getByRole("button", { name: "boom" }));
    expect(screen.getByText("ok")).toBeTruthy();
  });
});
