/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { DEFAULT_PROFILE } from "../../src/core/profile/profile";
import type { FakeWorkbookService } from "./fake-workbook-service";
import { SHEET, sampleBook } from "./fixtures";
import { press, renderApp } from "./render-app";

async function openReports(service: FakeWorkbookService) {
  fireEvent.click(screen.getByRole("tab", { name: "Báo cáo" }));
  // The view reads the workbook by itself when opened first; wait until that is done.
  await waitFor(() => expect(service.calls).toContain("readSnapshot"), { timeout: 15_000 });
  await waitFor(() => expect(screen.queryByRole("status")).toBeNull(), { timeout: 15_000 });
}

function choosePeriod(label: string) {
  fireEvent.change(screen.getByLabelText("Kỳ báo cáo"), { target: { value: label } });
}

describe("Báo cáo (reports)", () => {
  test("'Tạo báo cáo' writes the chosen forms of the year, activates the first and says what it wrote", async () => {
    const { service } = await renderApp();
    await openReports(service);
    choosePeriod("2024");
    fireEvent.click(screen.getByRole("checkbox", { name: /Biểu 02/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /Biểu 04/ }));
    await press(/^Tạo báo cáo$/);
    await waitFor(() => expect(service.written).toHaveLength(1));
    const names = service.written[0].map((s) => s.name);
    // The forms, then the working sheet of what the figures left out (the sample's duplicate row of 2024).
    expect(names).toEqual(["BC 2024", "B01 2024", "B03 2021-2025", "KT 2024"]);
    expect(service.activeSheet).toBe("BC 2024");
    expect(await screen.findByText("Đã tạo 4 trang báo cáo")).toBeTruthy();
    expect(screen.getByText(/Đã ghi: BC 2024, B01 2024, B03 2021-2025 và KT 2024/)).toBeTruthy();
    expect(screen.getByText(/giá trị sai không được tính vào số liệu; xem danh sách ở trang “KT 2024”/)).toBeTruthy();
    // The user's sheets are untouched.
    expect(service.sheet(SHEET)!.values).toEqual(sampleBook().sheets[0].values);
  });

  test("warns before replacing the add-in's earlier report sheets of the same year, and replaces only on confirmation", async () => {
    const { service } = await renderApp();
    await openReports(service);
    choosePeriod("2024");
    await press(/^Tạo báo cáo$/);
    await waitFor(() => expect(service.written).toHaveLength(1));

    await press(/^Tạo báo cáo$/);
    // jsdom has no modal <dialog> (focus management needs a real browser, where
    // the browser test checks the dialog); here the dialog's content is queried regardless.
    const dialog = await screen.findByRole("alertdialog", { hidden: true });
    expect(within(dialog).getByText("Thay thế báo cáo đã có?")).toBeTruthy();
    for (const n of ["BC 2024", "B01 2024", "B02 2024", "B03 2021-2025"]) expect(within(dialog).getByText(n)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole("button", { name: "Hủy", hidden: true }));
    await waitFor(() => expect(screen.getByRole("alertdialog", { hidden: true }).hasAttribute("open")).toBe(false));
    expect(service.written).toHaveLength(1);

    await press(/^Tạo báo cáo$/);
    fireEvent.click(within(await screen.findByRole("alertdialog", { hidden: true })).getByRole("button", { name: "Thay thế", hidden: true }));
    await waitFor(() => expect(service.written).toHaveLength(2));
    expect(await screen.findByText(/Đã thay thế bản cũ: BC 2024, B01 2024, B02 2024, B03 2021-2025, B04 2024 và KT 2024/)).toBeTruthy();
  });

  test("a user's own sheet with a report's name is kept and the report goes elsewhere, as the message says", async () => {
    const book = sampleBook();
    book.sheets.push({ name: "BC 2021-2025", values: [["Báo cáo tự soạn"]], merges: [] });
    const { service } = await renderApp({ book });
    await openReports(service);
    choosePeriod("period");
    await press(/^Tạo báo cáo$/);
    await waitFor(() => expect(service.written).toHaveLength(1));
    expect(service.sheet("BC 2021-2025")!.values).toEqual([["Báo cáo tự soạn"]]);
    expect(await screen.findByText(/Sổ làm việc đã có trang “BC 2021-2025” của bạn, nên báo cáo được ghi vào trang “BC 2021-2025 \(2\)”/)).toBeTruthy();
  });

  test("the organisation profile is edited, checked and saved in the workbook, and used by the report", async () => {
    const { service } = await renderApp();
    await openReports(service);
    fireEvent.click(screen.getByRole("button", { name: "Sửa thông tin cơ quan" }));
    const form = screen.getByRole("form", { name: "Thông tin cơ quan báo cáo" });
    fireEvent.click(within(form).getByRole("button", { name: "Sở Dân tộc và Tôn giáo" }));
    fireEvent.change(within(form).getByLabelText(/Chữ viết tắt trong số ký hiệu/), { target: { value: "sdt tg" } });
    expect(within(form).getByText(/chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang/)).toBeTruthy();
    const save = within(form).getByRole("button", { name: "Lưu thông tin" });
    expect(save.hasAttribute("disabled")).toBe(true);
    fireEvent.change(within(form).getByLabelText(/Chữ viết tắt trong số ký hiệu/), { target: { value: "SDTTG" } });
    fireEvent.change(within(form).getByLabelText(/Họ tên người ký/), { target: { value: "Nguyễn Văn A" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu thông tin" }));
    await waitFor(() => expect(service.settings.get("bdg.profile")).toBeDefined());
    const saved = JSON.parse(service.settings.get("bdg.profile")!);
    expect(saved).toMatchObject({ agencyName: "Sở Dân tộc và Tôn giáo", symbol: "SDTTG", signerName: "Nguyễn Văn A" });
    expect(await screen.findByText("SỞ DÂN TỘC VÀ TÔN GIÁO")).toBeTruthy();

    await press(/^Tạo báo cáo$/);
    await waitFor(() => expect(service.written).toHaveLength(1));
    const bc = service.written[0].find((s) => s.form === "BC")!;
    const texts = bc.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts.some((t) => t.includes("/BC-SDTTG"))).toBe(true);
    expect(texts.some((t) => t.includes("Nguyễn Văn A"))).toBe(true);
    expect(texts.some((t) => t.includes(DEFAULT_PROFILE.agencyName.toUpperCase()))).toBe(false);
  });

  test("a failed write says what happened and what to do", async () => {
    const { service } = await renderApp();
    await openReports(service);
    service.failNext("writeReports", Object.assign(new Error("This operation is not permitted on a protected sheet."), { code: "AccessDenied" }));
    await press(/^Tạo báo cáo$/);
    expect(await screen.findByText("Không ghi được các trang báo cáo")).toBeTruthy();
    expect(screen.getByText(/AccessDenied: This operation is not permitted/)).toBeTruthy();
  });
});
