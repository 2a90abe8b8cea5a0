import type { Reporter } from "./report";
import { NS_OFFICEAPP, SEQUENCES } from "./schema";
import { walk, xsiType, type XmlElement } from "./xml-tree";

/**
 * Reports children the schema does not allow and children out of schema order. The misplaced ones
 * are those outside a longest run that is in order, so one stray element gives one message.
 */
export function checkOrder(doc: XmlElement, error: Reporter): void {
  for (const el of walk(doc)) {
    const key = SEQUENCES[`${el.local}:${xsiType(el)}`] ? `${el.local}:${xsiType(el)}` : el.local;
    const seq = SEQUENCES[key];
    if (!seq || (el.local === "VersionOverrides" && el.parent && el.parent.local === "VersionOverrides")) continue;
    const known: Array<{ c: XmlElement; idx: number }> = [];
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
function longestOrderedRun(values: readonly number[]): Set<number> {
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
  const keep = new Set<number>();
  let at = best.length ? best.indexOf(Math.max(...best)) : -1;
  for (; at >= 0; at = prev[at]) keep.add(at);
  return keep;
}
