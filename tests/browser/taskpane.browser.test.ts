/**
 * The built task pane page in headless Chromium, against a test host page with a fake Office and a
 * workbook service backed by the sample workbook: open the pane, run the check, see the issues,
 * click one and see the selection requested, make a report and see the sheets written, switch to
 * English. Screenshots of every view go to test-artifacts/taskpane/.
 *
 * Needs Debian's chromium (apt-get install chromium). Without it the test is skipped with a
 * message, except in CI (CI set), where a missing browser fails the run.
 */
import { mkdirSync, readFileSync, rmSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { parseIsoDay } from "../../src/core/time/days";
import { obligationYear } from "../../src/core/progress";
import { groupByRule } from "../../src/core/validate/issue-groups";
import { progressMatrix } from "../../src/taskpane/views/progress/matrix";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { buildTaskpane } from "./build-taskpane";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium";
import { NO_HOST_OFFICE, fakeServiceScript, hostPage, hostScript } from "./host-page";
import { serveFolder, type StaticServer } from "./static-server";
import { axeViolations, type AxeFinding } from "./axe";
import { NO_TABLE_BOOK, failNext, focusClearance, focused, noTableFlow } from "./pane-page";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "theo-doi-bdg-2021-2025.xlsx");
const SHOTS = join(ROOT, "test-artifacts", "taskpane");
const AS_OF = "2025-12-31";
/** The narrowest Excel task pane (a short one, so that long views scroll under the sticky tab bar). */
const VIEWPORT = { width: 320, height: 720 };

const browserPath = findChromium();
const MISSING = "Chromium not found on the PATH (install it with `apt-get install -y chromium`; .ci/run does, or set CHROMIUM_PATH).";

jest.setTimeout(300_000);

if (!browserPath && process.env.CI) {
  test("the task pane browser test needs Chromium in CI", () => {
    throw new Error(`${MISSING} In CI (CI is set) the browser test of the task pane must run, so this fails.`);
  });
} else if (!browserPath) {
  console.warn(`${MISSING} Skipping the browser test of the task pane.`);
  test.skip("the task pane in a real browser (Chromium missing)", () => undefined);
} else {
  describe("task pane in headless Chromium", () => {
    let server: StaticServer;
    let browser: Browser;
    let page: Page;
    let book: WorkbookSnapshot;
    let build: { dir: string; dispose: () => void } | undefined;
    const errors: string[] = [];

    /** The whole pane from the top, animations finished (Fluent's motion would leave it half-faded). */
    const shot = async (name: string, fullPage = true) => {
      if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage, animations: "disabled" });
    };
    /** The names of the pane's tabs, and the one selected. */
    const tabs = async (p: Page = page): Promise<{ names: string[]; selected: string[] }> => ({
      names: (await p.getByRole("tab").allTextContents()).map((t) => t.trim()),
      selected: (await p.getByRole("tab", { selected: true }).allTextContents()).map((t) => t.trim()),
    });
    /** Serious and critical axe-core violations of every state visited, by state (checked by the last test). */
    const inaccessible: Array<{ state: string; violations: AxeFinding[] }> = [];
    const audit = async (state: string, p: Page = page) => {
      const violations = await axeViolations(p);
      if (violations.length > 0) inaccessible.push({ state, violations });
    };
    const analysis = () => analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF) ?? 0, locale: "vi" });

    /** Every group of the issue list opened (a long list to walk through). */
    const openAllGroups = async () => {
      const closed = page.locator('section[aria-labelledby="validate-issues"] button[aria-controls][aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
    };

    /** A property of the fake workbook service in the page (what the pane asked of "Excel"). */
    const calls = <T>(prop: string): Promise<T> => page.evaluate(`JSON.parse(JSON.stringify(window.__BDG_TEST_HOST__.service.${prop}))`) as Promise<T>;

    beforeAll(async () => {
      rmSync(SHOTS, { recursive: true, force: true });
      mkdirSync(SHOTS, { recursive: true });
      book = await readWorkbookFile(SAMPLE);
      build = buildTaskpane();
      const built = readFileSync(join(build.dir, "taskpane.html"), "utf8");
      server = await serveFolder(build.dir, {
        "/test-host.html": hostPage(built),
        "/outside-excel.html": hostPage(built, ["/__test__/no-host-office.js"]),
        "/__test__/no-host-office.js": NO_HOST_OFFICE,
        "/__test__/fake-service.js": fakeServiceScript(),
        "/__test__/host.js": hostScript(book, AS_OF),
        "/no-table.html": hostPage(built, ["/__test__/fake-service.js", "/__test__/host-no-table.js"]),
        "/__test__/host-no-table.js": hostScript(NO_TABLE_BOOK, AS_OF),
      });
      browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
      page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 2, locale: "vi-VN" });
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      // Nothing may leave this machine: the page and its scripts come from the local server only.
      await page.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
      // The host page sits beside the built page so that its relative script paths resolve.
      await page.goto(`${server.url}/test-host.html`);
      // A page that never renders says why (a script error at load leaves only the boot text).
      await page
        .getByRole("tablist")
        .waitFor({ timeout: 60_000 })
        .catch((e: Error) => {
          throw new Error(`The task pane did not render: ${e.message}\nErrors in the page:\n${errors.join("\n") || "(none)"}`);
        });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      build?.dispose();
    });

    test("opens in Vietnamese with the four views", async () => {
      for (const name of ["Kiểm tra", "Tiến độ", "Báo cáo", "Kế hoạch"]) await page.getByRole("tab", { name, exact: true }).waitFor();
      await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).waitFor();
      expect(await tabs()).toEqual({ names: ["Kiểm tra", "Tiến độ", "Báo cáo", "Kế hoạch"], selected: ["Kiểm tra"] });
      // Nothing is read from the workbook before the user asks for a check.
      expect(await page.getByRole("heading", { name: "Kết quả kiểm tra" }).count()).toBe(0);
      await shot("01-kiem-tra-truoc-khi-chay");
      await audit("01-kiem-tra-truoc-khi-chay");
    });

    test("runs Kiểm tra, shows the issues, and clicking one requests its cell", async () => {
      const expected = analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF)!, locale: "vi" });
      // By keyboard: focus the button and press Enter.
      await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).focus();
      await page.keyboard.press("Enter");
      const heading = page.getByRole("heading", { name: "Kết quả kiểm tra" });
      await heading.waitFor({ timeout: 60_000 });
      // Focus lands on the result (the button was disabled while checking), and the outcome is announced.
      await page.waitForFunction(() => document.activeElement?.id === "validate-result");
      expect(await page.getByTestId("announcer").textContent()).toBe(`Đã kiểm tra: ${expected.summary.errors} lỗi, ${expected.summary.warnings} cảnh báo`);
      const counts = page.getByRole("group", { name: /mức độ/ });
      await expect(counts.getByRole("button").first().textContent()).resolves.toBe(`${expected.summary.errors}Lỗi`);
      await shot("02-kiem-tra-ket-qua");
      await audit("02-kiem-tra-ket-qua");

      const first = groupByRule(expected.issues)[0];
      const target = first.issues.find((i) => i.cell !== undefined);
      expect(target).toBeDefined();
      await page.getByRole("button", { name: target!.message }).first().click();
      await page.waitForFunction(() => (window as unknown as { __BDG_TEST_HOST__: { service: { selections: unknown[] } } }).__BDG_TEST_HOST__.service.selections.length > 0);
      expect(await calls<Array<{ sheet: string; cell: string }>>("selections")).toEqual([{ sheet: target!.sheet, cell: target!.cell }]);

      await page.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }).click();
      await shot("03-kiem-tra-bang-da-nhan-dang");
      await page.getByRole("button", { name: /^Sửa cột của trang/ }).first().click();
      await audit("03b-kiem-tra-sua-cot");
      await page.getByRole("button", { name: "Hủy" }).click();
      await audit("03-kiem-tra-bang-da-nhan-dang");
      await page.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }).click();

      await page.getByRole("button", { name: "Đánh dấu trên trang tính" }).click();
      await page.getByText(/^Đã đánh dấu \d+ ô trên trang tính$/).waitFor();
      await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
      await page.getByText(/^Đã xóa đánh dấu ở \d+ ô$/).waitFor();
      expect(await calls<number>("marks.size")).toBe(0);
      expect(await calls<number>("fills.size")).toBe(0);
    });

    test("the focus ring shows on the severity boxes, group headers and issue rows", async () => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator("#validate-result").focus();
      const ring = async () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const after = getComputedStyle(el, "::after");
          // Fluent draws the ring on ::after, placed against the element itself.
          return { position: getComputedStyle(el).position, ring: after.position === "absolute" ? after.borderTopWidth : "none", visible: el.hasAttribute("data-fui-focus-visible") };
        });
      await page.keyboard.press("Tab");
      expect((await focused(page)).text).toMatch(/Lỗi$/);
      expect(await ring()).toEqual({ position: "relative", ring: "2px", visible: true });
      await page.screenshot({ path: join(SHOTS, "02b-vong-focus-muc-do.png"), animations: "disabled" });
      const rowButton = page.locator("button[data-issue]").first();
      await rowButton.focus();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowUp");
      expect(await ring()).toEqual({ position: "relative", ring: "2px", visible: true });
      const header = page.getByRole("button", { expanded: true }).first();
      await header.focus();
      await page.keyboard.press("Shift+Tab");
      await page.keyboard.press("Tab");
      expect(await ring()).toEqual({ position: "relative", ring: "2px", visible: true });
      await page.screenshot({ path: join(SHOTS, "02c-vong-focus-nhom.png"), animations: "disabled" });
    });

    test("Tab and Shift+Tab keep every focused item clear of the sticky tab bar", async () => {
      await openAllGroups();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator("#validate-result").focus();
      const hidden: unknown[] = [];
      for (const key of [...Array<string>(30).fill("Tab"), ...Array<string>(30).fill("Shift+Tab")]) {
        await page.keyboard.press(key);
        const c = await focusClearance(page);
        // Partly under the bar, or below the bottom of the pane.
        if (c && ((c.top < c.barBottom - 0.5 && c.bottom > c.barTop + 0.5) || c.bottom > c.height + 0.5)) hidden.push({ key, ...c });
      }
      expect(hidden).toEqual([]);
    });

    test("arrow keys in the issue list go to the next and previous issue and select their cells", async () => {
      // Across the groups open, in the order shown (the sample's first three issues are on cells).
      const withCells = groupByRule(analysis().issues).flatMap((g) => g.issues);
      const rows = page.locator("button[data-issue]");
      await rows.first().focus();
      const before = (await calls<unknown[]>("selections")).length;
      await page.keyboard.press("ArrowDown");
      expect(await rows.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press("ArrowUp");
      expect(await rows.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
      const selections = (await calls<Array<{ sheet: string; cell: string }>>("selections")).slice(before);
      expect(selections).toEqual([withCells[1], withCells[0]].map((i) => ({ sheet: i.sheet, cell: i.cell })));
    });

    test("a cell that cannot be selected is explained under the issue pressed, in view", async () => {
      const row = page.locator("button[data-issue]").nth(2);
      await row.scrollIntoViewIfNeeded();
      await failNext(page, "selectCell", "ItemNotFound", "The requested resource doesn't exist.");
      await row.click();
      const note = page.getByRole("alert").filter({ hasText: "Không chọn được ô" });
      await note.waitFor();
      // Next to the issue, inside the visible part of the pane.
      const box = await note.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(VIEWPORT.height);
      expect(await row.getAttribute("aria-describedby")).toBe(await note.getAttribute("id"));
      await page.screenshot({ path: join(SHOTS, "02d-kiem-tra-khong-chon-duoc-o.png"), animations: "disabled" });
      await audit("02d-kiem-tra-khong-chon-duoc-o");

      await failNext(page, "selectCell", "InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      await row.click();
      await page.getByRole("alert").filter({ hasText: "Bấm Enter để giữ nội dung vừa nhập, hoặc Esc để bỏ" }).waitFor();
      await page.screenshot({ path: join(SHOTS, "02e-kiem-tra-o-dang-sua.png"), animations: "disabled" });
      // Pressing it again once Excel is free selects the cell and the note goes.
      await row.click();
      await page.getByRole("alert").filter({ hasText: "Bấm Enter" }).waitFor({ state: "detached" });
      // The issue pressed offers to be accepted with a reason.
      await page.getByRole("form", { name: /^Chấp nhận vấn đề ở / }).waitFor();
      await page.screenshot({ path: join(SHOTS, "02f-kiem-tra-chap-nhan.png"), animations: "disabled" });
      await audit("02f-kiem-tra-chap-nhan");
    });

    test("the issue list keeps its scroll position when the user leaves the view and comes back", async () => {
      await page.evaluate(() => window.scrollTo(0, Math.round((document.documentElement.scrollHeight - window.innerHeight) * 0.5)));
      // What is at the top of the pane, under the tab bar.
      const topItem = () =>
        page.evaluate(() => {
          const bar = document.querySelector("nav")!.getBoundingClientRect().bottom;
          const rows = [...document.querySelectorAll<HTMLElement>("#view-validate button[data-issue]")];
          const first = rows.find((r) => r.getBoundingClientRect().top >= bar);
          return first ? { text: first.textContent, top: Math.round(first.getBoundingClientRect().top) } : null;
        });
      const before = await topItem();
      expect(before).not.toBeNull();
      // By keyboard on the tabs (a click would let the test driver scroll the sticky bar "into view").
      await page.evaluate(() => document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus({ preventScroll: true }));
      await page.keyboard.press("ArrowRight");
      await page.getByRole("table", { name: "Nhiệm vụ theo năm" }).waitFor();
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await page.keyboard.press("ArrowLeft");
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      expect(await topItem()).toEqual(before);
    });

    test("Tiến độ shows the matrix and the activities behind a cell", async () => {
      await page.getByRole("tab", { name: "Tiến độ", exact: true }).click();
      const table = page.getByRole("table", { name: "Nhiệm vụ theo năm" });
      await table.waitFor();
      const a = analysis();
      const plan = builtinPlan();
      const rows = progressMatrix(a.statuses, plan);
      // One row per task that owes something, in plan order, with the plan's years as columns.
      expect(await table.locator("tbody th > span:first-child").allTextContents()).toEqual(rows.map((r) => r.task.id));
      expect((await table.locator("thead th").allTextContents()).slice(1)).toEqual(plan.years.map(String));
      await shot("04-tien-do");
      await audit("04-tien-do");
      // By keyboard: Enter on the cell moves focus into its details; Escape closes them and returns to the cell.
      const cell = table.getByRole("button", { name: /^II\.2\.4, năm 2024: / });
      await cell.focus();
      await page.keyboard.press("Enter");
      const region = page.getByRole("region", { name: /II\.2\.4 · 2024/ });
      await region.waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "obligation-title");
      await page.keyboard.press("Escape");
      await region.waitFor({ state: "detached" });
      expect(await cell.evaluate((el) => el === document.activeElement)).toBe(true);
      await cell.click();
      await region.waitFor();
      const status = a.statuses.find((s) => s.taskId === "II.2.4" && obligationYear(s) === 2024);
      expect(status).toBeDefined();
      // The activities behind the cell are the obligation's, each one a button that selects its row.
      expect(await region.getByRole("listitem").count()).toBe(status?.activities.length);
      await shot("05-tien-do-chi-tiet");
      await audit("05-tien-do-chi-tiet");
    });

    test("Báo cáo writes the sheets of the chosen year and says so; making them again asks first", async () => {
      await page.getByRole("tab", { name: "Báo cáo", exact: true }).click();
      await page.getByLabel("Kỳ báo cáo").selectOption("2024");
      await shot("06-bao-cao");
      await audit("06-bao-cao");
      await page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click();
      await page.getByText("Đã tạo 6 trang báo cáo").waitFor({ timeout: 60_000 });
      // The button was disabled while writing: focus goes to what was written.
      await page.waitForFunction(() => document.activeElement?.id === "reports-result");
      const written = await calls<Array<Array<{ name: string }>>>("written");
      expect(written.map((w) => w.map((s) => s.name))).toEqual([["BC 2024", "B01 2024", "B02 2024", "B03 2021-2025", "B04 2024", "KT 2024"]]);
      expect(await calls<string>("activeSheet")).toBe("BC 2024");
      await shot("07-bao-cao-da-tao");
      await audit("07-bao-cao-da-tao");

      await page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click();
      const dialog = page.getByRole("alertdialog", { name: "Thay thế báo cáo đã có?" });
      await dialog.waitFor();
      // It opens on the safe answer, and closing it gives focus back to the button that opened it.
      expect((await focused(page)).text).toBe("Hủy");
      await shot("08-bao-cao-hoi-thay-the", false);
      await audit("08-bao-cao-hoi-thay-the");
      await page.keyboard.press("Enter");
      await dialog.waitFor({ state: "hidden" });
      expect(await focused(page)).toMatchObject({ id: "make-reports", text: "Tạo báo cáo" });
      expect((await calls<unknown[]>("written")).length).toBe(1);

      await page.getByRole("button", { name: "Sửa thông tin cơ quan" }).click();
      await shot("09-bao-cao-thong-tin-co-quan");
      await audit("09-bao-cao-thong-tin-co-quan");
      await page.getByRole("button", { name: "Hủy" }).click();
    });

    test("Kế hoạch lists the tasks", async () => {
      await page.getByRole("tab", { name: "Kế hoạch", exact: true }).click();
      await page.getByRole("heading", { name: "Nhiệm vụ của kế hoạch" }).waitFor();
      const tasks = builtinPlan().tasks;
      // Every task of the plan, in plan order, each with its id first.
      const ids = new Set(tasks.map((t) => t.id));
      const shown = (await page.locator("li > span:first-child").allTextContents()).filter((t) => ids.has(t));
      expect(shown).toEqual(tasks.map((t) => t.id));
      await shot("10-ke-hoach");
      await audit("10-ke-hoach");
    });

    test("switches to English", async () => {
      await page.getByRole("button", { name: "English" }).click();
      await page.getByRole("tab", { name: "Check", exact: true }).waitFor();
      await page.getByRole("tab", { name: "Check", exact: true }).click();
      await page.getByRole("heading", { name: "Check results" }).waitFor({ timeout: 60_000 });
      expect(await tabs()).toEqual({ names: ["Check", "Progress", "Reports", "Plan"], selected: ["Check"] });
      // The user's choice is saved in the workbook, so the pane opens in English next time.
      expect(await calls<string>(`settings.get("bdg.locale")`)).toBe("en");
      await shot("11-check-english");
      await audit("11-check-english");
      await page.getByRole("tab", { name: "Progress", exact: true }).click();
      await shot("12-progress-english");
      await audit("12-progress-english");
      await page.getByRole("tab", { name: "Reports", exact: true }).click();
      await shot("13-reports-english");
      await audit("13-reports-english");
      await page.getByRole("tab", { name: "Plan", exact: true }).click();
      await shot("14-plan-english");
      await audit("14-plan-english");
    });

    test("opened outside Excel, the page says so instead of staying blank", async () => {
      const other = await browser.newPage({ viewport: VIEWPORT });
      try {
        await other.route("**/*", (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
        await other.goto(`${server.url}/outside-excel.html`);
        await other.getByText("Chưa mở trong Excel").waitFor();
        // Only the notice: no views to click into that would fail without a workbook.
        expect(await other.getByRole("tablist").count()).toBe(0);
        await other.screenshot({ path: join(SHOTS, "15-ngoai-excel.png"), fullPage: true, animations: "disabled" });
      } finally {
        await other.close();
      }
    });

    test("a workbook with no tracking table: said plainly in Kiểm tra and Tiến độ, with the template one press away", async () => {
      await noTableFlow({ browser, url: `${server.url}/no-table.html`, viewport: VIEWPORT, shots: SHOTS, audit, errors });
    });

    test("axe-core finds no serious or critical violation in any state visited", () => {
      expect(inaccessible).toEqual([]);
    });

    test("no errors reached the browser console", () => {
      expect(errors).toEqual([]);
    });
  });
}
