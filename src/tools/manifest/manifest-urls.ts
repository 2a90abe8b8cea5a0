import type { Resources } from "./check-resources";
import { attr, kid, kids, type XmlElement } from "./xml-tree";

/** A URL written in the manifest, where, and what it must be. */
export interface ManifestUrl {
  url: string;
  el: XmlElement;
  /** One of the add-in's own files, which must be on its origin. */
  hosted: boolean;
  /** Pixel sizes an icon is shown at. */
  size?: number[];
}

/** Every URL of the manifest: settings with their overrides, app domains, image and URL resources. */
export function manifestUrls(doc: XmlElement, { defined, imageSizes, referrers }: Resources): ManifestUrl[] {
  const urls: ManifestUrl[] = [];
  const settingWithOverrides = (el: XmlElement | undefined, hosted: boolean, size?: number[]): void => {
    if (!el) return;
    const dv = attr(el, "DefaultValue");
    if (dv !== undefined) urls.push({ url: dv, el, hosted, size });
    for (const o of kids(el, "Override")) {
      const v = attr(o, "Value");
      if (v !== undefined) urls.push({ url: v, el: o, hosted, size });
    }
  };
  settingWithOverrides(taskPaneLocation(doc), true);
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
  return urls;
}

/** DefaultSettings/SourceLocation: the task pane page, whose origin and folder are the add-in's. */
export function taskPaneLocation(doc: XmlElement): XmlElement | undefined {
  return kid(kid(doc, "DefaultSettings"), "SourceLocation");
}
