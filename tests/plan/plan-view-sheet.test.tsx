/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { press, renderApp, runCheck } from "../taskpane/render-app";
import { AS_OF, PLAN_ROWS, planSheet, trackingSheet, workbook } from "./second-plan";

describe("the Kế hoạch view and the workbook's plan sheet", () => {
  test("a plan sheet in the workbook is the plan in use, named at the top with its number and period", async () => {
    await renderApp({ book: workbook(), asOf: AS_OF });
    await runCheck();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    expect(await screen.findByText("KẾ HOẠCH THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2026 - 2030 (số 15/KH-SDTTG ngày 10/03/2026)")).toBeTruthy();
    expect(screen.getByText("Trang kế hoạch trong sổ tính")).toBeTruthy();
    expect(screen.getByText("Hằng quý")).toBeTruthy();
    expect(screen.getByText("20/12 – 15/01")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Chèn trang kế hoạch" })).toBeNull();
  });

  test("a broken plan sheet shows each problem on its cell at the top", async () => {
    const rows = PLAN_ROWS.map((r, i) => (i === 10 ? ["I.1", "Tuyên truyền", "hang nam moi", "", "Văn phòng"] : r));
    await renderApp({ book: { sheets: [planSheet(rows), trackingSheet()] }, asOf: AS_OF });
    await runCheck();
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    const box = await screen.findByTestId("plan-sheet-problems");
    expect(box.textContent).toContain("Trang “Kế hoạch” có 1 lỗi nên chưa dùng được");
    expect(box.textContent).toContain("Ô C11: tần suất “hang nam moi” không rõ");
  });

  test("'Chèn trang kế hoạch' writes the plan in use into the workbook, which then uses it", async () => {
    const { service } = await renderApp({ book: { sheets: [trackingSheet()] }, asOf: AS_OF });
    fireEvent.click(screen.getByRole("tab", { name: "Kế hoạch" }));
    await press("Chèn trang kế hoạch");
    expect(await screen.findByText("Đã chèn trang “Kế hoạch”")).toBeTruthy();
    await waitFor(() => expect(screen.getByText("Trang kế hoạch trong sổ tính")).toBeTruthy(), { timeout: 15_000 });
    expect(service.sheet("Kế hoạch")).toBeTruthy();
  });
});
