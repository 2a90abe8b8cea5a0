import type { PlanSheetMessageParams } from "../i18n/plan-sheet-messages";
import { parseDateCell } from "../read/dates";
import type { SheetSnapshot } from "../snapshot";
import { foldKey } from "../text/normalize";
import { viDateOf, type Day } from "../time/days";
import { splitList, text } from "./cell-text";

/** Reports a problem of the plan sheet on a cell (the reader words it from the catalogue). */
export type Say = <K extends keyof PlanSheetMessageParams>(k: K, p: Omit<PlanSheetMessageParams[K], "at">, row: number | null, col: number | null) => void;

export interface TitleFacts {
  name: string;
  nameRow: number | null;
  issuer: string | null;
  number: string | null;
  issuedOn: Day | null;
  period: { start: number; end: number } | null;
  effective: Day | null;
  subject: string[];
  communesFrom: Day | null;
}

const LABELS: Array<[keyof TitleFacts | "skip", string[]]> = [
  ["issuer", ["co quan ban hanh", "don vi ban hanh", "co quan"]],
  ["issuedOn", ["ngay ban hanh"]],
  ["effective", ["hieu luc tu ngay", "ngay hieu luc", "hieu luc"]],
  ["period", ["giai doan"]],
  ["subject", ["tu khoa chu de"]],
  ["communesFrom", ["xa phuong la don vi tu ngay"]],
  ["number", ["so"]],
  ["skip", ["tan suat", "thoi gian"]],
];

/** The label a title row opens with, and what follows it (in the same cell after ":", or the next cells). */
function labelled(cells: string[]): { key: keyof TitleFacts | "skip"; value: string } | null {
  const [first = "", ...rest] = cells;
  // "Số 15/KH-SDTTG" without a colon: the number is the rest of the cell.
  const number = /^(?:số|so)\s*[:.]?\s*(\S*\d.*)$/i.exec(first);
  if (number) return { key: "number", value: number[1] ?? "" };
  const head = first.includes(":") ? first.slice(0, first.indexOf(":")) : first;
  const folded = foldKey(head);
  for (const [key, words] of LABELS) {
    if (!words.includes(folded)) continue;
    const after = first.includes(":") ? first.slice(first.indexOf(":") + 1).trim() : "";
    return { key, value: [after, ...rest].filter((x) => x !== "").join(" ") };
  }
  return null;
}

const PERIOD = /(\d{4})\s*(?:-|–|—|đến|den|to)\s*(?:năm\s*|nam\s*)?(\d{4})/i;

export function dayOfText(v: string, date1904: boolean): Day | null {
  const p = parseDateCell(v, date1904);
  return p && p.ok && p.span.precision === "day" ? p.span.start : null;
}

/** The rows above the table: name, issuer, number and date of issue, period, effective date. */
export function readTitles(s: SheetSnapshot, lastRow: number, date1904: boolean, say: Say): TitleFacts {
  const f: TitleFacts = { name: "", nameRow: null, issuer: null, number: null, issuedOn: null, period: null, effective: null, subject: [], communesFrom: null };
  let periodRow: number | null = null;
  let guess: string | null = null;
  for (let r = 1; r <= lastRow; r++) {
    const raw = s.values[r - 1] ?? [];
    const cells: string[] = [];
    let firstCol = 0;
    raw.forEach((v, c) => {
      const t = typeof v === "number" && c > 0 ? v : text(v);
      if (t === "") return;
      if (firstCol === 0) firstCol = c + 1;
      cells.push(typeof t === "number" ? viDateOrNumber(t, date1904) : t);
    });
    if (cells.length === 0) continue;
    const line = cells.join(" ");
    const folded = foldKey(line);
    const l = labelled(cells);
    const valueCol = cells.length > 1 ? raw.findIndex((v, c) => c + 1 > firstCol && text(v) !== "") + 1 : firstCol;
    if (l) {
      switch (l.key) {
        case "issuer":
          f.issuer = l.value || null;
          break;
        case "number": {
          // "Số: 15/KH-SDTTG ngày 10/3/2026" in one cell; "Lạng Sơn, ngày 10 tháng 3 năm 2026" further right.
          const own = /^(?:số|so)\s*[:.]?\s*(.*)$/i.exec(cells[0] ?? "")?.[1]?.trim() || (cells[1] ?? "");
          const cut = own.search(/\s*,?\s*ng[àa]y\s/i);
          f.number = (cut >= 0 ? own.slice(0, cut) : own).trim() || null;
          const at = line.search(/ng[àa]y\s/i);
          if (at >= 0) f.issuedOn = dayOfText(line.slice(at), date1904) ?? f.issuedOn;
          break;
        }
        case "issuedOn":
          f.issuedOn = l.value === "" ? null : dayOfText(l.value, date1904);
          if (f.issuedOn === null && l.value !== "") say("badDate", { value: l.value, what: "issued" }, r, valueCol);
          break;
        case "effective":
          f.effective = l.value === "" ? null : dayOfText(l.value, date1904);
          if (f.effective === null && l.value !== "") say("badDate", { value: l.value, what: "effective" }, r, valueCol);
          break;
        case "period": {
          periodRow = r;
          const m = PERIOD.exec(l.value);
          const start = m ? Number(m[1]) : NaN;
          const end = m ? Number(m[2]) : NaN;
          if (m && start <= end && start >= 2000 && end <= 2100) f.period = { start, end };
          else say(l.value === "" ? "missingPeriod" : "badPeriod", { value: l.value }, r, valueCol);
          break;
        }
        case "subject":
          f.subject = splitList(l.value);
          break;
        case "communesFrom":
          f.communesFrom = l.value === "" ? null : dayOfText(l.value, date1904);
          break;
        default:
          break;
      }
      continue;
    }
    if (folded.startsWith("ke hoach") && f.nameRow === null) {
      f.nameRow = r;
      f.name = line;
      // "KẾ HOẠCH" alone, the subject on the next row.
      if (folded === "ke hoach") {
        const next = (s.values[r] ?? []).map(text).filter((x) => x !== "");
        if (next.length > 0 && !labelled(next)) {
          f.name = `${line} ${next.join(" ")}`;
          r++;
        }
      }
      continue;
    }
    // "Lạng Sơn, ngày 10 tháng 3 năm 2026" at the right of the heading.
    if (/\bngay \d{1,2}( thang)? \d{1,2}( nam)? \d{4}\b/.test(folded) && f.issuedOn === null) {
      f.issuedOn = dayOfText(line.slice(line.search(/ng[àa]y/i)), date1904);
      continue;
    }
    // The agency at the top left, before the name: "UBND TỈNH LẠNG SƠN" over "SỞ DÂN TỘC VÀ TÔN GIÁO" — the last one.
    if (f.nameRow === null && !folded.startsWith("cong hoa") && !folded.startsWith("doc lap")) guess = cells[0] ?? null;
  }
  f.issuer ??= guess;
  // A name such as "… giai đoạn 2026 - 2030" states the period when no row does.
  if (f.period === null && periodRow === null) {
    const m = /giai doan (?:tu nam )?(\d{4}) (?:den )?(?:nam )?(\d{4})/.exec(foldKey(f.name));
    if (m && Number(m[1]) <= Number(m[2])) f.period = { start: Number(m[1]), end: Number(m[2]) };
    else say("missingPeriod", {}, f.nameRow !== null ? f.nameRow + 1 : null, f.nameRow !== null ? 1 : null);
  }
  if (f.nameRow === null) say("missingName", {}, null, null);
  if (!f.issuer) say("missingIssuer", {}, null, null);
  return f;
}

function viDateOrNumber(n: number, date1904: boolean): string {
  // A date typed in a label's next cell: Excel keeps it as a serial.
  if (n > 20000 && n < 80000) {
    const p = parseDateCell(n, date1904);
    if (p && p.ok) return viDateOf(p.span.start);
  }
  return String(n);
}
