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

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "theo-doi-bdg-2021-2025.xlsx");
const SHOTS = join(ROOT, "test-artifacts", "taskpane");
const AS_OF = "2025-12-31";
/** The usual width of an Excel task pane. */
const VIEWPORT = { width: 350, height: 900 };

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
    const analysis = () => analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF) ?? 0, locale: "vi" });

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
    });

    test("runs Kiểm tra, shows the issues, and clicking one requests its cell", async () => {
      const expected = analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF)!, locale: "vi" });
      await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
      await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 60_000 });
      const counts = page.getByRole("group", { name: /mức độ/ });
      await expect(counts.getByRole("button").first().textContent()).resolves.toBe(`${expected.summary.errors}Lỗi`);
      await shot("02-kiem-tra-ket-qua");

      const first = groupByRule(expected.issues)[0];
      const target = first.issues.find((i) => i.cell !== undefined);
      expect(target).toBeDefined();
      await page.getByRole("button", { name: target!.message }).first().click();
      await page.waitForFunction(() => (window as unknown as { __BDG_TEST_HOST__: { service: { selections: unknown[] } } }).__BDG_TEST_HOST__.service.selections.length > 0);
      expect(await calls<Array<{ sheet: string; cell: string }>>("selections")).toEqual([{ sheet: target!.sheet, cell: target!.cell }]);

      await page.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }).click();
      await shot("03-kiem-tra-bang-da-nhan-dang");
      await page.getByRole("button", { name: /Bảng theo dõi đã nhận dạng/ }).click();

      await page.getByRole("button", { name: "Đánh dấu trên bảng tính" }).click();
      await page.getByText(/^Đã đánh dấu \d+ ô trên bảng tính$/).waitFor();
      await page.getByRole("button", { name: "Xóa đánh dấu" }).click();
      await page.getByText(/^Đã xóa đánh dấu ở \d+ ô$/).waitFor();
      expect(await calls<number>("marks.size")).toBe(0);
      expect(await calls<number>("fills.size")).toBe(0);
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
      await table.getByRole("button", { name: /^II\.2\.4, năm 2024: / }).click();
      const region = page.getByRole("region", { name: /II\.2\.4 · 2024/ });
      await region.waitFor();
      const status = a.statuses.find((s) => s.taskId === "II.2.4" && obligationYear(s) === 2024);
      expect(status).toBeDefined();
      // The activities behind the cell are the obligation's, each one a button that selects its row.
      expect(await region.getByRole("listitem").count()).toBe(status?.activities.length);
      await shot("05-tien-do-chi-tiet");
    });

    test("Báo cáo writes the sheets of the chosen year and says so; making them again asks first", async () => {
      await page.getByRole("tab", { name: "Báo cáo", exact: true }).click();
      await page.getByLabel("Kỳ báo cáo").selectOption("2024");
      await shot("06-bao-cao");
      await page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click();
      await page.getByText("Đã tạo 6 trang báo cáo").waitFor({ timeout: 60_000 });
      const written = await calls<Array<Array<{ name: string }>>>("written");
      expect(written.map((w) => w.map((s) => s.name))).toEqual([["BC 2024", "B01 2024", "B02 2024", "B03 2021-2025", "B04 2024", "KT 2024"]]);
      expect(await calls<string>("activeSheet")).toBe("BC 2024");
      await shot("07-bao-cao-da-tao");

      await page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click();
      const dialog = page.getByRole("alertdialog", { name: "Thay thế báo cáo đã có?" });
      await dialog.waitFor();
      await shot("08-bao-cao-hoi-thay-the", false);
      await dialog.getByRole("button", { name: "Hủy" }).click();
      await dialog.waitFor({ state: "hidden" });
      expect((await calls<unknown[]>("written")).length).toBe(1);

      await page.getByRole("button", { name: "Sửa thông tin cơ quan" }).click();
      await shot("09-bao-cao-thong-tin-co-quan");
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
      await page.getByRole("tab", { name: "Progress", exact: true }).click();
      await shot("12-progress-english");
      await page.getByRole("tab", { name: "Reports", exact: true }).click();
      await shot("13-reports-english");
      await page.getByRole("tab", { name: "Plan", exact: true }).click();
      await shot("14-plan-english");
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

    test("no errors reached the browser console", () => {
      expect(errors).toEqual([]);
    });
  });
}
