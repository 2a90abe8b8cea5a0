import { parseDateCell } from "../read/dates";
import type { CellValue } from "../snapshot";
import { cleanText } from "../text/normalize";
import { isRealDay, type Day } from "../time/days";
import { text } from "./cell-text";
import { dayOfText } from "./title-rows";

/** "01/3 – 31/3": one campaign window, "dd/mm" both ends. */
const WINDOW = /^(?:từ\s*|tu\s*)?(?:ngày\s*|ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})\s*(?:-|–|—|đến|den|to)\s*(?:ngày\s*|ngay\s*)?(\d{1,2})\s*[/.]\s*(\d{1,2})$/i;

/** The windows a Thời gian cell states, or null when one of them cannot be read. */
export function parseWindows(s: string): Array<{ start: string; end: string }> | null {
  const out: Array<{ start: string; end: string }> = [];
  for (const part of s.split(/[;\n]|\s+và\s+|\s+va\s+/i)) {
    const p = cleanText(part).replace(/[.,]$/, "");
    if (p === "") continue;
    const m = WINDOW.exec(p);
    if (!m) return null;
    const [sd, sm, ed, em] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    // 29/02 is a day of the year (a leap year's).
    if (!isRealDay(2024, sm, sd) || !isRealDay(2024, em, ed)) return null;
    const dm = (d: number, mo: number): string => `${String(d).padStart(2, "0")}/${String(mo).padStart(2, "0")}`;
    out.push({ start: dm(sd, sm), end: dm(ed, em) });
  }
  return out.length > 0 ? out : null;
}

/** A once task's deadline: "trước 30/6/2027", "30/6/2027", "hạn 30/6/2027" or a date cell. */
export function parseDeadline(v: CellValue, date1904: boolean): Day | null {
  if (typeof v === "number") {
    const p = parseDateCell(v, date1904);
    return p && p.ok ? p.span.start : null;
  }
  const t = text(v).replace(/^(trước|truoc|hạn|han|chậm nhất|cham nhat|đến|den)\s*(ngày|ngay)?\s*:?\s*/i, "");
  return dayOfText(t, date1904);
}
