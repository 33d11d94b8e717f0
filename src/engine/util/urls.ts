// URL and host checks several rule families share.

/** An absolute http(s) URL; `https` narrows it to https only. */
export function isHttpUrl(v: unknown, https = false): boolean {
  if (typeof v !== 'string') return false;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || (!https && url.protocol === 'http:')) && url.hostname.length > 0;
}

/** The lower-cased host of an absolute URL (no user, no port), or undefined. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : undefined;
}

// RFC 2606 / 6761 reserved names: they can never be a publisher's real site or service.
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|[^.]+\.(example|test|invalid|localhost)|localhost)$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/** Hosts reserved for examples and tests (example.com, *.test, localhost …). */
export function isReservedHost(host: string): boolean {
  return RESERVED_HOST.test(host);
}

/** This machine: localhost, 127.x.x.x, 0.0.0.0, [::1]. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host) || /\.localhost$/i.test(host);
}
