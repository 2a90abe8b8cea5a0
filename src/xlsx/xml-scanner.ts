/**
 * A small forward-only reader of the XML that spreadsheet programs write: tags, attributes and
 * text, decoded the way exceljs's XML parser (saxes) decodes them (line ends normalised, the five
 * predefined entities and character references, attribute whitespace turned into spaces).
 *
 * It reads only what an .xlsx part needs. Anything else (comments, CDATA, processing
 * instructions, a DOCTYPE, an unknown entity, a broken tag) throws UnsupportedXml, and the
 * workbook is then read by exceljs instead, so an unusual file is never misread.
 */

/** The part uses XML this reader does not handle; the caller reads the workbook another way. */
export class UnsupportedXml extends Error {
  constructor(what: string) {
    super(`unsupported XML: ${what}`);
    this.name = "UnsupportedXml";
  }
}

/** Tag kinds: `<a>`, `</a>`, `<a/>` (typed number: the scanner moves on, so no narrowing). */
export const OPEN: number = 1;
export const CLOSE: number = 2;
export const EMPTY: number = 3;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const DQUOTE = 34;
const SQUOTE = 39;
const EQUALS = 61;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

export class XmlScanner {
  /** Kind of the current tag (OPEN, CLOSE or EMPTY). */
  kind = 0;
  /** Qualified name of the current tag, prefix included (exceljs matches names without namespaces). */
  name = "";
  private readonly xml: string;
  private pos: number;
  private attrStart = 0;
  private attrEnd = 0;
  private textStart = 0;
  private textEnd = 0;

  constructor(xml: string) {
    this.xml = xml;
    let p = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (xml.startsWith("<?xml", p)) {
      const end = xml.indexOf("?>", p);
      if (end < 0) throw new UnsupportedXml("unterminated declaration");
      p = end + 2;
    }
    this.pos = p;
  }

  /** Moves to the first tag, which must open an element of that name; returns its kind (OPEN or EMPTY). */
  root(name: string): number {
    if (!this.next() || this.name !== name || this.kind === CLOSE) throw new UnsupportedXml(`root element, not <${name}>`);
    return this.kind;
  }

  /** Moves to the next tag; false at the end of the text. */
  next(): boolean {
    const xml = this.xml;
    const lt = xml.indexOf("<", this.pos);
    this.textStart = this.pos;
    if (lt < 0) {
      this.textEnd = this.pos = xml.length;
      this.kind = 0;
      return false;
    }
    this.textEnd = lt;
    let p = lt + 1;
    const first = xml.charCodeAt(p);
    if (first === BANG || first === QUESTION) throw new UnsupportedXml("comment, CDATA or instruction");
    const closing = first === SLASH;
    if (closing) p++;
    const nameStart = p;
    for (let c = xml.charCodeAt(p); !(isSpace(c) || c === GT || c === SLASH); c = xml.charCodeAt(++p)) {
      if (p >= xml.length || c === LT) throw new UnsupportedXml("broken tag");
    }
    if (p === nameStart) throw new UnsupportedXml("tag without a name");
    this.name = xml.slice(nameStart, p);
    this.attrStart = p;
    // Find the end of the tag; quoted attribute values may hold ">" and "/".
    for (;;) {
      const c = xml.charCodeAt(p);
      if (c === GT) break;
      if (c === DQUOTE || c === SQUOTE) {
        const q = xml.indexOf(c === DQUOTE ? '"' : "'", p + 1);
        if (q < 0) throw new UnsupportedXml("unterminated attribute");
        p = q + 1;
      } else if (p >= xml.length || c === LT) {
        throw new UnsupportedXml("unterminated tag");
      } else {
        p++;
      }
    }
    const selfClosing = xml.charCodeAt(p - 1) === SLASH && p - 1 >= this.attrStart;
    this.attrEnd = selfClosing ? p - 1 : p;
    this.kind = closing ? CLOSE : selfClosing ? EMPTY : OPEN;
    this.pos = p + 1;
    return true;
  }

  /** True when some text (even blank) stands between the previous tag and this one. */
  hasText(): boolean {
    return this.textEnd > this.textStart;
  }

  /** The decoded text between the previous tag and this one. */
  text(): string {
    return decodeText(this.xml.slice(this.textStart, this.textEnd));
  }

  /** The decoded value of an attribute of the current tag, or undefined. */
  attr(name: string): string | undefined {
    const xml = this.xml;
    let p = this.attrStart;
    const end = this.attrEnd;
    while (p < end) {
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (p >= end) break;
      const nameStart = p;
      while (p < end && !isSpace(xml.charCodeAt(p)) && xml.charCodeAt(p) !== EQUALS) p++;
      const nameEnd = p;
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      if (xml.charCodeAt(p) !== EQUALS) throw new UnsupportedXml("attribute without a value");
      p++;
      while (p < end && isSpace(xml.charCodeAt(p))) p++;
      const quote = xml.charCodeAt(p);
      if (quote !== DQUOTE && quote !== SQUOTE) throw new UnsupportedXml("unquoted attribute");
      const valueEnd = xml.indexOf(quote === DQUOTE ? '"' : "'", p + 1);
      if (nameEnd - nameStart === name.length && xml.startsWith(name, nameStart)) {
        return decodeAttribute(xml.slice(p + 1, valueEnd));
      }
      p = valueEnd + 1;
    }
    return undefined;
  }

  /** Skips the children of the current (open) tag, up to and including its end tag. */
  skipElement(): void {
    if (this.kind !== OPEN) return;
    let depth = 1;
    while (depth > 0) {
      if (!this.next()) throw new UnsupportedXml("unterminated element");
      if (this.kind === OPEN) depth++;
      else if (this.kind === CLOSE) depth--;
    }
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text as an XML parser reports it: CR LF and lone CR become LF, then references are expanded. */
export function decodeText(raw: string): string {
  const s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return s.includes("&") ? expandReferences(s) : s;
}

/** An attribute value as an XML parser reports it: line ends and tabs become spaces (XML 1.0 §3.3.3). */
export function decodeAttribute(raw: string): string {
  const s = /[\r\n\t]/.test(raw) ? raw.replace(/\r\n?|[\n\t]/g, " ") : raw;
  return s.includes("&") ? expandReferences(s) : s;
}

function expandReferences(s: string): string {
  return s.replace(/&([^;&]*)(;?)/g, (_m, ref: string, semicolon: string) => {
    if (!semicolon) throw new UnsupportedXml("bare ampersand");
    const named = NAMED_ENTITIES[ref];
    if (named !== undefined) return named;
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
    if (!m) throw new UnsupportedXml(`entity &${ref};`);
    const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
    if (!isXmlChar(code)) throw new UnsupportedXml(`character reference &${ref};`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}
