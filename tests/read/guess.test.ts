/**
 * The task guess for activities with no task code: the targets on the labelled texts of
 * guess-set.json (the part tuned on and the held-out part), and the behaviours a clerk notices.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinPlan } from "../../src/core/plan/load";
import { PlanModel } from "../../src/core/plan/model";
import type { PlanInput } from "../../src/core/plan/schema";
import { convertTcvn3 } from "../../src/core/read/legacy";
import { clerkKey } from "../../src/core/read/guess-words";
import { CONFIDENT, guessTask } from "../../src/core/read/task-guess";
import { dayOf, parseIsoDay } from "../../src/core/time/days";

const plan = builtinPlan();

interface Row {
  text: string;
  date: string | null;
  task: string | null;
}

const rows: Row[] = JSON.parse(readFileSync(join(__dirname, "guess-set.json"), "utf8")).rows;

function guessRow(r: Row) {
  const day = r.date && r.date.length === 10 ? parseIsoDay(r.date) : null;
  return guessTask(r.text, plan, { day, year: r.date ? Number(r.date.slice(0, 4)) : null });
}

function figures(part: Row[]) {
  const guessed = part.map((r) => ({ r, g: guessRow(r) }));
  const confident = guessed.filter(({ g }) => g !== null && g.confidence >= CONFIDENT);
  const withTask = guessed.filter(({ r }) => r.task !== null);
  return {
    confidentRight: confident.filter(({ r, g }) => g!.id === r.task).length / confident.length,
    confidentShare: withTask.filter(({ g }) => g !== null && g.confidence >= CONFIDENT).length / withTask.length,
    noTaskConfident: confident.filter(({ r }) => r.task === null).map(({ r }) => r.text),
    accuracy: guessed.filter(({ r, g }) => (g?.id ?? null) === r.task).length / part.length,
  };
}

const at = (iso: string) => ({ day: parseIsoDay(iso), year: Number(iso.slice(0, 4)) });

describe("the labelled activity texts", () => {
  it("has at least 200 texts, some of no task, every label a task of the plan", () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((r) => r.task === null).length).toBeGreaterThanOrEqual(20);
    for (const r of rows) if (r.task !== null) expect(plan.hasTask(r.task)).toBe(true);
  });

  it.each([
    ["tuned on", rows.filter((_, i) => i % 4 !== 3)],
    ["held out", rows.filter((_, i) => i % 4 === 3)],
  ])("meets the targets on the texts %s", (_, part) => {
    const f = figures(part);
    expect(f.confidentRight).toBeGreaterThanOrEqual(0.97);
    expect(f.confidentShare).toBeGreaterThanOrEqual(0.85);
    expect(f.noTaskConfident).toEqual([]);
    expect(f.accuracy).toBeGreaterThanOrEqual(0.9);
  });
});

describe("guessTask", () => {
  it("counts the guesses the commune's book left uncounted", () => {
    for (const [text, date, id] of [
      ["Báo cáo tổng kết 5 năm…", "2025-11-30", "III.1.4"],
      ["chào mừng ngày 8-3", "2024-03-06", "II.2.1"],
      ["quán triệt nhiệm vụ BĐG", "2024-01-20", "II.1"],
    ] as const) {
      const g = guessTask(text, plan, at(date));
      expect([text, g?.id, g!.confidence >= CONFIDENT]).toEqual([text, id, true]);
    }
  });

  it("takes an activity inside a campaign's window whose words fit it for the campaign, never its group", () => {
    const g = guessTask("nhân ngày 28/6 … chia sẻ việc nhà", plan, at("2024-06-27"));
    expect(g).toMatchObject({ id: "II.2.2" });
    expect(g!.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    // The same words in August are communication of the group, not of a campaign.
    expect(guessTask("Tuyên truyền nam giới chia sẻ việc nhà", plan, at("2024-08-20"))).toMatchObject({ id: "II.2" });
    // Communication words only: the window names the campaign.
    expect(guessTask("Treo băng rôn, khẩu hiệu tuyên truyền về bình đẳng giới", plan, at("2023-11-20"))).toMatchObject({ id: "II.2.4" });
    expect(guessTask("Treo băng rôn, khẩu hiệu tuyên truyền về bình đẳng giới", plan, at("2023-10-05"))).toMatchObject({ id: "II.2.3" });
  });

  it("places an activity dated by a month in the window it overlaps, but not one dated by a quarter", () => {
    const text = "Treo băng rôn, khẩu hiệu tuyên truyền về bình đẳng giới";
    expect(guessTask(text, plan, { day: dayOf(2024, 11, 1), end: dayOf(2024, 11, 30), year: 2024 })?.id).toBe("II.2.4");
    expect(guessTask(text, plan, { day: dayOf(2024, 10, 1), end: dayOf(2024, 12, 31), year: 2024 })?.id).toBe("II.2");
    expect(guessTask(text, plan, { day: dayOf(2024, 10, 1), year: 2024 })?.id).toBe("II.2.3");
  });

  it("gives no guess at all for an activity of no task, and never a campaign", () => {
    expect(guessTask("Hỗ trợ vay vốn tín dụng chính sách cho hộ nghèo", plan, at("2023-11-20"))).toBeNull();
    // An action of the plan on another subject: no guess either.
    expect(guessTask("Tập huấn phòng cháy, chữa cháy", plan, at("2023-03-10"))).toBeNull();
    expect(guessTask("Tuyên truyền phòng, chống ma túy", plan, at("2023-06-26"))).toBeNull();
    expect(guessTask("Báo cáo quyết toán ngân sách năm 2023", plan, at("2024-01-25"))).toBeNull();
  });

  it("reads the words with and without diacritics, abbreviated, with dates written any usual way", () => {
    for (const text of [
      "Chào mừng ngày Quốc tế Phụ nữ 8/3",
      "Chao mung ngay Quoc te Phu nu 8-3",
      "Kỷ niệm ngày QTPN 08/03/2024",
      "Kỷ niệm ngày 8.3",
      "Hưởng ứng ngày mùng 8 tháng 3",
    ]) {
      expect([text, guessTask(text, plan, at("2024-03-07"))?.id]).toEqual([text, "II.2.1"]);
    }
    expect(guessTask("Pho bien Luat HN&GĐ cho dong bao", plan, at("2024-05-14"))?.id).toBe("III.2");
    expect(guessTask("Tập huấn BĐG cho CBCC xã", plan, at("2024-04-11"))?.id).toBe("III.1.1");
    expect(clerkKey("Tuyên truyền PCBLGĐ ngày 25-11-2023 tại thôn Nà Pàn")).toBe("tuyen truyen phong chong bao luc gia dinh ngay 25 11 tai thon");
  });

  it("reads legacy-font text once converted", () => {
    // "Khen thưởng tập thể, cá nhân có thành tích trong công tác BĐG", typed in .VnTime (TCVN3).
    const tcvn3 = "Khen th\u00adëng tËp thÓ, c\u00b8 nh\u00a9n cã thµnh tÝch trong c\u00abng t\u00b8c B\u00a7G";
    const text = convertTcvn3(tcvn3);
    expect(text).toBe("Khen thưởng tập thể, cá nhân có thành tích trong công tác BĐG");
    expect(guessTask(text, plan, at("2023-12-20"))).toMatchObject({ id: "III.1.5" });
    // .VnTimeH writes capitals only.
    expect(guessTask("HƯỞNG ỨNG THÁNG HÀNH ĐỘNG VÌ BÌNH ĐẲNG GIỚI", plan, at("2023-11-18"))!.id).toBe("II.2.4");
  });

  it("lets the action that opens the text decide over the tasks it is about", () => {
    expect(guessTask("Báo cáo kết quả Tháng hành động vì BĐG năm 2023", plan, at("2023-12-20"))?.id).toBe("III.1.4");
    expect(guessTask("Xác minh vụ việc bạo lực gia đình tại thôn Nà Pàn", plan, at("2023-08-16"))?.id).toBe("III.1.4");
    // The law is the longer phrase: "bạo lực gia đình" inside it is not the campaign.
    expect(guessTask("Tuyên truyền Luật Phòng, chống bạo lực gia đình", plan, at("2023-07-19"))?.id).toBe("III.2");
  });

  it("guesses only among the tasks under a heading when asked", () => {
    const g = guessTask("Tập huấn BĐG cho cán bộ", plan, { within: "III.1", ...at("2024-04-11") });
    expect(g?.id).toBe("III.1.1");
    expect(guessTask("Mít tinh hưởng ứng Tháng hành động", plan, { within: "III.1", ...at("2024-11-20") })?.id).not.toBe("II.2.4");
  });

  it("uses the plan's own phrases and windows, so another plan guesses its own tasks", () => {
    // A made-up plan 2026–2030 with other ids and windows: nothing of the built-in plan is assumed.
    const other: PlanInput = {
      id: "other-2026-2030",
      title: "Kế hoạch bình đẳng giới 2026 - 2030",
      issuer: "UBND xã",
      period: { start: 2026, end: 2030 },
      effectiveDate: "2026-01-01",
      subjectKeywords: ["binh dang gioi", "phu nu"],
      tasks: [
        { id: "I.1", title: "Truyền thông về bình đẳng giới", frequency: "as-needed", lead: "UBND xã", keywords: ["loa truyen thanh"], weakKeywords: ["tuyen truyen"] },
        {
          id: "I.1.1",
          title: "Truyền thông nhân Ngày Quốc tế Phụ nữ",
          frequency: "campaign",
          window: { start: "01/03", end: "15/03" },
          lead: "UBND xã",
          keywords: ["8/3"],
        },
        { id: "I.2", title: "Hỗ trợ phụ nữ khởi nghiệp", frequency: "annual", lead: "Hội Phụ nữ", keywords: ["khoi nghiep", "vay von"] },
      ],
    };
    const p = PlanModel.fromInput(other);
    expect(guessTask("Tuyên truyền về bình đẳng giới trên loa truyền thanh", p, { day: dayOf(2027, 3, 5), year: 2027 })?.id).toBe("I.1.1");
    expect(guessTask("Tuyên truyền về bình đẳng giới trên loa truyền thanh", p, { day: dayOf(2027, 3, 20), year: 2027 })?.id).toBe("I.1");
    expect(guessTask("Hỗ trợ vay vốn cho phụ nữ khởi nghiệp", p, { day: dayOf(2027, 5, 2), year: 2027 })).toMatchObject({ id: "I.2" });
    // The built-in plan's phrases are not this plan's: "Tháng hành động" names none of its tasks.
    expect(guessTask("Mít tinh hưởng ứng Tháng hành động", p, { day: dayOf(2027, 11, 20), year: 2027 })).toBeNull();
  });

  it("never fails on any text or date: no guess, or a task of the plan with a confidence in [floor, 1]", () => {
    const words = ["Tuyên truyền", "BĐG", "8/3", "28-6", "tháng hành động", "báo cáo", "Luật HN&GĐ", "thôn Nà Pàn", "x", "", " ", "…", "(", "2024"];
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.array(fc.constantFrom(...words)).map((w) => w.join(" "))),
        fc.option(fc.integer({ min: dayOf(2000, 1, 1), max: dayOf(2100, 12, 31) })),
        (text, day) => {
          const g = guessTask(text, plan, { day, end: day === null ? null : day + 40, year: null });
          if (g === null) return;
          expect(plan.hasTask(g.id)).toBe(true);
          expect(plan.task(g.id)!.frequency).not.toBe("group");
          expect(g.confidence).toBeGreaterThanOrEqual(0.3);
          expect(g.confidence).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
