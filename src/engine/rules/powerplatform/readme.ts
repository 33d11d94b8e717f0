// readme.md content: the sections the repository's templates require, and OAuth app instructions.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { connectorOf, certificationTrack } from './shared/connector.js';
import { usesOAuth } from './shared/security.js';

interface Section {
  label: string;
  pattern: RegExp;
  certifiedOnly?: boolean;
}

// Headings as the templates write them, with the spellings real readmes use ("Known issues & limitations").
const SECTIONS: readonly Section[] = [
  { label: '## Publisher: <name>', pattern: /^#{1,3}\s*publisher\b/im },
  { label: '## Prerequisites', pattern: /^#{1,3}\s*pre-?requisites?\b/im },
  { label: '## Supported Operations', pattern: /^#{1,3}\s*supported\s+(?:operations|actions)\b/im },
  { label: '## Obtaining Credentials', pattern: /^#{1,3}\s*obtaining\s+credentials?\b/im },
  { label: '## Known Issues and Limitations', pattern: /^#{1,3}\s*known\s+issues\b/im },
  { label: '## Deployment Instructions', pattern: /^#{1,3}\s*deployment\s+instructions?\b/im, certifiedOnly: true },
];

export const readmeSections = defineRule({
  id: 'powerplatform.readme-sections',
  title: 'readme.md has the sections of the repository template',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoTemplates,
  description:
    'The certified and independent-publisher readme templates require a title paragraph, "Publisher:", Prerequisites, Supported Operations, ' +
    'Obtaining Credentials and Known Issues and Limitations; Deployment Instructions is required for certified connectors and optional for independent publishers. ' +
    'Reviewers ask for missing sections; a warning, because the headings are matched loosely.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    const name = c.files.readme && c.files.readme !== c.files.intro ? c.files.readme : undefined;
    if (!name) return;
    const text = pkg.text(name) ?? '';
    const certified = certificationTrack(c.cls) === 'certified';
    const missing = SECTIONS.filter((s) => (!s.certifiedOnly || certified) && !s.pattern.test(text)).map((s) => s.label);
    if (missing.length) yield { file: name, line: 1, message: `${name} lacks these sections: ${missing.join('; ')}.` };
  },
});

export const readmeOAuth = defineRule({
  id: 'powerplatform.readme-oauth',
  title: 'For OAuth connectors, the readme explains how to create the OAuth app',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertificationIp,
  description:
    'Microsoft creates the OAuth app for independent publisher connectors from the readme, and reviewers ask certified publishers for the same steps. ' +
    'Detected by words such as "client ID", "client secret", "redirect URL" or "app registration"; a heuristic, so a warning.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    if (!c.files.readme || !usesOAuth(c)) return;
    const text = pkg.text(c.files.readme) ?? '';
    if (!/client\s?id|client\s?secret|redirect\s?ur[il]|callback\s?url|app(?:lication)?\s+registration|register\s+(?:an?|your|the)\s+(?:new\s+)?(?:oauth\s+)?app/i.test(text)) {
      yield { file: c.files.readme, line: 1, message: `The connector signs in with OAuth, but ${c.files.readme} does not explain how to create the OAuth app (client ID, secret, redirect URL).` };
    }
  },
});
