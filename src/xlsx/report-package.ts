import { posix } from "node:path";
import ExcelJS from "exceljs";
import { planSheetWrites, type ReportWriteResult } from "../core/report/sheet-names";
import type { SheetSpec } from "../core/report/sheet-spec";
import { isMarkerName, markSheetOwned, sheetOfReference } from "./owned-sheets";
import { PackageView, parseRelationships, relsPartOf, resolveTarget, xmlAttr } from "./package-view";
import { CONTENT_TYPES_NS, RELATIONSHIPS_NS, withoutMainPrefix } from "./spreadsheet-ns";
import { graftStyles } from "./styles-graft";
import { writeSheetSpec } from "./write-sheet-spec";
import { XlsxReadError } from "./xlsx-read-error";
import { ownedSheetsOfWorkbookXml } from "./workbook-parts";
import { checkDeclaredSizes, listZipEntries, rawZipEntry, readZipEntry, type ZipEntry } from "./zip-entries";
import { writeZip, type ZipPart } from "./zip-writer";

/**
 * Report sheets added to a copy of the user's own package: only the parts that list sheets
 * (workbook.xml, its relationships, [Content_Types].xml) and styles.xml are rewritten, the report
 * sheets' parts are added, and every other part is copied byte for byte (its stored bytes, not
 * even recompressed). Nothing of the user's workbook is loaded into a model, so charts, pivot
 * tables, buttons, data validations over whole columns and workbooks other programs wrote come
 * through as they were, at the cost of reading a few small parts.
 *
 * The report sheets themselves are written by exceljs (writeSheetSpec) into a workbook of their
 * own, and their parts moved across: cell formats are appended to the user's styles (styles-graft),
 * texts are written inline, print areas and titles follow their sheet. The add-in's earlier
 * report sheets of the same names are removed (planSheetWrites), with their parts and names.
 */

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const OFFICE_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const CONTENT_TYPES = "[Content_Types].xml";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface SheetElement {
  /** The whole `<sheet …/>` element as written. */
  xml: string;
  name: string;
  sheetId: number;
  rId: string;
}

/**
 * `ownSheets`: the marked sheets the caller confirmed as the add-in's by their cells (ownSheetNames
 * of the snapshot it read): a marked sheet that no longer looks like a form is the user's and stays.
 */
export async function addReportSheetsToPackage(input: Buffer, specs: readonly SheetSpec[], ownSheets: ReadonlySet<string>): Promise<{ bytes: Buffer; result: ReportWriteResult }> {
  const entries = listZipEntries(input);
  if (!entries) throw new XlsxReadError("notXlsx");
  checkDeclaredSizes(entries);
  const view = PackageView.open(input, entries);
  if (!view) throw new XlsxReadError("otherZip");
  const pkg = new PackageEdit(input, entries, view.mainPart);
  const owned = await ownedSheetsOfWorkbookXml(pkg.workbook);
  const plan = planSheetWrites(
    pkg.sheets().map((s) => ({ name: s.name, owned: owned.has(s.name) && ownSheets.has(s.name) })),
    specs.map((s) => s.name),
  );
  for (const name of plan.remove) pkg.removeSheet(name);

  const used = plan.names.map((n) => n.used);
  const report = await reportPackage(specs, used, pkg.markNames());
  pkg.addSheets(report, used);
  return {
    bytes: pkg.write(),
    result: { written: used, replaced: plan.remove, renamed: plan.names.filter((n) => n.used !== n.wanted) },
  };
}

/** The report sheets written by exceljs into a workbook of their own, marked as the add-in's. */
interface ReportParts {
  sheets: string[];
  styles: string;
  sharedStrings: string[];
  definedNames: Array<{ name: string; localSheetId: number | undefined; xml: string; value: string }>;
}

async function reportPackage(specs: readonly SheetSpec[], names: readonly string[], existingMarks: ReadonlyArray<{ name: string; ref: string }>): Promise<ReportParts> {
  const wb = new ExcelJS.Workbook();
  // The user's marks, so that the new ones take free numbers.
  wb.definedNames.model = existingMarks.map((m) => ({ name: m.name, ranges: [m.ref] })) as unknown as ExcelJS.DefinedNamesModel;
  specs.forEach((spec, i) => {
    writeSheetSpec(wb.addWorksheet(names[i]), spec);
    markSheetOwned(wb, names[i]);
  });
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const entries = listZipEntries(bytes) ?? [];
  const text = (name: string): string => {
    const e = entries.find((x) => x.name === name);
    return e ? (readZipEntry(bytes, e)?.toString("utf8") ?? "") : "";
  };
  const workbook = text("xl/workbook.xml");
  const rels = new Map(parseRelationships(text("xl/_rels/workbook.xml.rels")).map((r) => [r.id, r]));
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const rel = rels.get(attrOf(m[0], "r:id") ?? "");
    return text(resolveTarget("xl/workbook.xml", rel?.target ?? ""));
  });
  const sharedStrings = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? "");
  const definedNames = [...workbook.matchAll(/<definedName\b[^>]*>([\s\S]*?)<\/definedName>/g)].map((m) => {
    const local = attrOf(m[0], "localSheetId");
    return { name: attrOf(m[0], "name") ?? "", localSheetId: local === undefined ? undefined : Number(local), xml: m[0], value: decode(m[1]) };
  });
  return { sheets, styles: text("xl/styles.xml"), sharedStrings, definedNames };
}

/** The parts of the user's package that change, and the ones added or removed. */
class PackageEdit {
  workbook: string;
  private rels: string;
  private contentTypes: string;
  private readonly relsPart: string;
  private readonly changed = new Map<string, string>();
  private readonly added: Array<{ name: string; content: string }> = [];
  private readonly removed = new Set<string>();
  private readonly names: Set<string>;

  constructor(
    private readonly bytes: Buffer,
    private readonly entries: readonly ZipEntry[],
    private readonly mainPart: string,
  ) {
    this.names = new Set(entries.map((e) => e.name.toLowerCase()));
    this.relsPart = relsPartOf(mainPart);
    this.workbook = this.text(mainPart) ?? "";
    this.rels = this.text(this.relsPart) ?? `${XML_DECLARATION}<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
    this.contentTypes = this.text(CONTENT_TYPES) ?? `${XML_DECLARATION}<Types xmlns="${CONTENT_TYPES_NS}"></Types>`;
  }

  private text(name: string): string | undefined {
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const raw = readZipEntry(this.bytes, entry);
    if (raw === null) throw new XlsxReadError("contentUnreadable");
    return withoutMainPrefix(raw.toString("utf8"));
  }

  sheets(): SheetElement[] {
    return [...this.workbook.matchAll(/<sheet\b[^>]*?\/?>(?:<\/sheet>)?/g)].map((m) => ({
      xml: m[0],
      name: attrOf(m[0], "name") ?? "",
      sheetId: Number(attrOf(m[0], "sheetId") ?? 0),
      rId: attrOfAnyPrefix(m[0], "id") ?? "",
    }));
  }

  /** The add-in's marks the workbook holds (names and references). */
  markNames(): Array<{ name: string; ref: string }> {
    return this.definedNames()
      .filter((d) => isMarkerName(d.name))
      .map((d) => ({ name: d.name, ref: d.value }));
  }

  private definedNames(): Array<{ xml: string; name: string; localSheetId: number | undefined; value: string }> {
    return [...this.workbook.matchAll(/<definedName\b[^>]*>([\s\S]*?)<\/definedName>|<definedName\b[^>]*\/>/g)].map((m) => {
      const local = attrOf(m[0], "localSheetId");
      return { xml: m[0], name: attrOf(m[0], "name") ?? "", localSheetId: local === undefined ? undefined : Number(local), value: decode(m[1] ?? "") };
    });
  }

  /** Removes one of the add-in's sheets: its entry, relationship, part, content type and names. */
  removeSheet(name: string): void {
    const sheets = this.sheets();
    const index = sheets.findIndex((s) => s.name === name);
    if (index < 0) return;
    const sheet = sheets[index];
    const rel = parseRelationships(this.rels).find((r) => r.id === sheet.rId);
    this.workbook = this.workbook.replace(sheet.xml, "");
    for (const d of this.definedNames()) {
      const mark = isMarkerName(d.name) && sheetOfReference(d.value) === name;
      if (mark || d.localSheetId === index) this.workbook = this.workbook.replace(d.xml, "");
      else if (d.localSheetId !== undefined && d.localSheetId > index) {
        this.workbook = this.workbook.replace(d.xml, d.xml.replace(/(\slocalSheetId\s*=\s*["'])\d+/, `$1${d.localSheetId - 1}`));
      }
    }
    this.shiftTabs(index);
    if (rel) {
      this.rels = removeRelationship(this.rels, rel.id);
      if (!rel.external) {
        const part = resolveTarget(this.mainPart, rel.target);
        this.removePart(part);
        this.removePart(relsPartOf(part));
      }
    }
    // The calculation chain lists formula cells by sheet; Excel rebuilds it when it is absent.
    for (const r of parseRelationships(this.rels).filter((x) => /\/calcChain$/.test(x.type))) {
      this.rels = removeRelationship(this.rels, r.id);
      this.removePart(resolveTarget(this.mainPart, r.target));
    }
  }

  /** The active and first visible tab after a sheet before them was removed. */
  private shiftTabs(removedIndex: number): void {
    this.workbook = this.workbook.replace(/<workbookView\b[^>]*>/g, (tag) =>
      tag.replace(/(\s(?:activeTab|firstSheet)\s*=\s*["'])(\d+)/g, (_m, pre: string, n: string) => `${pre}${Number(n) > removedIndex ? Number(n) - 1 : Number(n)}`),
    );
  }

  private removePart(part: string): void {
    if (!this.entries.some((e) => e.name === part)) return;
    this.removed.add(part);
    this.contentTypes = this.contentTypes.replace(new RegExp(`<Override\\b[^>]*PartName\\s*=\\s*["']/${escapeRe(part)}["'][^>]*/>`, "i"), "");
  }

  addSheets(report: ReportParts, names: readonly string[]): void {
    const styles = this.styles(report.styles);
    const base = this.sheets().length;
    let sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId));
    const rPrefix = this.relationshipPrefix();
    const dir = posix.dirname(this.mainPart);
    const newSheets: string[] = [];
    report.sheets.forEach((xml, i) => {
      const part = this.freeName(`${dir === "." ? "" : dir + "/"}worksheets/sheet`, ".xml");
      const rId = this.freeRelationshipId();
      this.rels = this.rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${rId}" Type="${WORKSHEET_TYPE}" Target="${xmlAttr(posix.relative(dir, part))}"/></Relationships>`);
      this.addOverride(part, WORKSHEET_CT);
      this.added.push({ name: part, content: moveSheet(xml, styles, report.sharedStrings) });
      newSheets.push(`<sheet name="${xmlAttr(names[i])}" sheetId="${++sheetId}" ${rPrefix}:id="${rId}"/>`);
    });
    this.workbook = /<sheets\b[^>]*\/>/.test(this.workbook)
      ? this.workbook.replace(/<sheets\b([^>]*)\/>/, `<sheets$1>${newSheets.join("")}</sheets>`)
      : this.workbook.replace(/<\/sheets>/, `${newSheets.join("")}</sheets>`);

    const have = new Set(this.definedNames().map((d) => d.name.toLowerCase()));
    const names_: string[] = [];
    for (const d of report.definedNames) {
      if (d.localSheetId !== undefined) names_.push(d.xml.replace(/(\slocalSheetId\s*=\s*["'])\d+/, `$1${base + d.localSheetId}`));
      else if (isMarkerName(d.name) && !have.has(d.name.toLowerCase())) names_.push(d.xml);
    }
    this.addDefinedNames(names_);
  }

  /** The user's styles with the report's added, or the report's own when the package has none. */
  private styles(reportStyles: string): (index: number) => number {
    const rel = parseRelationships(this.rels).find((r) => r.type === STYLES_TYPE && !r.external);
    const part = rel ? resolveTarget(this.mainPart, rel.target) : undefined;
    const user = part === undefined ? undefined : this.text(part);
    if (part !== undefined && user !== undefined) {
      const g = graftStyles(user, reportStyles);
      this.changed.set(part, g.xml);
      return g.xfOf;
    }
    const dir = posix.dirname(this.mainPart);
    const name = this.freeName(`${dir === "." ? "" : dir + "/"}styles`, ".xml");
    if (rel) this.rels = removeRelationship(this.rels, rel.id);
    this.rels = this.rels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${this.freeRelationshipId()}" Type="${STYLES_TYPE}" Target="${xmlAttr(posix.relative(dir, name))}"/></Relationships>`);
    this.addOverride(name, STYLES_CT);
    this.added.push({ name, content: reportStyles });
    return (i) => i;
  }

  private addDefinedNames(items: readonly string[]): void {
    if (items.length === 0) return;
    if (/<definedNames\b[^>]*\/>/.test(this.workbook)) {
      this.workbook = this.workbook.replace(/<definedNames\b[^>]*\/>/, `<definedNames>${items.join("")}</definedNames>`);
    } else if (/<\/definedNames>/.test(this.workbook)) {
      this.workbook = this.workbook.replace(/<\/definedNames>/, `${items.join("")}</definedNames>`);
    } else {
      // After <sheets> and the elements the schema puts between it and <definedNames>.
      const m = /<\/sheets>(?:\s*<functionGroups\b[^>]*(?:\/>|>[\s\S]*?<\/functionGroups>))?(?:\s*<externalReferences\b[^>]*(?:\/>|>[\s\S]*?<\/externalReferences>))?/.exec(this.workbook);
      if (!m) return;
      const at = m.index + m[0].length;
      this.workbook = this.workbook.slice(0, at) + `<definedNames>${items.join("")}</definedNames>` + this.workbook.slice(at);
    }
  }

  private relationshipPrefix(): string {
    const root = /<workbook\b[^>]*>/.exec(this.workbook)?.[0] ?? "";
    const m = new RegExp(`\\sxmlns:([\\w.-]+)\\s*=\\s*["']${escapeRe(OFFICE_REL_NS)}["']`).exec(root);
    if (m) return m[1];
    this.workbook = this.workbook.replace(/<workbook\b/, `<workbook xmlns:r="${OFFICE_REL_NS}"`);
    return "r";
  }

  private freeName(stem: string, ext: string): string {
    for (let n = 1; ; n++) {
      const name = `${stem}${n}${ext}`;
      if (!this.names.has(name.toLowerCase())) {
        this.names.add(name.toLowerCase());
        return name;
      }
    }
  }

  private freeRelationshipId(): string {
    const ids = new Set(parseRelationships(this.rels).map((r) => r.id));
    for (let n = ids.size + 1; ; n++) if (!ids.has(`rId${n}`)) return `rId${n}`;
  }

  private addOverride(part: string, type: string): void {
    this.contentTypes = this.contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="/${xmlAttr(part)}" ContentType="${type}"/></Types>`);
  }

  write(): Buffer {
    this.changed.set(this.mainPart, this.workbook);
    this.changed.set(this.relsPart, this.rels);
    this.changed.set(CONTENT_TYPES, this.contentTypes);
    const parts: ZipPart[] = [];
    const written = new Set<string>();
    for (const entry of this.entries) {
      if (entry.name.endsWith("/") || this.removed.has(entry.name) || written.has(entry.name)) continue;
      written.add(entry.name);
      const text = this.changed.get(entry.name);
      if (text !== undefined) {
        parts.push({ name: entry.name, content: Buffer.from(text, "utf8") });
        continue;
      }
      const stored = rawZipEntry(this.bytes, entry);
      if (stored === null) throw new XlsxReadError("contentUnreadable");
      parts.push({ name: entry.name, stored, method: entry.method, crc32: entry.crc32, uncompressedSize: entry.uncompressedSize, modTime: entry.modTime, modDate: entry.modDate });
    }
    for (const [name, text] of this.changed) if (!written.has(name)) parts.push({ name, content: Buffer.from(text, "utf8") });
    for (const a of this.added) parts.push({ name: a.name, content: Buffer.from(a.content, "utf8") });
    return writeZip(parts);
  }
}

/** A report sheet's XML as it must be in the user's package: cell formats moved, shared texts written inline. */
function moveSheet(xml: string, xfOf: (i: number) => number, sharedStrings: readonly string[]): string {
  return xml
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (_all, attrs: string, end: string, body: string | undefined) => {
      let a = attrs.replace(/(\ss=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xfOf(Number(n))}"`);
      if (body === undefined || !/\st="s"/.test(a)) return `<c${a}${end}`;
      const index = /<v>(\d+)<\/v>/.exec(body);
      if (!index) return `<c${a}${end}`;
      a = a.replace(/\st="s"/, ' t="inlineStr"');
      return `<c${a}><is>${sharedStrings[Number(index[1])] ?? ""}</is></c>`;
    })
    .replace(/<row\b[^>]*>/g, (tag) => tag.replace(/(\ss=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xfOf(Number(n))}"`))
    .replace(/<col\b[^>]*>/g, (tag) => tag.replace(/(\sstyle=")(\d+)"/, (_m, pre: string, n: string) => `${pre}${xfOf(Number(n))}"`));
}

function removeRelationship(rels: string, id: string): string {
  return rels.replace(new RegExp(`<Relationship\\b[^>]*\\sId\\s*=\\s*["']${escapeRe(id)}["'][^>]*?(?:/>|></Relationship>)`), "");
}

function attrOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(/^<[^>]*>/.exec(tag)?.[0] ?? tag);
  return m ? decode(m[1] ?? m[2]) : undefined;
}

/** An attribute whatever its namespace prefix (r:id, x:id…). */
function attrOfAnyPrefix(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decode(m[1] ?? m[2]) : undefined;
}

function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&(lt|gt|quot|apos);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'" })[e] ?? "")
    .replace(/&amp;/g, "&");
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
