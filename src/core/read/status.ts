import { isExcelError, type CellValue } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";
import { isBlankText } from "./numbers";
import type { ActivityStatus } from "./types";
import { group } from "./regex-groups";

/**
 * Activity status words (docs/design.md#progress), matched whole after folding (case, diacritics, punctuation,
 * spaces), so "chưa hoàn thành" never reads as "hoàn thành" and "không thực hiện" never as
 * "thực hiện". A remark after the words is ignored when it follows a digit or punctuation
 * ("Hoàn thành 100%", "Đang thực hiện (50%)", "Đã tổ chức, 2 lớp"), and so is a trailing
 * qualifier such as "tốt" or "đúng tiến độ". "Huy động" (mobilise) is not "hủy": words must match
 * whole.
 *
 * Numbers: 1 (a tick or 100 %) is completed, 0 not started, a fraction in between in progress.
 * TRUE is completed, FALSE not started.
 */
const VOCABULARY: Record<ActivityStatus, readonly string[]> = {
  completed: [
    "hoàn thành",
    "đã hoàn thành",
    "đã thực hiện",
    "đã tổ chức",
    "xong",
    "đã xong",
    "HT",
    "x",
    "hoàn thành 100",
    "đã thực hiện xong",
    "đã hoàn tất",
    "hoàn tất",
    "đã triển khai",
    "đã triển khai thực hiện",
    "đã ban hành",
    "100",
  ],
  "in-progress": [
    "đang thực hiện",
    "đang triển khai",
    "chưa hoàn thành",
    "đang tiến hành",
    "đang tổ chức",
    "đang làm",
    "đang xây dựng",
    "đang triển khai thực hiện",
    "chưa xong",
  ],
  // Postponed ("hoãn", "lùi") is not done yet: the obligation stays open until it is held.
  "not-started": ["chưa thực hiện", "chưa triển khai", "chưa tổ chức", "chưa bắt đầu", "chưa làm", "chưa", "0", "tạm hoãn", "đã hoãn", "hoãn lại", "lùi", "lùi thời gian", "dời lại"],
  cancelled: ["hủy", "huỷ", "đã hủy", "đã huỷ", "hủy bỏ", "đã hủy bỏ", "không thực hiện", "không tổ chức", "không triển khai"],
};

/** Folded words -> status, built once: parseStatus runs for every row of every table. */
const BY_KEY: ReadonlyMap<string, ActivityStatus> = (() => {
  const m = new Map<string, ActivityStatus>();
  for (const [status, words] of Object.entries(VOCABULARY) as [ActivityStatus, readonly string[]][]) {
    for (const w of words) m.set(foldKey(w), status);
  }
  return m;
})();

/** Tick marks typed or pasted into status cells (√ is the usual one on Vietnamese keyboards). */
const TICKS = new Set(["✓", "✔", "✔️", "√", "☑", "☑️", "✅", "🗸"]);

/** Qualifiers that may follow a status word without changing it ("hoàn thành tốt"). */
const QUALIFIERS = [
  "tot",
  "xuat sac",
  "dung han",
  "dung tien do",
  "dung ke hoach",
  "theo ke hoach",
  "vuot ke hoach",
  "ke hoach",
  "phan tram",
  "roi",
].map((q) => " " + q);

function withoutQualifiers(key: string): string {
  let k = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of QUALIFIERS) {
      if (k.endsWith(q)) {
        k = k.slice(0, -q.length);
        changed = true;
      }
    }
  }
  return k;
}

function lookup(key: string): ActivityStatus | undefined {
  return BY_KEY.get(key) ?? BY_KEY.get(withoutQualifiers(key));
}

/** "Hoãn" (postponed) folds to the same letters as "hoàn" (complete): its tilde decides. */
const POSTPONED = /^(tạm |đã )?hoãn\b/u;

function fromText(text: string): ActivityStatus | "unknown" {
  const s = cleanText(text);
  if (TICKS.has(s)) return "completed";
  if (POSTPONED.test(s.toLowerCase())) return "not-started";
  const percent = /^(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(s);
  if (percent) {
    const p = Number(group(percent, 1).replace(",", "."));
    if (p === 100) return "completed";
    if (p === 0) return "not-started";
    return p > 0 && p < 100 ? "in-progress" : "unknown";
  }
  const whole = lookup(foldKey(s));
  if (whole) return whole;
  // The words before a remark: "Hoàn thành (tháng 3)", "Đang thực hiện 50%", "✓ đã báo cáo".
  const cut = s.search(/[([{,;:\-–—\d]/);
  const head = cut > 0 ? s.slice(0, cut).trim() : s;
  const space = head.indexOf(" ");
  const firstWord = space < 0 ? head : head.slice(0, space);
  if (TICKS.has(head) || TICKS.has(firstWord)) return "completed";
  return (cut > 0 ? lookup(foldKey(head)) : undefined) ?? "unknown";
}

// Status texts repeat down a column: remember the answers (bounded, so memory stays small).
const CACHE_LIMIT = 4096;
const cache = new Map<string, ActivityStatus | "unknown">();

/** null for a blank cell or an Excel error; "unknown" when the text is not in the vocabulary. */
export function parseStatus(v: CellValue): ActivityStatus | "unknown" | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "completed" : "not-started";
  if (typeof v === "number") {
    if (v === 1) return "completed";
    if (v === 0) return "not-started";
    return v > 0 && v < 1 ? "in-progress" : "unknown";
  }
  if (isExcelError(v) || isBlankText(v)) return null;
  const hit = cache.get(v);
  if (hit !== undefined) return hit;
  const r = fromText(v);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(v, r);
  return r;
}
