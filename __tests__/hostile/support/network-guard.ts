// Makes any attempt to reach the network throw, and records it, so a test can assert that nothing
// (an OpenAPI $ref resolver, a schema loader, an image library) ever tried.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

export interface NetworkGuard {
  /** What was attempted, in order ("fetch https://…", "net.connect …"). */
  readonly attempts: string[];
  restore(): void;
}

type Patch = [object, string];

export function guardNetwork(): NetworkGuard {
  const attempts: string[] = [];
  const saved: Array<[object, string, unknown]> = [];
  const deny = (label: string) =>
    function denied(...args: unknown[]): never {
      const target = args[0];
      // Only where it went: request options can hold an Authorization header, which must not reach any output.
      const shown = typeof target === 'string' || target instanceof URL ? String(target).replace(/\/\/[^@/]*@/, '//') : describeTarget(target);
      attempts.push(`${label} ${shown}`);
      throw new Error(`network access attempted in a test: ${label} ${shown}`);
    };
  const patches: Patch[] = [
    [globalThis, 'fetch'],
    [http, 'request'],
    [http, 'get'],
    [https, 'request'],
    [https, 'get'],
    [net, 'connect'],
    [net, 'createConnection'],
    [net.Socket.prototype, 'connect'],
    [tls, 'connect'],
    [dns, 'lookup'],
    [dns.promises, 'lookup'],
  ];
  for (const [obj, key] of patches) {
    const record = obj as Record<string, unknown>;
    saved.push([obj, key, record[key]]);
    const label = obj === globalThis ? key : `${labelOf(obj)}.${key}`;
    const denied = deny(label);
    // fetch reports failure through its promise, as the real one does; the others throw like a refused socket.
    record[key] = obj === globalThis ? (...args: unknown[]) => new Promise((_, reject) => reject(catchError(() => denied(...args)))) : denied;
  }
  // ESM named imports of built-ins (import { request } from 'node:http') see the patched functions only after this.
  syncBuiltinESMExports();
  return {
    attempts,
    restore() {
      for (const [obj, key, value] of saved) (obj as Record<string, unknown>)[key] = value;
      syncBuiltinESMExports();
    },
  };
}

function describeTarget(target: unknown): string {
  if (typeof target === 'number') return `port ${target}`;
  if (target === null || typeof target !== 'object') return typeof target;
  const t = target as Record<string, unknown>;
  return [t.protocol, t.hostname ?? t.host, t.port, t.path].filter((v) => typeof v === 'string' || typeof v === 'number').join(' ');
}

function catchError(fn: () => never): unknown {
  try {
    return fn();
  } catch (e) {
    return e;
  }
}

function labelOf(obj: object): string {
  if (obj === http) return 'http';
  if (obj === https) return 'https';
  if (obj === net) return 'net';
  if (obj === net.Socket.prototype) return 'net.Socket';
  if (obj === tls) return 'tls';
  if (obj === dns) return 'dns';
  return 'dns.promises';
}
