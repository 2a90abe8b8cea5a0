/**
 * The parts of an ND 30/2020 document that every form shares: the administrative header (issuing
 * body on the left, national title on the right), the title with its subject line, the signature
 * block with "Nơi nhận", and the smaller header of an attached table ("Biểu 01").
 */
import { BC_TEXT } from "../i18n/report-messages";
import { headerCase, type OrgProfile } from "../profile/profile";
import type { SheetBuilder } from "./sheet-builder";
import type { CellStyle } from "./sheet-spec";
import { balancedLines, lineHeightPt, rowHeightFor } from "./text-fit";

/** Columns (1-based, inclusive) of the blocks of a document's grid. */
export interface DocGrid {
  /** The issuing body's block (upper left) and "Nơi nhận". */
  left: [number, number];
  /** The national title's block (upper right) and the signature. */
  right: [number, number];
  /** The short rule under the agency name (none in the header of a table). */
  leftRule?: [number, number];
  /** The rule under the motto, as long as the motto. */
  rightRule: [number, number];
  /** The whole text width. */
  full: [number, number];
  /** The rule under the subject line. */
  subjectRule: [number, number];
}

type Item = { text: string; style: CellStyle } | { rule: [number, number] } | null;

const RULE_ROW_PT = 6;

/**
 * Two blocks side by side, one line per row: a text too long for its block is split into lines
 * here, so that the rules stay right under their text whatever wraps. The last items of both
 * blocks (number and date) share a row.
 */
function sideBySide(b: SheetBuilder, row: number, grid: DocGrid, left: Item[], right: Item[]): number {
  const expand = (items: Item[], cols: [number, number]): Item[] =>
    items.flatMap((it): Item[] => {
      if (!it || !("text" in it)) return [it];
      const size = it.style.size ?? 13;
      return balancedLines(it.text, b.widthPt(cols[0], cols[1]), { size, bold: it.style.bold }).map((line) => ({ text: line, style: it.style }));
    });
  const l = expand(left, grid.left);
  const r = expand(right, grid.right);
  const n = Math.max(l.length, r.length);
  const pad = (items: Item[]): Item[] => [...items.slice(0, -1), ...Array<Item>(n - items.length).fill(null), items.at(-1) ?? null];
  const L = pad(l);
  const R = pad(r);
  for (let i = 0; i < n; i++) {
    const at = row + i;
    let textRow = false;
    const sides: Array<[Item | undefined, [number, number]]> = [
      [L[i], grid.left],
      [R[i], grid.right],
    ];
    for (const [it, cols] of sides) {
      if (!it) continue;
      if ("rule" in it) {
        for (let c = it.rule[0]; c <= it.rule[1]; c++) b.styleOnly(at, c, { edges: { top: true } });
        continue;
      }
      textRow = true;
      b.put(at, cols[0], it.text, { h: "center", v: "top", ...it.style });
      b.merge(at, cols[0], at, cols[1]);
      b.atLeast(at, rowHeightFor(1, it.style.size ?? 13));
    }
    if (!textRow) b.atLeast(at, RULE_ROW_PT);
  }
  return row + n;
}

/**
 * The header of a report: "UBND TỈNH …" over the agency in bold with a rule, "Số: …/BC-…";
 * on the right the national title, the motto with its rule, and the place-and-date line in italics.
 */
export function documentHeader(b: SheetBuilder, row: number, grid: DocGrid, profile: OrgProfile, dateYear: number, kind = "BC"): number {
  const left: Item[] = [
    { text: headerCase(profile.parentBody), style: { size: 13 } },
    { text: headerCase(profile.agencyName), style: { size: 13, bold: true } },
    grid.leftRule ? { rule: grid.leftRule } : null,
    { text: BC_TEXT.number({ kind, symbol: profile.symbol }), style: { size: 13 } },
  ];
  const right: Item[] = [
    { text: BC_TEXT.national, style: { size: 13, bold: true } },
    { text: BC_TEXT.motto, style: { size: 14, bold: true } },
    { rule: grid.rightRule },
    { text: BC_TEXT.dateLine({ place: profile.place, year: dateYear }), style: { size: 14, italic: true } },
  ];
  return sideBySide(b, row, grid, left, right);
}

/**
 * The title ("BÁO CÁO") and the subject line under it, bold and centred, in one cell aligned to
 * its bottom, and a short rule under them: the room a row height estimate leaves over goes above
 * the title, where it does not show, and the rule stays right under the subject.
 */
export function titleBlock(b: SheetBuilder, row: number, grid: DocGrid, title: string, subject: string): number {
  const [from, to] = grid.full;
  const style: CellStyle = { bold: true, size: 14, h: "center", v: "bottom", wrap: true };
  const text = `${title}\n${subject}`;
  b.put(row, from, text, style);
  b.merge(row, from, row, to);
  b.fit(row, from, to, text, style, 6);
  // A thin row keeps the rule (its bottom edge) a few points below the subject's descenders.
  const r = row + 1;
  for (let c = grid.subjectRule[0]; c <= grid.subjectRule[1]; c++) b.styleOnly(r, c, { edges: { bottom: true } });
  b.atLeast(r, 7);
  b.atLeast(r + 1, lineHeightPt(14));
  return r + 2;
}

/** Recipients as "- Sở Nội vụ;" lines, the last ending in a full stop. */
export function recipientLines(profile: OrgProfile): string[] {
  const list = profile.recipients.map((s) => s.trim().replace(/^[-–•+]\s*/u, "").replace(/[;.,\s]+$/u, "")).filter((s) => s !== "");
  return list.map((s, i) => BC_TEXT.recipientItem({ s, last: i === list.length - 1 }));
}

/** Space left for the signature and the seal, in points (about 2.5 cm). */
const SIGNATURE_SPACE_PT = 72;

/**
 * "Nơi nhận:" and its list on the left; on the right the signing authority (if any), the signer's
 * title in bold upper case, room to sign, and the name in bold. Returns the next free row.
 */
export function signatureBlock(b: SheetBuilder, row: number, grid: DocGrid, profile: OrgProfile): number {
  const recipients = recipientLines(profile);
  b.put(row, grid.left[0], BC_TEXT.recipientsLabel, { bold: true, italic: true, size: 12, h: "left", v: "top" });
  b.merge(row, grid.left[0], row, grid.left[1]);
  recipients.forEach((line, i) => {
    const r = row + 1 + i;
    b.put(r, grid.left[0], line, { size: 11, h: "left", v: "top", wrap: true });
    b.merge(r, grid.left[0], r, grid.left[1]);
    b.fit(r, grid.left[0], grid.left[1], line, { size: 11 });
  });
  const heads = [profile.signerAuthority, profile.signerTitle].filter((s) => s.trim() !== "").map(headerCase);
  heads.forEach((h, i) => {
    b.put(row + i, grid.right[0], h, { bold: true, size: 14, h: "center", v: "top", wrap: true });
    b.merge(row + i, grid.right[0], row + i, grid.right[1]);
    b.fit(row + i, grid.right[0], grid.right[1], h, { bold: true, size: 14 });
  });
  // Rows under the title until there is room to sign; the left list may already fill some of them.
  let nameRow = row + heads.length;
  let space = 0;
  while (space < SIGNATURE_SPACE_PT) {
    b.atLeast(nameRow, rowHeightFor(1, 11));
    space += b.heightOf(nameRow);
    nameRow++;
  }
  b.put(nameRow, grid.right[0], profile.signerName, { bold: true, size: 14, h: "center", v: "top" });
  b.merge(nameRow, grid.right[0], nameRow, grid.right[1]);
  b.atLeast(nameRow, rowHeightFor(1, 14));
  return Math.max(nameRow + 1, row + 1 + recipients.length);
}

/**
 * The header of an attached table: the issuing body on the left (parent over the agency in bold)
 * and the form's label on the right ("Biểu 01"). A table's columns leave no column centred under
 * the agency for a rule, and attached tables commonly go without one.
 */
export function tableHeader(b: SheetBuilder, row: number, left: [number, number], right: [number, number], profile: OrgProfile, formLabel: string): number {
  const grid: DocGrid = { left, right, rightRule: right, full: [left[0], right[1]], subjectRule: right };
  const l: Item[] = [
    { text: headerCase(profile.parentBody), style: { size: 12 } },
    { text: headerCase(profile.agencyName), style: { size: 12, bold: true } },
  ];
  const r: Item[] = [{ text: formLabel, style: { size: 12, bold: true, italic: true } }, null];
  return sideBySide(b, row, grid, l, r);
}
