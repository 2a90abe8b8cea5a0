import type { Reporter } from "./report";
import type { Resource } from "./check-resources";
import { EXPECTED_NAMESPACE } from "./schema";
import { attr, kid, kids, walk, xsiType, type XmlElement } from "./xml-tree";

/**
 * The shared runtime as Office needs it: <Runtimes> first in the workbook host, lifetime long, one
 * resid for the runtime, the task pane, the function file and the functions' page; the custom
 * functions declared with their namespace BDG.
 */
export function checkRuntime(overrides: XmlElement | undefined, defined: Map<string, Resource>, error: Reporter): void {
  const vHosts = kid(overrides, "Hosts");
  const host = vHosts && kids(vHosts, "Host").find((h) => xsiType(h) === "Workbook");
  if (overrides && !host) error("host-missing", {}, vHosts || overrides);
  if (!host) return;
  let runtimeResid: string | undefined;
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
