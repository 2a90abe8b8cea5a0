/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { MARK_FILL } from "./fake-workbook-service";
import { parseIsoDay } from "../../src/core/time/days";
import { AS_OF, HEADER, ROWS, SHEET, sampleBook } from "./fixtures";
import { isEnabled, press, renderApp, runCheck } from "./render-app";

// The core is the oracle for what the pane must show; these tests check that the pane shows it.
const expected = () => analyzeWorkbook(sampleBook(), builtinPlan(), { asOf: AS_OF });

function issueButton(text: RegExp): HTMLElement {
  return screen.getByRole("button", { name: text });
}

describe("Kiểm tra (validate)", () => {
  test("shows the tables found and which column is which field", async () => {
    await renderApp();
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /Bảng theo dõi đã nhận dạng \(1\)/ }));
    const card = await screen.findByText("Tiêu đề ở dòng 3 · 6 hoạt động");
    expect(card).toBeTruthy();
    const list = screen.getByLabelText(`Các cột của bảng trong trang “${SHEET}”`);
    // Column G holds "Nữ" in the fixture: it must read as the number of women.
    expect(within(list).getByText("G").nextSibling?.textContent).toContain("Số nữ");
    expect(within(list).getByText("B").nextSibling?.textContent).toContain("Mã nhiệm vụ");
  });

  test("counts issues by severity as the validator found them", async () => {
    await renderApp();
    await runCheck();
    const s = expected().summary;
    const group = screen.getByRole("group", { name: /mức độ/ });
    const [errors, warnings, infos] = within(group).getAllByRole("button");
    expect(errors.textContent).toBe(`${s.errors}Lỗi`);
    expect(warnings.textContent).toBe(`${s.warnings}Cảnh báo`);
    expect(infos.textContent).toBe(`${s.infos}Lưu ý`);
  });

  test("groups issues by rule and clicking a row issue selects its cell in Excel", async () => {
    const { service } = await renderApp();
    await runCheck();
    // Errors come first, in the order of the rule list, and the first group is open.
    const headers = screen.getAllByRole("button", { expanded: true });
    expect(headers[0].textContent).toMatch(/^Mã nhiệm vụ không có trong kế hoạch/);
    const femaleGroup = screen.getByRole("button", { name: /Số nữ lớn hơn tổng số/ });
    expect(femaleGroup.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(femaleGroup);
    fireEvent.click(issueButton(/Ô G5: số nữ \(40\) lớn hơn tổng số người tham gia \(38\)/));
    await waitFor(() => expect(service.selections).toEqual([{ sheet: SHEET, cell: `G${ROWS.femaleTooMany}` }]));
  });

  test("a coverage issue shows its task and year instead of selecting a cell", async () => {
    const { service } = await renderApp();
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /Đợt cao điểm chưa thực hiện/ }));
    const issue = expected().issues.find((i) => i.rule === "missing-campaign" && i.taskId === "II.2.2" && i.year === 2024);
    expect(issue).toBeDefined();
    const button = screen.getByRole("button", { name: (n) => n.startsWith(issue!.message) });
    fireEvent.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const details = document.getElementById("obligation-II.2.2-2024");
    expect(details?.textContent).toContain("Năm 2024");
    expect(details?.textContent).toContain("01/06 – 30/06");
    expect(details?.textContent).toContain("Chủ trì: Phòng Nghiệp vụ");
    expect(service.selections).toEqual([]);
  });

  test("filters by severity, sheet and task", async () => {
    await renderApp();
    await runCheck();
    const total = expected().issues.length;
    // Only warnings: the once task III.1.2 is the only warning of the fixture.
    fireEvent.click(within(screen.getByRole("group", { name: /mức độ/ })).getByRole("button", { name: /Cảnh báo/ }));
    expect(screen.getByText(`Đang hiện ${expected().summary.warnings}/${total}`)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Số nữ lớn hơn tổng số/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ lọc" }));

    // Only the sheet: no coverage groups remain.
    fireEvent.change(screen.getByLabelText("Trang tính"), { target: { value: SHEET } });
    expect(screen.queryByRole("button", { name: /Đợt cao điểm chưa thực hiện/ })).toBeNull();
    expect(screen.getByRole("button", { name: /Ngày không hợp lệ|Thời gian không đọc được/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ lọc" }));

    // Only task II.2 (a group): its campaigns' issues and the row errors of its activities, nothing of III.
    fireEvent.change(screen.getByLabelText("Nhiệm vụ"), { target: { value: "II.2" } });
    const shownLine = screen.getByText(/^Đang hiện \d+\/\d+$/).textContent ?? "";
    const wanted = expected().issues.filter((i) => (i.taskId ?? "").startsWith("II.2") || (i.row !== undefined && [ROWS.femaleTooMany, ROWS.badDate].includes(i.row as 5 | 6))).length;
    expect(shownLine).toBe(`Đang hiện ${wanted}/${total}`);
    expect(screen.queryByRole("button", { name: /Nhiệm vụ hằng năm chưa thực hiện/ })).toBeNull();
  });

  test("marks the offending cells and removes exactly those marks, restoring the fills before", async () => {
    const { service } = await renderApp();
    service.fills.set(`${SHEET}!G${ROWS.femaleTooMany}`, "#FFFF00");
    const before = JSON.stringify(service.book.sheets);
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: "Đánh dấu trên trang tính" }));
    const cells = expected().issues.filter((i) => i.cell).map((i) => `${i.sheet}!${i.cell}`);
    expect(await screen.findByText(`Đã đánh dấu ${cells.length} ô trên trang tính`)).toBeTruthy();
    for (const c of cells) expect(service.fills.get(c)).toBe(MARK_FILL);
    fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText(`Đã xóa đánh dấu ở ${cells.length} ô`)).toBeTruthy();
    expect([...service.fills]).toEqual([[`${SHEET}!G${ROWS.femaleTooMany}`, "#FFFF00"]]);
    expect(JSON.stringify(service.book.sheets)).toBe(before);
  });

  test("a corrected column mapping is saved in the workbook and the data is checked with it", async () => {
    const { service } = await renderApp();
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }));
    fireEvent.click(await screen.findByRole("button", { name: `Sửa cột của trang “${SHEET}”` }));
    const form = screen.getByRole("form", { name: `Cách đọc các cột của trang “${SHEET}”` });
    // Say that column G is not the number of women: the female check can no longer fire.
    fireEvent.change(within(form).getByLabelText("Số nữ"), { target: { value: "" } });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(service.settings.get("bdg.columnOverrides")).toBeDefined());
    expect(JSON.parse(service.settings.get("bdg.columnOverrides")!)).toEqual([{ sheet: SHEET, headerRow: 3, columns: { female: null } }]);
    await waitFor(() => expect(screen.queryByRole("button", { name: /Số nữ lớn hơn tổng số/ })).toBeNull(), { timeout: 15_000 });
    expect(screen.getByRole("button", { name: /Thiếu cột/ })).toBeTruthy();
  });

  test("choosing one column for two fields is refused with a reason", async () => {
    await renderApp();
    await runCheck();
    fireEvent.click(screen.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }));
    fireEvent.click(await screen.findByRole("button", { name: /Sửa cột của trang/ }));
    const form = screen.getByRole("form");
    fireEvent.change(within(form).getByLabelText("Số nữ"), { target: { value: "6" } });
    expect(within(form).getByText(/Cột F đã được chọn cho “Tổng số người tham gia”/)).toBeTruthy();
    expect(isEnabled(within(form).getByRole("button", { name: "Lưu" }))).toBe(false);
  });

  test("a failed read is reported in the message bar with what to do, and nothing is shown as a result", async () => {
    const { service } = await renderApp();
    service.failNext("readSnapshot", Object.assign(new Error("Excel is busy"), { code: "GeneralException" }));
    await press("Kiểm tra dữ liệu");
    expect(await screen.findByText("Không kiểm tra được dữ liệu")).toBeTruthy();
    expect(screen.getByText(/Sổ làm việc không bị thay đổi. Hãy thử lại/)).toBeTruthy();
    expect(screen.getByText(/GeneralException: Excel is busy/)).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
  });

  test("a long read shows progress and can be cancelled", async () => {
    await renderApp({ fake: { readDelayMs: 300 } });
    await press("Kiểm tra dữ liệu");
    const status = await screen.findByRole("status");
    expect(within(status).getByText(/Đang kiểm tra dữ liệu/)).toBeTruthy();
    expect(within(status).getByRole("progressbar")).toBeTruthy();
    fireEvent.click(within(status).getByRole("button", { name: "Hủy" }));
    expect(await screen.findByText("Đã dừng kiểm tra dữ liệu")).toBeTruthy();
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
  });

  test("an edit in the workbook after the check says the results are out of date", async () => {
    const { service } = await renderApp();
    await runCheck();
    await new Promise((r) => setTimeout(r, 1600)); // past the quiet time after the pane's own operations
    service.editCell(SHEET, ROWS.femaleTooMany, 7, 30);
    expect(await screen.findByText("Dữ liệu đã thay đổi")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.queryByText("Dữ liệu đã thay đổi")).toBeNull());
    expect(screen.queryByRole("button", { name: /Số nữ lớn hơn tổng số/ })).toBeNull();
  });

  test("in English the issues come in English too", async () => {
    await renderApp({ locale: "en" });
    await press("Check the data");
    await screen.findByRole("heading", { name: "Check results" });
    fireEvent.click(screen.getByRole("button", { name: /More women than participants/ }));
    expect(screen.getByRole("button", { name: /^Cell G5: .*women.*cell G5$/ })).toBeTruthy();
  });
});

describe("Kiểm tra with clean data", () => {
  test("says nothing was found, and still offers to remove marks left from an earlier check", async () => {
    const book = sampleBook();
    // One clean row of June 2021, checked at the end of that month: nothing is due yet but what was done.
    book.sheets[0].values = [
      ["BẢNG THEO DÕI NĂM 2021"],
      [],
      HEADER,
      [1, "II.1", "Quán triệt Kế hoạch thực hiện Chiến lược quốc gia về BĐG", "15/06/2021", "Lãnh đạo Ban", 32, 14, "Hoàn thành", "KH số 58/KH-BDT"],
      [2, "III.1.1", "Cử 02 công chức tham gia lớp bồi dưỡng về bình đẳng giới", "20/06/2021", "Phòng Nghiệp vụ", 2, 1, "Hoàn thành", "QĐ số 112/QĐ-BDT"],
      [3, "III.1.2", "Trình ban hành chính sách hỗ trợ đặc thù cho hoạt động BĐG vùng DTTS", "25/06/2021", "Phòng Nghiệp vụ", null, null, "Hoàn thành", "TTr số 20/TTr-BDT"],
    ];
    const { service } = await renderApp({ book, asOf: parseIsoDay("2021-06-30")! });
    service.marks.set(`${SHEET}!C2`, null);
    service.fills.set(`${SHEET}!C2`, MARK_FILL);
    await runCheck();
    expect(screen.getByText("Không phát hiện vấn đề nào")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Đánh dấu trên trang tính" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Xóa đánh dấu" }));
    expect(await screen.findByText("Đã xóa đánh dấu ở 1 ô")).toBeTruthy();
    expect(service.fills.size).toBe(0);
  });
});

describe("Kiểm tra on a workbook with no tracking table", () => {
  const noTable = () => ({ sheets: [{ name: "Sheet1", values: [["Danh sách cán bộ"], ["Nguyễn Văn A", "Phòng Nghiệp vụ"]], merges: [] }] });

  test("says plainly that no table was found, what is looked for, and shows no error counts", async () => {
    await renderApp({ book: noTable() });
    await press("Kiểm tra dữ liệu");
    const heading = await screen.findByRole("heading", { name: "Không tìm thấy bảng theo dõi" }, { timeout: 15_000 });
    // Focus moves to the outcome (the button was disabled while checking).
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(/Đã đọc 1 trang tính \(“Sheet1”\)/)).toBeTruthy();
    for (const header of ["Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Tình trạng"]) expect(screen.getByText(header)).toBeTruthy();
    // Not a result: no severity boxes, no "1 Lỗi", no marking or filters.
    expect(screen.queryByRole("group", { name: /mức độ/ })).toBeNull();
    expect(screen.queryByRole("heading", { name: "Kết quả kiểm tra" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Đánh dấu trên trang tính" })).toBeNull();
    expect(screen.getByTestId("announcer").textContent).toBe("Đã kiểm tra: không tìm thấy bảng theo dõi trong sổ làm việc");
  });

  test("“Chèn bảng theo dõi mẫu” inserts the template and checks again: an empty table, still no figures", async () => {
    const { service } = await renderApp({ book: noTable() });
    await press("Kiểm tra dữ liệu");
    await screen.findByRole("heading", { name: "Không tìm thấy bảng theo dõi" }, { timeout: 15_000 });
    await press("Chèn bảng theo dõi mẫu");
    await waitFor(() => expect(service.templates.map((t) => t.name)).toEqual(["Theo dõi BĐG"]));
    expect(await screen.findByRole("heading", { name: "Bảng theo dõi chưa có hoạt động nào" }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByText(/Đã nhận dạng bảng ở “Theo dõi BĐG”/)).toBeTruthy();
    expect(screen.queryByRole("group", { name: /mức độ/ })).toBeNull();
  });
});

describe("Working through the issues", () => {
  const femaleIssue = /Ô G5: số nữ \(40\) lớn hơn tổng số người tham gia \(38\)/;

  test("an issue accepted with a reason leaves the totals, is listed apart, is saved by rule and row content, and can be reopened", async () => {
    const { service } = await renderApp();
    await runCheck();
    const before = expected().summary;
    fireEvent.click(screen.getByRole("button", { name: /Số nữ lớn hơn tổng số/ }));
    fireEvent.click(issueButton(femaleIssue));
    const form = await screen.findByRole("form", { name: `Chấp nhận vấn đề ở ${SHEET} G${ROWS.femaleTooMany}` });
    fireEvent.change(within(form).getByLabelText("Lý do chấp nhận"), { target: { value: "đã xác minh: hoạt động gộp hai đợt" } });
    fireEvent.click(within(form).getByRole("button", { name: "Chấp nhận vấn đề" }));

    // Out of the error total and of the open list; shown under "Đã chấp nhận" with its reason.
    const group = screen.getByRole("group", { name: /mức độ/ });
    await waitFor(() => expect(within(group).getAllByRole("button")[0].textContent).toBe(`${before.errors - 1}Lỗi`));
    expect(screen.queryByRole("button", { name: femaleIssue })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Đã chấp nhận (1)" }));
    expect(screen.getByText("Lý do: đã xác minh: hoạt động gộp hai đợt")).toBeTruthy();
    expect(screen.getByTestId("announcer").textContent).toBe(`Đã kiểm tra: ${before.errors - 1} lỗi, ${before.warnings} cảnh báo, 1 vấn đề đã chấp nhận`);
    const saved = JSON.parse(service.settings.get("bdg.acceptedIssues") ?? "{}") as { items: Array<{ rule: string; where: string; content: string; reason: string }> };
    expect(saved.items).toEqual([
      { rule: "female-exceeds-total", where: `${SHEET}!G`, content: expect.stringContaining("Nói chuyện chuyên đề") as unknown as string, reason: "đã xác minh: hoạt động gộp hai đợt" },
    ]);

    // Reversible: reopened, it is back in the list and in the totals.
    fireEvent.click(screen.getByRole("button", { name: /^Bỏ chấp nhận: Ô G5/ }));
    await waitFor(() => expect(within(group).getAllByRole("button")[0].textContent).toBe(`${before.errors}Lỗi`));
    expect(service.settings.has("bdg.acceptedIssues")).toBe(false);
  });

  test("an acceptance survives rows inserted above (keyed by the row's content, not its number)", async () => {
    const book = sampleBook();
    const sheet = book.sheets[0];
    const rowValues = sheet.values[ROWS.femaleTooMany - 1];
    const cellsText = rowValues.map((v) => (v === null ? "" : String(v).trim()));
    while (cellsText.length > 0 && cellsText[cellsText.length - 1] === "") cellsText.pop();
    const content = cellsText.join("\u001f");
    // Saved when the row was higher up; one row was inserted above it since.
    const saved = JSON.stringify({ version: 1, items: [{ rule: "female-exceeds-total", where: `${SHEET}!G`, content, reason: "đã xác minh" }] });
    sheet.values.splice(3, 0, [null]);
    await renderApp({ book, fake: { settings: { "bdg.acceptedIssues": saved } } });
    await runCheck();
    expect(await screen.findByRole("button", { name: "Đã chấp nhận (1)" })).toBeTruthy();
  });

  test("“Xuất danh sách vấn đề” writes the open issues to the add-in's own sheet, which is replaced on the next export", async () => {
    const { service } = await renderApp();
    await runCheck();
    await press("Xuất danh sách vấn đề");
    await waitFor(() => expect(service.written).toHaveLength(1));
    const [spec] = service.written[0];
    expect(spec.name).toBe("Danh sách vấn đề");
    const header = spec.cells.filter((c) => c.row === 4).map((c) => c.value);
    expect(header).toEqual(["STT", "Trang tính", "Ô", "Dòng", "Mức độ", "Quy tắc", "Nội dung", "Nhiệm vụ", "Năm"]);
    // One row per issue, with the message as the pane shows it.
    const messages = spec.cells.filter((c) => c.row > 4 && c.col === 7).map((c) => c.value);
    expect(messages).toEqual(expect.arrayContaining(expected().issues.map((i) => i.message)));
    expect(messages).toHaveLength(expected().issues.length);
    expect(await screen.findByText(`Đã ghi ${expected().issues.length} vấn đề vào trang “Danh sách vấn đề”`)).toBeTruthy();
    await press("Xuất danh sách vấn đề");
    await waitFor(() => expect(service.written).toHaveLength(2));
    expect(service.book.sheets.filter((s) => s.name.startsWith("Danh sách vấn đề"))).toHaveLength(1);
  });
});
