// Telling a typo in the configuration from a rule of a family this run did not load (no family is loaded to check).
import { expect, it } from 'vitest';
import { loadRulesFor, ruleExists } from '../../src/engine/index.js';

it('knows package and route rules always, and a family\'s rules once it is loaded', async () => {
  expect(await ruleExists('package.zip-corrupt')).toBe(true);
  expect(await ruleExists('route.standalone-graph-connector')).toBe(true);
  expect(await ruleExists('package.nope')).toBe(false);
  expect(await ruleExists('eslint.no-undef')).toBe(false);
  expect(await ruleExists('powerplatform.response-schema')).toBeUndefined();
  expect(await ruleExists('powerplatform.respons-schema')).toBeUndefined();
  await loadRulesFor(['power-platform-connector']);
  expect(await ruleExists('powerplatform.response-schema')).toBe(true);
  expect(await ruleExists('powerplatform.respons-schema')).toBe(false);
  // A Teams run loads only the Graph rules that read a Teams app: other graph.* ids cannot be told apart yet.
  expect(await ruleExists('graph.anything')).toBeUndefined();
});
