#!/usr/bin/env node
/**
 * Draws Sourcemark's toolbar and store icons (public/icon/{16,32,48,96,128}.png): a white speech bubble
 * holding a blue opening quotation mark, on a rounded blue square. Shapes are rasterised with 8x8
 * supersampling and written as RGBA PNGs with node:zlib — no image library, reproducible output.
 *
 *   node scripts/make-icons.mjs        # rewrites the PNGs (commit them)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '../public/icon');
const SIZES = [16, 32, 48, 96, 128];
const BLUE = [11, 92, 173];
const WHITE = [255, 255, 255];

// Shapes in unit coordinates (0..1, y down). Each returns true when the point is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = (a, b, c) => (x, y) => {
  const s = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = s(a, b), d2 = s(b, c), d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const any = (...fs) => (x, y) => fs.some((f) => f(x, y));

const background = roundRect(0, 0, 1, 1, 0.2);
const bubble = any(roundRect(0.12, 0.16, 0.88, 0.7, 0.14), triangle([0.26, 0.64], [0.46, 0.64], [0.22, 0.88]));
// An opening quotation mark ("66"): two dots with tails rising to the upper right.
const mark = (cx) => any(circle(cx, 0.47, 0.085), triangle([cx - 0.085, 0.46], [cx + 0.02, 0.40], [cx + 0.07, 0.25]));
const quote = any(mark(0.39), mark(0.62));

/** The colour at a unit point, or null (transparent). */
function colourAt(x, y) {
  if (!background(x, y)) return null;
  if (quote(x, y)) return BLUE;
  if (bubble(x, y)) return WHITE;
  return BLUE;
}

function render(size) {
  const SS = 8;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < SS; sj++) {
        for (let si = 0; si < SS; si++) {
          const c = colourAt((i + (si + 0.5) / SS) / size, (j + (sj + 0.5) / SS) / size);
          if (!c) continue;
          r += c[0]; g += c[1]; b += c[2]; a++;
        }
      }
      const o = (j * size + i) * 4;
      if (a) {
        px[o] = Math.round(r / a); px[o + 1] = Math.round(g / a); px[o + 2] = Math.round(b / a);
        px[o + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return png(size, size, px);
}

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(w, h, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4); // filter 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(out, { recursive: true });
for (const size of SIZES) {
  const file = join(out, `${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
