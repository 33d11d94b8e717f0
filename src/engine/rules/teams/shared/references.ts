// Every file a Teams manifest points at, with the pointer of the value that names it.
import { pointer } from '../../../json/pointer.js';
import { trimEndOf } from '../../../util/text.js';
import { asArray, asRecord, asString } from '../../../util/values.js';
import type { PackageView } from '../../../read/package-view.js';

export interface FileReference {
  /** The path as written in the manifest. */
  path: string;
  /** Pointer into manifest.json of the value naming the file. */
  pointer: string;
  /** What the file is for, used in messages. */
  role: string;
}

export function manifestReferences(manifest: unknown): FileReference[] {
  const m = asRecord(manifest);
  if (!m) return [];
  const refs: FileReference[] = [];
  const add = (value: unknown, role: string, ...at: Array<string | number>) => {
    const path = asString(value);
    if (path && path.trim()) refs.push({ path, pointer: pointer(...at), role });
  };
  const icons = asRecord(m.icons);
  add(icons?.color, 'color icon', 'icons', 'color');
  add(icons?.outline, 'outline icon', 'icons', 'outline');
  add(icons?.color32x32, '32×32 color icon', 'icons', 'color32x32');
  const loc = asRecord(m.localizationInfo);
  add(loc?.defaultLanguageFile, 'default language file', 'localizationInfo', 'defaultLanguageFile');
  asArray(loc?.additionalLanguages).forEach((l, i) =>
    add(asRecord(l)?.file, 'localization file', 'localizationInfo', 'additionalLanguages', i, 'file'),
  );
  const agents = asRecord(m.copilotAgents);
  asArray(agents?.declarativeAgents).forEach((a, i) =>
    add(asRecord(a)?.file, 'declarative agent', 'copilotAgents', 'declarativeAgents', i, 'file'),
  );
  const legacy = asRecord(m.copilotExtensions);
  asArray(legacy?.declarativeCopilots).forEach((a, i) =>
    add(asRecord(a)?.file, 'declarative agent', 'copilotExtensions', 'declarativeCopilots', i, 'file'),
  );
  asArray(legacy?.plugins).forEach((p, i) => add(asRecord(p)?.file, 'API plugin', 'copilotExtensions', 'plugins', i, 'file'));
  asArray(m.composeExtensions).forEach((ce, i) => {
    const c = asRecord(ce);
    add(c?.apiSpecificationFile, 'API specification', 'composeExtensions', i, 'apiSpecificationFile');
    asArray(c?.commands).forEach((cmd, j) =>
      add(
        asRecord(cmd)?.apiResponseRenderingTemplateFile,
        'response rendering template',
        'composeExtensions',
        i,
        'commands',
        j,
        'apiResponseRenderingTemplateFile',
      ),
    );
  });
  asArray(asRecord(m.activities)?.activityIcons).forEach((a, i) =>
    add(asRecord(a)?.iconFile, 'activity icon', 'activities', 'activityIcons', i, 'iconFile'),
  );
  // Further values the schema types as relativePath (files inside the package), in newer versions and devPreview.
  asArray(m.agenticUserTemplates).forEach((t, i) => add(asRecord(t)?.file, 'agentic user template', 'agenticUserTemplates', i, 'file'));
  asArray(m.agentConnectors).forEach((c, i) => {
    const source = asRecord(asRecord(c)?.toolSource);
    add(asRecord(source?.plugin)?.file, 'API plugin', 'agentConnectors', i, 'toolSource', 'plugin', 'file');
    for (const server of ['remoteMcpServer', 'localMcpServer']) {
      const description = asRecord(asRecord(source?.[server])?.mcpToolDescription);
      add(description?.file, 'MCP tool description', 'agentConnectors', i, 'toolSource', server, 'mcpToolDescription', 'file');
    }
  });
  asArray(m.configurableTabs).forEach((t, i) =>
    add(asRecord(t)?.sharePointPreviewImage, 'SharePoint preview image', 'configurableTabs', i, 'sharePointPreviewImage'),
  );
  const meeting = asRecord(m.meetingExtensionDefinition);
  asArray(meeting?.scenes).forEach((s, i) => {
    add(asRecord(s)?.file, 'meeting scene', 'meetingExtensionDefinition', 'scenes', i, 'file');
    add(asRecord(s)?.preview, 'meeting scene preview', 'meetingExtensionDefinition', 'scenes', i, 'preview');
  });
  asArray(meeting?.videoFilters).forEach((f, i) =>
    add(asRecord(f)?.thumbnail, 'video filter thumbnail', 'meetingExtensionDefinition', 'videoFilters', i, 'thumbnail'),
  );
  return refs;
}

export interface SkillFolder {
  index: number;
  /** The folder as written, and where it resolves (undefined when it leaves the package; "" for the root). */
  written: string;
  folder?: string;
  pointer: string;
}

/** agentSkills entries (manifest 1.28): folders, not files, so they are not among manifestReferences. */
export function skillFolders(manifest: unknown): SkillFolder[] {
  return asArray(asRecord(manifest)?.agentSkills).flatMap((s, index) => {
    const written = asString(asRecord(s)?.folder);
    if (!written?.trim()) return [];
    const folder = resolveInPackage('manifest.json', trimEndOf(written, '\\/'));
    return [{ index, written, folder, pointer: pointer('agentSkills', index, 'folder') }];
  });
}

/** Every package file inside a folder ("" is the root); the Agents Toolkit zips a skill's whole folder. */
export function filesInFolder(pkg: Pick<PackageView, 'names'>, folder: string): string[] {
  return folder === '' ? [...pkg.names] : pkg.names.filter((n) => n.startsWith(`${folder}/`));
}

/** Resolves a referenced path against the folder of the file that names it; undefined when it leaves the package. */
export function resolveInPackage(fromFile: string, ref: string): string | undefined {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref) || ref.startsWith('/') || ref.startsWith('\\')) return undefined;
  const base = fromFile.includes('/') ? fromFile.slice(0, fromFile.lastIndexOf('/')).split('/') : [];
  const parts = [...base];
  for (const seg of ref.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}
