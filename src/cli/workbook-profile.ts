import { readFile } from "node:fs/promises";
import { listZipEntries, readZipEntry } from "../xlsx/zip-entries";

/**
 * The organisation profile the task pane saved in a workbook, as `bdg report` finds it in the
 * .xlsx file. The pane saves it with `workbook.settings` (setting "bdg.profile"); Excel keeps an
 * add-in's settings in the file's web extension part (`xl/webextensions/webextension*.xml`,
 * [MS-OWEXML]) as `<we:property name="bdg.profile" value="…"/>`, the value serialized as JSON —
 * here a JSON string holding the profile's JSON. Returns that JSON text, or null when the file has
 * no such setting (a workbook never opened with the add-in, or saved by another program).
 */
export async function savedProfileText(file: string): Promise<string | null> {
  return savedSettingText(file, "bdg.profile");
}

/** Any setting the task pane saved in the workbook (e.g. "bdg.acceptedIssues"), as its JSON text, or null. */
export async function savedSettingText(file: string, setting: string): Promise<string | null> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return null;
  }
  const entries = listZipEntries(data);
  if (!entries) return null;
  for (const e of entries) {
    if (!/^xl\/webextensions\/webextension\d*\.xml$/i.test(e.name)) continue;
    const xml = readZipEntry(data, e)?.toString("utf8");
    if (!xml) continue;
    const found = settingProperty(xml, setting);
    if (found !== null) return found;
  }
  return null;
}

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", lt: "<", gt: ">", amp: "&" };

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|quot|apos|lt|gt|amp);/gi, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? "";
  });
}

/** The value of the "bdg.profile" property of one web extension part, as profile JSON text. */
export function profileProperty(xml: string): string | null {
  return settingProperty(xml, "bdg.profile");
}

/** The value of one named property of a web extension part, as the JSON text the pane saved. */
export function settingProperty(xml: string, setting: string): string | null {
  for (const m of xml.matchAll(/<(?:\w+:)?property\b([^>]*?)\/?>/g)) {
    const attrs = m[1];
    const name = /\bname\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (name === undefined || unescapeXml(name) !== setting) continue;
    const raw = /\bvalue\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (raw === undefined) return null;
    const value = unescapeXml(raw);
    try {
      const parsed: unknown = JSON.parse(value);
      // A string setting is stored as a JSON string; an object (saved by another version) as itself.
      return typeof parsed === "string" ? parsed : JSON.stringify(parsed);
    } catch {
      return value;
    }
  }
  return null;
}
