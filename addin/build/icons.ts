/**
 * Draws the add-in icon (a blue tile with three white bars: owners, splits, grades) at the sizes the manifest
 * names and writes them to addin/assets. Run: `npx tsx addin/build/icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePng } from './png';

/** Icon sizes the manifest refers to (ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64). */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const BLUE = [0x1f, 0x6f, 0xb5];
const WHITE = [0xff, 0xff, 0xff];

/** RGBA pixels of the icon at `size`×`size`. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.18;
  // Bars as fractions of the tile: [left, top] with a common width and bottom.
  const bars = [[0.2, 0.55], [0.42, 0.35], [0.64, 0.18]];
  const barWidth = 0.16, bottom = 0.82;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5, cy = y + 0.5;
      // Rounded-corner tile: outside the corner circles is transparent.
      const dx = Math.max(radius - cx, cx - (size - radius), 0);
      const dy = Math.max(radius - cy, cy - (size - radius), 0);
      if (dx * dx + dy * dy > radius * radius) continue;
      const u = cx / size, v = cy / size;
      const onBar = bars.some(([left, top]) => u >= left && u < left + barWidth && v >= top && v < bottom);
      const [r, g, b] = onBar ? WHITE : BLUE;
      px.set([r, g, b, 255], (y * size + x) * 4);
    }
  }
  return px;
}

/** Write icon-<size>.png files into `dir`. */
export function writeIcons(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, '..', 'assets'))) console.log(`wrote ${file}`);
}
