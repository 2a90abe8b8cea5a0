/**
 * Property: any grid of mixed cell values — numbers, Vietnamese and garbage text, Excel errors,
 * booleans, blanks, header words in odd places, merges — read and validated never throws, and every
 * issue has a known rule code and, when it names a cell, a cell inside the grid on its own row.
 */
import fc from "fast-check";
import { analyzeWorkbook } from "../../src/core/engine";
import { builtinPlan } from "../../src/core/plan/load";
import { columnNumber, type CellValue, type MergedArea, type SheetSnapshot } from "../../src/core/snapshot";
import { parseIsoDay } from "../../src/core/time/days";
import { RULE_CODES } from "../../src/core/validate/issue";

const plan = builtinPlan();
const asOf = parseIsoDay("2024-06-30")!;

const HEADER_WORDS = ["STT", "Mã NV", "Nội dung", "Thời gian", "Năm", "Nam", "Nữ", "Tổng số", "Đơn vị chủ trì", "Tình trạng", "Kinh phí (đồng)", "DTTS", "Văn bản", "Ghi chú", "Số người tham gia"];
const TEXTS = ["II.2.4", "III.1", "iii.1.1.", "IX.9", "Tổng cộng", "Cộng", "Hoàn thành", "đang thực hiện", "x", "15/11/2023", "31/02/2023", "quý IV/2023", "tháng 13/2023", "1.500", "1,5", "12 người", "-", "Người lập biểu", "III. NỘI DUNG", "1.1", "Hoµn thµnh", "Hoaøn thaønh", "=1+1", "Tập huấn".normalize("NFD"), "UBND xã Tân Văn"];
const ERRORS = ["#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NAME?"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADER_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTS) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 60000 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const sheetArb: fc.Arbitrary<SheetSnapshot> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
    merges: fc.array(fc.record({ top: fc.integer({ min: 1, max: 25 }), left: fc.integer({ min: 1, max: 10 }), h: fc.integer({ min: 0, max: 2 }), w: fc.integer({ min: 0, max: 3 }) }), { maxLength: 4 }),
    name: fc.constantFrom("Theo dõi", "Năm 2023", "Sheet1"),
  })
  .map(({ rows, merges, name }) => ({
    name,
    values: rows,
    merges: merges.map((m): MergedArea => ({ top: m.top, left: m.left, bottom: m.top + m.h, right: m.left + m.w })),
  }));

describe("reader and validator on arbitrary grids", () => {
  it("never throw, and every issue is well-formed and points inside the grid", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { minLength: 1, maxLength: 3 }), fc.boolean(), (sheets, date1904) => {
        const names = sheets.map((s, i) => ({ ...s, name: `${s.name} ${i}` }));
        const a = analyzeWorkbook({ sheets: names, date1904 }, plan, { asOf });
        for (const issue of a.issues) {
          expect(RULE_CODES).toContain(issue.rule);
          expect(["error", "warning", "info"]).toContain(issue.severity);
          expect(issue.message.length).toBeGreaterThan(0);
          if (issue.cell) {
            const sheet = names.find((s) => s.name === issue.sheet);
            expect(sheet).toBeDefined();
            const m = /^([A-Z]+)(\d+)$/.exec(issue.cell)!;
            expect(m).not.toBeNull();
            expect(Number(m[2])).toBe(issue.row);
            expect(Number(m[2])).toBeLessThanOrEqual(sheet!.values.length);
            expect(columnNumber(m[1])).toBeGreaterThanOrEqual(1);
          }
        }
        for (const r of Object.values(a.progress.byYear)) if (r !== null) expect(r).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
