import { inflateSync } from 'node:zlib';

/**
 * A tiny PNG decoder for end-to-end checks on screenshots (8-bit RGB or RGBA, non-interlaced: what
 * Chromium writes). It exists so tests can look at real pixels without an image library.
 */

/** Decoded pixels, four bytes (RGBA) per pixel, row after row. */
export interface DecodedImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes a PNG buffer; throws on formats screenshots never use (palette, 16-bit, interlaced). */
export function decodePng(png: Buffer): DecodedImage {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let offset = 8; offset < png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8];
      const colourType = data[9];
      const interlace = data[12];
      if (bitDepth !== 8 || interlace !== 0 || (colourType !== 2 && colourType !== 6)) {
        throw new Error(`unsupported PNG: depth ${bitDepth}, colour type ${colourType}, interlace ${interlace}`);
      }
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, rgba: unfilter(raw, width, height, channels) };
}

/** Reverses PNG's per-row filters (None, Sub, Up, Average, Paeth) and widens to RGBA. */
function unfilter(raw: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const previous = new Uint8Array(stride);
  const current = new Uint8Array(stride);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const rowStart = y * (stride + 1);
    const filter = raw[rowStart];
    for (let x = 0; x < stride; x++) {
      const value = raw[rowStart + 1 + x] ?? 0;
      const left = x >= channels ? (current[x - channels] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
      current[x] = (value + predictor(filter ?? 0, left, up, upLeft)) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const target = (y * width + x) * 4;
      rgba[target] = current[x * channels] ?? 0;
      rgba[target + 1] = current[x * channels + 1] ?? 0;
      rgba[target + 2] = current[x * channels + 2] ?? 0;
      rgba[target + 3] = channels === 4 ? (current[x * channels + 3] ?? 0) : 255;
    }
    previous.set(current);
  }
  return rgba;
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const estimate = left + up - upLeft;
      const toLeft = Math.abs(estimate - left);
      const toUp = Math.abs(estimate - up);
      const toUpLeft = Math.abs(estimate - upLeft);
      if (toLeft <= toUp && toLeft <= toUpLeft) return left;
      return toUp <= toUpLeft ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter ${filter}`);
  }
}

/** How varied an image is: distinct colours (at 5 bits per channel) and the share of the commonest one. */
export function colourVariety(image: DecodedImage): { distinctColours: number; dominantShare: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < image.rgba.length; i += 4) {
    const key = ((image.rgba[i]! >> 3) << 10) | ((image.rgba[i + 1]! >> 3) << 5) | (image.rgba[i + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const pixels = image.width * image.height;
  const dominant = Math.max(...counts.values());
  return { distinctColours: counts.size, dominantShare: pixels > 0 ? dominant / pixels : 1 };
}
