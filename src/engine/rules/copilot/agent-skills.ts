// agentSkills (app manifest 1.28 and later): folders of the package that follow the Agent Skills open standard,
// each with a SKILL.md whose YAML front matter names and describes the skill.
import { defineRule, BOTH, type RuleContext } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { yamlLibrary } from '../../openapi/yaml-library.js';
import { asRecord } from '../../util/values.js';
import { filesInFolder, skillFolders, type SkillFolder } from '../teams/shared/references.js';
import { charCount, quote } from './shared/drafts.js';
import { MANIFEST } from './shared/files.js';

export const SKILL_FILE = 'SKILL.md';
// Front matter is a few lines; a bound keeps a hostile file from feeding the YAML parser megabytes.
const MAX_FRONT_MATTER_CHARS = 16 * 1024;
const NAME_MAX = 64;
const DESCRIPTION_MAX = 1024;
const COMPATIBILITY_MAX = 500;
const NAME_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function skillsOf(ctx: RuleContext): SkillFolder[] {
  return skillFolders(ctx.manifest?.value);
}

export const agentSkillFolder = defineRule({
  id: 'copilot.agent-skill-folder',
  title: 'Every agent skill folder is in the package and holds a SKILL.md',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentSkillsSchema,
  description:
    'Each agentSkills entry names a folder inside the app package that contains a SKILL.md file (manifest schema 1.28). The service rejects a skill folder without one ("InvalidAgentSkill: SKILL.md file not found in skill directory", Agents Toolkit issue #16151), ' +
    'and file names are case-sensitive. A folder must be a subfolder: the package root is the app itself.',
  *check(ctx) {
    for (const s of skillsOf(ctx)) {
      if (s.folder === undefined) {
        yield { file: MANIFEST, pointer: s.pointer, message: `The skill folder "${s.written}" is outside the package; use a path relative to manifest.json.` };
      } else if (s.folder === '') {
        yield { file: MANIFEST, pointer: s.pointer, message: `The skill folder "${s.written}" is the package root; put each skill in its own folder.` };
      } else if (!ctx.pkg.has(`${s.folder}/${SKILL_FILE}`)) {
        const near = ctx.pkg.findName(`${s.folder}/${SKILL_FILE}`);
        const empty = filesInFolder(ctx.pkg, s.folder).length === 0;
        yield {
          file: MANIFEST,
          pointer: s.pointer,
          message: near
            ? `The skill folder "${s.written}" has "${near}", but the file must be named exactly ${SKILL_FILE}.`
            : empty
              ? `The skill folder "${s.written}" is not in the package.`
              : `The skill folder "${s.written}" has no ${SKILL_FILE}.`,
        };
      }
    }
  },
});

/** The YAML front matter of a SKILL.md: its text and the line it starts on, or why there is none. */
function frontMatter(text: string): { yaml: string; firstLine: number } | { missing: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') return { missing: `${SKILL_FILE} does not start with YAML front matter ("---" on the first line)` };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return { missing: `${SKILL_FILE}'s front matter is never closed with "---"` };
  return { yaml: lines.slice(1, end).join('\n'), firstLine: 2 };
}

export const agentSkillMetadata = defineRule({
  id: 'copilot.agent-skill-metadata',
  title: 'SKILL.md front matter names and describes the skill',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentSkillsSpecification,
  description:
    'agentSkills follow the Agent Skills open standard (manifest schema 1.28): SKILL.md opens with YAML front matter holding `name` and `description`, which is all an agent reads to decide whether to load the skill, so a missing one is an error. ' +
    'The standard also limits name to 64 lower-case letters, digits and single hyphens matching the folder name, description to 1,024 characters and compatibility to 500; those are warnings, because what Microsoft\'s validation enforces beyond the schema is not documented.',
  *check(ctx) {
    for (const s of skillsOf(ctx)) {
      if (!s.folder) continue;
      const file = `${s.folder}/${SKILL_FILE}`;
      const text = ctx.pkg.text(file);
      if (text === undefined) continue; // copilot.agent-skill-folder
      const fm = frontMatter(text);
      if ('missing' in fm) {
        yield { file, line: 1, column: 1, message: `${fm.missing}; give the skill a name and a description there.` };
        continue;
      }
      const lineOf = (key: string) => {
        const i = fm.yaml.split('\n').findIndex((l) => l.startsWith(`${key}:`));
        return { line: i < 0 ? 1 : fm.firstLine + i, column: 1 };
      };
      if (fm.yaml.length > MAX_FRONT_MATTER_CHARS) {
        yield { file, line: 1, column: 1, message: `${SKILL_FILE}'s front matter is ${fm.yaml.length} characters; it holds a name and a short description, not content (at most ${MAX_FRONT_MATTER_CHARS} characters are read).` };
        continue;
      }
      const doc = yamlLibrary().parseDocument(fm.yaml, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors.length > 0) {
        yield { file, line: fm.firstLine, column: 1, message: `${SKILL_FILE}'s front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}.` };
        continue;
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch {
        value = undefined;
      }
      const meta = asRecord(value);
      const name = meta?.name;
      const description = meta?.description;
      if (typeof name !== 'string' || !name.trim()) yield { file, ...lineOf('name'), message: `${SKILL_FILE}'s front matter has no "name"; the Agent Skills standard requires it.` };
      else {
        const folderName = s.folder.split('/').pop() ?? '';
        if (charCount(name) > NAME_MAX || !NAME_FORM.test(name)) {
          yield { file, ...lineOf('name'), severity: 'warning', message: `The skill name ${quote(name)} must be 1-${NAME_MAX} lower-case letters, digits and single hyphens, not starting or ending with a hyphen.` };
        } else if (name !== folderName) {
          yield { file, ...lineOf('name'), severity: 'warning', message: `The skill name ${quote(name)} does not match its folder name ${quote(folderName)}; the Agent Skills standard requires them to be the same.` };
        }
      }
      if (typeof description !== 'string' || !description.trim()) yield { file, ...lineOf('description'), message: `${SKILL_FILE}'s front matter has no "description"; say what the skill does and when to use it.` };
      else if (charCount(description) > DESCRIPTION_MAX) {
        yield { file, ...lineOf('description'), severity: 'warning', message: `The skill description is ${charCount(description)} characters; the Agent Skills standard allows ${DESCRIPTION_MAX}.` };
      }
      const compatibility = meta?.compatibility;
      if (typeof compatibility === 'string' && charCount(compatibility) > COMPATIBILITY_MAX) {
        yield { file, ...lineOf('compatibility'), severity: 'warning', message: `"compatibility" is ${charCount(compatibility)} characters; the Agent Skills standard allows ${COMPATIBILITY_MAX}.` };
      }
    }
  },
});
