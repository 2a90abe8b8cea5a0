/**
 * `bdg validate` honours the issues accepted in the task pane: they are saved in the workbook's
 * settings (the web extension part of the .xlsx), counted in no total, and the output says how
 * many were accepted.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { parseArgs } from "../../src/cli/args";
import { validateCommand } from "../../src/cli/commands/validate";
import { withAccepted } from "../../src/core/acceptance/accepted-issues";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { parseIsoDay } from "../../src/core/time/days";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { writeXlsxFile } from "../helpers/build-xlsx";

const HEADER = ["Mã", "Nội dung hoạt động", "Thời gian", "Đơn vị chủ trì", "Tình trạng", "Tổng số", "Nữ"];
// More women than participants: one error on G2.
const ROWS = [HEADER, ["II.1", "Quán triệt Kế hoạch bình đẳng giới", "15/01/2025", "Lãnh đạo Sở", "Hoàn thành", 30, 40]];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "bdg-accepted-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Adds settings to a .xlsx as Excel stores an add-in's settings (a JSON string per property). */
async function withSettings(path: string, settings: Record<string, string>): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const props = Object.entries(settings)
    .map(([name, v]) => `<we:property name="${name}" value="${JSON.stringify(v).replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"/>`)
    .join("");
  zip.file(
    "xl/webextensions/webextension1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}"><we:reference id="bdg" version="1.0.0.0" store="developer" storeType="Registry"/><we:alternateReferences/><we:properties>${props}</we:properties><we:bindings/><we:snapshot/></we:webextension>`,
  );
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
}

async function validate(file: string): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await validateCommand(parseArgs(["validate", file, "--as-of", "2025-12-31"]), (s) => lines.push(s), (s) => lines.push(s));
  return { code, text: lines.join("\n") };
}

test("an issue accepted in the pane counts in no total, and the output says how many were accepted", async () => {
  const file = await writeXlsxFile(join(dir, "theo-doi.xlsx"), [{ name: "Theo dõi", rows: ROWS }]);
  const before = await validate(file);
  expect(before.code).toBe(1);
  expect(before.text).toMatch(/Ô G2: số nữ \(40\)/);

  const book = await readWorkbookFile(file);
  const a = analyzeWorkbook(book, builtinPlan(), { asOf: parseIsoDay("2025-12-31")!, locale: "vi" });
  const female = a.issues.find((i) => i.rule === "female-exceeds-total");
  expect(female).toBeDefined();
  await withSettings(file, { "bdg.acceptedIssues": JSON.stringify({ version: 1, items: withAccepted([], female!, book, "đã xác minh") }) });

  const after = await validate(file);
  expect(after.text).not.toMatch(/Ô G2: số nữ \(40\)/);
  expect(after.text).toContain("1 vấn đề đã được chấp nhận trong ngăn tác vụ (lưu trong sổ làm việc) nên không được tính ở trên.");
  expect(after.text).toContain(`Kết quả kiểm tra: ${a.summary.errors - 1} lỗi`);
});
