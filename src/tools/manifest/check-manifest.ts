import { checkOrder } from "./check-order";
import { checkProductionUrls } from "./check-production";
import { checkResources } from "./check-resources";
import { checkRuntime } from "./check-runtime";
import { checkUrls } from "./check-urls";
import { manifestUrls, taskPaneLocation } from "./manifest-urls";
import { checkLength, reporters, type Report } from "./report";
import { CULTURE, GUID, MAX_LENGTH, NS_OFFICEAPP, VERSION } from "./schema";
import { parseXml, positionOf, XmlError } from "./xml-parse";
import { attr, kid, kids, walk, xsiType, type XmlElement } from "./xml-tree";
import type { Reporter } from "./report";

export interface CheckOptions {
  /** Folder the icon files are looked up under. */
  root: string;
  /** The manifest is the one to deploy: it must name the agency's server. */
  production?: boolean;
}

const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions", "VersionOverrides"];

/** Checks a manifest's text: well-formed, in schema order, complete, wired for the shared runtime, its URLs and icons right. */
export function checkManifest(xml: string, options: CheckOptions): Report {
  const report: Report = { errors: [], warnings: [] };
  const { error, warn } = reporters(report);

  let doc: XmlElement;
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
  checkBase(doc, error);
  const overrides = kid(doc, "VersionOverrides");
  const resources = checkResources(overrides, error, warn);
  checkRuntime(overrides, resources.defined, error);
  const urls = manifestUrls(doc, resources);
  checkUrls(urls, taskPaneLocation(doc), options.root, error, warn);
  if (options.production) checkProductionUrls(urls, error);
  return report;
}

/** The base manifest: required elements, Id, Version, permissions, locales, names, the shared-runtime requirement. */
function checkBase(doc: XmlElement, error: Reporter): void {
  for (const name of REQUIRED) {
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
  if (providerEl) checkLength("ProviderName", providerEl.text.trim(), MAX_LENGTH.short, providerEl, error);
  for (const [name, max] of [
    ["DisplayName", MAX_LENGTH.short],
    ["Description", MAX_LENGTH.long],
  ] as const) {
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
  if (!shared || Number(attr(shared, "MinVersion") || (sets && attr(sets, "DefaultMinVersion")) || "1.1") < 1.1) {
    error("shared-runtime", {}, kid(doc, "Requirements") || doc);
  }
}
