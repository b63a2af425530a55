/** The part of the Trusted Types API used here (not in TypeScript's DOM library yet). */
interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createHTML: (source: string) => string }): { createHTML(source: string): unknown };
}

let policy: { createHTML(source: string): unknown } | null | undefined;
let parser: DOMParser | undefined;

/**
 * Under Trusted Types, DOMParser only takes TrustedHTML. This policy (`irev-widgets`, to allow in the host's
 * `trusted-types` directive) passes text through unchanged, and is used for nothing but {@link parseInert}:
 * what it makes lands in a detached document, never in the page.
 */
function trusted(source: string): string {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
    try {
      policy = factory?.createPolicy('irev-widgets', { createHTML: (text) => text }) ?? null;
    } catch {
      // The host does not allow the policy, or another copy of the library made it: parsing then reports a violation.
      policy = null;
    }
  }
  return (policy ? policy.createHTML(source) : source) as string;
}

/**
 * Parses HTML or XML from data into an inert document: it has no browsing context, so nothing in it runs,
 * loads or reaches the page (scripts stay text, images are never requested).
 */
export function parseInert(source: string, type: DOMParserSupportedType): Document {
  parser ??= new DOMParser();
  return parser.parseFromString(trusted(source), type);
}
