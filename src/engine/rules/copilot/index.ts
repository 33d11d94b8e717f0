// Rules for Copilot extensions inside Teams apps: message extensions as plugins, declarative agents, API plugins.
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
  openApiParses,
  openApiValid,
  openApiExternalRefs,
];
