// Package paths as the repository names them, whichever way a run spelled them: forward slashes, no leading "./".
export function normalizePackagePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
