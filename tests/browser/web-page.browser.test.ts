/**
 * The offline page (dist/web/index.html) in headless Chromium, opened from file:// as on an
 * office PC: open the sample through the file input, run the check, click an issue and see its
 * cell in the preview, download the marked copy and the report copy and read both back with
 * exceljs (notes, fills, the add-in's settings; report sheets equal to `bdg report`), open a
 * corrupt file and a text file and see the command line's messages, and check that no request
 * left the page's own folder. axe-core checks every view. Screenshots go to test-artifacts/web/.
 *
 * Needs Debian's chromium; skipped without it, except in CI (CI set), where that fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { parseIsoDay } from "../../src/core/time/days";
import type { Severity } from "../../src/core/validate/issue";
import { MARK_FILL, MARKS_SETTING } from "../../src/excel/issue-marks";
import { readWorkbookFile, XlsxReadError } from "../../src/xlsx/read-workbook";
import { readOfficeSettings } from "../../src/web/office-settings";
import { buildWebPage } from "./build-web";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "theo-doi-bdg-2021-2025.xlsx");
const SHOTS = join(ROOT, "test-artifacts", "web");
const AS_OF = "2025-12-31";
const YEAR = "2024";
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const browserPath = findChromium();
const MISSING = "Chromium not found on the PATH (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH).";

jest.setTimeout(600_000);

function noteText(note: ExcelJS.Comment | string | undefined): string {
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every value of a sheet, row by row, for comparing two copies. */
function valuesOf(ws: ExcelJS.Worksheet): unknown[] {
  const rows: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => rows.push([n, JSON.parse(JSON.stringify(row.values))]));
  return rows;
}

if (!browserPath && process.env.CI) {
  test("the web page browser test needs Chromium in CI", () => {
    throw new Error(MISSING);
  });
} else if (!browserPath) {
  console.warn(`${MISSING} Skipping the browser test of the web page.`);
  test.skip("the web page in a real browser (Chromium missing)", () => undefined);
} else {
  describe("the offline page in headless Chromium, from file://", () => {
    let build: { dir: string; dispose: () => void } | undefined;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    let book: WorkbookSnapshot;
    let work: string;
    let pageUrl: string;
    let folderUrl: string;
    const requests: string[] = [];
    const errors: string[] = [];

    const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true, animations: "disabled" });

    /** Click, wait for the download it starts, save it; returns its name and path. */
    async function download(click: () => Promise<void>): Promise<{ name: string; file: string }> {
      const [d] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), click()]);
      const file = join(work, d.suggestedFilename());
      await d.saveAs(file);
      return { name: d.suggestedFilename(), file };
    }

    beforeAll(async () => {
      rmSync(SHOTS, { recursive: true, force: true });
      mkdirSync(SHOTS, { recursive: true });
      work = mkdtempSync(join(tmpdir(), "bdg-web-test-"));
      book = await readWorkbookFile(SAMPLE);
      build = buildWebPage();
      pageUrl = pathToFileURL(join(build.dir, "web", "index.html")).href;
      folderUrl = pathToFileURL(join(build.dir, "web")).href + "/";
      browser = await chromium.launch({ executablePath: browserPath as string, args: CHROMIUM_ARGS });
      context = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true, locale: "vi-VN" });
      context.on("request", (r) => requests.push(r.url()));
      page = await context.newPage();
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`console: ${m.text()}`);
      });
      await page.goto(`${pageUrl}?asOf=${AS_OF}`);
    });

    afterAll(async () => {
      await browser?.close();
      build?.dispose();
      if (work) rmSync(work, { recursive: true, force: true });
    });

    test("the page forbids connections and says the data never leaves the computer", async () => {
      const html = readFileSync(join(build!.dir, "web", "index.html"), "utf8");
      const csp = /http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(html)?.[1] ?? "";
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/https?:/);
      expect(html).not.toMatch(/office\.js/i);
      await page.getByText("Dữ liệu không rời khỏi máy tính này").waitFor();
      await page.getByRole("button", { name: "Mở sổ làm việc…" }).waitFor();
      await shot("01-man-hinh-dau");
    });

    test("unreadable files get the command line's messages", async () => {
      const corrupt = join(work, "hong.xlsx");
      writeFileSync(corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(400, 7)]));
      const text = join(work, "ghi-chu.xlsx");
      writeFileSync(text, "Mã nhiệm vụ;Tên hoạt động\nII.1;Tập huấn\n");
      await page.setInputFiles("#open-workbook", [corrupt, text]);
      for (const [name, reason] of [
        ["hong.xlsx", "notXlsx"],
        ["ghi-chu.xlsx", "textFile"],
      ] as const) {
        const alert = page.getByRole("alert").filter({ hasText: `Không mở được “${name}”` });
        await alert.waitFor({ timeout: 60_000 });
        await expect(alert.textContent()).resolves.toContain(new XlsxReadError(reason).messageIn("vi"));
      }
      await shot("02-tep-khong-doc-duoc");
    });

    test("opens the sample and runs Kiểm tra; clicking an issue shows its cell in context", async () => {
      await page.setInputFiles("#open-workbook", SAMPLE);
      for (const name of ["Kiểm tra", "Tiến độ", "Báo cáo", "Kế hoạch"]) await page.getByRole("tab", { name, exact: true }).waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
      await page.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 60_000 });
      const expected = analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF)!, locale: "vi" });
      await expect(page.getByRole("group", { name: /mức độ/ }).getByRole("button").first().textContent()).resolves.toBe(`${expected.summary.errors}Lỗi`);
      await shot("03-kiem-tra");

      const target = expected.issues.find((i) => i.cell !== undefined && i.message === expected.issues.find((x) => x.cell)?.message);
      const firstShown = page.getByTitle("Xem ô này").first();
      const message = (await firstShown.textContent()) ?? "";
      const issue = expected.issues.find((i) => i.cell && message.startsWith(i.message)) ?? target;
      expect(issue?.cell).toBeDefined();
      await firstShown.click();
      const preview = page.getByRole("dialog");
      await preview.waitFor();
      await expect(preview.getByRole("heading").first().textContent()).resolves.toBe(`Ô ${issue!.cell} – trang “${issue!.sheet}”`);
      const cell = preview.locator("[data-issue-cell=true]");
      await expect(cell.getAttribute("data-cell")).resolves.toBe(issue!.cell);
      const sheet = book.sheets.find((s) => s.name === issue!.sheet)!;
      const m = /^([A-Z]+)(\d+)$/.exec(issue!.cell!)!;
      const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      const raw = sheet.values[Number(m[2]) - 1]?.[col - 1] ?? null;
      if (typeof raw === "string") await expect(cell.textContent()).resolves.toBe(raw);
      expect(await preview.locator("tbody tr").count()).toBeGreaterThanOrEqual(4);
      await shot("04-xem-o");
      await preview.getByRole("button", { name: "Đóng" }).click();
      await preview.waitFor({ state: "hidden" });
    });

    test("“Tải sổ có đánh dấu” downloads a copy with every issue's cell filled and noted; the original is unchanged", async () => {
      const before = readFileSync(SAMPLE);
      const got = await download(() => page.getByRole("button", { name: "Tải sổ có đánh dấu" }).click());
      expect(got.name).toBe("theo-doi-bdg-2021-2025-danh-dau.xlsx");
      await page.getByText(/^Đã tải bản sao có \d+ ô được đánh dấu$/).waitFor();
      expect(readFileSync(SAMPLE).equals(before)).toBe(true);

      const expected = analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay(AS_OF)!, locale: "vi" });
      const worst = new Map<string, { sheet: string; cell: string; severity: Severity; messages: string[] }>();
      for (const i of expected.issues) {
        if (!i.sheet || !i.cell) continue;
        const k = `${i.sheet}!${i.cell}`;
        const w = worst.get(k) ?? { sheet: i.sheet, cell: i.cell, severity: i.severity, messages: [] };
        if (RANK[i.severity] > RANK[w.severity]) w.severity = i.severity;
        w.messages.push(i.message);
        worst.set(k, w);
      }
      expect(worst.size).toBeGreaterThan(0);
      const wb = await loadXlsx(got.file);
      for (const w of worst.values()) {
        const c = wb.getWorksheet(w.sheet)!.getCell(w.cell);
        const note = noteText(c.note as ExcelJS.Comment | string | undefined);
        expect(note.startsWith("BĐG: ")).toBe(true);
        for (const msg of w.messages) expect(note).toContain(msg);
        expect((c.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF" + MARK_FILL[w.severity].slice(1));
      }
      // The add-in's "Xóa đánh dấu" finds the marks in its settings, as Office stores them.
      const settings = readOfficeSettings(unzipSync(readFileSync(got.file)));
      const marks = JSON.parse(settings.get(MARKS_SETTING) ?? "[]") as Array<{ sheet: string; cell: string; mark: string }>;
      expect(marks.map((x) => `${x.sheet}!${x.cell}`).sort()).toEqual([...worst.keys()].sort());
    });

    test("Báo cáo: “Tạo báo cáo” downloads <name>-bao-cao-<year>.xlsx with the sheets `bdg report` writes", async () => {
      await page.getByRole("tab", { name: "Báo cáo", exact: true }).click();
      await page.getByLabel("Kỳ báo cáo").selectOption(YEAR);
      await shot("05-bao-cao");
      const got = await download(() => page.getByRole("button", { name: "Tạo báo cáo", exact: true }).click());
      expect(got.name).toBe(`theo-doi-bdg-2021-2025-bao-cao-${YEAR}.xlsx`);
      await page.getByText("Đã tải bản sao có 6 trang báo cáo").waitFor();

      const cliOut = join(work, "cli-report.xlsx");
      const code = await main(["report", SAMPLE, "--year", YEAR, "--as-of", AS_OF, "--out", cliOut], () => undefined, () => undefined);
      expect([0, 1]).toContain(code);
      const [fromPage, fromCli] = await Promise.all([loadXlsx(got.file), loadXlsx(cliOut)]);
      const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
      expect(names(fromPage)).toEqual(names(fromCli));
      const reportSheets = names(fromCli).filter((n) => !book.sheets.some((s) => s.name === n));
      expect(reportSheets).toEqual([`BC ${YEAR}`, `B01 ${YEAR}`, `B02 ${YEAR}`, "B03 2021-2025", `B04 ${YEAR}`, `KT ${YEAR}`]);
      for (const n of reportSheets) expect(valuesOf(fromPage.getWorksheet(n)!)).toEqual(valuesOf(fromCli.getWorksheet(n)!));
    });

    test("axe-core finds no serious or critical violation on the page's views", async () => {
      // A second page that lets axe's script in (the real page's CSP forbids injected scripts).
      const axeContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, bypassCSP: true });
      axeContext.on("request", (r) => requests.push(r.url()));
      const p = await axeContext.newPage();
      const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
      const audit = async (where: string) => {
        await p.addScriptTag({ content: axeSource });
        // Fluent's focus manager (tabster) adds <i data-tabster-dummy tabindex=0 aria-hidden> guards that
        // pass focus on at once; axe reads them as focusable hidden content. Only those are left out.
        const dummies = await p.evaluate(() =>
          [...document.querySelectorAll('[aria-hidden="true"][tabindex]:not([tabindex="-1"])')].every((e) => e.hasAttribute("data-tabster-dummy")),
        );
        expect(dummies).toBe(true);
        const result = (await p.evaluate("axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })")) as {
          violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }>;
        };
        const bad = result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${where}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
        expect(bad).toEqual([]);
      };
      try {
        await p.goto(`${pageUrl}?asOf=${AS_OF}`);
        await p.getByRole("button", { name: "Mở sổ làm việc…" }).waitFor();
        await audit("first screen");
        await p.setInputFiles("#open-workbook", SAMPLE);
        await p.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
        await p.getByRole("heading", { name: "Kết quả kiểm tra" }).waitFor({ timeout: 60_000 });
        await audit("Kiểm tra");
        await p.getByTitle("Xem ô này").first().click();
        await p.getByRole("dialog").waitFor();
        await audit("cell preview");
        await p.getByRole("dialog").getByRole("button", { name: "Đóng" }).click();
        for (const tab of ["Tiến độ", "Báo cáo", "Kế hoạch"]) {
          await p.getByRole("tab", { name: tab, exact: true }).click();
          await p.waitForTimeout(300);
          await audit(tab);
        }
      } finally {
        await axeContext.close();
      }
    });

    test("no request left the page's own folder, and no errors reached the console", () => {
      const outside = requests.filter((u) => !u.startsWith(folderUrl) && !u.startsWith("blob:") && !u.startsWith("data:"));
      expect(outside).toEqual([]);
      expect(requests.some((u) => u.startsWith(folderUrl))).toBe(true);
      expect(errors).toEqual([]);
    });
  });
}
