import { DEFAULT_SHEET, data, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

/** A total cell in its own number format: the message shows it, and the sum, as that cell would. */
describe("total-mismatch on a formatted total cell", () => {
  const rows = [
    { participants: 1000, female: 12 },
    { participants: 450, female: 10 },
  ];
  const formatted = () => {
    const d = data([table({ rows, totals: [{ raw: { participants: 1500, female: 22 } }] })]);
    // The participants column (F) of the total row (7) shows counts with a word after them.
    d.numberFormats = { [DEFAULT_SHEET]: [{ col: 6, top: 5, bottom: 7, code: '#,##0" người"' }] };
    return d;
  };

  it("quotes the total and the sum in the total cell's format, in either language", () => {
    const [vi] = issuesOf("total-mismatch", formatted());
    expect(vi.message).toContain("là “1.500 người”, nhưng cộng các dòng 5–6 được “1.450 người”");
    expect(vi.value).toBe(1500);
    const [en] = issuesOf("total-mismatch", formatted(), undefined, "en");
    expect(en.message).toContain("“1,500 người”");
    expect(en.message).toContain("“1,450 người”");
  });

  it("quotes them as before when the cell's format is one Excel's way cannot be rendered here", () => {
    const d = formatted();
    d.numberFormats = { [DEFAULT_SHEET]: [{ col: 6, top: 7, bottom: 7, code: "[>1000]#,##0;0" }] };
    expect(issuesOf("total-mismatch", d)[0].message).toContain("là 1.500, nhưng cộng các dòng 5–6 được 1.450");
  });
});
