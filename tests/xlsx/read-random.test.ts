import fc from "fast-check";
import { loadWithExcelJS } from "../../src/xlsx/load-with-exceljs";
import { readWorkbookBuffer, XlsxReadError } from "../../src/xlsx/read-workbook";
import { buildXlsx, rewriteXlsx, type XlsxSheet } from "../helpers/build-xlsx";
import { direct, sniffed } from "./read-helpers";

describe("random workbooks", () => {
  const FONTS = [undefined, ".VnTime", "VNI-Times", "Arial"];
  const FORMATS = [undefined, "dd/mm/yyyy", "0.00", "[h]:mm", '"Ngày" d', "mm/yyyy", "#,##0", '#,##0 "đ";(#,##0 "đ")', "0.0%"];
  const text = fc
    .array(fc.constantFrom("a", "Ệ", "Hoà".normalize("NFD"), " ", "&", "<", ">", '"', "'", "\n", "\t", "_x000D_", "Tæng", "#N/A", "1"), { maxLength: 6 })
    .map((parts) => parts.join(""));
  const plain = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -100000, max: 100000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    text,
    fc.boolean(),
    fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(2100, 0, 1) }).map((ms) => new Date(ms)),
    fc.constantFrom("#N/A", "#REF!", "#DIV/0!").map((error) => ({ error })),
  );
  const value = fc.oneof(
    { weight: 6, arbitrary: plain },
    { weight: 2, arbitrary: fc.record({ formula: fc.constant("A1+1"), result: plain.map((v) => v ?? undefined) }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.record({ text, font: fc.constantFrom(...FONTS) }), { minLength: 1, maxLength: 3 })
        .map((runs) => ({ richText: runs.map(({ text: t, font }) => (font ? { text: t, font: { name: font } } : { text: t })) })),
    },
    { weight: 1, arbitrary: text.map((t) => ({ text: t, hyperlink: "https://example.org/" })) },
  );
  const sheet = fc.record({
    rows: fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }),
    styles: fc.array(fc.record({ r: fc.integer({ min: 1, max: 8 }), c: fc.integer({ min: 1, max: 6 }), font: fc.constantFrom(...FONTS), numFmt: fc.constantFrom(...FORMATS) }), {
      maxLength: 10,
    }),
    merges: fc.array(fc.record({ r: fc.integer({ min: 1, max: 8 }), c: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 0, max: 2 }), w: fc.integer({ min: 0, max: 2 }) }), {
      maxLength: 3,
    }),
    state: fc.constantFrom("visible" as const, "hidden" as const),
  });

  // Many workbooks through both readers: seconds on a loaded machine.
  jest.setTimeout(60_000);
  test("are read the same by the direct reader and by exceljs's full load", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const specs: XlsxSheet[] = sheets.map((s, i) => {
          const fonts: Record<string, string> = {};
          const numFmts: Record<string, string> = {};
          for (const st of s.styles) {
            if (st.font) fonts[a1Of(st.r, st.c)] = st.font;
            if (st.numFmt) numFmts[a1Of(st.r, st.c)] = st.numFmt;
          }
          const merges: string[] = [];
          const taken: Array<[number, number, number, number]> = [];
          for (const m of s.merges) {
            const area: [number, number, number, number] = [m.r, m.c, m.r + m.h, m.c + m.w];
            if (taken.some(([t, l, b, r]) => area[0] <= b && area[2] >= t && area[1] <= r && area[3] >= l)) continue;
            taken.push(area);
            merges.push(`${a1Of(area[0], area[1])}:${a1Of(area[2], area[3])}`);
          }
          return { name: `Trang ${i + 1}`, rows: s.rows, fonts, numFmts, merges, state: s.state, ownedByAddin: i === 1 };
        });
        const data_ = await buildXlsx(specs, { date1904 });
        const expected = await loadWithExcelJS(data_, sniffed(data_).date1904);
        expect(await direct(data_)).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

function a1Of(r: number, c: number): string {
  return `${"ABCDEFGH"[c - 1]}${r}`;
}

describe("parts the snapshot does not need", () => {
  test("a hyperlink whose target is missing no longer makes the workbook unreadable", async () => {
    const data_ = await buildXlsx([{ name: "Theo dõi", rows: [[{ text: "Công văn 12", hyperlink: "https://example.org/cv12.pdf" }, 5]] }]);
    const broken = rewriteXlsx(data_, (name, text) => (name === "xl/worksheets/_rels/sheet1.xml.rels" ? null : text));
    await expect(loadWithExcelJS(broken, false)).rejects.toThrow(XlsxReadError);
    expect((await readWorkbookBuffer(broken)).sheets[0].values).toEqual([["Công văn 12", 5]]);
  });
});
