import type { ResourceKind } from "./messages";
import { checkLength, type Reporter } from "./report";
import { MAX_LENGTH, MAX_RESID_LENGTH, RESID_KIND, RESOURCE_GROUPS } from "./schema";
import { attr, isInside, kid, kids, walk, type XmlElement } from "./xml-tree";

export interface Resource {
  kind: ResourceKind;
  el: XmlElement;
  used: boolean;
}

/** The resources a manifest defines and how the rest of it uses them. */
export interface Resources {
  defined: Map<string, Resource>;
  /** Image resid -> the sizes it is shown at. */
  imageSizes: Map<string, Set<number>>;
  /** Resid -> local names of the elements that refer to it. */
  referrers: Map<string, Set<string>>;
}

/** Every resid defined once, within length limits, of the kind its users need, and used. */
export function checkResources(overrides: XmlElement | undefined, error: Reporter, warn: Reporter): Resources {
  const resources = kid(overrides, "Resources");
  const defined = new Map<string, Resource>();
  const imageSizes = new Map<string, Set<number>>();
  const referrers = new Map<string, Set<string>>();
  if (overrides && !resources) error("missing", { element: "Resources", parent: "VersionOverrides" }, overrides);
  if (resources) {
    for (const [group, kind] of Object.entries(RESOURCE_GROUPS)) {
      for (const g of kids(resources, group)) {
        for (const item of g.children) {
          const id = attr(item, "id");
          if (id === undefined) continue;
          if (defined.has(id)) error("resid-duplicate", { id }, item);
          else defined.set(id, { kind, el: item, used: false });
          if (id.length > MAX_RESID_LENGTH) error("resid-too-long", { id }, item);
          if (kind === "short" || kind === "long") {
            checkLength(`resid "${id}"`, attr(item, "DefaultValue") || "", MAX_LENGTH[kind], item, error);
            for (const o of kids(item, "Override")) checkLength(`resid "${id}" (${attr(o, "Locale")})`, attr(o, "Value") || "", MAX_LENGTH[kind], o, error);
          }
        }
      }
    }
  }
  if (overrides) {
    for (const el of walk(overrides)) {
      if (el === resources) continue;
      if (resources && isInside(el, resources)) continue;
      const resid = attr(el, "resid");
      if (resid === undefined) continue;
      if (resid.length > MAX_RESID_LENGTH) error("resid-too-long", { id: resid }, el);
      const def = defined.get(resid);
      if (!def) {
        error("resid-undefined", { resid, element: el.local }, el);
        continue;
      }
      def.used = true;
      addTo(referrers, resid, el.local);
      const expected = RESID_KIND[el.local];
      if (expected && expected !== def.kind) error("resid-kind", { resid, element: el.local, expected, actual: def.kind }, el);
      const size = attr(el, "size");
      if (el.local === "Image" && size) addTo(imageSizes, resid, Number(size));
    }
    for (const [id, def] of defined) if (!def.used) warn("resid-unused", { id }, def.el);
  }
  return { defined, imageSizes, referrers };
}

function addTo<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
