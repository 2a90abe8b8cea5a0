/**
 * Workbooks written by the .NET Open XML SDK (and so by many government systems) name every
 * element with a prefix: `<x:workbook xmlns:x="…spreadsheetml/2006/main">`, `<x:sheetData>`.
 * exceljs and the direct reader match element names without namespaces, so such a part is turned
 * into the same XML with the default namespace: `<workbook xmlns="…">`. The meaning is unchanged.
 */

export const SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";

const UNPREFIXED = [SPREADSHEET_NS, RELATIONSHIPS_NS, CONTENT_TYPES_NS];

/** The part's XML with the prefix of its main namespace removed; the text itself when it has none. */
export function withoutMainPrefix(xml: string): string {
  // The root element's start tag: the first tag after the declaration and any comments.
  const root = /<([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)\b([^>]*)>/.exec(xml);
  if (!root) return xml;
  const prefix = root[1];
  const attrs = root[3];
  const declared = new RegExp(`\\bxmlns:${escape(prefix)}\\s*=\\s*["']([^"']*)["']`).exec(attrs);
  if (!declared || !UNPREFIXED.includes(declared[1])) return xml;
  // A default namespace of its own would clash with the one this gives the root.
  if (/\bxmlns\s*=/.test(attrs)) return xml;
  const p = escape(prefix);
  return xml
    .replace(new RegExp(`<(/?)${p}:`, "g"), "<$1")
    .replace(new RegExp(`\\bxmlns:${p}(\\s*=)`), "xmlns$1");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
}
