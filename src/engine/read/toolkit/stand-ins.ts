// Stand-in values for variables that have no value yet (the toolkit writes them when the project is provisioned).
// Typed by the variable's name, so format rules see what the real value will look like: a GUID for ids, an https URL
// on a reserved host (RFC 2606 example.com) for endpoints, a host name for domains. Deterministic: the same report on
// every run. Findings about a stand-in itself (which host a URL names) say nothing about the real value and are dropped.
import type { Finding } from '../../types.js';
import { trimOf } from '../../util/text.js';

export function standInValue(name: string): string {
  const slug = trimOf(name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), '-') || 'value';
  if (/(^|_)(DOMAIN|HOST|HOSTNAME|FQDN)$/.test(name)) return `${slug}.example.com`;
  if (/(ENDPOINT|URL|URI|LINK)(_|$)/.test(name)) return `https://${slug}.example.com`;
  if (/(^|_)(ID|GUID|TENANT)(_|$)|CLIENTID|APPID/.test(name)) return standInGuid(name);
  if (/SUFFIX$/.test(name)) return '';
  return slug;
}

/** A version-4-shaped GUID derived from the name (FNV-1a), so no two variables share one. */
export function standInGuid(name: string): string {
  let hex = '';
  for (let seed = 0; hex.length < 32; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    hex += (h >>> 0).toString(16).padStart(8, '0');
  }
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Rules whose finding is about which host a URL names (a template default, an example host): true of every
 * stand-in, so such a finding on a value that is wholly a stand-in is about the stand-in, not the project.
 */
const HOST_IDENTITY_RULES = new Set(['teams.developer-default-values']);

/**
 * Findings of a package built with stand-ins, made to speak of the variables: a stand-in in a message is shown as
 * the `${{VAR}}` it stands for, and findings about a stand-in's identity are dropped.
 */
export function reviseForStandIns(findings: Finding[], standIns: ReadonlyMap<string, string>, valueAt: (f: Finding) => unknown): Finding[] {
  const values = [...standIns.keys()].filter((v) => v.length >= 8).sort((a, b) => b.length - a.length);
  if (values.length === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    // The reader's own findings name the stand-ins on purpose.
    if (f.ruleId.startsWith('package.toolkit-')) {
      out.push(f);
      continue;
    }
    const value = valueAt(f);
    if (HOST_IDENTITY_RULES.has(f.ruleId) && typeof value === 'string' && values.some((v) => value.includes(v))) continue;
    let message = f.message;
    for (const v of values) if (message.includes(v)) message = message.split(v).join(`\${{${standIns.get(v)}}}`);
    out.push(message === f.message ? f : { ...f, message });
  }
  return out;
}
