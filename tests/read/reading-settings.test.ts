/**
 * The reading settings the pane saves in a workbook — tasks confirmed or corrected row by row, the
 * years the book tracks — honoured in the core and on the command line (`--years` winning), and
 * said: "Sổ này theo dõi các năm 2023–2025", how many activities count by a confirmed task.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main } from "../../src/cli/main";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { parseTaskChoices, parseYearsText, serializeTaskChoices } from "../../src/core/read/task-choices";
import { dayOf } from "../../src/core/time/days";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { communeBook, VAGUE_ROW } from "./books/commune";

const plan = builtinPlan();
const AS_OF = dayOf(2025, 12, 31);
const VAGUE_TEXT = "Họp thôn tổng hợp tình hình cuối năm";
const CONFIRM = serializeTaskChoices([{ sheet: "Sổ theo dõi", row: VAGUE_ROW, text: VAGUE_TEXT, taskId: "III.1.4" }]) as string;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "bdg-reading-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function file(name: string, settings?: Record<string, string>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await communeBook(settings));
  return path;
}

async function bdg(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  let out = "";
  const err: string[] = [];
  const code = await main(argv, (s) => (out += s + "\n"), (s) => err.push(s));
  return { code, out, err };
}

const stateOf = (a: ReturnType<typeof analyzeWorkbook>, task: string, year: number): string | undefined => a.statuses.find((s) => s.taskId === task && s.year === year)?.state;

describe("tasks confirmed row by row", () => {
  it("counts a confirmed task as surely as a task column, and only while the row holds the same words", async () => {
    const book = await readWorkbookBuffer(await communeBook());
    const before = analyzeWorkbook(book, plan, { asOf: AS_OF });
    expect(stateOf(before, "III.1.4", 2024)).toBe("overdue");
    expect(before.issues.some((i) => i.rule === "unmapped-activity" && i.row === VAGUE_ROW)).toBe(true);

    const after = analyzeWorkbook(book, plan, { asOf: AS_OF, taskChoices: parseTaskChoices(CONFIRM) });
    const row = after.data.activities.find((a) => a.row === VAGUE_ROW);
    expect(row).toMatchObject({ taskId: "III.1.4", taskSource: "confirmed", taskConfidence: 1 });
    expect(stateOf(after, "III.1.4", 2024)).toBe("done");
    expect(after.issues.some((i) => i.rule === "unmapped-activity" && i.row === VAGUE_ROW)).toBe(false);

    // The row was edited since: the choice no longer applies.
    const stale = parseTaskChoices(serializeTaskChoices([{ sheet: "Sổ theo dõi", row: VAGUE_ROW, text: "Một nội dung khác", taskId: "III.1.4" }]));
    expect(stateOf(analyzeWorkbook(book, plan, { asOf: AS_OF, taskChoices: stale }), "III.1.4", 2024)).toBe("overdue");
  });

  it("drops what cannot be read from a damaged setting, never failing", () => {
    expect(parseTaskChoices("không phải JSON")).toEqual([]);
    expect(parseTaskChoices('[{"sheet":"A","row":0,"text":"x","taskId":"II.1"},{"sheet":"A","row":3,"text":"x","taskId":null},7]')).toEqual([{ sheet: "A", row: 3, text: "x", taskId: null }]);
    expect(parseYearsText("2023-2025")).toEqual({ from: 2023, to: 2025 });
    expect(parseYearsText("2023–2025")).toEqual({ from: 2023, to: 2025 });
    expect(parseYearsText("2025-2023")).toBeNull();
    expect(parseYearsText("ba năm")).toBeNull();
  });
});

describe("the command line honours the pane's settings and says what it read", () => {
  it("states the book's years and the confirmed count in progress, its text and its JSON", async () => {
    const path = await file("xa.xlsx", { "bdg.taskChoices": CONFIRM });
    const r = await bdg("progress", path, "--as-of", "2025-12-31");
    expect(r.out).toContain("Sổ này theo dõi các năm 2023–2025");
    expect(r.out).toContain("1 hoạt động được tính theo nhiệm vụ do người dùng xác nhận");
    expect(r.out).toMatch(/III\.1\.4\s+2024\s+Hoàn thành/);
    const j = JSON.parse((await bdg("progress", path, "--as-of", "2025-12-31", "--json")).out);
    expect(j.bookYears).toMatchObject({ from: 2023, to: 2025, source: "title" });
    expect(j.bookYears.text).toContain("Sổ này theo dõi các năm 2023–2025");
    expect(j.confirmedTasks).toBe(1);
    const v = await bdg("validate", path, "--as-of", "2025-12-31");
    expect(v.out).toContain("Sổ này theo dõi các năm 2023–2025");
    expect(v.out).not.toMatch(/năm 2022: chưa có hoạt động/);
  });

  it("lets --years win over the book and over the saved years; reads the saved years without it", async () => {
    const path = await file("xa-nam.xlsx", { "bdg.years": "2024-2025" });
    const saved = JSON.parse((await bdg("progress", path, "--as-of", "2025-12-31", "--json")).out);
    expect(saved.bookYears).toMatchObject({ from: 2024, to: 2025, source: "override" });
    const flag = JSON.parse((await bdg("progress", path, "--as-of", "2025-12-31", "--json", "--years", "2025-2025")).out);
    expect(flag.bookYears).toMatchObject({ from: 2025, to: 2025, source: "override" });
    const text = await bdg("validate", path, "--as-of", "2025-12-31", "--years", "2023-2025");
    expect(text.out).toContain("Sổ này theo dõi các năm 2023–2025 (theo lựa chọn của người dùng)");
    expect(text.out).not.toMatch(/năm 2022: chưa có hoạt động/);
    const plain = await bdg("validate", await file("xa-tron.xlsx"), "--as-of", "2025-12-31", "--years", "2021-2025");
    expect(plain.out).toMatch(/năm 2022: chưa có hoạt động/);
  });

  it("refuses --years that is not a span of years, exit 2", async () => {
    const r = await bdg("progress", await file("xa-sai.xlsx"), "--years", "hai năm");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain('--years "hai năm" không hợp lệ');
  });
});

describe("a row confirmed as of no task", () => {
  it("is settled: no warning asks again, and it counts for no task", async () => {
    const book = await readWorkbookBuffer(await communeBook());
    const choices = parseTaskChoices(serializeTaskChoices([{ sheet: "Sổ theo dõi", row: 8, text: "Hỗ trợ vay vốn ưu đãi cho hộ nghèo", taskId: null }]));
    const a = analyzeWorkbook(book, plan, { asOf: AS_OF, taskChoices: choices });
    expect(a.data.activities.find((x) => x.row === 8)).toMatchObject({ taskId: null, taskSource: "confirmed" });
    expect(a.issues.filter((i) => i.rule === "unmapped-activity").map((i) => i.row)).toEqual([VAGUE_ROW]);
  });
});
