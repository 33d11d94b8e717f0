// Rules of this family; see ../../../../docs/rules.md.
// Power Platform connectors: the files of a connector folder (apiDefinition.swagger.json, apiProperties.json, icon.png,
// readme.md / intro.md, script.csx, settings.json) checked as import, the certification pipeline and reviewers would.
// Rules that only certification enforces carry the multitenant audience, so a tenant's own connector is never blocked by them.
import type { Rule } from '../rule.js';
import * as files from './files.js';
import * as swagger from './swagger.js';
import * as info from './info.js';
import * as metadata from './metadata.js';
import * as apiProperties from './api-properties.js';
import * as oauth from './oauth.js';
import * as policies from './policies.js';
import * as script from './script.js';
import * as settings from './settings.js';
import * as secrets from './secrets.js';
import * as operations from './operations.js';
import * as parameters from './parameters.js';
import * as responses from './responses.js';
import * as schemas from './schemas.js';
import * as security from './security.js';
import * as icon from './icon.js';
import * as readme from './readme.js';
import * as copilot from './copilot.js';

const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'id' in v && 'check' in v;

export const powerPlatformRules: readonly Rule[] = [
  files,
  swagger,
  info,
  metadata,
  apiProperties,
  oauth,
  policies,
  script,
  settings,
  secrets,
  operations,
  parameters,
  responses,
  schemas,
  security,
  icon,
  readme,
  copilot,
].flatMap((m) => Object.values(m).filter(isRule));
