/**
 * Draws the add-in's icon (three ascending orange bars on Amazon navy, a rounded square) at every
 * size the manifest and the store ask for, as PNG, with no image library: supersampled coverage,
 * then zlib. Run it again only when the design changes; the PNGs are committed.
 *
 * The unified manifest's app package also needs a 192×192 colour icon and a 32×32 outline icon
 * (white on a transparent background, as Microsoft's app-package rules ask): the outline icon is
 * the same three bars in white with nothing behind them.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const NAVY = [35, 47, 62];
const ORANGE = [255, 153, 0];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Colour of a point in the unit square, or null outside the rounded square. */
function shade(x, y) {
  const radius = 0.18;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  if ((x - cx) ** 2 + (y - cy) ** 2 > radius ** 2) return null;
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.42],
    [0.64, 0.8, 0.22],
  ];
  for (const [left, right, top] of bars) if (x >= left && x < right && y >= top && y < 0.8) return ORANGE;
  return NAVY;
}

/** The outline icon: the three bars in white, everything else transparent. */
function outlineShade(x, y) {
  return shade(x, y) === ORANGE ? WHITE : null;
}

function png(size, shadeAt = shade) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    raw[row * (size * 4 + 1)] = 0; // filter: none
    for (let col = 0; col < size; col++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = shadeAt((col + (sx + 0.5) / SUPERSAMPLE) / size, (row + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 1;
        }
      }
      const offset = row * (size * 4 + 1) + 1 + col * 4;
      const covered = sum[3];
      raw[offset] = covered ? Math.round(sum[0] / covered) : 0;
      raw[offset + 1] = covered ? Math.round(sum[1] / covered) : 0;
      raw[offset + 2] = covered ? Math.round(sum[2] / covered) : 0;
      raw[offset + 3] = Math.round((255 * covered) / SUPERSAMPLE ** 2);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync("assets", { recursive: true });
for (const size of SIZES) writeFileSync(`assets/icon-${size}.png`, png(size));
writeFileSync("assets/icon-color-192.png", png(192));
writeFileSync("assets/icon-outline-32.png", png(32, outlineShade));
console.log(`Wrote assets/icon-{${SIZES.join(",")}}.png, assets/icon-color-192.png, assets/icon-outline-32.png`);
