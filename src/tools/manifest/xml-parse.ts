import type { MessageCode, Params } from "./messages";
import type { XmlAttr, XmlElement } from "./xml-tree";

/*
 * A small strict XML parser: well-formedness and namespaces, no DTD. Enough for a manifest, and
 * strict where Office is strict, so that a manifest it accepts does not fail in Office.
 */

/** A document that is not well-formed: the reason's message code and where it was found. */
export class XmlError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly index: number,
    readonly params: Params = {},
  ) {
    super(code);
  }
}

const NAME_START = "A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
// A QName: at most one colon, never first or last (namespace well-formedness). XML name characters
// include combining marks (U+0300-U+036F) on purpose, hence the lint exceptions.
// eslint-disable-next-line no-misleading-character-class
const QNAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_START}][${NAME_CHAR}]*)?`, "y");
// eslint-disable-next-line no-misleading-character-class
const ANY_NAME = new RegExp(`[${NAME_START}:][${NAME_CHAR}:]*`, "y");
const BAD_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/y;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Decodes entity and character references; throws on a bare & or an unknown entity.
 * `offset` is the index of s in the document, for error positions.
 */
function decodeEntities(s: string, offset: number): string {
  let out = "";
  let i = 0;
  for (;;) {
    const amp = s.indexOf("&", i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(s);
    if (!m) throw new XmlError("xml.bad-entity", offset + amp);
    if (m[1]) out += PREDEFINED[m[1]];
    else {
      const cp = m[2] ? parseInt(m[2], 10) : parseInt(m[3], 16);
      if (!isXmlChar(cp)) throw new XmlError("xml.char", offset + amp);
      out += String.fromCodePoint(cp);
    }
    i = ENTITY.lastIndex;
  }
}

/**
 * Parses a whole document; returns its root element or throws an XmlError.
 */
export function parseXml(text: string): XmlElement {
  const bad = BAD_CHAR.exec(text);
  if (bad) throw new XmlError("xml.char", bad.index);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;

  const lineStarts = [0];
  for (let k = 0; k < len; k++) if (text.charCodeAt(k) === 10) lineStarts.push(k + 1);
  const position = (idx: number): { line: number; col: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: idx - lineStarts[lo] + 1 };
  };

  const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";
  const skipSpace = (): boolean => {
    const start = i;
    while (i < len && isSpace(text[i])) i++;
    return i > start;
  };

  const readComment = (): void => {
    // at "<!--"
    const end = text.indexOf("-->", i + 4);
    if (end < 0) throw new XmlError("xml.eof", len);
    const body = text.slice(i + 4, end);
    if (body.includes("--") || body.endsWith("-")) throw new XmlError("xml.comment", i);
    i = end + 3;
  };
  const readPi = (): void => {
    // at "<?"
    i += 2;
    ANY_NAME.lastIndex = i;
    const m = ANY_NAME.exec(text);
    if (!m) throw new XmlError("xml.pi", i);
    if (m[0].toLowerCase() === "xml") throw new XmlError("xml.xml-decl", i - 2);
    i += m[0].length;
    const end = text.indexOf("?>", i);
    if (end < 0) throw new XmlError("xml.eof", len);
    if (end > i && !isSpace(text[i])) throw new XmlError("xml.pi", i);
    i = end + 2;
  };
  const readName = (): string => {
    QNAME.lastIndex = i;
    const m = QNAME.exec(text);
    if (!m) throw new XmlError("xml.bad-name", i);
    i += m[0].length;
    return m[0];
  };

  // XML declaration, only at the very start.
  if (text.startsWith("<?xml", i) && (isSpace(text[i + 5]) || text[i + 5] === "?")) {
    const end = text.indexOf("?>", i);
    if (end < 0) throw new XmlError("xml.eof", len);
    if (!/^<\?xml\s+version\s*=\s*("1\.[0-9]+"|'1\.[0-9]+')(\s+encoding\s*=\s*("[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(\s+standalone\s*=\s*("(yes|no)"|'(yes|no)'))?\s*$/.test(text.slice(i, end))) {
      throw new XmlError("xml.xml-decl", i);
    }
    i = end + 2;
  }

  /** Skips comments, PIs and white space outside the root; returns true at a "<" that opens an element. */
  const misc = (afterRoot: boolean): boolean => {
    for (;;) {
      skipSpace();
      if (i >= len) return false;
      if (text.startsWith("<!--", i)) readComment();
      else if (text.startsWith("<?", i)) readPi();
      else if (text.startsWith("<!DOCTYPE", i)) throw new XmlError("xml.doctype", i);
      else if (text[i] === "<" && !afterRoot) return true;
      else throw new XmlError(afterRoot ? "xml.after-root" : "xml.text-outside-root", i);
    }
  };

  if (!misc(false)) throw new XmlError("xml.no-root", len);

  const stack: XmlElement[] = [];
  /** Namespace scopes, innermost last. */
  const scopes: Array<Map<string, string>> = [new Map([["xml", XML_NS]])];
  const resolve = (prefix: string, at: number): string | null => {
    for (let s = scopes.length - 1; s >= 0; s--) if (scopes[s].has(prefix)) return scopes[s].get(prefix) || null;
    if (prefix === "") return null;
    throw new XmlError("xml.prefix", at, { prefix });
  };
  let root: XmlElement | null = null;

  const readStartTag = (): void => {
    const start = i;
    i++; // "<"
    const name = readName();
    const raw: Array<{ name: string; value: string; at: number }> = [];
    let selfClosing = false;
    for (;;) {
      const spaced = skipSpace();
      if (i >= len) throw new XmlError("xml.eof", len);
      if (text.startsWith("/>", i)) {
        i += 2;
        selfClosing = true;
        break;
      }
      if (text[i] === ">") {
        i++;
        break;
      }
      if (!spaced) throw new XmlError("xml.attr-syntax", i);
      const at = i;
      const attrName = readName();
      skipSpace();
      if (text[i] !== "=") throw new XmlError("xml.attr-syntax", i);
      i++;
      skipSpace();
      const quote = text[i];
      if (quote !== '"' && quote !== "'") throw new XmlError("xml.attr-syntax", i);
      const end = text.indexOf(quote, i + 1);
      if (end < 0) throw new XmlError("xml.eof", len);
      const rawValue = text.slice(i + 1, end);
      const lt = rawValue.indexOf("<");
      if (lt >= 0) throw new XmlError("xml.lt-in-attr", i + 1 + lt);
      const value = decodeEntities(rawValue, i + 1).replace(/[\t\n\r]/g, " ");
      if (raw.some((a) => a.name === attrName)) throw new XmlError("xml.attr-dup", at, { name: attrName });
      raw.push({ name: attrName, value, at });
      i = end + 1;
    }
    // Namespace declarations first, then resolve names in this scope.
    const scope = new Map<string, string>();
    for (const a of raw) {
      if (a.name === "xmlns") scope.set("", a.value);
      else if (a.name.startsWith("xmlns:")) scope.set(a.name.slice(6), a.value);
    }
    scopes.push(scope);
    const [prefix, local] = name.includes(":") ? name.split(":") : ["", name];
    const ns = resolve(prefix, start);
    const attrs: XmlAttr[] = raw.map((a) => {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) return { name: a.name, local: a.name.replace(/^xmlns:?/, ""), ns: XMLNS_NS, value: a.value };
      const [ap, al] = a.name.includes(":") ? a.name.split(":") : ["", a.name];
      return { name: a.name, local: al, ns: ap ? resolve(ap, a.at) : null, value: a.value };
    });
    const { line, col } = position(start);
    const parent = stack.length ? stack[stack.length - 1] : null;
    const el: XmlElement = { name, local, ns, attrs, children: [], text: "", line, col, parent };
    if (parent) parent.children.push(el);
    else root = el;
    if (selfClosing) scopes.pop();
    else stack.push(el);
  };

  readStartTag();
  while (stack.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) throw new XmlError("xml.unclosed", len, { name: stack[stack.length - 1].name });
    if (lt > i) {
      const chunk = text.slice(i, lt);
      const cdataEnd = chunk.indexOf("]]>");
      if (cdataEnd >= 0) throw new XmlError("xml.cdata-end", i + cdataEnd);
      stack[stack.length - 1].text += decodeEntities(chunk, i);
      i = lt;
    }
    if (text.startsWith("</", i)) {
      const at = i;
      i += 2;
      const name = readName();
      skipSpace();
      if (text[i] !== ">") throw new XmlError(i >= len ? "xml.eof" : "xml.attr-syntax", i);
      i++;
      const open = stack.pop() as XmlElement;
      scopes.pop();
      if (name !== open.name) throw new XmlError("xml.mismatch", at, { found: name, expected: open.name });
    } else if (text.startsWith("<!--", i)) readComment();
    else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i + 9);
      if (end < 0) throw new XmlError("xml.eof", len);
      stack[stack.length - 1].text += text.slice(i + 9, end);
      i = end + 3;
    } else if (text.startsWith("<?", i)) readPi();
    else if (text.startsWith("<!", i)) throw new XmlError(text.startsWith("<!DOCTYPE", i) ? "xml.doctype" : "xml.unexpected-lt", i);
    else {
      QNAME.lastIndex = i + 1;
      if (!QNAME.test(text)) throw new XmlError("xml.unexpected-lt", i);
      readStartTag();
    }
  }
  misc(true);
  return root as unknown as XmlElement;
}

/** Line and column (1-based) of a character index. */
export function positionOf(text: string, index: number): { line: number; col: number } {
  let line = 1;
  let lastNl = -1;
  for (let k = 0; k < index && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lastNl = k;
    }
  }
  return { line, col: index - lastNl };
}
