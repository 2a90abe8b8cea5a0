import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";

/**
 * The add-in's document settings (Office.js `workbook.settings`: column corrections, profile, plan,
 * language, marks) as Office keeps them inside an .xlsx: properties of the add-in's web extension
 * part, xl/webextensions/webextensionN.xml ([MS-OWEXML] CT_OsfWebExtension), each value the JSON
 * of what the add-in stored. The page reads them from the file the user opened and writes them,
 * changed, into the copies it hands back, so that the add-in finds them when the copy is opened in
 * an Excel that runs it (docs/web-page.md).
 */

/** The add-in's id (manifest.xml <Id>): Office links a web extension part to the add-in by it. */
export const ADDIN_ID = "64b95805-5e87-4774-8186-afa151f0abd8";
export const ADDIN_VERSION = "1.0.0.0";

const WE_NS = "http://schemas.microsoft.com/office/webextensions/webextension/2010/11";
const WETP_NS = "http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_WEBEXTENSION = "http://schemas.microsoft.com/office/2011/relationships/webextension";
const REL_TASKPANES = "http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes";
const CT_WEBEXTENSION = "application/vnd.ms-office.webextension+xml";
const CT_TASKPANES = "application/vnd.ms-office.webextensiontaskpanes+xml";
const WE_PART = /^xl\/webextensions\/webextension\d*\.xml$/;
const SETTING_PREFIX = "bdg.";

/** Setting name -> its value as the add-in reads it back (Setting.value as text). */
export type OfficeSettings = Map<string, string>;

export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-f]+));/gi, (all, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name.toLowerCase()] ?? all;
  });
}

export function encodeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** The text the add-in's loadSetting returns for a stored value: strings as they are, anything else as JSON. */
function settingText(stored: string): string {
  try {
    const v: unknown = JSON.parse(stored);
    return typeof v === "string" ? v : JSON.stringify(v);
  } catch {
    return stored;
  }
}

interface WebExtensionPart {
  name: string;
  xml: string;
  referenceId: string | null;
  properties: Array<{ name: string; value: string }>;
}

function parsePart(name: string, xml: string): WebExtensionPart {
  const ref = /<(?:\w+:)?reference\b[^>]*\bid\s*=\s*"([^"]*)"/.exec(xml);
  const properties: WebExtensionPart["properties"] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g)) {
    const attrs = m[1];
    const n = /\bname\s*=\s*"([^"]*)"/.exec(attrs);
    const v = /\bvalue\s*=\s*"([^"]*)"/.exec(attrs);
    if (n && v) properties.push({ name: decodeXml(n[1]), value: decodeXml(v[1]) });
  }
  return { name, xml, referenceId: ref ? decodeXml(ref[1]) : null, properties };
}

/** The add-in's part: the one that references its id, else the one holding bdg.* settings. */
function addinPart(parts: readonly WebExtensionPart[]): WebExtensionPart | null {
  const byId = parts.find((p) => p.referenceId?.toLowerCase() === ADDIN_ID);
  return byId ?? parts.find((p) => p.properties.some((x) => x.name.startsWith(SETTING_PREFIX))) ?? null;
}

function webExtensionParts(files: Unzipped): WebExtensionPart[] {
  return Object.keys(files)
    .filter((n) => WE_PART.test(n))
    .sort()
    .map((n) => parsePart(n, strFromU8(files[n])));
}

/** The add-in's settings in a workbook's files (none when it was never opened with the add-in). */
export function readOfficeSettings(files: Unzipped): OfficeSettings {
  const part = addinPart(webExtensionParts(files));
  const out: OfficeSettings = new Map();
  for (const p of part?.properties ?? []) if (p.name.startsWith(SETTING_PREFIX)) out.set(p.name, settingText(p.value));
  return out;
}

/** Only the web extension parts of an .xlsx, unzipped (the sheets are not inflated). */
export function unzipWebExtensions(bytes: Uint8Array): Unzipped {
  return unzipSync(bytes, { filter: (f) => f.name.startsWith("xl/webextensions/") });
}

function propertiesXml(settings: OfficeSettings, others: ReadonlyArray<{ name: string; value: string }>): string {
  const all = [...others.filter((p) => !p.name.startsWith(SETTING_PREFIX)), ...[...settings].map(([name, text]) => ({ name, value: JSON.stringify(text) }))];
  return `<we:properties>${all.map((p) => `<we:property name="${encodeXml(p.name)}" value="${encodeXml(p.value)}"/>`).join("")}</we:properties>`;
}

function newPartXml(settings: OfficeSettings): string {
  // A fresh instance id, as Office gives each web extension instance.
  const hex = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
  const guid = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<we:webextension xmlns:we="${WE_NS}" id="${guid}">` +
    `<we:reference id="${ADDIN_ID}" version="${ADDIN_VERSION}" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/>${propertiesXml(settings, [])}<we:bindings/><we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>` +
    `</we:webextension>`
  );
}

function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace(/<\/Types>\s*$/, `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
}

function nextRelId(rels: string): string {
  let n = 1;
  while (rels.includes(`Id="rId${n}"`)) n++;
  return `rId${n}`;
}

/**
 * The copy's files with the add-in's settings set to `settings` (which replace every bdg.* setting
 * there). The original's web extension parts are carried over (exceljs, which wrote the copy,
 * drops them); a workbook that had none gets a part that references the add-in.
 */
export function withOfficeSettings(copy: Unzipped, original: Unzipped, settings: OfficeSettings): Unzipped {
  const files: Unzipped = { ...copy };
  for (const [name, data] of Object.entries(original)) if (name.startsWith("xl/webextensions/")) files[name] = data;
  let contentTypes = strFromU8(files["[Content_Types].xml"]);
  let rootRels = files["_rels/.rels"] ? strFromU8(files["_rels/.rels"]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;

  const existing = addinPart(webExtensionParts(files));
  let partName: string;
  if (existing) {
    partName = existing.name;
    const body = propertiesXml(settings, existing.properties);
    const xml = /<(\w+:)?properties\b[^>]*\/>|<(\w+:)?properties\b[\s\S]*?<\/(\w+:)?properties>/.test(existing.xml)
      ? existing.xml.replace(/<(\w+:)?properties\b[^>]*\/>|<(\w+:)?properties\b[\s\S]*?<\/(\w+:)?properties>/, body)
      : existing.xml.replace(/(<\/(\w+:)?reference>|<(\w+:)?reference\b[^>]*\/>)/, `$1${body}`);
    files[partName] = strToU8(xml);
  } else {
    let n = 1;
    while (files[`xl/webextensions/webextension${n}.xml`]) n++;
    partName = `xl/webextensions/webextension${n}.xml`;
    files[partName] = strToU8(newPartXml(settings));
    // Office finds a task pane add-in's part through the task panes part.
    const tpName = "xl/webextensions/taskpanes.xml";
    const tpRelsName = "xl/webextensions/_rels/taskpanes.xml.rels";
    const tpRels = files[tpRelsName] ? strFromU8(files[tpRelsName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}"></Relationships>`;
    const relId = nextRelId(tpRels);
    files[tpRelsName] = strToU8(tpRels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${relId}" Type="${REL_WEBEXTENSION}" Target="webextension${n}.xml"/></Relationships>`));
    const pane = `<wetp:taskpane dockstate="right" visibility="0" width="350" row="0"><wetp:webextensionref xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/></wetp:taskpane>`;
    const tp = files[tpName] ? strFromU8(files[tpName]) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wetp:taskpanes xmlns:wetp="${WETP_NS}"></wetp:taskpanes>`;
    files[tpName] = strToU8(tp.replace(/<\/(\w+:)?taskpanes>\s*$/, `${pane}</wetp:taskpanes>`));
    contentTypes = addOverride(contentTypes, tpName, CT_TASKPANES);
    if (!rootRels.includes(REL_TASKPANES)) {
      rootRels = rootRels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${nextRelId(rootRels)}" Type="${REL_TASKPANES}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`);
    }
  }
  for (const name of Object.keys(files)) if (WE_PART.test(name)) contentTypes = addOverride(contentTypes, name, CT_WEBEXTENSION);
  if (files["xl/webextensions/taskpanes.xml"]) contentTypes = addOverride(contentTypes, "xl/webextensions/taskpanes.xml", CT_TASKPANES);
  if (original["xl/webextensions/taskpanes.xml"] && !rootRels.includes(REL_TASKPANES)) {
    rootRels = rootRels.replace(/<\/Relationships>\s*$/, `<Relationship Id="${nextRelId(rootRels)}" Type="${REL_TASKPANES}" Target="xl/webextensions/taskpanes.xml"/></Relationships>`);
  }
  files["[Content_Types].xml"] = strToU8(contentTypes);
  files["_rels/.rels"] = strToU8(rootRels);
  return files;
}

/** Rewrite an .xlsx (bytes) with the add-in's settings; the rest of the package is kept as it is. */
export function writeOfficeSettings(copyBytes: Uint8Array, originalBytes: Uint8Array, settings: OfficeSettings): Uint8Array {
  const files = withOfficeSettings(unzipSync(copyBytes), unzipWebExtensions(originalBytes), settings);
  return zipSync(files, { level: 6 });
}
