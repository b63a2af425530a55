import { expect, waitUntil } from '@open-wc/testing';
import { openFrame, widgetsReady } from './shared/helpers.js';

describe('the script-tag bundle under a strict Content Security Policy and Trusted Types', () => {
  it('renders every widget with no violation reported', async () => {
    const frame = await openFrame('/test/csp/strict.html');
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    const widgets = await widgetsReady(frame, 6);
    // The event widgets wrote their schema.org JSON-LD through their Trusted Types policy.
    await waitUntil(() => doc.querySelector('irev-event-card > script[type="application/ld+json"]'), 'no JSON-LD written');
    const jsonLd = doc.querySelector('irev-event-card > script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd!.textContent!)['@type']).to.equal('Event');
    expect(win.__violations).to.deep.equal([]);
    expect(widgets[0].shadowRoot!.textContent).to.contain('21 cités éducatives');
    frame.remove();
  });
});
