/** The parsed manifest: elements with resolved namespaces, and the few ways the checks walk them. */

export interface XmlAttr {
  name: string;
  local: string;
  ns: string | null;
  value: string;
}

export interface XmlElement {
  name: string;
  local: string;
  ns: string | null;
  attrs: XmlAttr[];
  children: XmlElement[];
  text: string;
  line: number;
  col: number;
  parent: XmlElement | null;
}

export const NS_XSI = "http://www.w3.org/2001/XMLSchema-instance";

export const kids = (el: XmlElement, local: string): XmlElement[] => el.children.filter((c) => c.local === local);

export const kid = (el: XmlElement | undefined, local: string): XmlElement | undefined => (el ? el.children.find((c) => c.local === local) : undefined);

/** An attribute with no namespace. */
export function attr(el: XmlElement, local: string): string | undefined {
  const a = el.attrs.find((x) => x.local === local && x.ns === null);
  return a ? a.value : undefined;
}

/** xsi:type without its prefix. */
export function xsiType(el: XmlElement): string | undefined {
  const a = el.attrs.find((x) => x.local === "type" && x.ns === NS_XSI);
  return a ? a.value.replace(/^.*:/, "") : undefined;
}

/** The element and all its descendants, in document order. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

export function isInside(el: XmlElement, ancestor: XmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
