/**
 * Draws the skill's store icons, 108 and 512 px PNG (the sizes certification asks for), into
 * skill-package/assets/images/. Deterministic: running it again writes the same bytes, and a test
 * checks the committed files are what this script draws.
 *
 *   npx tsx scripts/icons.ts
 *
 * The picture: a moon-pale circle (a face, at rest) on a deep night blue, with a soft glow.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

export const ICONS_DIR = path.resolve(__dirname, '..', 'skill-package', 'assets', 'images');
export const ICON_SIZES = { small: 108, large: 512 } as const;
export const iconFile = (kind: keyof typeof ICON_SIZES): string => `${kind}-icon.png`;

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG of `size` x `size` pixels. */
export function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const c = (size - 1) / 2;
  const r = size * 0.3;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - c, y - c);
      // Background: night blue, a little lighter towards the top.
      let [red, green, blue] = [20 + (18 * (size - y)) / size, 28 + (22 * (size - y)) / size, 64 + (30 * (size - y)) / size];
      // Glow around the circle, fading out over 0.25 of the size.
      const glow = Math.max(0, 1 - (d - r) / (size * 0.25));
      if (d > r) [red, green, blue] = [red + 60 * glow * glow, green + 56 * glow * glow, blue + 40 * glow * glow];
      // The circle, with one pixel of antialiasing at its edge.
      const inside = Math.min(1, Math.max(0, r - d + 0.5));
      [red, green, blue] = [red + (244 - red) * inside, green + (228 - green) * inside, blue + (206 - blue) * inside];
      row[1 + x * 3] = Math.round(red);
      row[2 + x * 3] = Math.round(green);
      row[3 + x * 3] = Math.round(blue);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Width and height from a PNG's header, or undefined when it is not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  if (bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

if (require.main === module) {
  fs.mkdirSync(ICONS_DIR, { recursive: true });
  for (const kind of Object.keys(ICON_SIZES) as (keyof typeof ICON_SIZES)[]) {
    const file = path.join(ICONS_DIR, iconFile(kind));
    fs.writeFileSync(file, drawIcon(ICON_SIZES[kind]));
    console.log(`${path.relative(process.cwd(), file)}  ${ICON_SIZES[kind]} px`);
  }
}
