import { percentText } from "../../src/core/report/format";
/**
 * The sample split by unit into four workbooks (unit-workbooks.ts), consolidated: the same figures
 * and forms as the sample itself, the repeats across files warned about and counted once, and B04
 * listing the units with figures worked out by hand from the sample's rows.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { consolidate, type Consolidation, type SourceWorkbook } from "../../src/core/consolidate";
import { analyzeWorkbook, type Analysis } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { resolveProfile, defaultProfileFor } from "../../src/core/profile/profile";
import { countedData, figuresOf } from "../../src/core/progress";
import { buildReports, reportInputOf } from "../../src/core/report";
import type { SheetSpec, SpecValue } from "../../src/core/report/sheet-spec";
import { dayOf } from "../../src/core/time/days";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { rowValues, rowWhere, valueAt } from "../report/spec-reader";
import { SAMPLE, writeUnitWorkbooks, type UnitWorkbooks } from "./unit-workbooks";

const plan = builtinPlan();
const asOf = dayOf(2025, 12, 31);
const profile = resolveProfile(defaultProfileFor(asOf));

let dir: string;
let w: UnitWorkbooks;
let single: Analysis;
let whole: Consolidation;

async function source(file: string, unit?: string): Promise<SourceWorkbook> {
  const book = await readWorkbookFile(file);
  return { file, book, analysis: analyzeWorkbook(book, plan, { asOf }), ...(unit ? { unit } : {}) };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-units-"));
  w = await writeUnitWorkbooks(dir);
  single = analyzeWorkbook(await readWorkbookFile(SAMPLE), plan, { asOf });
  whole = consolidate([await source(w.pnv), await source(w.vp), await source(w.leaders), await source(w.district)], plan, { asOf });
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function forms(a: Pick<Analysis, "data" | "statuses" | "issues">, year: number | null): Map<string, SheetSpec> {
  const specs = buildReports(reportInputOf(a, { plan, profile, year, asOf }));
  return new Map(specs.map((s) => [s.form, s]));
}

/** Every value of a sheet by row, as a reader sees it. */
function grid(spec: SheetSpec): SpecValue[][] {
  const last = Math.max(...spec.cells.map((c) => c.row));
  return Array.from({ length: last }, (_, r) => rowValues(spec, r + 1));
}

describe("the units' workbooks consolidated", () => {
  test("each file speaks for its unit: its unit column, the unit in its title, or its name", () => {
    expect(whole.files.map((f) => [f.unit, f.unitSource, f.unitColumn])).toEqual([
      ["Phòng Nghiệp vụ", "file", true],
      ["Văn phòng", "title", false],
      ["Lãnh đạo Ban", "file", false],
      ["UBND huyện Lộc Bình", "title", false],
    ]);
    const unitsOfRows = new Set(whole.data.activities.map((a) => a.source?.unit));
    expect([...unitsOfRows]).toEqual(["Phòng Nghiệp vụ", "UBND xã Tân Văn", "UBND xã Bình Gia", "Văn phòng", "Lãnh đạo Ban", "UBND huyện Lộc Bình"]);
  });

  test("every activity keeps its file, its sheet and its cell", () => {
    expect(whole.data.activities).toHaveLength(w.sample.length + 2);
    const a = whole.data.activities.find((x) => x.source?.file === w.leaders && x.year === 2024);
    expect(a).toMatchObject({ sheet: "[Lãnh đạo Ban.xlsx]2024-2025", row: 4, source: { file: w.leaders, sheet: "2024-2025", unit: "Lãnh đạo Ban" } });
    // A row issue of a file names that file's sheet.
    const female = whole.issues.find((i) => i.rule === "female-exceeds-total");
    expect(female).toMatchObject({ sheet: "[so-lieu-don-vi-2.xlsx]Sheet1", cell: "G7" });
  });

  test("the same activity in two files is a warning naming both cells", () => {
    const dups = whole.issues.filter((i) => i.rule === "duplicate-across-files");
    expect(dups).toHaveLength(2);
    // Phòng Nghiệp vụ's sheet: title rows 1-3, header 4-5, its rows from row 6 in the sample's order.
    const pnvRow = (text: string): number => 6 + w.sample.filter((a) => ["Phòng Nghiệp vụ", "UBND xã Tân Văn", "UBND xã Bình Gia"].includes(a.unit ?? "")).findIndex((a) => a.activity === text);
    const litTinh = pnvRow("Mít tinh hưởng ứng Tháng hành động vì BĐG tại huyện Lộc Bình");
    const chiLang = pnvRow("Truyền thông \"Việc nhà bình đẳng\" tại huyện Chi Lăng");
    expect(dups[0]).toMatchObject({ severity: "warning", sheet: "[ubnd-huyen-loc-binh.xlsx]Năm 2024", cell: "C5" });
    expect(dups[0]?.message).toContain("ô C5");
    expect(dups[0]?.message).toContain(`ô C${litTinh}`);
    expect(dups[0]?.message).toContain("phong-nghiep-vu.xlsx");
    expect(dups[1]).toMatchObject({ cell: "C6" });
    expect(dups[1]?.message).toContain(`ô C${chiLang}`);
    // A repeat within one file stays duplicate-activity's; one workbook alone never has this warning.
    expect(whole.issues.filter((i) => i.rule === "duplicate-activity").map((i) => i.sheet)).toEqual(["[phong-nghiep-vu.xlsx]Theo dõi"]);
    expect(single.issues.some((i) => i.rule === "duplicate-across-files")).toBe(false);
  });

  test("the figures are the sample's: each repeat counted once", () => {
    const sampleCounted = countedData(single.data, single.issues, plan).data;
    const wholeCounted = countedData(whole.data, whole.issues, plan).data;
    for (const year of [null, ...plan.years]) {
      expect(figuresOf(wholeCounted, plan, "", year, asOf)).toEqual(figuresOf(sampleCounted, plan, "", year, asOf));
    }
    expect(whole.progress).toEqual(single.progress);
    expect(whole.statuses.map((s) => [s.taskId, s.year, s.state])).toEqual(single.statuses.map((s) => [s.taskId, s.year, s.state]));
  });

  test.each([null, 2024])("the forms B01 and B03 (%s) are the sample's, and B02 lists the same rows", (year) => {
    const a = forms(single, year);
    const b = forms(whole, year);
    for (const f of ["B01", "B03"]) expect(grid(b.get(f as never) as SheetSpec)).toEqual(grid(a.get(f as never) as SheetSpec));
    // B02 lists activities in the order of the data: the same rows, in file order.
    const sorted = (s: SheetSpec): string[] => grid(s).map((r) => JSON.stringify(r)).sort();
    expect(sorted(b.get("B02") as SheetSpec)).toEqual(sorted(a.get("B02") as SheetSpec));
  });

  test("B04 lists each unit with its figures for the period (worked out from the sample's rows)", () => {
    // Every share is text, as the share of women in every table ("67,2%"): one percent style.
    const pct = (r: number): string => percentText(r);
    const b04 = forms(whole, null).get("B04") as SheetSpec;
    const first = rowWhere(b04, 2, "Phòng Nghiệp vụ");
    const row = (i: number): SpecValue[] => rowValues(b04, first + i).slice(1, 9);
    // unit, activities, participants, women, share of women, ethnic minority, its share, budget
    // Văn phòng: 2021 (45, 30 nữ, 28, 3 tr), 2022 (40 with 41 women: women left out, 25, 2 tr; a
    // reward: 4 tr), 2023 (an unknown task id, 0), 2024 (38, 24, 19, 2,5 tr; 42, 30, 21, 3 tr).
    expect(row(3)).toEqual(["Văn phòng", 6, 165, 84, pct(84 / 125), 93, pct(93 / 165), 14.5]);
    // Lãnh đạo Ban: five activities, people only in 2021 (32, 14 women, 20), no money.
    expect(row(4)).toEqual(["Lãnh đạo Ban", 5, 32, 14, pct(14 / 32), 20, pct(20 / 32), 0]);
    expect(row(1)).toEqual(["UBND xã Tân Văn", 1, 75, 42, pct(42 / 75), 70, pct(70 / 75), 4]);
    expect(row(2)).toEqual(["UBND xã Bình Gia", 1, 120, 60, pct(60 / 120), 110, pct(110 / 120), 9]);
    // Phòng Nghiệp vụ: the rest of the sample's 44 counted activities and 2682 people.
    expect(row(0).slice(0, 3)).toEqual(["Phòng Nghiệp vụ", 44 - 6 - 5 - 1 - 1, 2682 - 165 - 32 - 75 - 120]);
    // The district recorded only activities another unit recorded first: nothing counted for it.
    expect(row(5).slice(0, 3)).toEqual(["UBND huyện Lộc Bình", 0, 0]);
    // Shares of the agency's figures, and the total row.
    expect(valueAt(b04, first + 3, 10)).toBe(pct(6 / 44));
    expect(valueAt(b04, first + 3, 11)).toBe(pct(165 / 2682));
    expect(valueAt(b04, first + 3, 12)).toBe(pct(14.5 / 193.5));
    const total = rowWhere(b04, 1, "Tổng cộng");
    expect(rowValues(b04, total).slice(2, 4)).toEqual([44, 2682]);
    expect(rowValues(b04, total).slice(9)).toEqual(["100%", "100%", "100%"]);
  });

  test("B04 shows who sent figures for which year, and the date of each unit's latest activity", () => {
    const b04 = forms(whole, 2024).get("B04") as SheetSpec;
    const cells = b04.cells.filter((c) => c.value === "UBND huyện Lộc Bình");
    expect(cells).toHaveLength(2);
    const matrixRow = Math.max(...cells.map((c) => c.row));
    // Years 2021–2025 in columns 3–7, then the latest activity, then what is missing.
    expect(rowValues(b04, matrixRow).slice(2, 8)).toEqual([0, 0, 0, 2, 0, "15/11/2024"]);
    expect(valueAt(b04, matrixRow, 10)).toBe("Chưa ghi năm 2021, 2022, 2023 và 2025");
    const vp = Math.max(...b04.cells.filter((c) => c.value === "Văn phòng").map((c) => c.row));
    expect(rowValues(b04, vp).slice(2, 8)).toEqual([1, 2, 1, 2, 0, "18/10/2024"]);
    // A commune owes figures only from 2025, when communes became the plan's units.
    const commune = Math.max(...b04.cells.filter((c) => c.value === "UBND xã Tân Văn").map((c) => c.row));
    expect(valueAt(b04, commune, 10)).toBe("");
  });

  test("a unit the user corrects replaces the one found, for every row of that file", async () => {
    const c = consolidate([await source(w.pnv), await source(w.vp, "Văn phòng Sở")], plan, { asOf });
    expect(c.files[1]).toMatchObject({ unit: "Văn phòng Sở", unitSource: "override" });
    expect(new Set(c.data.activities.filter((a) => a.source?.fileIndex === 1).map((a) => a.source?.unit))).toEqual(new Set(["Văn phòng Sở"]));
  });
});
