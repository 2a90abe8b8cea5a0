import { columnsWithout, data, dataOf, table } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

describe("bad-number", () => {
  it("fires on a count written in words, quoting it", () => {
    const [i] = issuesOf("bad-number", dataOf([{ participants: null, raw: { participants: "ba mươi" } }]));
    expect(i).toMatchObject({ severity: "error", cell: "F5", value: "ba mươi" });
    expect(i.message).toContain("tổng số người tham gia “ba mươi” không phải là số");
  });

  it("does not fire on a dash or a blank, which mean nothing, nor on a number", () => {
    const d = dataOf([{ participants: null, raw: { participants: "-" } }, { budget: null, raw: { budget: "  " } }, { participants: 30, female: 12 }]);
    expect(issuesOf("bad-number", d)).toHaveLength(0);
  });

  it("fires on a total row's cell that is not a number", () => {
    const d = data([table({ rows: [{ participants: 3, female: 1 }], totals: [{ raw: { participants: "nhiều" } }] })]);
    expect(issuesOf("bad-number", d).map((i) => i.cell)).toEqual(["F6"]);
  });
});

describe("negative-number", () => {
  it("fires on a negative count or budget", () => {
    const issues = issuesOf("negative-number", dataOf([{ participants: -5, budget: -1.5 }]));
    expect(issues.map((i) => i.cell)).toEqual(["F5", "J5"]);
    expect(issues[0].message).toContain("là số âm (-5)");
  });

  it("does not fire on zero", () => {
    expect(issuesOf("negative-number", dataOf([{ participants: 0, female: 0, budget: 0 }]))).toHaveLength(0);
  });
});

describe("non-integer-count", () => {
  it("fires on a count with a fraction, written the Vietnamese way", () => {
    const [i] = issuesOf("non-integer-count", dataOf([{ participants: 12.5, female: 5 }]));
    expect(i).toMatchObject({ cell: "F5", value: 12.5 });
    expect(i.message).toContain("(12,5)");
  });

  it("does not fire on whole counts, nor on a budget with a fraction", () => {
    expect(issuesOf("non-integer-count", dataOf([{ participants: 12, female: 5, budget: 12.5 }]))).toHaveLength(0);
  });
});

describe("female-exceeds-total", () => {
  it("fires when women outnumber participants", () => {
    const [i] = issuesOf("female-exceeds-total", dataOf([{ participants: 30, female: 31 }]));
    expect(i.message).toBe("Ô G5: số nữ (31) lớn hơn tổng số người tham gia (30). Kiểm tra lại hai số này.");
  });

  it("does not fire when all participants are women", () => {
    expect(issuesOf("female-exceeds-total", dataOf([{ participants: 30, female: 30 }]))).toHaveLength(0);
  });

  it("speaks English on request", () => {
    const [i] = issuesOf("female-exceeds-total", dataOf([{ participants: 1500, female: 1501 }]), undefined, "en");
    expect(i.message).toBe("Cell G5: the number of women (1,501) exceeds the number of participants (1,500). Check both numbers.");
  });
});

describe("ethnic-exceeds-total", () => {
  it("fires when ethnic-minority people outnumber participants, and not when equal", () => {
    expect(issuesOf("ethnic-exceeds-total", dataOf([{ participants: 1500, female: 700, ethnicMinority: 1501 }]))[0].message).toContain(
      "số người DTTS (1.501) lớn hơn tổng số người tham gia (1.500)",
    );
    expect(issuesOf("ethnic-exceeds-total", dataOf([{ participants: 20, female: 10, ethnicMinority: 20 }]))).toHaveLength(0);
  });
});

describe("sex-sum-mismatch", () => {
  it("fires when women plus men differ from participants, on the participants cell", () => {
    const [i] = issuesOf("sex-sum-mismatch", dataOf([{ participants: 30, female: 20, male: 12 }]));
    expect(i.cell).toBe("F5");
    expect(i.message).toContain("bằng 32, khác tổng số người tham gia (30)");
  });

  it("does not fire when they add up, or when men are not given", () => {
    expect(issuesOf("sex-sum-mismatch", dataOf([{ participants: 30, female: 18, male: 12 }, { participants: 30, female: 18 }]))).toHaveLength(0);
  });
});

describe("missing-sex-breakdown", () => {
  it("fires when participants are given and women are not", () => {
    const [i] = issuesOf("missing-sex-breakdown", dataOf([{ participants: 30 }]));
    expect(i).toMatchObject({ severity: "warning", cell: "G5" });
  });

  it("does not fire when women are given as 0, nor when no participants are given", () => {
    expect(issuesOf("missing-sex-breakdown", dataOf([{ participants: 30, female: 0 }, {}]))).toHaveLength(0);
  });

  it("does not fire row by row when the table has no women column", () => {
    const d = dataOf([{ participants: 30 }, { participants: 40 }], { columns: columnsWithout("female") });
    expect(issuesOf("missing-sex-breakdown", d)).toHaveLength(0);
    expect(issuesOf("missing-column", d)).toHaveLength(1);
  });
});
