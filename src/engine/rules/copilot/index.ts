// Rules for Copilot extensions inside Teams apps: message extensions as plugins, declarative agents, API plugins.
import type { Rule } from '../rule.js';

export const copilotRules: readonly Rule[] = [];
