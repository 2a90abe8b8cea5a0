/**
 * The printed layout: every row as tall as its text needs over the columns it spans (a label
 * merged over several columns is measured over all of them), page breaks that never leave a
 * heading or a table's group row alone at the foot of a page, and the closing line kept with the
 * signature.
 */
import { buildReports, type SheetSpec } from "../../src/core/report";
import { pageBreaks } from "../../src/core/report/page-breaks";
import { rowHeightFor, wrapLines, columnWidthPt } from "../../src/core/report/text-fit";
import { input } from "./report-fixture";
import { rowOfText } from "./spec-reader";

function widthOf(spec: SheetSpec, left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += columnWidthPt(spec.columnWidths[c - 1] ?? 8.43);
  return w;
}

/** The height each row's text needs: the most of its cells, each over the columns its merge spans. */
function neededHeights(spec: SheetSpec): Map<number, number> {
  const need = new Map<number, number>();
  for (const c of spec.cells) {
    if (typeof c.value !== "string" || c.value === "") continue;
    const m = spec.merges.find((x) => x.top <= c.row && c.row <= x.bottom && x.left <= c.col && c.col <= x.right);
    if (m && m.bottom > m.top) continue; // a heading merged down two rows shares their height
    const size = c.style?.size ?? spec.defaultStyle.size ?? 13;
    const lines = c.style?.wrap ? wrapLines(c.value, widthOf(spec, m?.left ?? c.col, m?.right ?? c.col), { size, bold: c.style?.bold }).length : c.value.split("\n").length;
    need.set(c.row, Math.max(need.get(c.row) ?? 0, rowHeightFor(lines, size)));
  }
  return need;
}

const specs = [...buildReports(input(2023)), ...buildReports(input(null)), ...buildReports({ ...input(2023), half: true })];

describe("row heights", () => {
  it.each(specs.map((s) => [s.name, s] as const))("%s: every row holds its text, and no table row is taller than its text needs", (_, spec) => {
    const need = neededHeights(spec);
    for (const [row, h] of need) {
      expect(spec.rowHeights[row] ?? 15).toBeGreaterThanOrEqual(h - 0.01);
      // Table rows (not BC's paragraphs, which keep a little space after them) are exactly as tall as their tallest text.
      // Below the table's head: the rows repeated on every page, or (B04, two tables, no repeated rows) the frozen head.
      const body = row > (spec.print.repeatRows?.[1] ?? spec.freezeRows ?? 0);
      // B04 holds a second table whose head sits below the first table's rows: its rows are not all body rows.
      if (spec.form !== "BC" && spec.form !== "B04" && body && spec.cells.some((c) => c.row === row && c.style?.border)) expect({ row, height: spec.rowHeights[row] }).toEqual({ row, height: h });
    }
  });

  it("fits B03's summary rows and the total rows to their merged labels (one line, not six: 161.5 pt before)", () => {
    const b03 = specs.find((s) => s.form === "B03")!;
    const one = rowHeightFor(1, 12);
    const labelRows = b03.cells.filter((c) => c.col === 1 && typeof c.value === "string" && /^(Số nhiệm vụ|Tiến độ)/.test(c.value)).map((c) => c.row);
    expect(labelRows.length).toBe(2);
    for (const r of labelRows) expect(b03.rowHeights[r]).toBeLessThanOrEqual(rowHeightFor(2, 12));
    // The total rows ("Tổng cộng" over four columns) are held to their tallest text by the test above.
    expect(b03.rowHeights[labelRows[0] ?? 0]).toBe(one);
  });
});

const HEADING = /^\s*(I|II|III|IV)\. |^\s*\d+(\.\d+)*\. |^\s*[a-zđ]\) /u;

describe("page breaks", () => {
  it.each(specs.filter((s) => s.form === "BC").map((s) => [s.name, s] as const))("%s: no heading ends a page; the closing line shares the signature's page", (_, spec) => {
    const breaks = spec.print.rowBreaks ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const textOf = (r: number): string => String(spec.cells.find((c) => c.row === r && c.col === 1)?.value ?? "");
    for (const r of breaks) expect(textOf(r - 1)).not.toMatch(HEADING);
    const closing = rowOfText(spec, "Trên đây là báo cáo");
    expect(breaks.filter((r) => r > closing)).toEqual([]);
    // Manual breaks only hold without "fit to page": a fixed scale fits the width instead.
    expect(spec.print.fitToWidth).toBe(false);
  });

  it.each(specs.filter((s) => s.form === "B01").map((s) => [s.name, s] as const))("%s: a section row never ends a page, and pages are numbered at the foot", (_, spec) => {
    const sectionRows = spec.cells.filter((c) => c.col === 1 && typeof c.value === "string" && /^(II|III|V)$/.test(c.value)).map((c) => c.row);
    for (const r of spec.print.rowBreaks ?? []) expect(sectionRows).not.toContain(r - 1);
    expect(spec.print).toMatchObject({ pageNumbers: true, pageNumbersAt: "footer" });
  });

  it("starts a page with a heading and the rows kept with it when they do not fit at the foot", () => {
    const heights = { 1: 300, 2: 300, 3: 20, 4: 20, 5: 20, 6: 20 };
    // Rows 3 and 4 (a heading and its first line) must stay with row 5.
    expect(pageBreaks({ heights, firstRow: 1, lastRow: 6, keepWithNext: new Set([3, 4]), pageHeightPt: 650 })).toEqual([3]);
    expect(pageBreaks({ heights, firstRow: 1, lastRow: 6, keepWithNext: new Set(), pageHeightPt: 650 })).toEqual([5]);
    // A table's repeated head takes room on every page after the first.
    const table = { heights: { 1: 30, 2: 200, 3: 200, 4: 215, 5: 215 }, firstRow: 1, lastRow: 5, keepWithNext: new Set<number>(), pageHeightPt: 450 };
    expect(pageBreaks({ ...table, repeatRows: [1, 1] })).toEqual([4, 5]);
    expect(pageBreaks(table)).toEqual([4]);
  });
});

describe("B04's second table", () => {
  it("starts a page with its title, its head and its first row together, on the sample's units", async () => {
    const { readWorkbookFile } = await import("../../src/xlsx/read-workbook");
    const { analyzeWorkbook } = await import("../../src/core/engine");
    const { reportInputOf } = await import("../../src/core/report");
    const { builtinPlan } = await import("../../src/core/plan/load");
    const { DEFAULT_PROFILE } = await import("../../src/core/profile/profile");
    const { dayOf } = await import("../../src/core/time/days");
    const plan = builtinPlan();
    const asOf = dayOf(2025, 12, 31);
    const a = analyzeWorkbook(await readWorkbookFile(`${__dirname}/../../samples/theo-doi-bdg-2021-2025.xlsx`), plan, { asOf });
    for (const year of [2024, null]) {
      const b04 = buildReports(reportInputOf(a, { plan, profile: DEFAULT_PROFILE, year, asOf }), ["B04"]).find((s) => s.form === "B04") as SheetSpec;
      const title = rowOfText(b04, "TÌNH HÌNH GỬI SỐ LIỆU");
      const breaks = b04.print.rowBreaks ?? [];
      // On the sample the first table fills most of the first page: the second starts the next one
      // with its title, never with its head cut at the foot of the first (seen on rendered pages).
      expect(breaks).toContain(title);
      expect(breaks.filter((r) => r > title && r <= title + 3)).toEqual([]);
    }
  });
});
