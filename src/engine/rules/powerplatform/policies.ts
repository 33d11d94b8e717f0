// Policy templates and custom-code bindings in apiProperties.json.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { connectorOf, withProperties } from './shared/connector.js';
import { operationsOf } from './shared/operations.js';
import { quote } from './shared/text.js';

const P = 'x-ms-apimTemplateParameter.';
/** Required parameters of each template, from the repository's paconn-apiProperties schema. */
export const POLICY_TEMPLATES: Record<string, readonly string[]> = {
  convertarraytoobject: ['propertyParentPath', 'keyWithinCollectionPath', 'newPropertyPath'],
  convertobjecttoarray: ['propertyParentPath', 'newPropertyPath'],
  dynamichosturl: ['urlTemplate'],
  encodepropertyvalue: ['propertyParentPath', 'newPropertyPath'],
  pollingtrigger: ['triggerConfig', 'triggerDataPath'],
  routerequesttoendpoint: ['newPath'],
  setheader: ['name', 'value'],
  setproperty: ['newPropertyParentPathTemplate', 'newPropertySubPathTemplate', 'propertyValuePathTemplate'],
  setqueryparameter: ['name', 'value'],
  setvaluefromurl: ['parameterTemplate', 'parameterValueUrl', 'parameterValuePathTemplate'],
  stringreplace: ['propertyParentPath', 'sourceString', 'replacementString', 'newPropertyPath'],
  stringtoarray: ['propertyParentPath', 'delimiterList', 'childPropertyName', 'newPropertyPath'],
  updatenextlink: ['nextLinkPropertyName'],
};

export const policyTemplates = defineRule({
  id: 'powerplatform.policy-templates',
  title: 'Policy templates are known, complete and bound to existing operations',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorPolicyTemplates,
  description:
    'Each policyTemplateInstances entry names a known templateId with the x-ms-apimTemplateParameter.* values that template requires (repository schema); ' +
    'operation names in x-ms-apimTemplate-operationName must be operationIds of the definition, or the policy silently applies to nothing (a warning).',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c || c.properties.policyTemplateInstances === undefined) return;
    const list = c.properties.policyTemplateInstances;
    if (!Array.isArray(list)) {
      yield { file: c.propsFile, pointer: '/properties/policyTemplateInstances', message: 'policyTemplateInstances must be an array.' };
      return;
    }
    const ids = new Set(connectorOf(pkg).swagger ? operationsOf(connectorOf(pkg).swagger!).map((o) => o.operationId) : []);
    for (const [i, raw] of list.entries()) {
      const at = `/properties/policyTemplateInstances/${i}`;
      const inst = asRecord(raw);
      const id = asString(inst?.templateId);
      const required = id ? POLICY_TEMPLATES[id.toLowerCase()] : undefined;
      if (!required) {
        yield { file: c.propsFile, pointer: `${at}/templateId`, message: `templateId ${quote(String(id))} is not a known policy template (${Object.keys(POLICY_TEMPLATES).join(', ')}).` };
        continue;
      }
      const params = asRecord(inst?.parameters) ?? {};
      const missing = required.filter((r) => params[P + r] === undefined);
      if (missing.length) yield { file: c.propsFile, pointer: `${at}/parameters`, message: `The ${id} policy lacks ${missing.map((m) => P + m).join(', ')}.` };
      if (ids.size === 0) continue;
      for (const [j, name] of asArray(params['x-ms-apimTemplate-operationName']).entries()) {
        if (typeof name === 'string' && !ids.has(name)) {
          yield { file: c.propsFile, pointer: `${at}/parameters/x-ms-apimTemplate-operationName/${j}`, severity: 'warning', message: `The ${id} policy names operation ${quote(name)}, which the definition does not have.` };
        }
      }
    }
  },
});

export const scriptOperations = defineRule({
  id: 'powerplatform.script-operations',
  title: 'scriptOperations name existing operations, and go with a script.csx',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorWriteCode,
  description:
    'scriptOperations lists the operationIds the custom code handles. A name the definition lacks, or script operations without a script file (or a script no operation uses), ' +
    'means code that never runs. Not in the repository schema; inferred from how 59 repository connectors use it, hence a warning.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    const list = c.properties?.scriptOperations;
    if (!c.propsFile) return;
    if (list !== undefined && !Array.isArray(list)) {
      yield { file: c.propsFile, pointer: '/properties/scriptOperations', message: 'scriptOperations must be an array of operationIds.' };
      return;
    }
    const names = asArray(list);
    if (names.length && c.files.scripts.length === 0) {
      yield { file: c.propsFile, pointer: '/properties/scriptOperations', message: 'scriptOperations lists operations but the folder has no script.csx.' };
    }
    if (c.swagger) {
      const ids = new Set(operationsOf(c.swagger).map((o) => o.operationId));
      for (const [i, n] of names.entries()) {
        if (typeof n !== 'string' || !ids.has(n)) {
          yield { file: c.propsFile, pointer: `/properties/scriptOperations/${i}`, message: `scriptOperations names ${quote(String(n))}, which is not an operationId of the definition.` };
        }
      }
    }
  },
});
