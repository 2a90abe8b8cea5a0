import { join } from "path";
import type { Browser, Page } from "playwright-core";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

/** A workbook that is not a tracking workbook: a staff list. */
export const NO_TABLE_BOOK: WorkbookSnapshot = {
  sheets: [{ name: "Danh sách", values: [["DANH SÁCH CÁN BỘ"], ["Họ và tên", "Chức vụ"], ["Nguyễn Văn A", "Trưởng phòng"]], merges: [] }],
};

/** What has keyboard focus: its tag, id and text. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName.toLowerCase() ?? "", id: el?.id ?? "", text: (el?.textContent ?? "").trim() };
  });
}

/** The focused element's box against the sticky tab bar and the viewport (null outside the views). */
export function focusClearance(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const bar = document.querySelector("nav")?.getBoundingClientRect();
    // Only the views' content scrolls under the bar (Tab past the last item leaves the page).
    if (!el || !bar || !el.closest("main")) return null;
    const r = el.getBoundingClientRect();
    return { text: (el.textContent ?? "").trim().slice(0, 40), top: r.top, bottom: r.bottom, barTop: bar.top, barBottom: bar.bottom, height: window.innerHeight };
  });
}

/** The next call of a method of the page's fake workbook service fails with an Office-like error. */
export function failNext(page: Page, method: string, code: string, message: string) {
  return page.evaluate(
    ([m, c, msg]) => {
      const e = Object.assign(new Error(msg), { code: c, name: "RichApi.Error" });
      (window as unknown as { __BDG_TEST_HOST__: { service: { failNext: (m: string, e: unknown) => void } } }).__BDG_TEST_HOST__.service.failNext(m, e);
    },
    [method, code, message] as const,
  );
}

/**
 * A workbook with no tracking table, in a page of its own: Kiểm tra and Tiến độ say so plainly, show
 * no figure, and insert the template on one press (then: an empty table, still no figure).
 */
export async function noTableFlow(o: {
  browser: Browser;
  url: string;
  viewport: { width: number; height: number };
  shots: string;
  audit: (state: string, p: Page) => Promise<void>;
  errors: string[];
}): Promise<void> {
  const other = await o.browser.newPage({ viewport: o.viewport, deviceScaleFactor: 2, locale: "vi-VN" });
  other.on("pageerror", (e) => o.errors.push(`pageerror (no table): ${e.message}`));
  const shot = async (name: string) => {
    await other.screenshot({ path: join(o.shots, `${name}.png`), fullPage: true, animations: "disabled" });
    await o.audit(name, other);
  };
  try {
    await other.route("**/*", (route) => (route.request().url().startsWith(new URL(o.url).origin) ? route.continue() : route.abort()));
    await other.goto(o.url);
    await other.getByRole("button", { name: "Kiểm tra dữ liệu" }).click();
    await other.getByRole("heading", { name: "Không tìm thấy bảng theo dõi" }).waitFor({ timeout: 60_000 });
    await other.waitForFunction(() => document.activeElement?.id === "validate-no-table");
    // No result that is not one: no severity counts, no issue list; what is looked for instead.
    expect(await other.getByRole("group", { name: /mức độ/ }).count()).toBe(0);
    expect(await other.getByText("Nội dung hoạt động", { exact: true }).first().isVisible()).toBe(true);
    await shot("16-kiem-tra-khong-co-bang");

    await other.getByRole("tab", { name: "Tiến độ", exact: true }).click();
    const panel = other.getByRole("tabpanel", { name: "Tiến độ" });
    await panel.getByRole("heading", { name: "Không tìm thấy bảng theo dõi" }).waitFor();
    expect(await panel.getByText(/\d\s?%/).count()).toBe(0);
    expect(await panel.getByText("Quá hạn").count()).toBe(0);
    await shot("17-tien-do-khong-co-bang");

    await panel.getByRole("button", { name: "Chèn bảng theo dõi mẫu" }).click();
    await panel.getByRole("heading", { name: "Bảng theo dõi chưa có hoạt động nào" }).waitFor({ timeout: 60_000 });
    expect(await panel.getByText(/\d\s?%/).count()).toBe(0);
    await shot("18-tien-do-bang-mau-trong");
  } finally {
    await other.close();
  }
}
