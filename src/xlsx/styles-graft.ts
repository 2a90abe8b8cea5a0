/**
 * Adds the cell styles of one styles part (the report sheets', as exceljs wrote them) to another
 * (the user's), so that sheets written against the first can live in the second's workbook: the
 * fonts, fills, borders and custom number formats they use are appended, their cell formats
 * (cellXfs) appended with those indexes moved, and `xfOf` gives each old cell format index its
 * new one. What the user's part already holds is left as it is, so the user's cells keep their
 * indexes.
 */

/** The schema order of a stylesheet's children: a new section goes before the first later one present. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

export interface GraftedStyles {
  xml: string;
  xfOf: (index: number) => number;
}

export function graftStyles(userXml: string, addedXml: string): GraftedStyles {
  const added = {
    numFmts: children(addedXml, "numFmts", "numFmt"),
    fonts: children(addedXml, "fonts", "font"),
    fills: children(addedXml, "fills", "fill"),
    borders: children(addedXml, "borders", "border"),
    cellXfs: children(addedXml, "cellXfs", "xf"),
  };
  const fontBase = children(userXml, "fonts", "font").length;
  const fillBase = children(userXml, "fills", "fill").length;
  const borderBase = children(userXml, "borders", "border").length;
  const xfBase = children(userXml, "cellXfs", "xf").length;
  // Custom number formats (id 164 and up) take ids the user's part does not use.
  const usedIds = children(userXml, "numFmts", "numFmt").map((f) => Number(attr(f, "numFmtId") ?? 0));
  let nextId = Math.max(163, ...usedIds) + 1;
  const numFmtOf = new Map<number, number>();
  const numFmts = added.numFmts.map((f) => {
    const id = Number(attr(f, "numFmtId") ?? 0);
    const newId = nextId++;
    numFmtOf.set(id, newId);
    return setAttr(f, "numFmtId", String(newId));
  });
  const xfs = added.cellXfs.map((xf) => {
    let x = xf;
    x = shift(x, "fontId", fontBase);
    x = shift(x, "fillId", fillBase);
    x = shift(x, "borderId", borderBase);
    const numFmt = Number(attr(x, "numFmtId") ?? 0);
    if (numFmtOf.has(numFmt)) x = setAttr(x, "numFmtId", String(numFmtOf.get(numFmt)));
    // The user's first cell style ("Normal") is the parent of every added format.
    if (attr(x, "xfId") !== undefined) x = setAttr(x, "xfId", "0");
    return x;
  });

  let xml = userXml;
  xml = append(xml, "numFmts", numFmts);
  xml = append(xml, "fonts", added.fonts);
  xml = append(xml, "fills", added.fills);
  xml = append(xml, "borders", added.borders);
  // A cellXfs needs a cellStyleXfs before it for xfId="0" to mean something.
  if (xfs.length > 0 && section(xml, "cellStyleXfs") === null) {
    xml = append(xml, "cellStyleXfs", ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>']);
  }
  xml = append(xml, "cellXfs", xfs);
  return { xml, xfOf: (i) => xfBase + i };
}

interface Section {
  start: number;
  end: number;
  selfClosing: boolean;
  /** Where the children end (before the end tag). */
  inner: [number, number];
}

function section(xml: string, name: string): Section | null {
  const open = new RegExp(`<${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const start = open.index;
  const afterOpen = start + open[0].length;
  if (open[1] === "/") return { start, end: afterOpen, selfClosing: true, inner: [afterOpen, afterOpen] };
  const close = xml.indexOf(`</${name}>`, afterOpen);
  if (close < 0) return null;
  return { start, end: close + name.length + 3, selfClosing: false, inner: [afterOpen, close] };
}

/** The child elements of a section, each as its whole text (the children named here have no nested namesakes). */
export function children(xml: string, sectionName: string, child: string): string[] {
  const s = section(xml, sectionName);
  if (!s || s.selfClosing) return [];
  const inner = xml.slice(s.inner[0], s.inner[1]);
  const out: string[] = [];
  const re = new RegExp(`<${child}\\b[^>]*?(?:/>|>[\\s\\S]*?</${child}>)`, "g");
  for (const m of inner.matchAll(re)) out.push(m[0]);
  return out;
}

function append(xml: string, name: string, items: readonly string[]): string {
  if (items.length === 0) return xml;
  const s = section(xml, name);
  if (s === null) {
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((n) => section(xml, n)?.start)
      .filter((p): p is number => p !== undefined);
    const at = later.length > 0 ? Math.min(...later) : xml.lastIndexOf("</styleSheet>");
    return xml.slice(0, at) + `<${name} count="${items.length}">${items.join("")}</${name}>` + xml.slice(at);
  }
  const count = children(xml, name, childOf(name)).length + items.length;
  const openTag = xml.slice(s.start, s.selfClosing ? s.end : s.inner[0]).replace(/\/?>$/, ">");
  const tag = /\scount\s*=/.test(openTag) ? openTag.replace(/(\scount\s*=\s*["'])\d*(["'])/, `$1${count}$2`) : openTag.replace(/>$/, ` count="${count}">`);
  const body = s.selfClosing ? "" : xml.slice(s.inner[0], s.inner[1]);
  return xml.slice(0, s.start) + tag + body + items.join("") + `</${name}>` + xml.slice(s.end);
}

function childOf(name: string): string {
  return { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellStyleXfs: "xf", cellXfs: "xf" }[name] ?? name;
}

function attr(element: string, name: string): string | undefined {
  const tag = /^<[^>]*>/.exec(element)?.[0] ?? element;
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];
}

function setAttr(element: string, name: string, value: string): string {
  const tagEnd = element.indexOf(">");
  const tag = element.slice(0, tagEnd + 1);
  const rest = element.slice(tagEnd + 1);
  const re = new RegExp(`(\\s${name}\\s*=\\s*["'])[^"']*(["'])`);
  const newTag = re.test(tag) ? tag.replace(re, `$1${value}$2`) : tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
  return newTag + rest;
}

function shift(element: string, name: string, by: number): string {
  const v = attr(element, name);
  return v === undefined ? element : setAttr(element, name, String(Number(v) + by));
}
