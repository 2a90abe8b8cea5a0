import fc from "fast-check";
import { SaxesParser } from "saxes";
import { CLOSE, EMPTY, OPEN, UnsupportedXml, XmlScanner } from "../../src/xlsx/xml-scanner";

/** What exceljs's XML parser (saxes) reports for `<a v="…">…</a>`: the attribute and the text. */
function saxesRead(xml: string): { attr: string | undefined; text: string } {
  const parser = new SaxesParser();
  let attr: string | undefined;
  let text = "";
  parser.on("opentag", (node) => {
    if (node.name === "a") attr = node.attributes.v as string | undefined;
  });
  parser.on("text", (t) => {
    text += t;
  });
  parser.write(xml).close();
  return { attr, text };
}

function scannerRead(xml: string): { attr: string | undefined; text: string } {
  const x = new XmlScanner(xml);
  x.root("a");
  const attr = x.attr("v");
  x.next();
  return { attr, text: x.text() };
}

/** One character of text as a writer might put it in XML: raw where allowed, or as a reference. */
const encodedChar = fc.oneof(
  fc.constantFrom("a", " ", "Ệ", "😀", "_x000D_", ">", "\r", "\n", "\r\n", "\t", "/"),
  fc.constantFrom("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#13;", "&#10;", "&#x9;", "&#x1EC6;", "&#128512;", "&amp;lt;"),
);

describe("text and attributes are decoded as exceljs's parser decodes them", () => {
  test("line ends, tabs, entities and character references, in text and in attributes", () => {
    fc.assert(
      fc.property(fc.array(encodedChar, { maxLength: 12 }), fc.array(encodedChar, { maxLength: 12 }), (attrParts, textParts) => {
        const attr = attrParts.join("").replace(/"/g, "&quot;");
        const text = textParts.join("");
        const xml = `<?xml version="1.0"?><a v="${attr}">${text}</a>`;
        expect(scannerRead(xml)).toEqual(saxesRead(xml));
      }),
      { numRuns: 300 },
    );
  });

  test("single-quoted attributes and attributes holding > or / are read whole", () => {
    const xml = `<a v='x > "y" / z' w="1"><b/></a>`;
    const x = new XmlScanner(xml);
    expect(x.root("a")).toBe(OPEN);
    expect(x.attr("v")).toBe('x > "y" / z');
    expect(x.attr("w")).toBe("1");
    expect(x.attr("missing")).toBeUndefined();
    expect(x.next() && x.kind === EMPTY && x.name === "b").toBe(true);
    expect(x.next() && x.kind === CLOSE && x.name === "a").toBe(true);
    expect(x.next()).toBe(false);
  });
});

describe("XML the scanner does not read is refused, never misread", () => {
  test.each([
    ["a comment", "<a><!-- x --></a>"],
    ["CDATA", "<a><![CDATA[1]]></a>"],
    ["a processing instruction", "<a><?pi x?></a>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["a bare ampersand", "<a>Q&A</a>"],
    ["a character reference to a forbidden character", "<a>&#1;</a>"],
    ["an unterminated tag", '<a><b x="1"'],
  ])("%s", (_what, xml) => {
    expect(() => {
      const x = new XmlScanner(xml);
      while (x.next()) x.text();
    }).toThrow(UnsupportedXml);
  });

  test("a root element of another name", () => {
    expect(() => new XmlScanner('<x:worksheet xmlns:x="urn:x"/>').root("worksheet")).toThrow(UnsupportedXml);
  });
});
