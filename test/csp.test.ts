import { expect } from '@open-wc/testing';

async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the script-tag bundle under a strict Content Security Policy and Trusted Types', () => {
  it('renders every widget with no violation reported', async () => {
    const frame = await openFrame('/test/csp/strict.html');
    const win = frame.contentWindow as Window & { __violations: string[] };
    const doc = frame.contentDocument!;
    const widgets = () => [...doc.querySelectorAll('*')].filter((node) => node.localName.startsWith('irev-'));
    const start = performance.now();
    while (widgets().length < 2 || !widgets().every((widget) => widget.matches(':state(ready)'))) {
      if (performance.now() - start > 6000)
        throw new Error(
          `widgets not ready: ${widgets()
            .map((w) => w.localName)
            .join(', ')}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(win.__violations).to.deep.equal([]);
    // The event widgets wrote their schema.org JSON-LD through their Trusted Types policy.
    const jsonLd = doc.querySelector('irev-event-card > script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd!.textContent!)['@type']).to.equal('Event');
    expect(widgets()[0].shadowRoot!.textContent).to.contain('21 cités éducatives');
    frame.remove();
  });
});
