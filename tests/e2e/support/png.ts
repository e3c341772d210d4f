/** Reads a PNG's size and whether every pixel is opaque (node:zlib only; 8-bit images). */
import { inflateSync } from 'node:zlib';

export interface PngInfo {
  width: number;
  height: number;
  opaque: boolean;
}

const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function readPng(file: Buffer): PngInfo {
  if (file.subarray(1, 4).toString('ascii') !== 'PNG') throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let colourType = 0;
  let bitDepth = 8;
  const data: Buffer[] = [];
  while (offset < file.length) {
    const length = file.readUInt32BE(offset);
    const type = file.subarray(offset + 4, offset + 8).toString('ascii');
    const body = file.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      bitDepth = body[8]!;
      colourType = body[9]!;
    } else if (type === 'IDAT') {
      data.push(body);
    }
    offset += 12 + length;
  }
  const hasAlpha = colourType === 4 || colourType === 6;
  if (!hasAlpha) return { width, height, opaque: colourType !== 3 };
  if (bitDepth !== 8) throw new Error('only 8-bit images are read');

  // Undo the per-row filters to reach the alpha bytes.
  const bpp = channels[colourType]!;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(data));
  const previous = Buffer.alloc(stride);
  const row = Buffer.alloc(stride);
  let opaque = true;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? row[x - bpp]! : 0;
      const b = previous[x]!;
      const c = x >= bpp ? previous[x - bpp]! : 0;
      const p = a + b - c;
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][
        filter
      ]!;
      row[x] = (line[x]! + predictor) & 0xff;
    }
    for (let x = bpp - 1; x < stride; x += bpp) if (row[x] !== 255) opaque = false;
    row.copy(previous);
  }
  return { width, height, opaque };
}
