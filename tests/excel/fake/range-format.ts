/**
 * Range.format: font, fill and borders, loaded and written at the sync like everything else. A
 * cell's fill is color, pattern, patternColor, tintAndShade and patternTintAndShade (RangeFill,
 * ExcelApi 1.1 for color, 1.9 for the rest); a loaded property common to the range's cells, or
 * null when they differ.
 */
import { type FakeContext, Loaded, propList } from "./context";
import type { FakeSheet } from "./model";
import type { FakeRange } from "./range";

type Reader = (sheet: FakeSheet, r: number, c: number) => unknown;

const FILL_READERS: Record<string, Reader> = {
  color: (s, r, c) => (s.fmt(r, c)["fill.color"] as string | undefined) ?? "#FFFFFF",
  pattern: (s, r, c) => (s.fmt(r, c)["fill.pattern"] as string | undefined) ?? (s.fmt(r, c)["fill.color"] === undefined ? "None" : "Solid"),
  patternColor: (s, r, c) => (s.fmt(r, c)["fill.patternColor"] as string | undefined) ?? "#000000",
  tintAndShade: (s, r, c) => (s.fmt(r, c)["fill.tintAndShade"] as number | undefined) ?? 0,
  patternTintAndShade: (s, r, c) => (s.fmt(r, c)["fill.patternTintAndShade"] as number | undefined) ?? 0,
};

const FONT_READERS: Record<string, Reader> = {
  name: (s, r, c) => s.fontName(r, c),
  bold: (s, r, c) => s.fmt(r, c)["font.bold"] ?? false,
  color: (s, r, c) => s.fmt(r, c)["font.color"] ?? "#000000",
};

function common(range: FakeRange, read: Reader): unknown {
  let first: unknown;
  let seen = false;
  let mixed = false;
  range.forEachCell((s, r, c) => {
    const v = read(s, r, c);
    if (!seen) {
      first = v;
      seen = true;
    } else if (v !== first) mixed = true;
  });
  return mixed ? null : first;
}

function loadable(ctx: FakeContext, range: FakeRange, prefix: string, readers: Record<string, Reader>, write: (key: string, v: unknown) => void, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const loaded = new Loaded();
  const target: Record<string, unknown> = {
    ...extra,
    load: (props: string) => {
      const want = propList(props);
      ctx.queue({
        run: () => {
          if (range.isNullNow()) return;
          for (const p of want) {
            const read = readers[p];
            if (!read) throw new Error(`the fake cannot load ${prefix}${p}`);
            loaded.set(p, common(range, read));
          }
        },
      });
    },
  };
  return new Proxy(target, {
    get(t, prop: string) {
      if (prop in t) return t[prop];
      return loaded.get(prop);
    },
    set(_t, prop: string, v: unknown) {
      range.edit(() => write(prefix + prop, v));
      return true;
    },
  });
}

export function makeFormat(ctx: FakeContext, range: FakeRange): Record<string, unknown> {
  const setAll = (key: string, v: unknown): void => range.forEachCell((s, r, c) => (s.fmt(r, c)[key] = v));
  const font = loadable(ctx, range, "font.", FONT_READERS, setAll);
  const clearFill = (): void =>
    range.forEachCell((s, r, c) => {
      const f = s.fmt(r, c);
      for (const k of Object.keys(f)) if (k.startsWith("fill.")) delete f[k];
    });
  const fill = loadable(
    ctx,
    range,
    "fill.",
    FILL_READERS,
    (key, v) => {
      if (key === "fill.pattern" && v === "None") clearFill();
      else setAll(key, v);
    },
    { clear: () => range.edit(clearFill) },
  );
  const borders = {
    getItem: (edge: string) =>
      new Proxy({} as Record<string, unknown>, {
        set: (_t, prop: string, v: unknown) => {
          range.edit(() => setAll(`border.${edge}.${prop}`, v));
          return true;
        },
      }),
  };
  const fmt: Record<string, unknown> = { font, fill, borders };
  return new Proxy(fmt, {
    get: (t, prop: string) => t[prop],
    set: (_t, prop: string, v: unknown) => {
      range.edit(() => {
        const { sheet, box } = range.resolved();
        if (prop === "columnWidth") for (let c = box.left; c <= box.right; c++) sheet.columnWidths.set(c, v as number);
        else if (prop === "rowHeight") for (let r = box.top; r <= box.bottom; r++) sheet.rowHeights.set(r, v as number);
        else setAll(prop, v);
      });
      return true;
    },
  });
}
