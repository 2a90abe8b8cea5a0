import type { PlanModel } from "../plan/model";
import { group } from "./regex-groups";

/**
 * A task id as users type it — "II.2.1", "ii.2.1.", "II 2.1", "Mục II.2.1", "II.2.1 " — in the plan's
 * form, or null when the text holds no id-like token.
 */
export function normaliseTaskId(text: string): string | null {
  // Id columns repeat a dozen ids over thousands of rows: remember the answers.
  const known = ID_CACHE.get(text);
  if (known !== undefined) return known;
  const id = parseTaskId(text);
  if (ID_CACHE.size > 4096) ID_CACHE.clear();
  ID_CACHE.set(text, id);
  return id;
}

const ID_CACHE = new Map<string, string | null>();

function parseTaskId(text: string): string | null {
  const t = text.normalize("NFC").trim().replace(/^(mục|muc|mã|ma|nv|nhiệm vụ|nhiem vu)\s*[:.]?\s*/i, "");
  const m = /^([IVXivx]+)(?:\s*[.\s]\s*(\d+))?(?:\s*[.\s]\s*(\d+))?(?:\s*[.\s]\s*(\d+))?\.?$/.exec(t);
  if (!m) return null;
  return [group(m, 1).toUpperCase(), m[2], m[3], m[4]].filter((p) => p !== undefined).join(".");
}

/** The numbering that opens a heading: "III.", "III.1.", "1.", "2.1", "1)" and the text after it. */
export function splitNumbering(text: string): { token: string; rest: string } | null {
  const m = /^\s*((?:[IVX]+)(?:\.\d+)*|\d+(?:\.\d+)*)\s*[.):]?\s+(.*)$/s.exec(text);
  if (!m) return null;
  return { token: group(m, 1), rest: group(m, 2).trim() };
}

/**
 * Resolve a heading's numbering against the current section: "III" then "1" then "1.1" gives
 * III.1.1. Returns the plan task id, or the section id for a bare roman numeral, or null.
 */
export function resolveNumbering(token: string, section: string | null, plan: PlanModel): { id: string | null; section: string | null } {
  if (/^[IVX]+/.test(token)) {
    const id = token;
    const dot = token.indexOf(".");
    const sec = dot < 0 ? token : token.slice(0, dot);
    return { id: plan.hasTask(id) ? id : null, section: sec };
  }
  if (section) {
    const id = `${section}.${token}`;
    if (plan.hasTask(id)) return { id, section };
  }
  return { id: null, section };
}
