/**
 * Which unit a workbook speaks for, when its table has no unit column: a unit named in the title
 * rows above the table ("Đơn vị: Văn phòng", "PHÒNG NGHIỆP VỤ", "UBND XÃ TÂN VĂN"), else the file's
 * name. Titles are read as the tables are: legacy-font text converted, matched folded (so
 * "Don vi: Van phong" and TCVN3 titles are understood), and a unit the plan knows takes the plan's
 * own spelling.
 */
import type { PlanModel } from "../plan/model";
import { decodeLegacyText } from "../read/legacy";
import type { TrackingTable } from "../read/types";
import { a1, type SheetSnapshot, type WorkbookSnapshot } from "../snapshot";
import { cleanText, foldKey } from "../text/normalize";

/** Where a file's unit came from; "column" when its rows carry their own. */
export type UnitSource = "override" | "title" | "file";

/** "Đơn vị: …", "Đơn vị báo cáo: …", "Cơ quan, đơn vị: …" (folded, the colon found in the text). */
const EXPLICIT = /^(?:co quan )?(?:don vi|co quan)(?: bao cao| thuc hien| chu tri| gui bao cao)?$/;

/** A title line that is itself a unit's name: a division, the office, a commune's or district's committee. */
const UNIT_LINE = /^(?:van phong(?: |$)|(?:phong|thanh tra|ubnd|uy ban nhan dan|trung tam|chi cuc|lanh dao) \S)/;

/** Lines that name the document or the agency, never the unit under it. */
const NOT_A_UNIT = /^(?:ban dan toc|so dan toc|cong hoa|doc lap|bang|so theo doi|bao cao|ke hoach|nam|giai doan|bieu)\b/;

const MAX_TITLE_COLUMNS = 20;
const MAX_UNIT_LENGTH = 80;

/** Place words after which names keep their capitals: "UBND xã Tân Văn". */
const PLACE_WORDS = new Set(["xã", "phường", "huyện", "tỉnh", "trấn", "phố"]);

/** A unit written in capitals, as title rows are, in the usual case: "UBND XÃ TÂN VĂN" -> "UBND xã Tân Văn". */
function usualCase(s: string): string {
  if (s !== s.toLocaleUpperCase("vi")) return s;
  const words = s.toLocaleLowerCase("vi").split(" ");
  let proper = false;
  return words
    .map((w, i) => {
      if (w === "ubnd") return "UBND";
      const out = i === 0 || proper ? w.charAt(0).toLocaleUpperCase("vi") + w.slice(1) : w;
      if (PLACE_WORDS.has(w)) proper = true;
      return out;
    })
    .join(" ");
}

/** The unit as the plan spells it, or as written (tidied). */
export function unitDisplayName(text: string, plan: PlanModel): string {
  const clean = cleanText(text).replace(/[.;,]+$/, "");
  return plan.unitName(clean) ?? usualCase(clean);
}

/** The unit a title cell names, or null. */
function unitOfTitle(text: string): string | null {
  const clean = cleanText(text);
  if (clean === "" || clean.length > 200) return null;
  const colon = clean.indexOf(":");
  if (colon > 0 && EXPLICIT.test(foldKey(clean.slice(0, colon)))) {
    const rest = clean.slice(colon + 1).trim();
    return rest !== "" && rest.length <= MAX_UNIT_LENGTH ? rest : null;
  }
  const folded = foldKey(clean);
  if (clean.length > MAX_UNIT_LENGTH || NOT_A_UNIT.test(folded) || !UNIT_LINE.test(folded)) return null;
  return clean;
}

function titleText(sheet: SheetSnapshot, row: number, col: number, v: unknown): string | null {
  if (typeof v !== "string") return null;
  const decoded = decodeLegacyText(v, sheet.legacyFonts?.[a1(row, col)]);
  return decoded ? decoded.text : v;
}

/**
 * The unit named in the title rows of the sheets holding tables (above each sheet's first table),
 * an explicit "Đơn vị: …" before a line that is a unit's name; null when none names one.
 */
export function titleUnitOf(book: WorkbookSnapshot, tables: readonly TrackingTable[], plan: PlanModel): string | null {
  const firstHeader = new Map<string, number>();
  for (const t of tables) if (!firstHeader.has(t.sheet)) firstHeader.set(t.sheet, t.headerRow);
  let named: string | null = null;
  for (const sheet of book.sheets) {
    const header = firstHeader.get(sheet.name);
    if (header === undefined) continue;
    for (let r = 1; r < header; r++) {
      const cells = sheet.values[r - 1] ?? [];
      for (let c = 0; c < Math.min(cells.length, MAX_TITLE_COLUMNS); c++) {
        const text = titleText(sheet, r, c + 1, cells[c]);
        if (text === null) continue;
        const clean = cleanText(text);
        const colon = clean.indexOf(":");
        const unit = unitOfTitle(clean);
        if (unit === null) continue;
        if (colon > 0 && EXPLICIT.test(foldKey(clean.slice(0, colon)))) return unitDisplayName(unit, plan);
        named ??= unitDisplayName(unit, plan);
      }
    }
  }
  return named;
}

/** A file's name as a unit: the last part of its path, without ".xlsx". */
export function unitFromFileName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, "").trim() || base;
}
