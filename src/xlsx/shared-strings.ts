import type { CellValue } from "../core/snapshot";
import { CLOSE, EMPTY, OPEN, UnsupportedXml, XmlScanner } from "./xml-scanner";
import { joinRuns, plainText } from "./cell-value";

/**
 * xl/sharedStrings.xml, read the way exceljs 4.4 reads it (shared-strings-xform.js), without
 * building its model: each string already as the snapshot value (runs joined, NFC, "" as null),
 * plus the runs of rich text, whose fonts decide legacy-font detection.
 */

export interface TextRun {
  /** The run's own font (`<rFont val>`); undefined: shown in the cell's font. */
  font: string | undefined;
  text: string | undefined;
}

export interface SharedString {
  value: CellValue;
  /** Present for rich text only. */
  runs?: TextRun[];
}

const EMPTY_ITEM: SharedString = { value: null };

export function readSharedStrings(xml: string): SharedString[] {
  const x = new XmlScanner(xml);
  const out: SharedString[] = [];
  if (x.root("sst") === EMPTY) return out;
  while (x.next()) {
    if (x.kind === CLOSE && x.name === "sst") return out;
    if (x.name !== "si") throw new UnsupportedXml(`<${x.name}> in sst`); // exceljs throws on it too
    out.push(x.kind === EMPTY ? EMPTY_ITEM : readItem(x));
  }
  throw new UnsupportedXml("unterminated sst");
}

/**
 * One `<si>`. exceljs's model starts as {}; a `<t>` replaces it with its text (runs before it
 * included); a `<r>` is added to its richText; `<rPh>` (phonetic guide) is dropped.
 */
function readItem(x: XmlScanner): SharedString {
  let plain: string | undefined;
  let runs: TextRun[] | undefined;
  while (x.next()) {
    if (x.kind === CLOSE) {
      if (x.name !== "si") throw new UnsupportedXml(`</${x.name}> in si`);
      if (plain !== undefined) return { value: plainText(plain) };
      if (runs) return { value: plainText(joinRuns(runs)), runs };
      return EMPTY_ITEM;
    }
    switch (x.name) {
      case "t":
        plain = readT(x);
        break;
      case "r":
        // exceljs fails on a run after a plain text (it cannot add runs to a string).
        if (plain !== undefined) throw new UnsupportedXml("run after text in si");
        (runs ??= []).push(readRun(x));
        break;
      case "rPh":
        x.skipElement();
        break;
      default:
        // e.g. <phoneticPr/>: ignored; an unknown element with content could hold runs exceljs would read.
        if (x.kind === OPEN) throw new UnsupportedXml(`<${x.name}> in si`);
    }
  }
  throw new UnsupportedXml("unterminated si");
}

function readRun(x: XmlScanner): TextRun {
  const run: TextRun = { font: undefined, text: undefined };
  if (x.kind === EMPTY) return run;
  while (x.next()) {
    if (x.kind === CLOSE) {
      if (x.name !== "r") throw new UnsupportedXml(`</${x.name}> in r`);
      return run;
    }
    if (x.name === "t") run.text = readT(x);
    else if (x.name === "rPr") run.font = readRunFont(x);
    else throw new UnsupportedXml(`<${x.name}> in r`);
  }
  throw new UnsupportedXml("unterminated r");
}

/** The font name of a run's `<rPr>`: `<rFont val>` when not empty. */
function readRunFont(x: XmlScanner): string | undefined {
  if (x.kind === EMPTY) return undefined;
  let name: string | undefined;
  while (x.next()) {
    if (x.kind === CLOSE) {
      if (x.name !== "rPr") throw new UnsupportedXml(`</${x.name}> in rPr`);
      return name;
    }
    // exceljs keeps the last non-empty <rFont val>.
    if (x.name === "rFont") name = x.attr("val") || name;
    x.skipElement();
  }
  throw new UnsupportedXml("unterminated rPr");
}

/** A `<t>`'s text with exceljs's unescaping of `_xHHHH_` (upper-case hex only, as exceljs does). */
function readT(x: XmlScanner): string {
  if (x.kind === EMPTY) return "";
  if (!x.next() || x.kind !== CLOSE || x.name !== "t") throw new UnsupportedXml("element in t");
  const s = x.text();
  return s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}
