import type { IrevEvent } from '../schemas/event.js';
import { publishedJoinUrl } from './event-status.js';
import { safeUrl } from './urls.js';

const SCHEMA = 'https://schema.org/';

/**
 * A schema.org `Event` for search engines. URLs go through `safeUrl` against `base`, the data's URL;
 * `registration` is the already-resolved link of the « S'inscrire » action. The link to join online is published
 * as the card publishes it, at the widget's present `now`: on the event's days only.
 */
export function eventJsonLd(event: IrevEvent, base: string, registration?: string, now = new Date()): Record<string, unknown> {
  const { place, online, organiser } = event;
  const locations = [
    place && {
      '@type': 'Place',
      name: place.name,
      address: {
        '@type': 'PostalAddress',
        streetAddress: place.address,
        postalCode: place.postalCode,
        addressLocality: place.city,
        addressCountry: 'FR',
      },
    },
    online && { '@type': 'VirtualLocation', url: publishedJoinUrl(event, now, base) },
  ].filter(Boolean);
  const mode = place && online ? 'Mixed' : online ? 'Online' : place ? 'Offline' : '';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    startDate: event.start,
    endDate: event.end,
    description: event.description,
    url: safeUrl(event.url, base),
    eventStatus: `${SCHEMA}${event.cancelled ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: mode ? `${SCHEMA}${mode}EventAttendanceMode` : undefined,
    location: locations.length > 1 ? locations : locations[0],
    organizer: organiser && { '@type': 'Organization', name: organiser.name, url: safeUrl(organiser.url, base) },
    audience: event.audience && { '@type': 'Audience', audienceType: event.audience },
    offers: registration && {
      '@type': 'Offer',
      url: registration,
      availability: `${SCHEMA}${event.registration?.seatsLeft === 0 ? 'SoldOut' : 'InStock'}`,
      validFrom: event.registration?.opens,
    },
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped, so no data can close the script or open a comment. */
export function jsonLdText(items: readonly object[]): string {
  return JSON.stringify(items.length === 1 ? items[0] : items).replace(/</g, '\\u003c');
}

interface ScriptPolicy {
  createScript(text: string): string;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Keeps the JSON-LD of `host` in one `<script type="application/ld+json">` child of its light DOM,
 * where search engines read it; removes it when there is nothing to describe.
 */
export function writeJsonLd(host: HTMLElement, items: readonly object[]): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-irev-jsonld]');
  if (items.length === 0) return script?.remove();
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.irevJsonld = '';
    host.append(script);
  }
  if (policy === undefined) {
    // Under Trusted Types a script's text needs a policy; a page that does not allow ours still gets the data.
    try {
      policy = (window as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes?.createPolicy(
        'irev-jsonld',
        { createScript: (text) => text },
      );
    } catch {
      policy = null;
    }
    policy ??= null;
  }
  const text = jsonLdText(items);
  if (policy) script.text = policy.createScript(text);
  else script.replaceChildren(text);
}
