#!/usr/bin/env node
/**
 * Draws the app's icons (a ledger page with a tick on the brand green) and writes them to public/:
 * the manifest's 192 and 512 px icons, a maskable 512 px one, the 180 px apple-touch-icon and the
 * SVG favicon. Node built-ins only: shapes are tested per sub-pixel (4×4 samples for smooth edges)
 * and the PNGs are written with zlib. Run `node scripts/make-icons.mjs` after changing the design;
 * the results are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');

/** @typedef {[number, number, number]} Rgb */
/** @typedef {[number, number]} Point */
/** @typedef {{ x0: number, y0: number, x1: number, y1: number, r: number }} Box */

/** @type {Record<'background' | 'page' | 'line' | 'badge' | 'tick', Rgb>} */
const colours = {
  background: [0x1f, 0x5f, 0x4a],
  page: [0xff, 0xff, 0xff],
  line: [0x9c, 0xc7, 0xb5],
  badge: [0xf2, 0xb8, 0x4b],
  tick: [0x1f, 0x5f, 0x4a],
};

/** The glyph, in a 0..1 box. @type {Box} */
const page = { x0: 0.27, y0: 0.2, x1: 0.73, y1: 0.8, r: 0.05 };
const lineWidth = 0.022;
/** @type {{ a: Point, b: Point }[]} */
const lines = [0.34, 0.44, 0.54].map((y) => ({ a: [0.35, y], b: [0.65, y] }));
const badge = { cx: 0.69, cy: 0.71, r: 0.14, ring: 0.03 };
/** @type {[Point, Point, Point]} */
const tick = [
  [0.625, 0.715],
  [0.67, 0.76],
  [0.755, 0.665],
];
const tickWidth = 0.024;

/** @param {number} x @param {number} y @param {Box} box */
function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
}

/** @param {number} x @param {number} y @param {Point} a @param {Point} b @param {number} r */
function inCapsule(x, y, [ax, ay], [bx, by], r) {
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const [dx, dy] = [x - ax - t * vx, y - ay - t * vy];
  return dx * dx + dy * dy <= r * r;
}

/** @type {(x: number, y: number, cx: number, cy: number, r: number) => boolean} */
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** The badge makes the drawing heavier at the bottom right: shift it to look centred. @type {Point} */
const nudge = [0.035, 0.02];

/**
 * The colour at a point of the glyph box, or null where the background shows.
 * @param {number} gx @param {number} gy @returns {Rgb | null}
 */
function glyph(gx, gy) {
  const [x, y] = [gx + nudge[0], gy + nudge[1]];
  if (inCircle(x, y, badge.cx, badge.cy, badge.r)) {
    if (
      inCapsule(x, y, tick[0], tick[1], tickWidth) ||
      inCapsule(x, y, tick[1], tick[2], tickWidth)
    )
      return colours.tick;
    return colours.badge;
  }
  // A ring of background around the badge separates it from the page.
  if (inCircle(x, y, badge.cx, badge.cy, badge.r + badge.ring)) return null;
  if (inRoundedRect(x, y, page)) {
    if (lines.some((l) => inCapsule(x, y, l.a, l.b, lineWidth))) return colours.line;
    return colours.page;
  }
  return null;
}

/**
 * One icon. `scale` shrinks the glyph about the centre (maskable icons must keep it inside the
 * central safe circle); `corner` rounds the background (0 = full bleed, opaque to the edges).
 * @param {number} size @param {{ scale: number, corner: number }} options
 */
function render(size, { scale, corner }) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  const bg = { x0: 0, y0: 0, x1: 1, y1: 1, r: corner };
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (corner > 0 && !inRoundedRect(x, y, bg)) continue;
          const c = glyph((x - 0.5) / scale + 0.5, (y - 0.5) / scale + 0.5) ?? colours.background;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 255;
        }
      }
      const i = (py * size + px) * 4;
      const covered = a / 255;
      // Store un-premultiplied colour: average only over the samples that were covered.
      pixels[i] = covered ? Math.round(r / covered) : 0;
      pixels[i + 1] = covered ? Math.round(g / covered) : 0;
      pixels[i + 2] = covered ? Math.round(b / covered) : 0;
      pixels[i + 3] = Math.round(a / (n * n));
    }
  }
  return png(size, size, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let j = 0; j < 8; j++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = /** @type {number} */ (crcTable[(c ^ byte) & 0xff]) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * An 8-bit RGBA PNG, every row with filter 0.
 * @param {number} width @param {number} height @param {Buffer} rgba
 */
function png(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @type {(c: Rgb) => string} */
const hex = (c) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
/** @type {(v: number) => number} */
const u = (v) => +(v * 100).toFixed(2);

/** The same drawing as vector art, for the browser tab. */
function svg() {
  const tickPath = tick.map(([x, y], i) => `${i ? 'L' : 'M'}${u(x)} ${u(y)}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="22" fill="${hex(colours.background)}"/>
  <g transform="translate(${-u(nudge[0])} ${-u(nudge[1])})">
  <rect x="${u(page.x0)}" y="${u(page.y0)}" width="${u(page.x1 - page.x0)}" height="${u(page.y1 - page.y0)}" rx="${u(page.r)}" fill="${hex(colours.page)}"/>
  <g stroke="${hex(colours.line)}" stroke-width="${u(2 * lineWidth)}" stroke-linecap="round">
${lines.map((l) => `    <line x1="${u(l.a[0])}" y1="${u(l.a[1])}" x2="${u(l.b[0])}" y2="${u(l.b[1])}"/>`).join('\n')}
  </g>
  <circle cx="${u(badge.cx)}" cy="${u(badge.cy)}" r="${u(badge.r + badge.ring / 2)}" fill="${hex(colours.badge)}" stroke="${hex(colours.background)}" stroke-width="${u(badge.ring)}"/>
  <path d="${tickPath}" fill="none" stroke="${hex(colours.tick)}" stroke-width="${u(2 * tickWidth)}" stroke-linecap="round" stroke-linejoin="round"/>
  </g>
</svg>
`;
}

/** @type {[string, () => Buffer | string][]} */
const outputs = [
  ['icons/icon-192.png', () => render(192, { scale: 1, corner: 0.22 })],
  ['icons/icon-512.png', () => render(512, { scale: 1, corner: 0.22 })],
  // The safe zone of a maskable icon is the central circle of 80 % diameter.
  ['icons/maskable-512.png', () => render(512, { scale: 0.76, corner: 0 })],
  // iOS rounds the corners itself and shows transparency as black: full bleed, opaque.
  ['apple-touch-icon.png', () => render(180, { scale: 0.9, corner: 0 })],
  ['favicon.svg', svg],
];

for (const [file, make] of outputs) {
  const path = join(root, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, make());
  console.log(`wrote public/${file}`);
}
