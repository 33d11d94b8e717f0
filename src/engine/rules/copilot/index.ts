// Rules for agents and their actions inside Teams apps: message extensions used by Copilot, declarative agents, API
// and MCP plugins, agent connectors and agent skills.
import type { Rule } from '../rule.js';
import {
  daCapabilityInstructions,
  daCapabilityOnce,
  daConversationStarters,
  daFilesPresent,
  daGraphConnectorsOpen,
  daHasAction,
  daInstructionsLength,
  daSchema,
} from './declarative-agent.js';
import {
  pluginAuth,
  pluginConfirmationText,
  pluginConsequential,
  pluginFunctionOperation,
  pluginResponseSemantics,
  pluginSchema,
  pluginServerHttps,
  pluginSpecPresent,
  pluginTemplateFile,
  pluginTextLength,
} from './plugin.js';
import { openApiExternalRefs, openApiParses, openApiValid } from './openapi.js';
import { nameConsistent } from './names.js';
import { localizationTokens } from './localization.js';
import {
  meCommandDescription,
  meInitialRun,
  meParameterCount,
  meParameterDescription,
  meSamplePrompts,
  meSearchCommand,
  meSemanticDescription,
} from './message-extension.js';
import { textSteering, textSuperlatives, textUrlsEmoji } from './text-quality.js';
import { cardMetadataUrl, longDescriptionCopilot } from './listing.js';
import { apiMeAuth, apiMeCardVersion, apiMeCommandOperation, apiMeFiles, apiMeOpenApiSubset } from './api-message-extension.js';
import { mcpToolDescriptionFile, pluginFunctionMcpTool, pluginMcpRuntime } from './mcp.js';
import { pluginFunctionRuntime } from './plugin-functions.js';
import { schemaUrlVersion } from './schema-urls.js';
import { serverUrlReachable } from './server-urls.js';
import { agentConnectorIdUnique } from './agent-connectors.js';
import { agentSkillFolder, agentSkillMetadata } from './agent-skills.js';

export const copilotRules: readonly Rule[] = [
  // message extensions as Copilot plugins (policy 1140.9)
  meSearchCommand,
  meCommandDescription,
  meParameterDescription,
  meSemanticDescription,
  meSamplePrompts,
  meParameterCount,
  meInitialRun,
  // text Copilot reads, the listing and response cards (policy 1140.9)
  textSteering,
  textUrlsEmoji,
  textSuperlatives,
  longDescriptionCopilot,
  cardMetadataUrl,
  // API-based message extensions
  apiMeFiles,
  apiMeCommandOperation,
  apiMeOpenApiSubset,
  apiMeAuth,
  apiMeCardVersion,
  // declarative agents
  daSchema,
  daInstructionsLength,
  daConversationStarters,
  daFilesPresent,
  daCapabilityOnce,
  daGraphConnectorsOpen,
  daCapabilityInstructions,
  daHasAction,
  nameConsistent,
  localizationTokens,
  // API plugins and their OpenAPI documents
  pluginSchema,
  pluginTextLength,
  pluginSpecPresent,
  pluginFunctionOperation,
  pluginResponseSemantics,
  pluginTemplateFile,
  pluginConsequential,
  pluginConfirmationText,
  pluginServerHttps,
  pluginAuth,
  pluginFunctionRuntime,
  schemaUrlVersion,
  openApiParses,
  openApiValid,
  openApiExternalRefs,
  serverUrlReachable,
  // MCP servers: plugin runtimes (v2.4) and agent connectors (manifest 1.27+)
  pluginMcpRuntime,
  mcpToolDescriptionFile,
  pluginFunctionMcpTool,
  agentConnectorIdUnique,
  // agent skills (manifest 1.28+)
  agentSkillFolder,
  agentSkillMetadata,
];
