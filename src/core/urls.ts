import { memoize } from './memo.js';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Decodes the character references an attacker may use to hide a scheme (`&#106;`, `&#x6A;`, `&colon;`, `&Tab;`). */
function decodeReferences(raw: string): string {
  return raw
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16) || 0xfffd))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(parseInt(dec, 10) || 0xfffd))
    .replace(/&(colon|tab|newline);?/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!);
}

function protocolOf(raw: string, base?: string): string | undefined {
  try {
    return new URL(raw, base).protocol;
  } catch {
    return undefined;
  }
}

/**
 * The one gate every URL from data goes through before it reaches an `href` or a `src`.
 * Allows http, https, mailto, tel and relative URLs (resolved against `base`, the data's own URL);
 * anything else, or anything that only looks allowed once references are decoded, gives `undefined`.
 */
export function safeUrl(raw: unknown, base: string = document.baseURI): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // A web address with its scheme and host reads the same against any base: the base is not parsed again for it (a
  // URL parsed against a base costs the base's parsing too, six times the URL's own), nor part of its cache key.
  return WEB_ADDRESS.test(raw) ? checkedAddress(raw) : checked(`${base}\0${raw}`);
}

const WEB_ADDRESS = /^\s*https?:\/\//i;

/** `safeUrl` of `base\0raw`, once per pair: a card and its JSON-LD check the same links at every render. */
const checked = memoize((key: string): string | undefined => {
  const split = key.indexOf('\0');
  return check(key.slice(split + 1), key.slice(0, split));
});

/** `safeUrl` of a web address, once per text. */
const checkedAddress = memoize((raw: string) => check(raw));

function check(raw: string, base?: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return undefined;
  // Every reference starts with « & »: most URLs have none, and skip the three scans.
  const decoded = trimmed.includes('&') ? decodeReferences(trimmed) : trimmed;
  if (decoded !== trimmed) {
    // A URL that needs decoding to be read is never one we want; keep it only if it stays harmless.
    const hidden = protocolOf(decoded, base);
    if (!hidden || !allowedProtocols.has(hidden)) return undefined;
  }
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}
