#!/usr/bin/env node
/**
 * Offline check of the add-in's XML manifest (the online validator cannot run here or in CI).
 *
 *   node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root DIR]
 *
 * Checks that the XML is well-formed, that the elements Office is strict about are present and in
 * schema order, that the shared runtime is wired the way Office needs it (Runtimes first, lifetime
 * long, one resid for the runtime, the task pane and the functions page), that every resid resolves,
 * that the custom functions namespace is BDG, that every URL is https on one origin, and that every
 * icon URL names a PNG file of the right pixel size. Icon URLs are looked up under --root (default:
 * the manifest's folder), relative to the folder of the task pane page; this works for the source
 * manifest and for dist/manifest.xml alike.
 *
 * Prints one line per problem on stderr and exits 1; prints one OK line and exits 0 otherwise
 * (warnings do not fail); exits 2 when the arguments are wrong or the file cannot be read.
 * Messages are Vietnamese unless --lang en.
 */
"use strict";

const fs = require("fs");
const path = require("path");

/* ====================================================================================== */
/* Message catalogue                                                                       */
/* ====================================================================================== */

/** @typedef {"vi" | "en"} Lang */
/** @typedef {Record<string, any>} Params */

const KIND_NAMES = {
  vi: { image: "ảnh (bt:Images)", url: "URL (bt:Urls)", short: "chuỗi ngắn (bt:ShortStrings)", long: "chuỗi dài (bt:LongStrings)" },
  en: { image: "image (bt:Images)", url: "URL (bt:Urls)", short: "short string (bt:ShortStrings)", long: "long string (bt:LongStrings)" },
};

/** @type {Record<Lang, Record<string, (p: Params) => string>>} */
const MESSAGES = {
  vi: {
    "xml.eof": () => "tệp kết thúc giữa chừng",
    "xml.no-root": () => "không có phần tử gốc",
    "xml.after-root": () => "có nội dung sau phần tử gốc",
    "xml.text-outside-root": () => "có văn bản nằm ngoài phần tử gốc",
    "xml.mismatch": (p) => `thẻ đóng </${p.found}> không khớp với <${p.expected}>`,
    "xml.unclosed": (p) => `thẻ <${p.name}> chưa được đóng`,
    "xml.bad-name": () => "tên thẻ hoặc thuộc tính không hợp lệ",
    "xml.attr-syntax": () => "thuộc tính viết sai (thiếu dấu cách, dấu = hoặc dấu nháy)",
    "xml.attr-dup": (p) => `thuộc tính ${p.name} bị lặp lại`,
    "xml.lt-in-attr": () => "có dấu < trong giá trị thuộc tính",
    "xml.bad-entity": () => "ký tự & phải viết là &amp; (hoặc thực thể không tồn tại)",
    "xml.comment": () => "chú thích <!-- --> viết sai",
    "xml.doctype": () => "không được dùng <!DOCTYPE>",
    "xml.xml-decl": () => "khai báo <?xml ...?> chỉ được đặt ở đầu tệp",
    "xml.pi": () => "chỉ thị <? ?> viết sai",
    "xml.cdata-end": () => "chuỗi ]]> nằm trong văn bản",
    "xml.char": () => "có ký tự không được phép trong XML",
    "xml.prefix": (p) => `tiền tố ${p.prefix}: chưa được khai báo (xmlns:${p.prefix})`,
    "xml.unexpected-lt": () => "dấu < không mở một thẻ hợp lệ",
    xml: (p) => `XML không hợp lệ (dòng ${p.line}, cột ${p.col}): ${p.reason}`,
    root: () => 'phần tử gốc phải là <OfficeApp xsi:type="TaskPaneApp"> (manifest XML của add-in ngăn tác vụ)',
    "order-after": (p) => `<${p.child}> đặt sai chỗ trong <${p.parent}>: phải đứng sau <${p.other}> (thứ tự theo lược đồ)`,
    "order-before": (p) => `<${p.child}> đặt sai chỗ trong <${p.parent}>: phải đứng trước <${p.other}> (thứ tự theo lược đồ)`,
    unexpected: (p) => `<${p.child}> không phải là phần tử con hợp lệ của <${p.parent}>`,
    missing: (p) => `thiếu <${p.element}> trong <${p.parent}>`,
    id: (p) => `Id "${p.value}" không phải là GUID (dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
    version: (p) => `Version "${p.value}" phải có dạng a.b.c.d (bốn số, ví dụ 1.0.0.0)`,
    permissions: (p) => `Permissions phải là ReadWriteDocument (add-in ghi sheet báo cáo), đang là "${p.value}"`,
    locale: (p) => `mã ngôn ngữ "${p.value}" không hợp lệ (ví dụ vi-VN, en-US)`,
    "too-long": (p) => `${p.what} dài ${p.length} ký tự, tối đa ${p.max}`,
    empty: (p) => `${p.what} không được để trống`,
    "shared-runtime": () => 'Requirements thiếu <Set Name="SharedRuntime" MinVersion="1.1"/>',
    "host-missing": () => 'VersionOverrides không có <Host xsi:type="Workbook">',
    "runtimes-missing": () => '<Host xsi:type="Workbook"> thiếu <Runtimes> (cần cho runtime dùng chung)',
    "runtimes-not-first": (p) => `<Runtimes> phải là phần tử con đầu tiên của <Host xsi:type="Workbook">, đang đứng sau <${p.after}>`,
    lifetime: (p) => `<Runtime> phải có lifetime="long" để hàm tùy chỉnh vẫn chạy khi ngăn tác vụ đóng, đang là "${p.value}"`,
    "runtime-resid": (p) => `<${p.element}> dùng resid "${p.resid}" nhưng runtime dùng chung là "${p.runtime}": mọi nơi phải cùng một resid`,
    "cf-missing": () => 'thiếu <ExtensionPoint xsi:type="CustomFunctions"> trong <AllFormFactors>',
    namespace: (p) => `namespace của hàm tùy chỉnh là "${p.value}", phải là "${p.expected}"`,
    "resid-undefined": (p) => `<${p.element}> tham chiếu resid "${p.resid}" không có trong <Resources>`,
    "resid-kind": (p) => `<${p.element}> cần tài nguyên loại ${KIND_NAMES.vi[p.expected]}, nhưng "${p.resid}" thuộc loại ${KIND_NAMES.vi[p.actual]}`,
    "resid-duplicate": (p) => `resid "${p.id}" được định nghĩa hai lần`,
    "resid-too-long": (p) => `resid "${p.id}" dài hơn 32 ký tự`,
    "resid-unused": (p) => `resid "${p.id}" được định nghĩa nhưng không được dùng`,
    "url-bad": (p) => `"${p.url}" không phải là URL hợp lệ`,
    "url-https": (p) => `URL phải dùng https: ${p.url}`,
    "url-origin": (p) => `URL ${p.url} không cùng nguồn với add-in (${p.origin}); mọi tệp của add-in phải ở cùng một máy chủ`,
    "icon-outside": (p) => `biểu tượng ${p.url} nằm ngoài thư mục của add-in (${p.base})`,
    "icon-missing": (p) => `không có tệp biểu tượng ${p.file} (cho ${p.url})`,
    "icon-not-png": (p) => `${p.file} không phải là ảnh PNG`,
    "icon-size": (p) => `${p.file} có kích thước ${p.actual}, cần ${p.expected}×${p.expected} điểm ảnh`,
    "icon-heavy": (p) => `${p.file} nặng ${p.kb} KB, không nên quá 100 KB`,
    warning: () => "cảnh báo",
    ok: (p) => `${p.file}: manifest hợp lệ${p.warnings ? ` (${p.warnings} cảnh báo)` : ""}`,
    usage: () => "Cách dùng: node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root thư-mục]",
    unreadable: (p) => `không đọc được ${p.file}: ${p.reason}`,
  },
  en: {
    "xml.eof": () => "the file ends too early",
    "xml.no-root": () => "there is no root element",
    "xml.after-root": () => "there is content after the root element",
    "xml.text-outside-root": () => "there is text outside the root element",
    "xml.mismatch": (p) => `end tag </${p.found}> does not match <${p.expected}>`,
    "xml.unclosed": (p) => `<${p.name}> is never closed`,
    "xml.bad-name": () => "invalid element or attribute name",
    "xml.attr-syntax": () => "malformed attribute (missing space, = or quotes)",
    "xml.attr-dup": (p) => `attribute ${p.name} is repeated`,
    "xml.lt-in-attr": () => "< inside an attribute value",
    "xml.bad-entity": () => "a bare & (write &amp;) or an unknown entity",
    "xml.comment": () => "malformed <!-- --> comment",
    "xml.doctype": () => "<!DOCTYPE> is not allowed",
    "xml.xml-decl": () => "the <?xml ...?> declaration may only open the file",
    "xml.pi": () => "malformed <? ?> instruction",
    "xml.cdata-end": () => "]]> inside text",
    "xml.char": () => "a character that XML does not allow",
    "xml.prefix": (p) => `prefix ${p.prefix}: is not declared (xmlns:${p.prefix})`,
    "xml.unexpected-lt": () => "< does not open a valid tag",
    xml: (p) => `XML is not well-formed (line ${p.line}, column ${p.col}): ${p.reason}`,
    root: () => 'the root element must be <OfficeApp xsi:type="TaskPaneApp"> (a task-pane add-in XML manifest)',
    "order-after": (p) => `<${p.child}> is out of place in <${p.parent}>: it must come after <${p.other}> (schema order)`,
    "order-before": (p) => `<${p.child}> is out of place in <${p.parent}>: it must come before <${p.other}> (schema order)`,
    unexpected: (p) => `<${p.child}> is not a valid child of <${p.parent}>`,
    missing: (p) => `<${p.element}> is missing from <${p.parent}>`,
    id: (p) => `Id "${p.value}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`,
    version: (p) => `Version "${p.value}" must be a.b.c.d (four numbers, e.g. 1.0.0.0)`,
    permissions: (p) => `Permissions must be ReadWriteDocument (the add-in writes report sheets), not "${p.value}"`,
    locale: (p) => `"${p.value}" is not a valid locale (e.g. vi-VN, en-US)`,
    "too-long": (p) => `${p.what} is ${p.length} characters long, at most ${p.max}`,
    empty: (p) => `${p.what} must not be empty`,
    "shared-runtime": () => 'Requirements lacks <Set Name="SharedRuntime" MinVersion="1.1"/>',
    "host-missing": () => 'VersionOverrides has no <Host xsi:type="Workbook">',
    "runtimes-missing": () => '<Host xsi:type="Workbook"> lacks <Runtimes> (needed for the shared runtime)',
    "runtimes-not-first": (p) => `<Runtimes> must be the first child of <Host xsi:type="Workbook">, it comes after <${p.after}>`,
    lifetime: (p) => `<Runtime> needs lifetime="long" so that custom functions run while the task pane is closed, not "${p.value}"`,
    "runtime-resid": (p) => `<${p.element}> uses resid "${p.resid}" but the shared runtime is "${p.runtime}": all must use the same resid`,
    "cf-missing": () => '<ExtensionPoint xsi:type="CustomFunctions"> is missing from <AllFormFactors>',
    namespace: (p) => `the custom functions namespace is "${p.value}", it must be "${p.expected}"`,
    "resid-undefined": (p) => `<${p.element}> refers to resid "${p.resid}", which <Resources> does not define`,
    "resid-kind": (p) => `<${p.element}> needs a resource of kind ${KIND_NAMES.en[p.expected]}, but "${p.resid}" is a ${KIND_NAMES.en[p.actual]}`,
    "resid-duplicate": (p) => `resid "${p.id}" is defined twice`,
    "resid-too-long": (p) => `resid "${p.id}" is longer than 32 characters`,
    "resid-unused": (p) => `resid "${p.id}" is defined but never used`,
    "url-bad": (p) => `"${p.url}" is not a valid URL`,
    "url-https": (p) => `URLs must use https: ${p.url}`,
    "url-origin": (p) => `URL ${p.url} is not on the add-in's origin (${p.origin}); all the add-in's files must be on one server`,
    "icon-outside": (p) => `icon ${p.url} lies outside the add-in's folder (${p.base})`,
    "icon-missing": (p) => `icon file ${p.file} does not exist (for ${p.url})`,
    "icon-not-png": (p) => `${p.file} is not a PNG image`,
    "icon-size": (p) => `${p.file} is ${p.actual}, it must be ${p.expected}×${p.expected} pixels`,
    "icon-heavy": (p) => `${p.file} weighs ${p.kb} KB, it should not exceed 100 KB`,
    warning: () => "warning",
    ok: (p) => `${p.file}: manifest OK${p.warnings ? ` (${p.warnings} warnings)` : ""}`,
    usage: () => "Usage: node scripts/check-manifest.js [manifest.xml] [--lang vi|en] [--root DIR]",
    unreadable: (p) => `cannot read ${p.file}: ${p.reason}`,
  },
};

/** @param {Lang} lang @param {string} code @param {Params} [params] */
function message(lang, code, params = {}) {
  return MESSAGES[lang][code](params);
}

/* ====================================================================================== */
/* A small strict XML parser (well-formedness and namespaces, no DTD)                      */
/* ====================================================================================== */

/**
 * @typedef {{ name: string, local: string, ns: string | null, value: string }} XmlAttr
 * @typedef {{ name: string, local: string, ns: string | null, attrs: XmlAttr[], children: XmlElement[],
 *             text: string, line: number, col: number, parent: XmlElement | null }} XmlElement
 */

class XmlError extends Error {
  /** @param {string} code @param {number} index @param {Params} [params] */
  constructor(code, index, params = {}) {
    super(code);
    this.code = code;
    this.index = index;
    this.params = params;
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
const PREDEFINED = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

/** @param {number} cp */
function isXmlChar(cp) {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/**
 * Decodes entity and character references; throws on a bare & or an unknown entity.
 * @param {string} s @param {number} offset index of s in the document, for error positions
 */
function decodeEntities(s, offset) {
  let out = "";
  let i = 0;
  for (;;) {
    const amp = s.indexOf("&", i);
    if (amp < 0) return out + s.slice(i);
    out += s.slice(i, amp);
    ENTITY.lastIndex = amp;
    const m = ENTITY.exec(s);
    if (!m) throw new XmlError("xml.bad-entity", offset + amp);
    if (m[1]) out += PREDEFINED[/** @type {keyof typeof PREDEFINED} */ (m[1])];
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
 * @param {string} text
 * @returns {XmlElement}
 */
function parseXml(text) {
  const bad = BAD_CHAR.exec(text);
  if (bad) throw new XmlError("xml.char", bad.index);
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const len = text.length;

  const lineStarts = [0];
  for (let k = 0; k < len; k++) if (text.charCodeAt(k) === 10) lineStarts.push(k + 1);
  /** @param {number} idx */
  const position = (idx) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: idx - lineStarts[lo] + 1 };
  };

  const isSpace = (c) => c === " " || c === "\t" || c === "\n" || c === "\r";
  const skipSpace = () => {
    const start = i;
    while (i < len && isSpace(text[i])) i++;
    return i > start;
  };

  const readComment = () => {
    // at "<!--"
    const end = text.indexOf("-->", i + 4);
    if (end < 0) throw new XmlError("xml.eof", len);
    const body = text.slice(i + 4, end);
    if (body.includes("--") || body.endsWith("-")) throw new XmlError("xml.comment", i);
    i = end + 3;
  };
  const readPi = () => {
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
  const readName = () => {
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
  const misc = (afterRoot) => {
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

  /** @type {XmlElement[]} */
  const stack = [];
  /** @type {Array<Map<string, string>>} namespace scopes, innermost last */
  const scopes = [new Map([["xml", XML_NS]])];
  const resolve = (prefix, at) => {
    for (let s = scopes.length - 1; s >= 0; s--) if (scopes[s].has(prefix)) return scopes[s].get(prefix) || null;
    if (prefix === "") return null;
    throw new XmlError("xml.prefix", at, { prefix });
  };
  /** @type {XmlElement | null} */
  let root = null;

  const readStartTag = () => {
    const start = i;
    i++; // "<"
    const name = readName();
    /** @type {Array<{ name: string, value: string, at: number }>} */
    const raw = [];
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
    const scope = new Map();
    for (const a of raw) {
      if (a.name === "xmlns") scope.set("", a.value);
      else if (a.name.startsWith("xmlns:")) scope.set(a.name.slice(6), a.value);
    }
    scopes.push(scope);
    const [prefix, local] = name.includes(":") ? name.split(":") : ["", name];
    const ns = resolve(prefix, start);
    /** @type {XmlAttr[]} */
    const attrs = raw.map((a) => {
      if (a.name === "xmlns" || a.name.startsWith("xmlns:")) return { name: a.name, local: a.name.replace(/^xmlns:?/, ""), ns: XMLNS_NS, value: a.value };
      const [ap, al] = a.name.includes(":") ? a.name.split(":") : ["", a.name];
      return { name: a.name, local: al, ns: ap ? resolve(ap, a.at) : null, value: a.value };
    });
    const { line, col } = position(start);
    const parent = stack.length ? stack[stack.length - 1] : null;
    /** @type {XmlElement} */
    const el = { name, local, ns, attrs, children: [], text: "", line, col, parent };
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
      const open = /** @type {XmlElement} */ (stack.pop());
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
  return /** @type {XmlElement} */ (root);
}

/** @param {string} text @param {number} index */
function positionOf(text, index) {
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

/* ====================================================================================== */
/* Manifest checks                                                                         */
/* ====================================================================================== */

const NS_OFFICEAPP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";
const EXPECTED_NAMESPACE = "BDG";

/** Child order required by the schema (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd). */
const SEQUENCES = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides", "Signature"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins", "VersionOverrides"],
  "Host:Workbook": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action:ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

/** Which kind of resource each referring element needs. */
const RESID_KIND = { Image: "image", SourceLocation: "url", Runtime: "url", FunctionFile: "url", LearnMoreUrl: "url", Label: "short", Title: "short", Namespace: "short", Description: "long" };
const RESOURCE_GROUPS = { Images: "image", Urls: "url", ShortStrings: "short", LongStrings: "long" };
const MAX_LENGTH = { short: 125, long: 250 };

const GUID = /^(?:urn:uuid:)?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$|^\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}$/;
const VERSION = /^[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,5}$/;
const CULTURE = /^(?:[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(?:-[a-zA-Z]{2,3})?|[a-zA-Z]{2,3}(?:-[a-zA-Z]{2,3}(?:_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?)$/;

/** @param {XmlElement} el @param {string} local */
const kids = (el, local) => el.children.filter((c) => c.local === local);
/** @param {XmlElement | undefined} el @param {string} local */
const kid = (el, local) => (el ? el.children.find((c) => c.local === local) : undefined);
/** @param {XmlElement} el @param {string} local */
function attr(el, local) {
  const a = el.attrs.find((x) => x.local === local && x.ns === null);
  return a ? a.value : undefined;
}
/** @param {XmlElement} el */
function xsiType(el) {
  const a = el.attrs.find((x) => x.local === "type" && x.ns === NS_XSI);
  return a ? a.value.replace(/^.*:/, "") : undefined;
}
/** @param {XmlElement} el @returns {Generator<XmlElement>} */
function* walk(el) {
  yield el;
  for (const c of el.children) yield* walk(c);
}

/** Reads width and height from a PNG's IHDR, or null when the bytes are not a PNG. */
function pngSize(buf) {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, k) => buf[k] !== b) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * @typedef {{ code: string, params: Params, line?: number }} Problem
 * @typedef {{ errors: Problem[], warnings: Problem[] }} Report
 */

/**
 * Checks a manifest's text. Icon files are looked up under `root`.
 * @param {string} xml
 * @param {{ root: string }} options
 * @returns {Report}
 */
function checkManifest(xml, options) {
  /** @type {Report} */
  const report = { errors: [], warnings: [] };
  const error = (code, params = {}, el) => report.errors.push({ code, params, line: el ? el.line : undefined });
  const warn = (code, params = {}, el) => report.warnings.push({ code, params, line: el ? el.line : undefined });

  let doc;
  try {
    doc = parseXml(xml);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    const { line, col } = positionOf(xml, e.index);
    report.errors.push({ code: "xml", params: { line, col, reasonCode: e.code, reasonParams: e.params }, line });
    return report;
  }
  if (doc.local !== "OfficeApp" || doc.ns !== NS_OFFICEAPP || xsiType(doc) !== "TaskPaneApp") {
    error("root", {}, doc);
    return report;
  }

  checkOrder(doc, error);

  // ---- base manifest ----
  for (const name of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions", "VersionOverrides"]) {
    if (!kid(doc, name)) error("missing", { element: name, parent: "OfficeApp" }, doc);
  }
  const idEl = kid(doc, "Id");
  if (idEl && !GUID.test(idEl.text.trim())) error("id", { value: idEl.text.trim() }, idEl);
  const versionEl = kid(doc, "Version");
  if (versionEl && !VERSION.test(versionEl.text.trim())) error("version", { value: versionEl.text.trim() }, versionEl);
  const permEl = kid(doc, "Permissions");
  if (permEl && permEl.text.trim() !== "ReadWriteDocument") error("permissions", { value: permEl.text.trim() }, permEl);
  const localeEl = kid(doc, "DefaultLocale");
  if (localeEl && !CULTURE.test(localeEl.text.trim())) error("locale", { value: localeEl.text.trim() }, localeEl);
  const providerEl = kid(doc, "ProviderName");
  if (providerEl) checkLength("ProviderName", providerEl.text.trim(), 125, providerEl, error);
  for (const [name, max] of [["DisplayName", 125], ["Description", 250]]) {
    const el = kid(doc, name);
    if (!el) continue;
    checkLength(name, attr(el, "DefaultValue") || "", max, el, error);
    for (const o of kids(el, "Override")) {
      checkLength(`${name} (${attr(o, "Locale")})`, attr(o, "Value") || "", max, o, error);
    }
  }
  for (const el of walk(doc)) {
    if (el.local === "Override" && attr(el, "Locale") !== undefined && !CULTURE.test(attr(el, "Locale") || "")) {
      error("locale", { value: attr(el, "Locale") }, el);
    }
  }
  const sets = kid(kid(doc, "Requirements"), "Sets");
  const shared = sets && kids(sets, "Set").find((s) => attr(s, "Name") === "SharedRuntime");
  if (!shared || Number(attr(shared, "MinVersion") || attr(sets, "DefaultMinVersion") || "1.1") < 1.1) {
    error("shared-runtime", {}, kid(doc, "Requirements") || doc);
  }

  // ---- resources ----
  const overrides = kid(doc, "VersionOverrides");
  const resources = kid(overrides, "Resources");
  /** @type {Map<string, { kind: string, el: XmlElement, used: boolean }>} */
  const defined = new Map();
  if (overrides && !resources) error("missing", { element: "Resources", parent: "VersionOverrides" }, overrides);
  if (resources) {
    for (const [group, kind] of Object.entries(RESOURCE_GROUPS)) {
      for (const g of kids(resources, group)) {
        for (const item of g.children) {
          const id = attr(item, "id");
          if (id === undefined) continue;
          if (defined.has(id)) error("resid-duplicate", { id }, item);
          else defined.set(id, { kind, el: item, used: false });
          if (id.length > 32) error("resid-too-long", { id }, item);
          if (kind === "short" || kind === "long") {
            checkLength(`resid "${id}"`, attr(item, "DefaultValue") || "", MAX_LENGTH[kind], item, error);
            for (const o of kids(item, "Override")) checkLength(`resid "${id}" (${attr(o, "Locale")})`, attr(o, "Value") || "", MAX_LENGTH[kind], o, error);
          }
        }
      }
    }
  }
  /** @type {Map<string, Set<number>>} image resid -> sizes it is shown at */
  const imageSizes = new Map();
  /** @type {Map<string, Set<string>>} resid -> local names of the elements that refer to it */
  const referrers = new Map();
  if (overrides) {
    for (const el of walk(overrides)) {
      if (el === resources) continue;
      if (resources && isInside(el, resources)) continue;
      const resid = attr(el, "resid");
      if (resid === undefined) continue;
      if (resid.length > 32) error("resid-too-long", { id: resid }, el);
      const def = defined.get(resid);
      if (!def) {
        error("resid-undefined", { resid, element: el.local }, el);
        continue;
      }
      def.used = true;
      if (!referrers.has(resid)) referrers.set(resid, new Set());
      /** @type {Set<string>} */ (referrers.get(resid)).add(el.local);
      const expected = RESID_KIND[/** @type {keyof typeof RESID_KIND} */ (el.local)];
      if (expected && expected !== def.kind) error("resid-kind", { resid, element: el.local, expected, actual: def.kind }, el);
      if (el.local === "Image" && attr(el, "size")) {
        if (!imageSizes.has(resid)) imageSizes.set(resid, new Set());
        /** @type {Set<number>} */ (imageSizes.get(resid)).add(Number(attr(el, "size")));
      }
    }
    for (const [id, def] of defined) if (!def.used) warn("resid-unused", { id }, def.el);
  }

  // ---- shared runtime, custom functions ----
  const vHosts = kid(overrides, "Hosts");
  const host = vHosts && kids(vHosts, "Host").find((h) => xsiType(h) === "Workbook");
  let runtimeResid;
  if (overrides && !host) error("host-missing", {}, vHosts || overrides);
  if (host) {
    const runtimes = kid(host, "Runtimes");
    if (!runtimes) error("runtimes-missing", {}, host);
    else if (host.children[0] !== runtimes) error("runtimes-not-first", { after: host.children[0].local }, runtimes);
    const runtime = kid(runtimes, "Runtime");
    if (runtimes && !runtime) error("missing", { element: "Runtime", parent: "Runtimes" }, runtimes);
    if (runtime) {
      runtimeResid = attr(runtime, "resid");
      const lifetime = attr(runtime, "lifetime") || "short";
      if (lifetime !== "long") error("lifetime", { value: lifetime }, runtime);
    }
    const cf = kids(kid(host, "AllFormFactors") || host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions" && e.parent && e.parent.local === "AllFormFactors");
    if (!cf) error("cf-missing", {}, kid(host, "AllFormFactors") || host);
    if (cf) {
      for (const name of ["Script", "Page", "Metadata", "Namespace"]) {
        if (!kid(cf, name)) error("missing", { element: name, parent: 'ExtensionPoint xsi:type="CustomFunctions"' }, cf);
      }
      const pageLoc = kid(kid(cf, "Page"), "SourceLocation");
      if (pageLoc && runtimeResid && attr(pageLoc, "resid") !== runtimeResid) {
        error("runtime-resid", { element: "Page", resid: attr(pageLoc, "resid"), runtime: runtimeResid }, pageLoc);
      }
      const ns = kid(cf, "Namespace");
      const nsDef = ns && defined.get(attr(ns, "resid") || "");
      if (nsDef && nsDef.kind === "short") {
        const value = attr(nsDef.el, "DefaultValue") || "";
        if (value !== EXPECTED_NAMESPACE) error("namespace", { value, expected: EXPECTED_NAMESPACE }, nsDef.el);
      }
    }
    if (runtimeResid) {
      for (const el of walk(host)) {
        const isTaskpane = el.local === "Action" && xsiType(el) === "ShowTaskpane";
        const target = isTaskpane ? kid(el, "SourceLocation") : el.local === "FunctionFile" ? el : undefined;
        if (target && attr(target, "resid") !== runtimeResid) {
          error("runtime-resid", { element: isTaskpane ? "Action ShowTaskpane" : "FunctionFile", resid: attr(target, "resid"), runtime: runtimeResid }, target);
        }
      }
    }
  }

  checkUrls(doc, defined, referrers, imageSizes, options.root, error, warn);
  return report;
}

/** @param {XmlElement} el @param {XmlElement} ancestor */
function isInside(el, ancestor) {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

function checkLength(what, value, max, el, error) {
  const length = [...value].length;
  if (length === 0) error("empty", { what }, el);
  else if (length > max) error("too-long", { what, max, length }, el);
}

/**
 * Reports children the schema does not allow and children out of schema order. The misplaced ones
 * are those outside a longest run that is in order, so one stray element gives one message.
 */
function checkOrder(doc, error) {
  for (const el of walk(doc)) {
    const key = SEQUENCES[`${el.local}:${xsiType(el)}`] ? `${el.local}:${xsiType(el)}` : el.local;
    const seq = SEQUENCES[key];
    if (!seq || (el.local === "VersionOverrides" && el.parent && el.parent.local === "VersionOverrides")) continue;
    /** @type {Array<{ c: XmlElement, idx: number }>} */
    const known = [];
    for (const c of el.children) {
      // The signature and later override versions live in other namespaces; leave them alone.
      if (el.local === "OfficeApp" && c.ns !== NS_OFFICEAPP && c.local !== "VersionOverrides") continue;
      // Runtimes out of place has its own, clearer message.
      if (key === "Host:Workbook" && c.local === "Runtimes") continue;
      const idx = seq.indexOf(c.local);
      if (idx < 0) error("unexpected", { child: c.local, parent: el.local }, c);
      else known.push({ c, idx });
    }
    const keep = longestOrderedRun(known.map((k) => k.idx));
    const kept = known.filter((_, n) => keep.has(n));
    known.forEach(({ c, idx }, n) => {
      if (keep.has(n)) return;
      const after = kept.filter((k) => k.idx <= idx).pop();
      if (after) error("order-after", { child: c.local, other: after.c.local, parent: el.local }, c);
      else error("order-before", { child: c.local, other: kept[0].c.local, parent: el.local }, c);
    });
  }
}

/** Positions of a longest non-decreasing subsequence of `values`. */
function longestOrderedRun(values) {
  const best = values.map(() => 1);
  const prev = values.map(() => -1);
  for (let a = 0; a < values.length; a++) {
    for (let b = 0; b < a; b++) {
      if (values[b] <= values[a] && best[b] + 1 > best[a]) {
        best[a] = best[b] + 1;
        prev[a] = b;
      }
    }
  }
  const keep = new Set();
  let at = best.length ? best.indexOf(Math.max(...best)) : -1;
  for (; at >= 0; at = prev[at]) keep.add(at);
  return keep;
}

/**
 * URLs: all https; the add-in's own files on one origin; icons exist with the right size.
 * The origin and base folder are those of DefaultSettings/SourceLocation (the task pane page).
 */
function checkUrls(doc, defined, referrers, imageSizes, root, error, warn) {
  /** @type {Array<{ url: string, el: XmlElement, hosted: boolean, size?: number[] }>} */
  const urls = [];
  const settingWithOverrides = (el, hosted, size) => {
    if (!el) return;
    const dv = attr(el, "DefaultValue");
    if (dv !== undefined) urls.push({ url: dv, el, hosted, size });
    for (const o of kids(el, "Override")) {
      const v = attr(o, "Value");
      if (v !== undefined) urls.push({ url: v, el: o, hosted, size });
    }
  };
  const sourceLocation = kid(kid(doc, "DefaultSettings"), "SourceLocation");
  settingWithOverrides(sourceLocation, true);
  settingWithOverrides(kid(doc, "IconUrl"), true, [32]);
  settingWithOverrides(kid(doc, "HighResolutionIconUrl"), true, [64]);
  settingWithOverrides(kid(doc, "SupportUrl"), false);
  for (const d of kids(kid(doc, "AppDomains") || doc, "AppDomain")) urls.push({ url: d.text.trim(), el: d, hosted: false });
  for (const [id, def] of defined) {
    if (def.kind === "image") settingWithOverrides(def.el, true, [...(imageSizes.get(id) || [])]);
    if (def.kind === "url") {
      const refs = referrers.get(id);
      // A "learn more" page may live elsewhere; everything the add-in loads must be its own.
      const external = refs !== undefined && [...refs].every((r) => r === "LearnMoreUrl");
      settingWithOverrides(def.el, !external);
    }
  }

  let base;
  if (sourceLocation) {
    try {
      const u = new URL(attr(sourceLocation, "DefaultValue") || "");
      base = { origin: u.origin, path: u.pathname.replace(/[^/]*$/, "") };
    } catch {
      // reported below as a bad URL
    }
  }
  for (const { url, el, hosted, size } of urls) {
    let u;
    try {
      u = new URL(url);
    } catch {
      error("url-bad", { url }, el);
      continue;
    }
    if (u.protocol !== "https:") {
      error("url-https", { url }, el);
      continue;
    }
    if (!hosted || !base) continue;
    if (u.origin !== base.origin) {
      error("url-origin", { url, origin: base.origin }, el);
      continue;
    }
    if (!size) continue;
    if (!u.pathname.startsWith(base.path)) {
      error("icon-outside", { url, base: base.origin + base.path }, el);
      continue;
    }
    const rel = decodeURIComponent(u.pathname.slice(base.path.length));
    const file = path.resolve(root, rel);
    const shown = path.relative(process.cwd(), file) || file;
    if (path.relative(root, file).startsWith("..")) {
      error("icon-outside", { url, base: base.origin + base.path }, el);
      continue;
    }
    let buf;
    try {
      buf = fs.readFileSync(file);
    } catch {
      error("icon-missing", { url, file: shown }, el);
      continue;
    }
    const dims = pngSize(buf);
    if (!dims) {
      error("icon-not-png", { file: shown }, el);
      continue;
    }
    for (const s of size) {
      if (dims.width !== s || dims.height !== s) error("icon-size", { file: shown, expected: s, actual: `${dims.width}×${dims.height}` }, el);
    }
    if (buf.length > 100 * 1024) warn("icon-heavy", { file: shown, kb: Math.round(buf.length / 1024) }, el);
  }
}

/* ====================================================================================== */
/* Command line                                                                            */
/* ====================================================================================== */

/** @param {Lang} lang @param {Problem} p */
function describe(lang, p) {
  if (p.code === "xml") {
    return message(lang, "xml", { ...p.params, reason: message(lang, p.params.reasonCode, p.params.reasonParams) });
  }
  return message(lang, p.code, p.params);
}

/**
 * @param {string[]} argv arguments after the script name
 * @returns {number} exit status
 */
function main(argv) {
  /** @type {Lang} */
  let lang = "vi";
  let file;
  let root;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === "--lang" && (argv[k + 1] === "vi" || argv[k + 1] === "en")) lang = /** @type {Lang} */ (argv[++k]);
    else if (a.startsWith("--lang=") && (a.slice(7) === "vi" || a.slice(7) === "en")) lang = /** @type {Lang} */ (a.slice(7));
    else if (a === "--root" && argv[k + 1]) root = argv[++k];
    else if (a.startsWith("--root=")) root = a.slice(7);
    else if (!a.startsWith("-") && file === undefined) file = a;
    else {
      process.stderr.write(message(lang === "en" || argv.includes("en") ? "en" : "vi", "usage") + "\n");
      return 2;
    }
  }
  file = file || "manifest.xml";
  let xml;
  try {
    xml = fs.readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(message(lang, "unreadable", { file, reason: e && e.code ? e.code : String(e) }) + "\n");
    return 2;
  }
  const report = checkManifest(xml, { root: path.resolve(root || path.dirname(file)) });
  const warningWord = message(lang, "warning");
  const where = (p) => (p.line ? `${file}:${p.line}: ` : `${file}: `);
  for (const p of report.errors) process.stderr.write(where(p) + describe(lang, p) + "\n");
  for (const p of report.warnings) process.stderr.write(`${where(p)}${warningWord}: ${describe(lang, p)}\n`);
  if (report.errors.length) return 1;
  process.stdout.write(message(lang, "ok", { file, warnings: report.warnings.length }) + "\n");
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { checkManifest, parseXml, XmlError, describe, main, MESSAGES };
