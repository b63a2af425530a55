import { expect } from '@open-wc/testing';

/** A widget's markup as a pasted snippet gives it: its tag and its attributes, in any order. */
const markupOf = (element: Element) =>
  `<${element.localName} ${element
    .getAttributeNames()
    .sort()
    .map((name) => `${name}="${element.getAttribute(name)}"`)
    .join(' ')}>`;

const widgetsIn = (root: ParentNode) =>
  [...root.querySelectorAll('*')].filter((node) => node.localName.startsWith('irev-') || node.hasAttribute('data-irev-widget'));

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('the README and demo snippets', () => {
  it("are what the demo renders: each demo snippet is the widget below it, each README snippet on the demo's data one of them", async () => {
    const demo = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    const rendered: string[] = [];
    for (const code of demo.querySelectorAll('pre > code')) {
      const [snippet] = widgetsIn(parse(code.textContent!));
      const live = code.parentElement!.nextElementSibling!;
      expect(markupOf(snippet), 'a demo snippet differs from the widget it shows').to.equal(markupOf(live));
      rendered.push(markupOf(live));
    }
    expect(rendered.length).to.be.greaterThan(8);

    const readme = await (await fetch('/README.md')).text();
    const blocks = [...readme.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]);
    const onDemoData = blocks
      .flatMap((block) => widgetsIn(parse(block)))
      .filter((element) => /^data\//.test(element.getAttribute('src') ?? element.getAttribute('data-src') ?? ''));
    expect(onDemoData.length).to.be.greaterThan(5);
    for (const element of onDemoData)
      expect(rendered, 'a README snippet on data/… that the demo does not render').to.include(markupOf(element));
  });
});
