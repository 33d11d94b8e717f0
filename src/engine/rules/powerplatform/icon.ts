// icon.png: certified connectors bring their own (PNG, about 230×230, coloured background that matches
// iconBrandColor); independent publishers must not (a generic icon is applied).
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { isPngError, pixelAt, readPng, type PngImage } from '../../images/png.js';
import { connectorOf, certificationTrack } from './shared/connector.js';
import { asString } from '../../util/values.js';
import type { PackageView } from '../../read/package-view.js';

const MAX_ICON_BYTES = 1024 * 1024;

function icon(pkg: PackageView): { name: string; bytes: Uint8Array } | undefined {
  const name = connectorOf(pkg).files.icon;
  const bytes = name ? pkg.bytes(name) : undefined;
  return name && bytes ? { name, bytes } : undefined;
}

function decoded(pkg: PackageView): { name: string; img: Required<PngImage> } | undefined {
  const found = icon(pkg);
  if (!found) return undefined;
  const r = readPng(found.bytes);
  return !isPngError(r) && r.pixels ? { name: found.name, img: r as Required<PngImage> } : undefined;
}

export const iconRequired = defineRule({
  id: 'powerplatform.icon-required',
  title: 'Certified connectors include icon.png',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorPolicyErrors,
  description:
    'A verified publisher submits its icon as icon.png (policy 5000.1.1.1). Warning rather than error: most certified folders in the repository ' +
    '(all but 11 of 619) keep the icon out of the folder and add it to the Partner Center package, so a folder without it is often not the whole submission. ' +
    'Independent publishers are exempt (see powerplatform.icon-ip-absent).',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    if (certificationTrack(c.cls) !== 'certified' || !c.files.swagger) return;
    if (!c.files.icon) {
      yield { message: 'There is no icon.png; the certification package needs the connector icon as icon.png.' };
    } else if (!c.files.icon.endsWith('icon.png')) {
      yield { file: c.files.icon, message: `The icon is named "${c.files.icon}"; name it exactly "icon.png".` };
    }
  },
});

export const iconIndependentPublisher = defineRule({
  id: 'powerplatform.icon-ip-absent',
  title: 'Independent publisher connectors do not include an icon',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertificationIp,
  description: 'Independent publisher connectors get the generic independent-publisher icon; the pull-request template asks not to submit one.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    if (c.cls === 'independent-publisher' && c.files.icon) {
      yield { file: c.files.icon, message: 'Independent publisher connectors use the generic icon; remove icon.png from the submission.' };
    }
  },
});

export const iconFormat = defineRule({
  id: 'powerplatform.icon-format',
  title: 'icon.png is a PNG under 1 MB',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'The icon must be a PNG (certification submission, icon section). The 1 MB ceiling is quoted from policy 5000.2.1.2 by third-party copies only, so exceeding it is a warning.',
  *check({ pkg }) {
    const found = icon(pkg);
    if (!found) return;
    const r = readPng(found.bytes);
    if (isPngError(r) && r.error !== 'too-large') yield { file: found.name, message: `${found.name} cannot be used: ${r.message}.` };
    if (found.bytes.byteLength > MAX_ICON_BYTES) {
      yield { file: found.name, severity: 'warning', message: `${found.name} is ${found.bytes.byteLength} bytes; keep it under 1 MB.` };
    }
  },
});

export const iconSize = defineRule({
  id: 'powerplatform.icon-size',
  title: 'icon.png is square, 100 to 230 pixels (230×230 preferred)',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'The 2022 submission guide asks for a roughly 160×160 logo inside a roughly 230×230 square; a reviewer (PR #3473) asked for exactly 230×230, and ' +
    'third-party copies of policy 5000.2.1.4 give "100×100 to 230×230, square". The sources disagree on exact numbers, so this is a warning.',
  *check({ pkg }) {
    const found = icon(pkg);
    if (!found) return;
    const r = readPng(found.bytes);
    const width = 'width' in r ? r.width : undefined;
    const height = 'height' in r ? r.height : undefined;
    if (width === undefined || height === undefined) return;
    if (width !== height) yield { file: found.name, message: `${found.name} is ${width}×${height}; it must be square (230×230 is safest).` };
    else if (width < 100 || width > 230) yield { file: found.name, message: `${found.name} is ${width}×${height}; use 100×100 to 230×230 (230×230 is safest).` };
  },
});

export const iconBackground = defineRule({
  id: 'powerplatform.icon-background',
  title: 'The icon background is neither white nor transparent, and matches iconBrandColor',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'The submission guide asks for an icon on a coloured, non-transparent, non-white background that matches iconBrandColor. Judged from the corner pixels, ' +
    'which is a heuristic, so a warning; a colour that differs from iconBrandColor is only a notice.',
  *check({ pkg }) {
    const d = decoded(pkg);
    if (!d) return;
    const { img, name } = d;
    const corners = [pixelAt(img, 0, 0), pixelAt(img, img.width - 1, 0), pixelAt(img, 0, img.height - 1), pixelAt(img, img.width - 1, img.height - 1)];
    if (corners.some((p) => p[3] < 250)) {
      yield { file: name, message: `${name} has a transparent background; use a solid background in the brand colour.` };
      return;
    }
    if (corners.some((p) => p[0] >= 245 && p[1] >= 245 && p[2] >= 245)) {
      yield { file: name, message: `${name} has a white background; use a solid background in the brand colour.` };
      return;
    }
    const c = connectorOf(pkg);
    const brand = asString(c.properties?.iconBrandColor)?.trim();
    const m = brand ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(brand) : null;
    if (!m || !c.propsFile) return;
    const rgb = [m[1], m[2], m[3]].map((h) => parseInt(h, 16));
    const [r, g, b] = corners[0];
    const distance = Math.abs(r - rgb[0]) + Math.abs(g - rgb[1]) + Math.abs(b - rgb[2]);
    if (distance > 48) {
      const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      yield {
        file: c.propsFile,
        pointer: '/properties/iconBrandColor',
        severity: 'notice',
        message: `The icon's background is ${hex} but iconBrandColor is ${brand}; make them the same colour.`,
      };
    }
  },
});
