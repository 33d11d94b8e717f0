// manifest.json against Microsoft's official schema for its manifestVersion.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { TEAMS_MANIFEST_VERSIONS } from '../../schemas/catalog.js';
import { issueDraft, validateAgainst } from '../../schemas/validate.js';
import { asRecord } from '../../util/values.js';

export const manifestVersionKnown = defineRule({
  id: 'teams.manifest-version-unknown',
  title: 'manifestVersion is a published schema version',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.manifestVersions,
  description: 'Published versions are 1.0 to 1.17, 1.19 to 1.30 and devPreview. Version 1.18 was never released.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    if (!m) return;
    const v = m.manifestVersion;
    if (v === undefined) return; // the schema rule reports the missing property
    if (typeof v !== 'string' || !TEAMS_MANIFEST_VERSIONS.includes(v)) {
      const hint = v === '1.18' ? ' Version 1.18 does not exist; use 1.17 or 1.19 and later.' : ' Published versions are 1.0–1.17, 1.19–1.30 and devPreview.';
      yield { file: 'manifest.json', pointer: '/manifestVersion', message: `manifestVersion ${JSON.stringify(v)} is not a published schema version.${hint}` };
    }
  },
});

export const manifestSchema = defineRule({
  id: 'teams.manifest-schema',
  title: 'manifest.json matches the official schema of its version',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  // The rules that check the same values with a precise message; an unresolved placeholder is the cause of any schema error on its value.
  restatedBy: [
    'package.unresolved-placeholder',
    'package.unresolved-placeholder-functional',
    'teams.manifest-feature-version',
    'teams.version-semver',
    'teams.developer-url-https',
    'graph.teams-webapp-id',
    'graph.teams-notification-url-format',
    'graph.teams-notification-url-https',
    'graph.teams-notification-url-length',
  ],
  docs: DOCS.manifestSchema,
  description:
    "Validated offline with Microsoft's schema from @microsoft/app-manifest, as the Teams service does at upload. Messages say the cause in words with the value " +
    '("id must be a GUID; it is …"); where a oneOf/anyOf fails, the errors of the form the value was meant for. A value another rule reports more precisely ' +
    '(an unresolved placeholder, a feature the version lacks) is one finding, theirs, at this error\'s severity.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    if (!m || typeof m.manifestVersion !== 'string') {
      if (manifest?.ok && !m) yield { file: 'manifest.json', message: 'manifest.json must hold a JSON object.' };
      else if (m) yield { file: 'manifest.json', pointer: '/manifestVersion', message: 'manifest.json has no manifestVersion string, so no schema can be chosen.' };
      return;
    }
    const issues = validateAgainst('teams', m.manifestVersion, m);
    for (const issue of issues ?? []) yield issueDraft('manifest.json', issue);
  },
});
