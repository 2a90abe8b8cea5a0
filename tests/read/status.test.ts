import fc from "fast-check";
import type { CellValue } from "../../src/core/snapshot";
import { parseStatus } from "../../src/core/read/status";
import type { ActivityStatus } from "../../src/core/read/types";

type Parsed = ActivityStatus | "unknown" | null;

describe("parseStatus: the vocabulary", () => {
  it.each<[string, Parsed]>([
    ["Hoàn thành", "completed"],
    ["hoàn thành", "completed"],
    ["HOÀN THÀNH", "completed"],
    ["Hoan thanh", "completed"],
    ["Đã hoàn thành", "completed"],
    ["Đã hoàn thành.", "completed"],
    ["Đã thực hiện", "completed"],
    ["Đã tổ chức", "completed"],
    ["Xong", "completed"],
    ["HT", "completed"],
    ["x", "completed"],
    ["X", "completed"],
    ["✓", "completed"],
    ["✔", "completed"],
    ["√", "completed"],
    ["Hoàn thành 100%", "completed"],
    ["100%", "completed"],
    ["Hoàn thành tốt", "completed"],
    ["Hoàn thành (tháng 3)", "completed"],
    ["Đang thực hiện", "in-progress"],
    ["Đang triển khai", "in-progress"],
    ["Chưa hoàn thành", "in-progress"],
    ["Đang thực hiện (50%)", "in-progress"],
    ["50%", "in-progress"],
    ["Chưa thực hiện", "not-started"],
    ["Chưa triển khai", "not-started"],
    ["0%", "not-started"],
    ["Hủy", "cancelled"],
    ["Huỷ", "cancelled"],
    ["Đã hủy", "cancelled"],
    ["Không thực hiện", "cancelled"],
  ])("%j -> %s", (text, expected) => {
    expect(parseStatus(text)).toBe(expected);
  });
});

describe("parseStatus: words that contain other words", () => {
  it("reads 'chưa hoàn thành' as in progress although it contains 'hoàn thành'", () => {
    expect(parseStatus("hoàn thành")).toBe("completed");
    expect(parseStatus("chưa hoàn thành")).toBe("in-progress");
  });

  it("reads 'không thực hiện' as cancelled and 'chưa thực hiện' as not started, unlike 'đã thực hiện'", () => {
    expect(parseStatus("đã thực hiện")).toBe("completed");
    expect(parseStatus("không thực hiện")).toBe("cancelled");
    expect(parseStatus("chưa thực hiện")).toBe("not-started");
  });

  it("does not read 'huy động' (mobilise) as 'hủy'", () => {
    expect(parseStatus("Huy động 50 người")).toBe("unknown");
  });

  it.each(["thực hiện", "hoàn", "abc", "Tạm dừng", "không", "120%"])("%j is not in the vocabulary", (text) => {
    expect(parseStatus(text)).toBe("unknown");
  });
});

describe("parseStatus: other cell types", () => {
  it("reads TRUE as completed and FALSE as not started", () => {
    expect(parseStatus(true)).toBe("completed");
    expect(parseStatus(false)).toBe("not-started");
  });

  it("reads a progress number: 1 completed, 0 not started, a fraction in progress", () => {
    expect(parseStatus(1)).toBe("completed");
    expect(parseStatus(0)).toBe("not-started");
    expect(parseStatus(0.5)).toBe("in-progress");
    expect(parseStatus(7)).toBe("unknown");
    expect(parseStatus(Number.NaN)).toBe("unknown");
  });

  it.each<[CellValue]>([[null], [""], ["   "], ["-"], ["—"], ["#N/A"], ["#REF!"]])("%j is blank", (v) => {
    expect(parseStatus(v)).toBeNull();
  });
});

describe("parseStatus: Unicode forms", () => {
  it.each(["Đã hoàn thành", "chưa hoàn thành", "Huỷ", "Không thực hiện", "Đang triển khai"])(
    "%j reads the same in NFD as in NFC",
    (text) => {
      const nfd = text.normalize("NFD");
      expect(nfd).not.toBe(text.normalize("NFC"));
      const r = parseStatus(nfd);
      expect(r).not.toBe("unknown");
      expect(r).toBe(parseStatus(text.normalize("NFC")));
    },
  );
});

describe("parseStatus: robustness and speed", () => {
  it("never throws and always answers from its range", () => {
    const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const answers = new Set<Parsed>(["completed", "in-progress", "not-started", "cancelled", "unknown", null]);
    fc.assert(
      fc.property(anyCell, (v) => {
        expect(answers.has(parseStatus(v))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads 50,000 cells, all different, in well under a few seconds", () => {
    const words = ["Hoàn thành", "Đang thực hiện", "chưa hoàn thành", "Huỷ", "ghi chú"];
    const t0 = Date.now();
    let completed = 0;
    for (let i = 0; i < 50_000; i++) {
      if (parseStatus(`${words[i % words.length]} (${i})`) === "completed") completed++;
    }
    expect(completed).toBe(10_000);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});

describe("postponed activities", () => {
  it.each(["Hoãn", "hoãn", "Tạm hoãn", "Đã hoãn sang quý sau", "Hoãn".normalize("NFD"), "Lùi thời gian"])("%j is not started (postponed, not done)", (text) => {
    expect(parseStatus(text)).toBe("not-started");
  });
  it("keeps 'Hoàn' and 'hoan' (no tilde) apart from 'Hoãn'", () => {
    expect(parseStatus("Hoàn")).toBe("unknown");
    expect(parseStatus("hoan thanh")).toBe("completed");
  });
});
