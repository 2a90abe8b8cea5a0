/**
 * A corpus of small hostile and foreign files, made at test time (nothing binary is committed):
 * each is a file a user could hand to `bdg`, with what must happen (exit status, message) for
 * `bdg validate` and `bdg report`. Most are the sample tracking workbook with one thing changed.
 *
 *   const files = await makeHostileCorpus(dir);   // [{ name, path, validate, report }]
 */
import { createDeflateRaw } from "node:zlib";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XLSX_READ_MESSAGES, type XlsxReadParams, type XlsxReadReason } from "../../src/xlsx/xlsx-messages";
import { listZipEntries, readZipEntry } from "../../src/xlsx/zip-entries";
import { writeZip, type ZipPart } from "../../src/xlsx/zip-writer";
import { biff8Workbook, compoundFile, encryptedPackageStreams } from "./cfb";

export const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** What a command must do with a file: its exit status and, for a refusal, the message (Vietnamese). */
export interface Outcome {
  exit: number;
  /** The reason of the one line on stderr (exit 2 for a file that cannot be read). */
  reason?: XlsxReadReason;
  params?: XlsxReadParams[XlsxReadReason];
}

export interface HostileFile {
  name: string;
  path: string;
  validate: Outcome;
  report: Outcome;
  /** The report copy must hold every part of the input byte for byte (charts, pivots, buttons…). */
  keepsParts?: boolean;
}

/** The sample's validate/report status: it is readable and has data errors. */
const READ_OK: Outcome = { exit: 1 };
const refused = (reason: XlsxReadReason, params?: XlsxReadParams[XlsxReadReason]): Outcome => ({ exit: 2, reason, params });

export function expectedMessage(o: Outcome): string | undefined {
  if (!o.reason) return undefined;
  return (XLSX_READ_MESSAGES.vi[o.reason] as (p: unknown) => string)(o.params);
}

type Parts = Array<[string, Buffer]>;

function sampleParts(): Parts {
  const data = readFileSync(SAMPLE);
  return (listZipEntries(data) ?? []).filter((e) => !e.name.endsWith("/")).map((e) => [e.name, readZipEntry(data, e)!]);
}

function zip(parts: Parts): Buffer {
  return writeZip(parts.map(([name, content]) => ({ name, content })));
}

/** The sample with some parts' text changed (`edit` returns the new text, or null to drop the part). */
function sampleWith(edit: (name: string, text: string) => string | null, add: Record<string, string> = {}): Buffer {
  const parts: Parts = [];
  for (const [name, content] of sampleParts()) {
    const text = /\.(xml|rels)$/.test(name) ? edit(name, content.toString("utf8")) : content.toString("utf8");
    if (text !== null) parts.push([name, Buffer.from(text, "utf8")]);
  }
  for (const [name, text] of Object.entries(add)) parts.push([name, Buffer.from(text, "utf8")]);
  return zip(parts);
}

const SHEET1 = "xl/worksheets/sheet1.xml";
const onSheet = (sheet: string, f: (xml: string) => string) => (name: string, text: string) => (name === sheet ? f(text) : text);
/** An XML comment makes the direct reader leave the workbook to exceljs's full load (the fallback). */
const viaFallback = (xml: string) => xml.replace(/(<worksheet\b[^>]*>)/, "$1<!-- written by hand -->");
const beforeMargins = (xml: string, insert: string) => xml.replace("<pageMargins", `${insert}<pageMargins`);

function wholeColumnValidations(xml: string): string {
  const dv = (col: string) =>
    `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${col}8:${col}1048576"><formula1>"Hoàn thành,Đang thực hiện,Chưa thực hiện"</formula1></dataValidation>`;
  return beforeMargins(xml, `<dataValidations count="3">${dv("K")}${dv("L")}${dv("M")}</dataValidations>`);
}

function wholeColumnNames(name: string, text: string): string {
  if (name !== "xl/workbook.xml") return text;
  const cols = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map(
    (c, i) => `<definedName name="Cot${i + 1}">'Theo dõi 2021-2023'!$${c}$1:$${c}$1048576</definedName>`,
  );
  return text.replace("</sheets>", `</sheets><definedNames><definedName name="CaTrang">'Năm 2024'!$A$1:$XFD$1048576</definedName>${cols.join("")}</definedNames>`);
}

/** The sample with every SpreadsheetML element written with an "x:" prefix, as the .NET Open XML SDK writes. */
function prefixed(name: string, text: string): string {
  if (!name.startsWith("xl/") || !name.endsWith(".xml") || !text.includes(`xmlns="${MAIN_NS}"`)) return text;
  return text.replace(/<(\/?)(?![\w.-]+:)([A-Za-z_][\w.-]*)/g, "<$1x:$2").replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
}

/** The sample with its main part at book/wb.xml (found through _rels/.rels), or with backslashes in part names. */
function relocated(): Buffer {
  const parts: Parts = [];
  for (const [name, content] of sampleParts()) {
    let text = content.toString("utf8");
    if (name === "_rels/.rels") text = text.replace("xl/workbook.xml", "book/wb.xml");
    if (name === "[Content_Types].xml") text = text.replace("/xl/workbook.xml", "/book/wb.xml");
    if (name === "xl/workbook.xml") {
      parts.push(["book/wb.xml", content]);
      continue;
    }
    if (name === "xl/_rels/workbook.xml.rels") {
      parts.push(["book/_rels/wb.xml.rels", Buffer.from(text.replace(/Target="/g, 'Target="../xl/'), "utf8")]);
      continue;
    }
    parts.push([name, Buffer.from(text, "utf8")]);
  }
  return zip(parts);
}

function backslashed(): Buffer {
  return zip(sampleParts().map(([name, content]) => [name.replace(/\//g, "\\"), content]));
}

/** Parts of a chart, a pivot table and a form button (a VML control), as Excel lays them out. */
function withChartPivotButton(): Buffer {
  const ct = (part: string, type: string) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
  return sampleWith(
    (name, text) => {
      if (name === "[Content_Types].xml") {
        return text.replace(
          "</Types>",
          ct("xl/drawings/drawing1.xml", "drawing+xml") +
            ct("xl/charts/chart1.xml", "drawingml.chart+xml") +
            ct("xl/pivotTables/pivotTable1.xml", "spreadsheetml.pivotTable+xml") +
            ct("xl/pivotCache/pivotCacheDefinition1.xml", "spreadsheetml.pivotCacheDefinition+xml") +
            '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/></Types>',
        );
      }
      if (name === SHEET1) return text.replace("</worksheet>", '<drawing r:id="rIdD1"/><legacyDrawing r:id="rIdV1"/></worksheet>');
      return text;
    },
    {
      "xl/worksheets/_rels/sheet1.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdD1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rIdV1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdP1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>',
      "xl/drawings/drawing1.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>',
      "xl/charts/chart1.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/></c:plotArea></c:chart></c:chartSpace>',
      "xl/drawings/vmlDrawing1.vml":
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t201"><x:ClientData ObjectType="Button"><x:FmlaMacro>[0]!CapNhat</x:FmlaMacro></x:ClientData></v:shape></xml>',
      "xl/pivotTables/pivotTable1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="${MAIN_NS}" name="PivotTable1" cacheId="1" dataCaption="Values"><location ref="O3:P8" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
      "xl/pivotCache/pivotCacheDefinition1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="${MAIN_NS}" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A5:M41" sheet="Theo dõi 2021-2023"/></cacheSource><cacheFields count="0"/></pivotCacheDefinition>`,
    },
  );
}

const LAUGHS =
  '<!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha">' +
  ["b", "c", "d", "e", "f", "g", "h", "i", "j"].map((e, i) => `<!ENTITY ${e} "${`&${"abcdefghij"[i]};`.repeat(10)}">`).join("") +
  "]>";

function entityExpansion(): Buffer {
  return sampleWith(
    onSheet(SHEET1, (xml) => xml.replace(/(<\?xml[^>]*\?>\s*)/, `$1${LAUGHS}`).replace("<sheetData>", '<sheetData><row r="100"><c r="A100" t="inlineStr"><is><t>&j;</t></is></c></row>')),
  );
}

function externalEntity(): Buffer {
  return sampleWith(
    onSheet(SHEET1, (xml) =>
      xml
        .replace(/(<\?xml[^>]*\?>\s*)/, '$1<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
        .replace("<sheetData>", '<sheetData><row r="100"><c r="A100" t="inlineStr"><is><t>&xxe;</t></is></c></row>'),
    ),
  );
}

function pathTraversal(): Buffer {
  const parts = sampleParts();
  parts.push(["../../../../tmp/bdg-evil.txt", Buffer.from("evil")], ["/etc/bdg-evil.txt", Buffer.from("evil")], ["xl/../../bdg-evil.xml", Buffer.from("<x/>")]);
  return zip(parts);
}

/** `size` bytes of spaces, deflated (streamed: never in memory whole). */
async function deflatedSpaces(size: number): Promise<Buffer> {
  const d = createDeflateRaw({ level: 1 });
  const out: Buffer[] = [];
  d.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve) => d.on("end", () => resolve()));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  for (let written = 0; written < size; written += chunk.length) {
    if (!d.write(chunk)) await new Promise((resolve) => d.once("drain", resolve));
  }
  d.end();
  await done;
  return Buffer.concat(out);
}

/** The sample whose sheet1 inflates to 320 MiB of XML, declared honestly or as 1 KB. */
async function zipBomb(honest: boolean): Promise<Buffer> {
  const size = 320 << 20;
  const stored = await deflatedSpaces(size);
  const parts: ZipPart[] = sampleParts().map(([name, content]) =>
    name === SHEET1 ? { name, stored, method: 8, crc32: 0, uncompressedSize: honest ? size : 1024, modTime: 0, modDate: 33 } : { name, content },
  );
  return writeZip(parts);
}

function odsFile(): Buffer {
  return writeZip([
    { name: "mimetype", content: Buffer.from("application/vnd.oasis.opendocument.spreadsheet") },
    {
      name: "META-INF/manifest.xml",
      content: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
      ),
    },
    {
      name: "content.xml",
      content: Buffer.from(
        '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Theo dõi"><table:table-row><table:table-cell office:value-type="string"><text:p>Mã</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>',
      ),
    },
  ]);
}

function foreignZip(): Buffer {
  return writeZip([
    { name: "[Content_Types].xml", content: Buffer.from('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>') },
    {
      name: "_rels/.rels",
      content: Buffer.from(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: "word/document.xml", content: Buffer.from('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>') },
  ]);
}

const LONG_NAME = "Năm 2025 - theo dõi các hoạt động bình đẳng giới";

export async function makeHostileCorpus(dir: string): Promise<HostileFile[]> {
  const sample = readFileSync(SAMPLE);
  const files: Array<Omit<HostileFile, "path"> & { data: Buffer }> = [
    { name: "csv.xlsx", data: Buffer.from("Mã,Nội dung,Thời gian\nII.1,Hội nghị,15/11/2023\n", "utf8"), validate: refused("textFile"), report: refused("textFile") },
    { name: "old-excel.xlsx", data: compoundFile([{ name: "Workbook", data: biff8Workbook() }]), validate: refused("legacyXls"), report: refused("legacyXls") },
    { name: "libreoffice.xlsx", data: odsFile(), validate: refused("odsFile"), report: refused("odsFile") },
    { name: "password.xlsx", data: compoundFile(encryptedPackageStreams()), validate: refused("encrypted"), report: refused("encrypted") },
    { name: "word.xlsx", data: foreignZip(), validate: refused("otherZip"), report: refused("otherZip") },
    { name: "truncated.xlsx", data: sample.subarray(0, Math.floor(sample.length * 0.6)), validate: refused("notXlsx"), report: refused("notXlsx") },
    { name: "entity-expansion.xlsx", data: entityExpansion(), validate: refused("contentUnreadable"), report: refused("contentUnreadable") },
    { name: "external-entity.xlsx", data: externalEntity(), validate: refused("contentUnreadable"), report: refused("contentUnreadable") },
    { name: "path-traversal.xlsx", data: pathTraversal(), validate: READ_OK, report: READ_OK },
    { name: "zip-bomb-declared.xlsx", data: await zipBomb(true), validate: refused("partTooLarge", { limitMB: 256 }), report: refused("partTooLarge", { limitMB: 256 }) },
    { name: "zip-bomb-lying.xlsx", data: await zipBomb(false), validate: refused("partTooLarge", { limitMB: 256 }), report: refused("partTooLarge", { limitMB: 256 }) },
    { name: "validations-whole-columns.xlsx", data: sampleWith((n, t) => (n.startsWith("xl/worksheets/") ? wholeColumnValidations(t) : t)), validate: READ_OK, report: READ_OK },
    {
      name: "validations-whole-columns-fallback.xlsx",
      data: sampleWith((n, t) => (n.startsWith("xl/worksheets/") ? viaFallback(wholeColumnValidations(t)) : t)),
      validate: READ_OK,
      report: READ_OK,
    },
    { name: "names-whole-columns.xlsx", data: sampleWith(wholeColumnNames), validate: READ_OK, report: READ_OK },
    { name: "names-whole-columns-fallback.xlsx", data: sampleWith((n, t) => onSheet(SHEET1, viaFallback)(n, wholeColumnNames(n, t))), validate: READ_OK, report: READ_OK },
    ...[false, true].map((fallback) => ({
      name: `col-billion${fallback ? "-fallback" : ""}.xlsx`,
      data: sampleWith(onSheet(SHEET1, (x) => (fallback ? viaFallback : (s: string) => s)(x.replace(/<cols>[\s\S]*?<\/cols>/, '<cols><col min="1" max="1000000000" width="12" customWidth="1"/></cols>')))),
      validate: READ_OK,
      report: READ_OK,
    })),
    ...[false, true].map((fallback) => ({
      name: `merge-whole-sheet${fallback ? "-fallback" : ""}.xlsx`,
      data: sampleWith(
        onSheet("xl/worksheets/sheet3.xml", (x) =>
          (fallback ? viaFallback : (s: string) => s)(
            /<mergeCells/.test(x)
              ? x.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')
              : x.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
          ),
        ),
      ),
      validate: READ_OK,
      report: READ_OK,
    })),
    ...[false, true].map((fallback) => ({
      name: `row-2000000000${fallback ? "-fallback" : ""}.xlsx`,
      data: sampleWith(onSheet(SHEET1, (x) => (fallback ? viaFallback : (s: string) => s)(x.replace("</sheetData>", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>')))),
      validate: refused("rowOutOfRange", { row: 2000000000 }),
      report: refused("rowOutOfRange", { row: 2000000000 }),
    })),
    { name: "long-sheet-name.xlsx", data: sampleWith((n, t) => (n === "xl/workbook.xml" ? t.replace('name="Năm 2025"', `name="${LONG_NAME}"`) : t)), validate: READ_OK, report: READ_OK },
    {
      name: "long-sheet-name-fallback.xlsx",
      data: sampleWith((n, t) => (n === "xl/workbook.xml" ? t.replace('name="Năm 2025"', `name="${LONG_NAME}"`) : onSheet(SHEET1, viaFallback)(n, t))),
      validate: READ_OK,
      report: READ_OK,
    },
    { name: "open-xml-sdk-prefixes.xlsx", data: sampleWith(prefixed), validate: READ_OK, report: READ_OK },
    { name: "main-part-elsewhere.xlsx", data: relocated(), validate: READ_OK, report: READ_OK },
    { name: "backslash-names.xlsx", data: backslashed(), validate: READ_OK, report: READ_OK },
    {
      name: "missing-sheet-part.xlsx",
      data: sampleWith((n, t) => (n === "xl/worksheets/sheet2.xml" ? null : t)),
      validate: refused("missingSheetPart", { sheet: "Năm 2024" }),
      report: refused("missingSheetPart", { sheet: "Năm 2024" }),
    },
    { name: "chart-pivot-button.xlsx", data: withChartPivotButton(), validate: READ_OK, report: READ_OK, keepsParts: true },
  ];
  return files.map(({ data, ...f }) => {
    const path = join(dir, f.name);
    writeFileSync(path, data);
    return { ...f, path };
  });
}
