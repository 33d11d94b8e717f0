// Message extension commands as Copilot sees them: search (query) commands are the ones it can call.
import { pointer } from '../../../json/pointer.js';
import { asArray, asRecord, type JsonRecord } from '../../../util/values.js';

export interface MeCommand {
  extensionIndex: number;
  commandIndex: number;
  command: JsonRecord;
  extension: JsonRecord;
  /** Pointer of the command object in manifest.json. */
  pointer: string;
}

/** Every command of every compose extension, in manifest order. */
export function meCommands(manifest: unknown): MeCommand[] {
  return asArray(asRecord(manifest)?.composeExtensions).flatMap((raw, i) => {
    const extension = asRecord(raw);
    if (!extension) return [];
    return asArray(extension.commands).flatMap((c, j) => {
      const command = asRecord(c);
      return command ? [{ extensionIndex: i, commandIndex: j, command, extension, pointer: pointer('composeExtensions', i, 'commands', j) }] : [];
    });
  });
}

/** `type` defaults to "query" in the schema; only query commands act as Copilot skills. */
export function isSearchCommand(c: MeCommand): boolean {
  return c.command.type === undefined || c.command.type === 'query';
}

export function searchCommands(manifest: unknown): MeCommand[] {
  return meCommands(manifest).filter(isSearchCommand);
}

/** Lower-cased, whitespace-collapsed text for "is this just the same words" comparisons. */
export function normalized(text: string): string {
  return text.toLowerCase().replace(/[\s_\-.:]+/g, ' ').trim();
}
