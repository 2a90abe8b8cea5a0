import fc from "fast-check";
import type { CellValue } from "../../src/core/snapshot";
import { dayOf, endOfMonth, serialFromDay, type Day } from "../../src/core/time/days";
import { parseDateCell, parseYearCell, type DateParse } from "../../src/core/read/dates";
import type { DateSpan } from "../../src/core/read/types";

const span = (start: Day, end: Day, precision: DateSpan["precision"]): DateParse => ({
  ok: true,
  span: { start, end, precision },
});
const day = (y: number, m: number, d: number): DateParse => span(dayOf(y, m, d), dayOf(y, m, d), "day");
const month = (y: number, m: number): DateParse => span(dayOf(y, m, 1), endOfMonth(y, m), "month");
const quarter = (y: number, q: number): DateParse => span(dayOf(y, 3 * q - 2, 1), endOfMonth(y, 3 * q), "quarter");
const year = (y: number): DateParse => span(dayOf(y, 1, 1), dayOf(y, 12, 31), "year");
const range = (start: Day, end: Day): DateParse => span(start, end, "range");
const NOT_REAL: DateParse = { ok: false, reason: "not-a-real-day" };
const UNREADABLE: DateParse = { ok: false, reason: "unreadable" };

const read = (v: CellValue, fallbackYear?: number) => parseDateCell(v, false, fallbackYear);

describe("parseDateCell: days written as text, day first", () => {
  it.each<[string, DateParse]>([
    ["15/11/2023", day(2023, 11, 15)],
    ["5/1/2023", day(2023, 1, 5)],
    ["05/01/2023", day(2023, 1, 5)],
    ["05-01-2023", day(2023, 1, 5)],
    ["5.1.2023", day(2023, 1, 5)],
    ["15 / 11 / 2023", day(2023, 11, 15)],
    ["15/11/23", day(2023, 11, 15)],
    ["ngày 15 tháng 11 năm 2023", day(2023, 11, 15)],
    ["Ngày 15 tháng 11 năm 2023", day(2023, 11, 15)],
    ["ngay 15 thang 11 nam 2023", day(2023, 11, 15)],
    ["NGÀY 15 THÁNG 11 NĂM 2023", day(2023, 11, 15)],
    ["15 tháng 11/2023", day(2023, 11, 15)],
    ["2023-11-15", day(2023, 11, 15)],
    ["2023-11-15T08:00:00.000Z", day(2023, 11, 15)],
    ["15/11/2023 08:00", day(2023, 11, 15)],
    ["15/11/2023 8h30", day(2023, 11, 15)],
    ["8 giờ 30 phút ngày 15/11/2023", day(2023, 11, 15)],
    ["Ngày 15/11/2023", day(2023, 11, 15)],
    ["ngày15/11/2023", day(2023, 11, 15)],
    ["15/11/2023 (Hội nghị)", day(2023, 11, 15)],
    ["Kế hoạch số 15/KH-BDT ngày 10/3/2023", day(2023, 3, 10)],
    ["29/02/2024", day(2024, 2, 29)],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("reads the day first, never the month: 03/04/2023 is 3 April", () => {
    expect(read("03/04/2023")).toEqual(day(2023, 4, 3));
    expect(read("12/11/2023")).not.toEqual(day(2023, 12, 11));
  });
});

describe("parseDateCell: months, quarters, years", () => {
  it.each<[string, DateParse]>([
    ["tháng 11/2023", month(2023, 11)],
    ["Tháng 11 năm 2023", month(2023, 11)],
    ["tháng 11-2023", month(2023, 11)],
    ["tháng 11 2023", month(2023, 11)],
    ["thang 2/2024", month(2024, 2)],
    ["T11/2023", month(2023, 11)],
    ["11/2023", month(2023, 11)],
    ["quý IV/2023", quarter(2023, 4)],
    ["quý 4/2023", quarter(2023, 4)],
    ["Quý IV năm 2023", quarter(2023, 4)],
    ["QUY I NAM 2024", quarter(2024, 1)],
    ["QIV/2023", quarter(2023, 4)],
    ["Q2/2023", quarter(2023, 2)],
    ["năm 2023", year(2023)],
    ["Năm 2023", year(2023)],
    ["2023", year(2023)],
    ["6 tháng đầu năm 2023", range(dayOf(2023, 1, 1), dayOf(2023, 6, 30))],
    ["6 tháng cuối năm 2023", range(dayOf(2023, 7, 1), dayOf(2023, 12, 31))],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("parseDateCell: ranges", () => {
  const d = dayOf;
  it.each<[string, DateParse]>([
    ["15/11 - 15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["15/11-15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["15/11/2023 - 15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["15/11/2023 – 15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["từ 15/11/2023 đến 15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["Từ ngày 15/11 đến ngày 15/12/2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["từ ngày 15 tháng 11 đến ngày 15 tháng 12 năm 2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["15-11 - 15-12-2023", range(d(2023, 11, 15), d(2023, 12, 15))],
    ["01-05/3/2023", range(d(2023, 3, 1), d(2023, 3, 5))],
    ["1/3-5/3/2023", range(d(2023, 3, 1), d(2023, 3, 5))],
    ["tháng 3-4/2023", range(d(2023, 3, 1), endOfMonth(2023, 4))],
    ["tháng 3-12/2023", range(d(2023, 3, 1), endOfMonth(2023, 12))],
    ["tháng 3 - tháng 4 năm 2023", range(d(2023, 3, 1), endOfMonth(2023, 4))],
    ["quý I - quý II/2023", range(d(2023, 1, 1), endOfMonth(2023, 6))],
    ["2021-2025", range(d(2021, 1, 1), d(2025, 12, 31))],
    // The start takes the end's year, and the year before when it would fall after the end.
    ["15/12 - 15/01/2024", range(d(2023, 12, 15), d(2024, 1, 15))],
    ["tháng 11 - tháng 2/2024", range(d(2023, 11, 1), endOfMonth(2024, 2))],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("tells a day range from a date written with dashes", () => {
    expect(read("01-05/3/2023")).toEqual(range(dayOf(2023, 3, 1), dayOf(2023, 3, 5)));
    expect(read("01-05-2023")).toEqual(day(2023, 5, 1));
  });

  it("does not read a range written backwards", () => {
    expect(read("15/12/2023 - 15/11/2023")).toEqual(UNREADABLE);
  });

  it("reports a range with an impossible end as not a real day", () => {
    expect(read("15/11 - 31/11/2023")).toEqual(NOT_REAL);
  });
});

describe("parseDateCell: what is not a date", () => {
  it.each<[string, DateParse]>([
    ["31/02/2023", NOT_REAL],
    ["29/02/2023", NOT_REAL],
    ["31/04/2023", NOT_REAL],
    ["0/11/2023", NOT_REAL],
    ["ngày 30 tháng 2 năm 2024", NOT_REAL],
    // A day-first date with month 13 is a day that does not exist (also catches mm/dd typing).
    ["15/13/2023", NOT_REAL],
    ["11/15/2023", NOT_REAL],
    ["13/2023", UNREADABLE],
    ["tháng 13/2023", UNREADABLE],
    ["quý 5/2023", UNREADABLE],
    ["abc", UNREADABLE],
    ["sắp tới", UNREADABLE],
    ["15/11", UNREADABLE],
    ["11/23", UNREADABLE],
    ["115/11/2023", UNREADABLE],
    ["Số 12/2023/QĐ-UBND", UNREADABLE],
    ["1899", UNREADABLE],
  ])("%j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[CellValue]>([[null], [""], ["   "], ["-"], ["–"], ["—"], ["\u00a0"], ["#REF!"], ["#N/A"], ["#VALUE!"]])(
    "%j is blank (errors are reported by another rule)",
    (v) => {
      expect(read(v)).toBeNull();
    },
  );

  it("does not read booleans as dates", () => {
    expect(read(true)).toEqual(UNREADABLE);
    expect(read(false)).toEqual(UNREADABLE);
  });
});

describe("parseDateCell: Unicode forms", () => {
  it.each(["ngày 15 tháng 11 năm 2023", "Quý IV năm 2023", "từ ngày 15/11 đến ngày 15/12/2023", "tháng 11/2023"])(
    "%j reads the same in NFD as in NFC",
    (text) => {
      const nfd = text.normalize("NFD");
      expect(nfd).not.toBe(text.normalize("NFC"));
      const r = read(nfd);
      expect(r?.ok).toBe(true);
      expect(r).toEqual(read(text.normalize("NFC")));
    },
  );
});

describe("parseDateCell: Excel serial numbers", () => {
  it("reads serials of the 1900 system", () => {
    expect(parseDateCell(45000, false)).toEqual(day(2023, 3, 15));
    expect(parseDateCell(1, false)).toEqual(day(1900, 1, 1));
    expect(parseDateCell(61, false)).toEqual(day(1900, 3, 1));
  });

  it("drops the time of day", () => {
    expect(parseDateCell(45000.75, false)).toEqual(day(2023, 3, 15));
  });

  it("reads serials of the 1904 system", () => {
    expect(parseDateCell(0, true)).toEqual(day(1904, 1, 1));
    // The same day is 1462 lower in the 1904 system.
    expect(parseDateCell(45000 - 1462, true)).toEqual(day(2023, 3, 15));
    expect(parseDateCell(45000, true)).not.toEqual(parseDateCell(45000, false));
  });

  it("reads a whole number 1900..2100 as a year, not a serial", () => {
    expect(parseDateCell(2023, false)).toEqual(year(2023));
    expect(parseDateCell(2023, true)).toEqual(year(2023));
    expect(parseDateCell(2101, false)).toEqual(day(1905, 10, 1));
  });

  it("rejects numbers that are no serial", () => {
    expect(parseDateCell(0, false)).toEqual(UNREADABLE);
    expect(parseDateCell(-1, false)).toEqual(UNREADABLE);
    expect(parseDateCell(-1, true)).toEqual(UNREADABLE);
    expect(parseDateCell(2958466, false)).toEqual(UNREADABLE);
    expect(parseDateCell(Number.NaN, false)).toEqual(UNREADABLE);
    expect(parseDateCell(Number.POSITIVE_INFINITY, false)).toEqual(UNREADABLE);
    // Excel's 29/02/1900 never existed.
    expect(parseDateCell(60, false)).toEqual(NOT_REAL);
  });

  it("round-trips every day of the plan's years through both serial systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(2015, 1, 1), max: dayOf(2035, 12, 31) }), fc.boolean(), (d, is1904) => {
        expect(parseDateCell(serialFromDay(d, is1904), is1904)).toEqual(span(d, d, "day"));
      }),
    );
  });
});

describe("parseDateCell: fallback year from the row", () => {
  it("completes a date written without a year", () => {
    expect(read("15/11", 2023)).toEqual(day(2023, 11, 15));
    expect(read("tháng 11", 2023)).toEqual(month(2023, 11));
    expect(read("Quý IV", 2023)).toEqual(quarter(2023, 4));
    expect(read("15/11 - 15/12", 2023)).toEqual(range(dayOf(2023, 11, 15), dayOf(2023, 12, 15)));
  });

  it("never overrides a year that is written", () => {
    expect(read("15/11/2022", 2023)).toEqual(day(2022, 11, 15));
  });
});

describe("parseDateCell: properties", () => {
  const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
  );
  // Strings made of date pieces reach the range and rollover paths far more often than random text.
  const datePieces = fc
    .array(
      fc.constantFrom(
        "15", "1", "29", "31", "02", "12", "13", "2023", "2024", "23", "/", "-", ".", " ", " - ", "tháng ", "ngày ",
        "năm ", "quý ", "IV", "Q", "T", "từ ", " đến ", "6 tháng đầu ", ":", "h", "(", "đ",
      ),
      { maxLength: 12 },
    )
    .map((xs) => xs.join(""));

  it("never throws, and an ok date never ends before it starts", () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, datePieces), fc.boolean(), fc.option(fc.integer({ min: 1990, max: 2100 })), (v, is1904, fy) => {
        const r = parseDateCell(v, is1904, fy);
        if (r?.ok) {
          expect(r.span.start).toBeLessThanOrEqual(r.span.end);
          expect(Number.isInteger(r.span.start)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("reads back any real day written in the usual forms", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1990, 1, 1), max: dayOf(2099, 12, 31) }), (d) => {
        const dt = new Date(d * 86_400_000);
        const [y, m, dd] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
        const p2 = (n: number) => String(n).padStart(2, "0");
        for (const text of [`${dd}/${m}/${y}`, `${p2(dd)}-${p2(m)}-${y}`, `${dd}.${m}.${y}`, `ngày ${dd} tháng ${m} năm ${y}`]) {
          expect(read(text)).toEqual(span(d, d, "day"));
        }
      }),
    );
  });
});

describe("parseYearCell", () => {
  it.each<[CellValue, number | null | undefined]>([
    [2023, 2023],
    ["2023", 2023],
    ["Năm 2023", 2023],
    ["năm 2023", 2023],
    ["NĂM 2023", 2023],
    ["Năm 2023".normalize("NFD"), 2023],
    [" 2023 ", 2023],
    [null, null],
    ["", null],
    ["-", null],
    ["#REF!", null],
    [2023.5, undefined],
    [Number.NaN, undefined],
    ["abc", undefined],
    ["23", undefined],
    ["2021-2025", undefined],
    [true, undefined],
  ])("%j -> %j", (v, expected) => {
    expect(parseYearCell(v)).toBe(expected);
  });
});
