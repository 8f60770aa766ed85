// The installable app's PNG icons (192 and 512 px), drawn from web/assets/icon.svg, whose
// shapes are rectangles (rounded for the background): the SVG stays the one source.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateSync } from 'node:zlib';

function rects(svg) {
  const [, , , size] = /viewBox="([\d.\s]+)"/.exec(svg)[1].trim().split(/\s+/).map(Number);
  const list = [...svg.matchAll(/<rect([^>]*)\/>/g)].map(([, a]) => {
    const attr = (n, d = 0) => Number(new RegExp(`\\b${n}="([^"]+)"`).exec(a)?.[1] ?? d);
    const fill = /fill="#([0-9a-f]{3,6})"/i.exec(a)[1];
    const hex = fill.length === 3 ? [...fill].map((c) => c + c).join('') : fill;
    return {
      x: attr('x'),
      y: attr('y'),
      w: attr('width'),
      h: attr('height'),
      rx: attr('rx'),
      rgb: [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)),
    };
  });
  return { size, list };
}

// Coverage of a pixel by a rectangle, sampled 4x4 for smooth edges.
function covered(r, px, py, scale) {
  let hits = 0;
  for (let sy = 0; sy < 4; ++sy)
    for (let sx = 0; sx < 4; ++sx) {
      const x = (px + (sx + 0.5) / 4) / scale,
        y = (py + (sy + 0.5) / 4) / scale;
      if (x < r.x || y < r.y || x > r.x + r.w || y > r.y + r.h) continue;
      const cx = Math.min(Math.max(x, r.x + r.rx), r.x + r.w - r.rx),
        cy = Math.min(Math.max(y, r.y + r.rx), r.y + r.h - r.rx);
      if ((x - cx) ** 2 + (y - cy) ** 2 <= r.rx ** 2 + 1e-9) ++hits;
    }
  return hits / 16;
}

const CRC = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
const crc32 = (buf) => {
  let c = -1;
  for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function png(svg, pixels) {
  const { size, list } = rects(svg);
  const scale = pixels / size;
  const raw = Buffer.alloc(pixels * (pixels * 4 + 1));
  for (let y = 0; y < pixels; ++y)
    for (let x = 0; x < pixels; ++x) {
      let rgba = [0, 0, 0, 0];
      for (const r of list) {
        const a = covered(r, x, y, scale);
        if (a === 0) continue;
        const keep = rgba[3] * (1 - a);
        const alpha = a + keep;
        rgba = [...r.rgb.map((c, i) => (c * a + rgba[i] * keep) / alpha), alpha];
      }
      const at = y * (pixels * 4 + 1) + 1 + x * 4;
      rgba.forEach((v, i) => {
        raw[at + i] = Math.round(i === 3 ? v * 255 : v);
      });
    }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export async function writeIcons(svgFile, dir) {
  const svg = await readFile(svgFile, 'utf8');
  for (const pixels of [192, 512]) await writeFile(path.join(dir, `icon-${pixels}.png`), png(svg, pixels));
}
