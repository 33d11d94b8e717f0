// RFC 6901 JSON pointers: build, split and resolve.

export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Most names hold neither character: returned as they are, without two regular-expression passes.
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Builds a pointer from path segments: pointer('a', 0, 'b/c') === '/a/0/b~1c'. */
export function pointer(...tokens: Array<string | number>): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

export function parsePointer(p: string): string[] {
  if (p === '') return [];
  const tokens = p.slice(1).split('/');
  // Most pointers have no escape: no replacement is made for them.
  if (p.includes('~')) for (let i = 0; i < tokens.length; i++) tokens[i] = tokens[i].replace(/~1/g, '/').replace(/~0/g, '~');
  return tokens;
}

/** The value at `p` in `root`, or undefined. */
export function resolvePointer(root: unknown, p: string): unknown {
  let node: unknown = root;
  for (const token of parsePointer(p)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (node !== null && typeof node === 'object') {
      node = Object.prototype.hasOwnProperty.call(node, token) ? (node as Record<string, unknown>)[token] : undefined;
    } else return undefined;
  }
  return node;
}
