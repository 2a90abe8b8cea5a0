import fc from "fast-check";
import type { CellValue } from "../../src/core/snapshot";
import { budgetScaleFromHeader, parseNumberCell, type NumberParse } from "../../src/core/read/numbers";

const num = (value: number): NumberParse => ({ ok: true, value });
const money = (value: number, unitScale: number): NumberParse => ({ ok: true, value, unitScale });
const NOT_A_NUMBER: NumberParse = { ok: false };

/** Groups the digits of a whole number by three with sep, the way a user types it. */
function grouped(n: number, sep: string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

describe("parseNumberCell: Vietnamese writing", () => {
  it.each<[string, NumberParse]>([
    ["12", num(12)],
    ["1.500", num(1500)],
    ["1.500.000", num(1_500_000)],
    ["1,5", num(1.5)],
    ["12,50", num(12.5)],
    ["1.500,5", num(1500.5)],
    ["1 500 000", num(1_500_000)],
    ["0,5", num(0.5)],
    ["12 người", num(12)],
    ["12 lượt người", num(12)],
    ["12 nguoi", num(12)],
    ["15 ng", num(15)],
    ["12 người (8 nữ)", num(12)],
    ["12.", num(12)],
    ["+5", num(5)],
    ["khoảng 20", num(20)],
    ["Khoảng 20 người", num(20)],
    ["không", num(0)],
    ["Không có", num(0)],
  ])("%j", (text, expected) => {
    expect(parseNumberCell(text)).toEqual(expected);
  });

  it("keeps a negative figure negative, for the validator to report", () => {
    expect(parseNumberCell("-5")).toEqual(num(-5));
    expect(parseNumberCell("\u22125")).toEqual(num(-5));
    expect(parseNumberCell(-5)).toEqual(num(-5));
  });
});

describe("parseNumberCell: dots, commas and the English near-misses", () => {
  it("reads a dot before three digits as thousands, before one or two as a decimal point", () => {
    expect(parseNumberCell("1.500")).toEqual(num(1500));
    expect(parseNumberCell("1.5")).toEqual(num(1.5));
    expect(parseNumberCell("1.25")).toEqual(num(1.25));
  });

  it("reads a comma as the decimal mark, except before exactly three digits (an English thousands group)", () => {
    expect(parseNumberCell("1,5")).toEqual(num(1.5));
    expect(parseNumberCell("1,500")).toEqual(num(1500));
    expect(parseNumberCell("1,500,000")).toEqual(num(1_500_000));
    expect(parseNumberCell("1,5000")).toEqual(num(1.5));
  });

  it("never reads a leading zero as a thousands group", () => {
    expect(parseNumberCell("0,500")).toEqual(num(0.5));
    expect(parseNumberCell("0.500")).toEqual(num(0.5));
  });

  it("takes the last of '.' and ',' as the decimal mark when both are written", () => {
    expect(parseNumberCell("1.500,5")).toEqual(num(1500.5));
    expect(parseNumberCell("1,500.5")).toEqual(num(1500.5));
  });

  it.each(["1.50.0", "1..5", "1.5,5", "1,5.000,2"])("rejects the malformed %j", (text) => {
    expect(parseNumberCell(text)).toEqual(NOT_A_NUMBER);
  });
});

describe("parseNumberCell: money units written in the cell", () => {
  it.each<[string, NumberParse]>([
    ["5 triệu", money(5, 1)],
    ["3,5 tr", money(3.5, 1)],
    ["3,5tr", money(3.5, 1)],
    ["2 trđ", money(2, 1)],
    ["1,5 tỷ", money(1.5, 1000)],
    ["500 nghìn", money(500, 0.001)],
    ["500 ngàn đồng", money(500, 0.001)],
    ["1.500.000đ", money(1_500_000, 1e-6)],
    ["1.500.000 VNĐ", money(1_500_000, 1e-6)],
    ["1 500 000 đồng", money(1_500_000, 1e-6)],
  ])("%j", (text, expected) => {
    expect(parseNumberCell(text)).toEqual(expected);
  });
});

describe("parseNumberCell: what is not a number", () => {
  it.each(["hai mươi", "abc", "abc12", "12abc", "(12)", "50%", "12-15", "12/15", "=5+3", "1e3", "2 lớp"])(
    "%j is not a number",
    (text) => {
      expect(parseNumberCell(text)).toEqual(NOT_A_NUMBER);
    },
  );

  it("does not read booleans as numbers", () => {
    expect(parseNumberCell(true)).toEqual(NOT_A_NUMBER);
    expect(parseNumberCell(false)).toEqual(NOT_A_NUMBER);
  });

  it("does not read NaN or infinities", () => {
    expect(parseNumberCell(Number.NaN)).toEqual(NOT_A_NUMBER);
    expect(parseNumberCell(Number.POSITIVE_INFINITY)).toEqual(NOT_A_NUMBER);
  });

  it.each<[CellValue]>([[null], [""], ["  "], ["-"], ["–"], ["—"], ["..."], ["…"], ["\u00a0"], ["#REF!"], ["#DIV/0!"]])(
    "%j is blank",
    (v) => {
      expect(parseNumberCell(v)).toBeNull();
    },
  );
});

describe("parseNumberCell: Unicode forms", () => {
  it.each(["12 lượt người", "Khoảng 20", "1.500.000 đồng", "không"])("%j reads the same in NFD as in NFC", (text) => {
    const nfd = text.normalize("NFD");
    expect(nfd).not.toBe(text.normalize("NFC"));
    const r = parseNumberCell(nfd);
    expect(r?.ok).toBe(true);
    expect(r).toEqual(parseNumberCell(text.normalize("NFC")));
  });
});

describe("parseNumberCell: properties", () => {
  it("a number cell is itself", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberCell(x)).toEqual(num(x));
      }),
    );
  });

  it("reads back any whole number grouped by '.' or spaces, and any decimal with ','", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 1, max: 99 }), (n, cents) => {
        expect(parseNumberCell(grouped(n, "."))).toEqual(num(n));
        expect(parseNumberCell(grouped(n, " "))).toEqual(num(n));
        const frac = String(cents).padStart(2, "0");
        expect(parseNumberCell(`${grouped(n, ".")},${frac}`)).toEqual(num(Number(`${n}.${frac}`)));
      }),
    );
  });

  it("never throws, and an ok value is a finite number", () => {
    const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.stringMatching(/^[+\-−(]?[0-9.,  ]{0,12}(ng|người|tr|đ|%|\))?$/),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(anyCell, (v) => {
        const r = parseNumberCell(v);
        if (r?.ok) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("budgetScaleFromHeader", () => {
  it.each<[string, number]>([
    ["Kinh phí (triệu đồng)", 1],
    ["Kinh phí (Triệu Đồng)", 1],
    ["Kinh phí (tr.đ)", 1],
    ["KP trđ", 1],
    ["Kinh phí (1.000.000 đồng)", 1],
    ["Kinh phí (tỷ đồng)", 1000],
    ["Kinh phí (nghìn đồng)", 0.001],
    ["Kinh phí (ngàn đồng)", 0.001],
    ["Kinh phí (1.000đ)", 0.001],
    ["Kinh phí (1000 đồng)", 0.001],
    ["Kinh phí (đồng)", 1e-6],
    ["Kinh phí (VNĐ)", 1e-6],
    ["Kinh phí VND", 1e-6],
    // No unit: triệu đồng, the unit these reports use.
    ["Kinh phí", 1],
    ["Kinh phí đã sử dụng", 1],
  ])("%j -> %d", (header, scale) => {
    expect(budgetScaleFromHeader(header)).toBe(scale);
  });

  it("reads NFD headers", () => {
    expect(budgetScaleFromHeader("Kinh phí (nghìn đồng)".normalize("NFD"))).toBe(0.001);
  });
});
