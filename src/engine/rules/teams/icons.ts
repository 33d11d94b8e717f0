// Icons: PNG format, exact sizes, the outline icon's white-on-transparent pixels, the color icon's background.
import { defineRule, BOTH, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { isPngError, pixelAt, type PngImage } from '../../images/png.js';
import type { FindingDraft } from '../../types.js';
import { describeIcon, iconFile, type IconFile, type IconKey } from './shared/icons.js';

const ICON_KEYS: readonly IconKey[] = ['color', 'outline', 'color32x32'];
/** The one size each icon may have. */
const SIDE: Record<IconKey, number> = { color: 192, outline: 32, color32x32: 32 };

/** True when the icon's header gives exactly its required size: only then are its pixels worth decoding. */
function rightSize(icon: IconFile): boolean {
  return !isPngError(icon.info) && icon.info.width === SIDE[icon.key] && icon.info.height === SIDE[icon.key];
}

export const iconIsPng = defineRule({
  id: 'teams.icon-not-png',
  title: 'Every icon is a PNG file that decodes',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appPackage,
  description: 'The color, outline and 32×32 color icons must be PNG images; Teams rejects other formats and damaged files at upload.',
  *check({ pkg, manifest }) {
    for (const key of ICON_KEYS) {
      const icon = iconFile(pkg, manifest?.value, key);
      if (!icon) continue;
      // Structure first (cheap); then the pixels, which the pixel rules decode anyway (the result is shared).
      // An icon of the wrong size gets a size finding instead, and is never decoded.
      const problem = isPngError(icon.info) ? icon.info : rightSize(icon) ? icon.decode() : undefined;
      if (!problem) continue;
      if (!isPngError(problem) || problem.error === 'too-large') continue;
      yield { file: 'manifest.json', pointer: icon.pointer, message: `icons.${key} names ${describeIcon(icon)}, but ${problem.message}.` };
    }
  },
});

/** Width and height when known: decoded, or read from the header of a PNG too large to decode. */
function dimensions(icon: IconFile): { width: number; height: number } | undefined {
  const img = icon.info;
  if (!isPngError(img)) return img;
  return img.error === 'too-large' ? img : undefined;
}

function sizeRule(id: string, key: IconKey, side: number, description: string): Rule {
  return defineRule({
    id,
    title: `icons.${key} is a ${side}×${side} PNG`,
    severity: 'error',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: DOCS.appPackage,
    description,
    *check({ pkg, manifest }) {
      const icon = iconFile(pkg, manifest?.value, key);
      const size = icon && dimensions(icon);
      if (!icon || !size || (size.width === side && size.height === side)) return;
      const note = isPngError(icon.info) ? ` (${icon.info.message})` : '';
      yield {
        file: 'manifest.json',
        pointer: icon.pointer,
        message: `icons.${key} names ${describeIcon(icon)}, which is ${size.width}×${size.height} pixels${note}; it must be exactly ${side}×${side}.`,
      };
    },
  });
}

export const colorIconSize = sizeRule(
  'teams.icon-color-size',
  'color',
  192,
  'The color icon is shown in the store and in Copilot; Teams requires exactly 192×192 pixels.',
);
export const outlineIconSize = sizeRule(
  'teams.icon-outline-size',
  'outline',
  32,
  'The outline icon is shown in the Teams app bar; Teams requires exactly 32×32 pixels (a 20×20 icon is known to fail upload).',
);
export const color32IconSize = sizeRule(
  'teams.icon-color32-size',
  'color32x32',
  32,
  'The optional icons.color32x32 (used in meetings and Outlook) must be a 32×32 PNG when the manifest names it.',
);

/** True for a pixel the outline icon may hold: fully transparent, or white at any opacity (anti-aliased edges). */
function outlinePixelAllowed(r: number, g: number, b: number, a: number): boolean {
  return a === 0 || (r === 255 && g === 255 && b === 255);
}

export const outlineIconColors = defineRule({
  id: 'teams.icon-outline-colors',
  title: 'The outline icon holds only white and transparent pixels',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appPackage,
  description:
    'Microsoft asks for a white (255,255,255) symbol on a fully transparent background, with no other colors. Warning, not error: the sources conflict on how strictly the service enforces it (a Microsoft engineer reported that grey pixels may pass while others fail), and many published samples have grey anti-aliased edges. White pixels with partial alpha (anti-aliasing) are accepted.',
  *check({ pkg, manifest }) {
    const icon = iconFile(pkg, manifest?.value, 'outline');
    // A wrong size is reported by teams.icon-outline-size; decoding a large image only to list its colors is wasted work.
    if (!icon || !rightSize(icon)) return;
    const decoded = icon.decode();
    if (isPngError(decoded) || !decoded.pixels) return;
    const img = decoded as Required<PngImage>;
    let first: [number, number] | undefined;
    let count = 0;
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        const [r, g, b, a] = pixelAt(img, x, y);
        if (outlinePixelAllowed(r, g, b, a)) continue;
        count++;
        first ??= [x, y];
      }
    }
    if (!first) return;
    const [x, y] = first;
    const [r, g, b, a] = pixelAt(img, x, y);
    yield {
      file: 'manifest.json',
      pointer: icon.pointer,
      message: `icons.outline names ${describeIcon(icon)}, ${img.width}×${img.height}, which has ${count} pixel${count === 1 ? '' : 's'} that are neither white nor fully transparent; the first is at (${x},${y}) with RGBA (${r},${g},${b},${a}).`,
    };
  },
});

// Channel difference under which two corner colors count as the same background (JPEG-like noise, gradients).
const SAME_COLOR_TOLERANCE = 24;

function colorIconBackgroundProblem(img: Required<PngImage>): string | undefined {
  const w = img.width;
  const h = img.height;
  const corners = [pixelAt(img, 0, 0), pixelAt(img, w - 1, 0), pixelAt(img, 0, h - 1), pixelAt(img, w - 1, h - 1)];
  const edges = [pixelAt(img, w >> 1, 0), pixelAt(img, 0, h >> 1), pixelAt(img, w - 1, h >> 1), pixelAt(img, w >> 1, h - 1)];
  // A rounded square: see-through corners while the middle of every edge is opaque.
  if (corners.every((p) => p[3] < 128) && edges.every((p) => p[3] === 255)) {
    return 'its corners are transparent while its edges are opaque, which looks like rounded corners';
  }
  if (corners.every((p) => p[3] === 0)) return undefined;
  if (corners.some((p) => p[3] > 0 && p[3] < 250)) return 'its corners are partly transparent, so the background is neither solid nor fully transparent';
  const [first] = corners;
  const differs = corners.some((p) => p.some((c, i) => i < 3 && Math.abs(c - first[i]) > SAME_COLOR_TOLERANCE) || p[3] === 0);
  return differs ? `its corners have different colors (${corners.map((p) => `(${p.join(',')})`).join(', ')}), so the background is not solid` : undefined;
}

export const colorIconBackground = defineRule({
  id: 'teams.icon-color-background',
  title: 'The color icon has a solid or fully transparent square background',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The store validation guidelines ask for a full-bleed square icon on a solid or fully transparent background, with no rounded corners (Teams rounds them itself). Checked from the corner and edge pixels, so it is a heuristic: warning, for store review only.',
  *check({ pkg, manifest }) {
    const icon = iconFile(pkg, manifest?.value, 'color');
    if (!icon || !rightSize(icon)) return;
    const decoded = icon.decode();
    if (isPngError(decoded) || !decoded.pixels) return;
    const problem = colorIconBackgroundProblem(decoded as Required<PngImage>);
    if (problem) yield { file: 'manifest.json', pointer: icon.pointer, message: `icons.color names ${describeIcon(icon)}; ${problem}.` } satisfies FindingDraft;
  },
});

export const iconRules: readonly Rule[] = [iconIsPng, colorIconSize, outlineIconSize, color32IconSize, outlineIconColors, colorIconBackground];
