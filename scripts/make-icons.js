#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNG files in assets/ with nothing but Node (zlib for the PNG).
 *
 * The PNGs are committed; this script is only needed again when the design changes:
 *   node scripts/make-icons.js [outDir]
 *
 * Design: a calm teal rounded square with a white balance (equal scales stand for equality).
 * The ribbon and dialog sizes (16, 32, 64, 80) show the balance alone, drawn on a 16-unit grid
 * so that its strokes fall on whole pixels at 16, 32, 64 and 80 px; the large icon (128) and the
 * logo add the letters "BĐG" under a smaller balance.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const TEAL_TOP = [0x23, 0x8f, 0x88];
const TEAL_BOTTOM = [0x16, 0x68, 0x63];
const WHITE = [0xff, 0xff, 0xff];

/* ---------- shapes: each is { bbox: [x0, y0, x1, y1], inside(x, y) } in design units ---------- */

/** @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 @param {number} r */
function roundRect(x0, y0, x1, y1, r) {
  return {
    bbox: [x0, y0, x1, y1],
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

/** @param {number} x0 @param {number} y0 @param {number} x1 @param {number} y1 */
function rect(x0, y0, x1, y1) {
  return roundRect(x0, y0, x1, y1, 0);
}

/** @param {number} cx @param {number} cy @param {number} r */
function circle(cx, cy, r) {
  return { bbox: [cx - r, cy - r, cx + r, cy + r], inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

/** The lower half of a disc: a scale's pan. */
function bowl(cx, cy, r) {
  return { bbox: [cx - r, cy, cx + r, cy + r], inside: (x, y) => y >= cy && (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

/** A straight stroke with round ends. */
function capsule(ax, ay, bx, by, width) {
  const h = width / 2;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy || 1e-12;
  return {
    bbox: [Math.min(ax, bx) - h, Math.min(ay, by) - h, Math.max(ax, bx) + h, Math.max(ay, by) + h],
    inside(x, y) {
      const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / len2));
      return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= h * h;
    },
  };
}

/** @param {Array<[number, number]>} points @param {number} width */
function polyline(points, width) {
  const parts = [];
  for (let i = 1; i < points.length; i++) {
    parts.push(capsule(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1], width));
  }
  return parts;
}

/** Points on an ellipse arc, angles in degrees, y pointing down. */
function arc(cx, cy, rx, ry, fromDeg, toDeg, steps = 24) {
  /** @type {Array<[number, number]>} */
  const pts = [];
  for (let i = 0; i <= steps; i++) {
    const t = ((fromDeg + ((toDeg - fromDeg) * i) / steps) * Math.PI) / 180;
    pts.push([cx + rx * Math.cos(t), cy + ry * Math.sin(t)]);
  }
  return pts;
}

/* ---------- the two designs ---------- */

/**
 * The balance on a 16-unit grid, placed at (ox, oy) and scaled by k.
 * @returns {Array<ReturnType<typeof rect>>}
 */
function balance(k, ox, oy, thin) {
  const p = (x, y) => [ox + x * k, oy + y * k];
  const s = (v) => v * k;
  const shapes = [];
  const [px0, py0] = p(7, 3.5);
  const [px1, py1] = p(9, 12.5);
  shapes.push(rect(px0, py0, px1, py1)); // post
  const [bx0, by0] = p(4, 12);
  const [bx1, by1] = p(12, 14);
  shapes.push(roundRect(bx0, by0, bx1, by1, s(0.6))); // foot
  const [hx0, hy0] = p(2, 4);
  const [hx1, hy1] = p(14, 5);
  shapes.push(roundRect(hx0, hy0, hx1, hy1, s(0.3))); // beam
  shapes.push(circle(...p(8, 3.4), s(1.6))); // knob
  for (const cx of [4, 12]) {
    shapes.push(...polyline([p(cx - 2.2, 9), p(cx, 4.6), p(cx + 2.2, 9)], s(thin))); // cords
    shapes.push(bowl(...p(cx, 9), s(2.6))); // pan
  }
  return shapes;
}

/** Stroke glyphs for the three letters, in a box of width w and height h at (x, y). */
function glyph(ch, x, y, w, h, sw) {
  const P = (u, v) => [x + u * w, y + v * h];
  const pts = (list) => list.map(([u, v]) => P(u, v));
  const A = (cu, cv, ru, rv, a, b) => pts(arc(cu, cv, ru, rv, a, b));
  switch (ch) {
    case "B":
      return [
        ...polyline(pts([[0, 0], [0, 1]]), sw),
        ...polyline([...pts([[0, 0]]), ...A(0.5, 0.25, 0.4, 0.25, -90, 90), ...pts([[0, 0.5]])], sw),
        ...polyline([...pts([[0, 0.5]]), ...A(0.55, 0.75, 0.45, 0.25, -90, 90), ...pts([[0, 1]])], sw),
      ];
    case "Đ":
      return [
        ...polyline(pts([[0.18, 0], [0.18, 1]]), sw),
        ...polyline([...pts([[0.18, 0]]), ...A(0.45, 0.5, 0.55, 0.5, -90, 90), ...pts([[0.18, 1]])], sw),
        ...polyline(pts([[0.0, 0.5], [0.44, 0.5]]), sw * 0.8),
      ];
    case "G":
      return [
        ...polyline(A(0.5, 0.5, 0.5, 0.5, -40, -348), sw),
        ...polyline(pts([[0.56, 0.57], [0.98, 0.57]]), sw),
      ];
    default:
      throw new Error(`no glyph for ${ch}`);
  }
}

/** Background: the teal rounded square over the whole icon. */
function background(size, radius) {
  return { shape: roundRect(0, 0, size, size, radius), color: (_x, y) => mix(TEAL_TOP, TEAL_BOTTOM, y / size) };
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * Math.min(1, Math.max(0, t))));
}

/** The symbol alone (16, 32, 64, 80 px). Design units are the 16-grid. */
function symbolDesign() {
  return {
    units: 16,
    layers: [background(16, 3.2), ...balance(1, 0, 0, 0.9).map((shape) => ({ shape, color: () => WHITE }))],
  };
}

/** The symbol with the letters (128 px and the logo). Design units are a 64-grid. */
function badgeDesign() {
  const gh = 16; // letter height
  const sw = 3.6;
  const widths = { B: 0.62 * gh, Đ: 0.72 * gh, G: 0.74 * gh };
  const gap = 4.6;
  const total = widths.B + widths.Đ + widths.G + 2 * gap;
  let x = (64 - total) / 2 + 1; // the B's stem sits on its left edge; nudge right to centre the ink
  const y = 39;
  const letters = [];
  for (const ch of ["B", "Đ", "G"]) {
    letters.push(...glyph(ch, x, y, widths[ch], gh, sw));
    x += widths[ch] + gap;
  }
  const shapes = [...balance(2.3, 13.6, 0.5, 0.8), ...letters];
  return { units: 64, layers: [background(64, 12), ...shapes.map((shape) => ({ shape, color: () => WHITE }))] };
}

/* ---------- rasterising ---------- */

/**
 * Renders a design to RGBA pixels, anti-aliased by supersampling.
 * @returns {Buffer} width*height*4 bytes
 */
function render(design, size, samples = 8) {
  const scale = size / design.units;
  const out = Buffer.alloc(size * size * 4);
  const n = samples * samples;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / scale;
          const y = (py + (sy + 0.5) / samples) / scale;
          // Topmost layer that covers the sample wins (layers are opaque).
          for (let i = design.layers.length - 1; i >= 0; i--) {
            const { shape, color } = design.layers[i];
            const [x0, y0, x1, y1] = shape.bbox;
            if (x < x0 || x > x1 || y < y0 || y > y1 || !shape.inside(x, y)) continue;
            const c = color(x, y);
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
            break;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
        out[o + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return out;
}

/* ---------- PNG encoding ---------- */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** @param {Buffer} rgba @param {number} width @param {number} height */
function encodePng(rgba, width, height) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/* ---------- main ---------- */

/** Every file this script writes, with its size and design. */
const ICONS = [
  { file: "icon-16.png", size: 16, design: symbolDesign },
  { file: "icon-32.png", size: 32, design: symbolDesign },
  { file: "icon-64.png", size: 64, design: symbolDesign },
  { file: "icon-80.png", size: 80, design: symbolDesign },
  { file: "icon-128.png", size: 128, design: badgeDesign },
  { file: "logo.png", size: 256, design: badgeDesign },
];

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const { file, size, design } of ICONS) {
    const png = encodePng(render(design(), size, size <= 32 ? 16 : 6), size, size);
    fs.writeFileSync(path.join(outDir, file), png);
    process.stdout.write(`${file} ${size}x${size} ${png.length} B\n`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, symbolDesign, badgeDesign, ICONS };
