// How a connector authenticates, from both files: swagger securityDefinitions and apiProperties connection parameters.
import { asRecord, asString, type JsonRecord } from '../../../util/values.js';
import type { Connector } from './connector.js';

export interface OAuthParameter {
  key: string;
  pointer: string;
  value: JsonRecord;
  settings: JsonRecord | undefined;
}

/** Connection parameters of type oauthSetting, including those inside connectionParameterSets. */
export function oauthParameters(c: Connector): OAuthParameter[] {
  const out: OAuthParameter[] = [];
  const collect = (params: unknown, at: string) => {
    for (const [key, raw] of Object.entries(asRecord(params) ?? {})) {
      const value = asRecord(raw);
      if (value && asString(value.type)?.toLowerCase() === 'oauthsetting') {
        out.push({ key, pointer: `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, value, settings: asRecord(value.oAuthSettings) });
      }
    }
  };
  collect(c.properties?.connectionParameters, '/properties/connectionParameters');
  const sets = asRecord(c.properties?.connectionParameterSets);
  (Array.isArray(sets?.values) ? sets.values : []).forEach((set, i) => {
    collect(asRecord(set)?.parameters, `/properties/connectionParameterSets/values/${i}/parameters`);
  });
  return out;
}

export function usesOAuth(c: Connector): boolean {
  const defs = asRecord(c.swagger?.securityDefinitions) ?? {};
  return Object.values(defs).some((d) => asRecord(d)?.type === 'oauth2') || oauthParameters(c).length > 0;
}
