// The files of a connector folder: names the platform and the certification repository expect, encodings, sizes.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { EXPECTED_NAMES } from '../../detect/connector-files.js';
import { connectorOf } from './shared/connector.js';

const baseName = (name: string) => name.slice(name.lastIndexOf('/') + 1);

export const swaggerFile = defineRule({
  id: 'powerplatform.file-swagger',
  title: 'The folder holds apiDefinition.swagger.json',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description:
    'The connector definition is a Swagger 2.0 file named apiDefinition.swagger.json (repository README "Files to include"; policy 5000.1.1.3). ' +
    'Without it nothing can be imported. A misspelled name (apiDefination.swagger.json) is missed by the certification pipeline, which matches *apidefinition.swagger.json; ' +
    'a name that differs only in letter case is matched by the pipeline but not by tools that expect the exact name, so it is a warning.',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    if (!files.swagger) {
      yield { message: `The connector has no ${EXPECTED_NAMES.swagger}: there is no API definition to import.` };
      return;
    }
    const name = baseName(files.swagger);
    if (name === EXPECTED_NAMES.swagger) return;
    if (name.toLowerCase() === EXPECTED_NAMES.swagger.toLowerCase()) {
      yield { file: files.swagger, severity: 'warning', audiences: MULTITENANT, message: `The definition is named "${name}"; name it exactly "${EXPECTED_NAMES.swagger}".` };
    } else {
      yield {
        file: files.swagger,
        audiences: MULTITENANT,
        message: `The definition is named "${name}"; the certification pipeline only picks up "${EXPECTED_NAMES.swagger}", so rename it.`,
      };
    }
  },
});

export const apiPropertiesFile = defineRule({
  id: 'powerplatform.file-apiproperties',
  title: 'The folder holds apiProperties.json',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description:
    'apiProperties.json carries the connection parameters, brand colour, publisher and policies; paconn and pac connector need it to create the connector, ' +
    'and the certification pipeline validates it. A name that differs only in case is a warning.',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    if (!files.apiProperties) {
      yield { message: `The connector has no ${EXPECTED_NAMES.apiProperties}.` };
      return;
    }
    const name = baseName(files.apiProperties);
    if (name !== EXPECTED_NAMES.apiProperties) {
      yield { file: files.apiProperties, severity: 'warning', message: `The properties file is named "${name}"; name it exactly "${EXPECTED_NAMES.apiProperties}".` };
    }
  },
});

export const readmeFile = defineRule({
  id: 'powerplatform.file-readme',
  title: 'The folder holds readme.md (or intro.md for Partner Center)',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Certified and independent-publisher connectors need a readme.md in the repository (intro.md in the Partner Center package; policy 5000.1.1.2). ' +
    'A readme saved as Readme.md.txt is not recognised. Only certification needs it, so the rule applies to the multitenant audience.',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    if (!files.readme) {
      yield { message: 'The connector has no readme.md (or intro.md); certification requires one.' };
      return;
    }
    const name = baseName(files.readme).toLowerCase();
    if (name !== EXPECTED_NAMES.readme && name !== EXPECTED_NAMES.intro) {
      yield { file: files.readme, message: `The readme is named "${baseName(files.readme)}"; name it "readme.md" (a Markdown file, not .txt).` };
    }
  },
});

export const scriptFile = defineRule({
  id: 'powerplatform.file-script',
  title: 'At most one script.csx, no larger than 1 MB',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorWriteCode,
  description: 'Custom code is one C# script file of at most 1 MB per connector ("Write code in a custom connector", FAQ).',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    if (files.scripts.length > 1) {
      yield { file: files.scripts[1], message: `The connector has ${files.scripts.length} script files (${files.scripts.map(baseName).join(', ')}); only one script.csx is allowed.` };
    }
    for (const name of files.scripts) {
      const size = pkg.bytes(name)?.byteLength ?? 0;
      if (size > 1024 * 1024) yield { file: name, message: `${baseName(name)} is ${size} bytes; the limit is 1 MB (1,048,576 bytes).` };
      else if (baseName(name) !== EXPECTED_NAMES.script && files.scripts.length === 1) {
        yield { file: name, severity: 'warning', message: `The script is named "${baseName(name)}"; tools expect "${EXPECTED_NAMES.script}".` };
      }
    }
  },
});

export const fileEncoding = defineRule({
  id: 'powerplatform.file-encoding',
  title: 'Connector files are UTF-8',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description:
    'paconn reads the definition as UTF-8 (a byte-order mark is tolerated) and the certification pipeline sends UTF-8; UTF-16 or bytes that are not UTF-8 ' +
    'corrupt non-ASCII text or fail the upload (PowerPlatformConnectors issue #117, PR #619). A readme in another encoding only matters to certification ' +
    '(multitenant), and settings.json only to paconn (a notice).',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    for (const name of [files.swagger, files.apiProperties, files.readme, files.intro, files.settings, ...files.scripts]) {
      if (!name) continue;
      const decoded = pkg.decoded(name);
      if (!decoded || decoded.encoding === 'utf-8') continue;
      // The readme only matters to certification, and settings.json only to paconn.
      const docOnly = name === files.readme || name === files.intro;
      yield {
        file: name,
        line: 1,
        ...(docOnly ? { audiences: MULTITENANT } : {}),
        ...(name === files.settings ? { severity: 'notice' as const } : {}),
        message:
          decoded.encoding === 'invalid'
            ? `${baseName(name)} is not valid UTF-8 (probably saved as Windows-1252 or Latin-1); save it as UTF-8.`
            : `${baseName(name)} is ${decoded.encoding.toUpperCase()}; save it as UTF-8.`,
      };
    }
  },
});
