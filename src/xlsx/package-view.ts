import { posix } from "node:path";
import { withoutMainPrefix } from "./spreadsheet-ns";
import { OversizedPart, readZipEntry, type ZipEntry } from "./zip-entries";

/**
 * A workbook package as the readers expect it: the main part at xl/workbook.xml, its
 * relationships at xl/_rels/workbook.xml.rels, worksheets at xl/worksheets/sheetN.xml, styles and
 * shared strings at xl/styles.xml and xl/sharedStrings.xml, SpreadsheetML without namespace
 * prefixes. Most packages are laid out so already; a package whose main part is elsewhere (found
 * through _rels/.rels) is shown under those names, its relationships rewritten to match. Nothing
 * is copied: parts are read from the file when asked for.
 */

export const MAIN_PART = "xl/workbook.xml";
export const MAIN_RELS = "xl/_rels/workbook.xml.rels";

const OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_TYPE = {
  worksheet: /\/worksheet$/,
  styles: /\/styles$/,
  sharedStrings: /\/sharedStrings$/,
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** The relationships of a .rels part (attributes decoded for the five entities only, as they are written). */
export function parseRelationships(xml: string): Relationship[] {
  const rels: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attr = (name: string): string => {
      const a = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(m[1]);
      return a ? decodeEntities(a[1] ?? a[2]) : "";
    };
    rels.push({ id: attr("Id"), type: attr("Type"), target: attr("Target"), external: attr("TargetMode") === "External" });
  }
  return rels;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ({ lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" })[e] ?? "");
}

/** The package part a relationship's target names, from the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const t = target.replace(/\\/g, "/");
  if (t.startsWith("/")) return posix.normalize(t).replace(/^\/+/, "");
  return posix.normalize(posix.join(posix.dirname(source), t)).replace(/^\/+/, "");
}

/** The relationships part of a part: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  return `${dir === "." ? "" : dir + "/"}_rels/${posix.basename(part)}.rels`;
}

export class PackageView {
  /** The package's files under the names the readers see, in zip order (folders left out). */
  readonly names: string[];
  /** The main part's real name in the file. */
  readonly mainPart: string;
  private readonly bytes: Buffer;
  private readonly byName = new Map<string, ZipEntry>();
  /** Parts whose text is given here rather than read (the rewritten relationships). */
  private readonly written = new Map<string, string>();
  /** Two entries of one name (exceljs keeps the last; the direct reader leaves such files to it). */
  readonly duplicates: string[] = [];

  private constructor(bytes: Buffer, entries: readonly ZipEntry[], mainPart: string) {
    this.bytes = bytes;
    this.mainPart = mainPart;
    this.names = [];
    for (const entry of entries) {
      if (entry.name.endsWith("/")) continue;
      if (this.byName.has(entry.name)) this.duplicates.push(entry.name);
      else this.names.push(entry.name);
      this.byName.set(entry.name, entry);
    }
  }

  /** The view of a package, or null when it has no workbook part. */
  static open(bytes: Buffer, entries: readonly ZipEntry[]): PackageView | null {
    const probe = new PackageView(bytes, entries, MAIN_PART);
    const main = probe.findMainPart();
    if (main === null) return null;
    if (main === MAIN_PART) return probe;
    const view = new PackageView(bytes, entries, main);
    view.relocate();
    return view;
  }

  has(name: string): boolean {
    return this.byName.has(name) || this.written.has(name);
  }

  /** The bytes of a part by its name in the view; undefined when absent, null when unreadable. OversizedPart for a bomb. */
  raw(name: string): Buffer | null | undefined {
    const text = this.written.get(name);
    if (text !== undefined) return Buffer.from(text, "utf8");
    const entry = this.byName.get(name);
    if (!entry) return undefined;
    return readZipEntry(this.bytes, entry);
  }

  /** The text of an XML part, namespace prefixes of SpreadsheetML removed; undefined when absent, null when unreadable. */
  text(name: string): string | null | undefined {
    const raw = this.raw(name);
    if (raw === undefined || raw === null) return raw;
    return withoutMainPrefix(raw.toString("utf8"));
  }

  /** Reads every part once, so that a zip bomb or a damaged entry is found before a full load. */
  checkAllParts(): void {
    for (const entry of this.byName.values()) readZipEntry(this.bytes, entry);
  }

  /** The officeDocument of _rels/.rels, else xl/workbook.xml when present. */
  private findMainPart(): string | null {
    const rootRels = this.text("_rels/.rels");
    if (rootRels) {
      for (const rel of parseRelationships(rootRels)) {
        if (!OFFICE_DOCUMENT.test(rel.type) || rel.external) continue;
        const part = resolveTarget("", rel.target);
        if (this.byName.has(part)) return part;
      }
    }
    return this.byName.has(MAIN_PART) ? MAIN_PART : null;
  }

  /**
   * Shows a main part stored elsewhere under the usual names: the main part, its worksheets,
   * styles and shared strings move; its relationships are rewritten to point at the new names.
   */
  private relocate(): void {
    const main = this.byName.get(this.mainPart)!;
    const relsXml = this.text(relsPartOf(this.mainPart)) ?? "";
    const moved = new Map<string, ZipEntry>([[MAIN_PART, main]]);
    const lines: string[] = [];
    let sheetNo = 0;
    for (const rel of parseRelationships(relsXml)) {
      if (rel.external) continue;
      const source = resolveTarget(this.mainPart, rel.target);
      const entry = this.byName.get(source);
      let name: string | null = null;
      if (REL_TYPE.worksheet.test(rel.type)) name = `xl/worksheets/sheet${++sheetNo}.xml`;
      else if (REL_TYPE.styles.test(rel.type)) name = "xl/styles.xml";
      else if (REL_TYPE.sharedStrings.test(rel.type)) name = "xl/sharedStrings.xml";
      if (name === null) continue;
      // A target the package lacks keeps a name that is absent too, so the reader sees it missing.
      if (entry) moved.set(name, entry);
      lines.push(`<Relationship Id="${xmlAttr(rel.id)}" Type="${xmlAttr(rel.type)}" Target="${xmlAttr(name.slice(3))}"/>`);
    }
    // The parts keep their order in the file; the old names of moved parts are no longer seen.
    const movedEntries = new Set(moved.values());
    const names: string[] = [];
    for (const n of this.names) {
      const entry = this.byName.get(n)!;
      if (movedEntries.has(entry)) {
        for (const [newName, e] of moved) if (e === entry) names.push(newName);
      } else if (!moved.has(n) && n !== MAIN_RELS) {
        names.push(n);
      }
    }
    for (const n of [...this.byName.keys()]) if (movedEntries.has(this.byName.get(n)!) || moved.has(n)) this.byName.delete(n);
    for (const [n, e] of moved) this.byName.set(n, e);
    this.byName.delete(MAIN_RELS);
    this.written.set(MAIN_RELS, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`);
    names.splice(names.indexOf(MAIN_PART) + 1, 0, MAIN_RELS);
    this.names.length = 0;
    this.names.push(...names);
  }
}

export function xmlAttr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/>/g, "&gt;");
}

export { OversizedPart };

/** The first sheet the workbook lists whose part the package lacks (a damaged file), or null. */
export function sheetWithoutPart(view: PackageView, workbookXml: string): string | null {
  const rels = new Map(parseRelationships(view.text(MAIN_RELS) ?? "").map((r) => [r.id, r]));
  for (const m of workbookXml.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const attrs = m[1];
    const name = decodeEntities(/\sname\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs)?.slice(1).find((v) => v !== undefined) ?? "");
    const id = /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attrs)?.slice(1).find((v) => v !== undefined);
    const rel = id === undefined ? undefined : rels.get(id);
    if (!rel || rel.external || !view.has(resolveTarget(MAIN_PART, rel.target))) return name;
  }
  return null;
}
