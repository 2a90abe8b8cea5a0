/**
 * `bdg report|validate|progress` on several files: one report in a new workbook, the inputs
 * untouched, and the bad inputs a user meets (a file that cannot be read, the same file twice,
 * files that saved different plans, a wrong --unit, no --out) each with a clear message.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { builtinPlan } from "../../src/core/plan/load";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { rewriteXlsx } from "../helpers/build-xlsx";
import { writeUnitWorkbooks, type UnitWorkbooks } from "./unit-workbooks";

let dir: string;
let w: UnitWorkbooks;
let all: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-units-cli-"));
  w = await writeUnitWorkbooks(dir);
  all = [w.pnv, w.vp, w.leaders, w.district];
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ status: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main([...argv, "--as-of", "2025-12-31"], (s) => out.push(s), (s) => err.push(s));
  return { status, out: out.join("\n"), err };
}

/** A copy of a workbook in which the task pane saved a plan (the setting "bdg.plan"). */
async function withSavedPlan(file: string, name: string, title: string): Promise<string> {
  const plan = { ...builtinPlan().plan, title };
  const value = JSON.stringify(JSON.stringify(plan)).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const part = `<?xml version="1.0" encoding="UTF-8"?><we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:properties><we:property name="bdg.plan" value="${value}"/></we:properties></we:webextension>`;
  const path = join(dir, name);
  await writeFile(path, rewriteXlsx(await readFile(file), undefined, { "xl/webextensions/webextension1.xml": part }));
  return path;
}

describe("bdg report on several files", () => {
  test("writes one set of forms over all of them into a new workbook, and changes none of them", async () => {
    const before = await Promise.all(all.map((f) => readFile(f)));
    const out = join(dir, "tong-hop.xlsx");
    const r = await run(["report", ...all, "--period", "--out", out]);
    // The units' data has errors (the sample's): the report is written and says so.
    expect(r.status).toBe(1);
    expect(r.out).toContain("Tổng hợp 4 tệp:");
    expect(r.out).toContain("so-lieu-don-vi-2.xlsx: đơn vị “Văn phòng” (theo tiêu đề của tệp)");
    expect(r.out).toContain("2 hoạt động được hai đơn vị cùng ghi");
    const book = await readWorkbookFile(out);
    expect(book.sheets.map((s) => s.name)).toEqual(["BC 2021-2025", "B01 2021-2025", "B02 2021-2025", "B03 2021-2025", "B04 2021-2025", "KT 2021-2025"]);
    expect(book.sheets.every((s) => s.ownedByAddin === true)).toBe(true);
    const after = await Promise.all(all.map((f) => readFile(f)));
    after.forEach((b, i) => expect(b.equals(before[i] as Buffer)).toBe(true));
  });

  test("--out is required, and may not be one of the inputs", async () => {
    const r = await run(["report", w.pnv, w.vp, "--year", "2024"]);
    expect(r.status).toBe(2);
    expect(r.err.join("\n")).toMatch(/--out/);
    const same = await run(["report", w.pnv, w.vp, "--year", "2024", "--out", w.vp]);
    expect(same.status).toBe(2);
    expect(same.err.join("\n")).toContain("tệp mới");
  });

  test("a file that cannot be read is reported, the others are consolidated, and the exit status is 2", async () => {
    const broken = join(dir, "xa-hong.xlsx");
    await writeFile(broken, "this is not a workbook");
    const out = join(dir, "tong-hop-2024.xlsx");
    const r = await run(["report", w.pnv, broken, w.vp, "--year", "2024", "--forms", "B04", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.err[0]).toContain("xa-hong.xlsx");
    expect(r.err.at(-1)).toContain("“" + broken + "”");
    expect(r.out).toContain("Tổng hợp 2/3 tệp");
    const book = await readWorkbookFile(out);
    expect(book.sheets.map((s) => s.name)).toEqual(["B04 2024", "KT 2024"]);
  });

  test("the same file given twice is refused", async () => {
    const r = await run(["report", w.pnv, w.vp, `${dir}/./phong-nghiep-vu.xlsx`, "--period", "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.err.join("\n")).toContain("được chỉ ra hai lần");
    expect(r.err.join("\n")).toContain(w.pnv);
  });

  test("files that saved different plans are refused, unless --plan says which plan", async () => {
    const other = await withSavedPlan(w.vp, "van-phong-ke-hoach-khac.xlsx", "Kế hoạch BĐG của Văn phòng");
    const r = await run(["report", w.pnv, other, "--period", "--out", join(dir, "y.xlsx")]);
    expect(r.status).toBe(2);
    const msg = r.err.join("\n");
    expect(msg).toContain("kế hoạch có sẵn");
    expect(msg).toContain("“Kế hoạch BĐG của Văn phòng”");
    expect(msg).toContain("--plan");
    const planFile = join(dir, "ke-hoach.json");
    await writeFile(planFile, JSON.stringify(builtinPlan().plan));
    const chosen = await run(["report", w.pnv, other, "--period", "--plan", planFile, "--out", join(dir, "y.xlsx")]);
    expect(chosen.status).toBe(1);
  });

  test("--unit corrects a file's unit; a --unit naming no file given is refused", async () => {
    const r = await run(["report", w.pnv, w.leaders, "--year", "2024", "--forms", "B04", "--unit", "Lãnh đạo Ban.xlsx=Lãnh đạo Sở", "--out", join(dir, "z.xlsx")]);
    expect(r.out).toContain("đơn vị “Lãnh đạo Sở” (theo --unit)");
    const wrong = await run(["report", w.pnv, w.leaders, "--year", "2024", "--unit", "khac.xlsx=X", "--out", join(dir, "z.xlsx")]);
    expect(wrong.status).toBe(2);
    expect(wrong.err.join("\n")).toContain("“khac.xlsx”");
    const badForm = await run(["report", w.pnv, w.leaders, "--year", "2024", "--unit", "Văn phòng", "--out", join(dir, "z.xlsx")]);
    expect(badForm.status).toBe(2);
    expect(badForm.err.join("\n")).toContain("TỆP=TÊN ĐƠN VỊ");
  });
});

describe("bdg validate and bdg progress on several files", () => {
  test("validate reports each file as today, then the findings of the files together", async () => {
    const r = await run(["validate", ...all, "--json"]);
    const doc = JSON.parse(r.out) as { files: Array<{ file: string }>; consolidated: { files: Array<{ unit: string }>; issues: Array<{ rule: string; cell?: string }>; progress: { overall: number } } };
    expect(doc.files.map((f) => f.file)).toEqual(all);
    expect(doc.consolidated.files.map((f) => f.unit)).toEqual(["Phòng Nghiệp vụ", "Văn phòng", "Lãnh đạo Ban", "UBND huyện Lộc Bình"]);
    expect(doc.consolidated.issues.filter((i) => i.rule === "duplicate-across-files").map((i) => i.cell)).toEqual(["C5", "C6"]);
    const sample = await run(["validate", join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx"), "--json"]);
    const one = JSON.parse(sample.out) as { files: Array<{ progress: unknown }> };
    expect(doc.consolidated.progress).toEqual(one.files[0]?.progress);
  });

  test("progress prints each file's progress and the consolidated progress", async () => {
    const r = await run(["progress", ...all, "--json"]);
    const doc = JSON.parse(r.out) as { files: unknown[]; consolidated: { figures: { activities: number; participants: number }; units: unknown[] } };
    expect(doc.files).toHaveLength(4);
    expect(doc.consolidated.figures).toMatchObject({ activities: 44, participants: 2682 });
    const text = await run(["progress", w.pnv, w.vp]);
    expect(text.out).toContain("Tệp: " + w.pnv);
    expect(text.out).toContain("Tổng hợp 2 tệp:");
  });
});
