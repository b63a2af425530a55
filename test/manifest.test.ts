import { expect } from '@open-wc/testing';
import { tokens } from '../src/core/tokens.js';
import { defineAll, elements } from '../src/define-all.js';

interface Item {
  name: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  default?: string;
  fieldName?: string;
  description?: string;
  type?: { text: string };
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  cssProperties?: Item[];
}

defineAll();

// custom-elements.json (`npm run analyze`, run by `npm test` first) feeds Storybook's docs: the public API only.
describe('custom-elements.json', () => {
  let declarations: Declaration[] = [];
  before(async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  });
  const declarationOf = (tag: string) => declarations.find((declaration) => declaration.tagName === tag)!;

  it('describes every element of the library', () => {
    expect(declarations.map((declaration) => declaration.tagName).sort()).to.deep.equal(Object.keys(elements).sort());
  });

  for (const [tag, constructor] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      it('lists as properties exactly its public reactive properties, without private or protected members', () => {
        const documented = (declarationOf(tag).members ?? []).filter((member) => !member.static).map((member) => member.name);
        const publicProperties = [...constructor.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
        expect(documented.sort()).to.deep.equal(publicProperties.sort());
        expect((declarationOf(tag).members ?? []).filter((member) => member.privacy && member.privacy !== 'public')).to.deep.equal([]);
      });

      it('lists as attributes exactly the attributes it observes', () => {
        const documented = (declarationOf(tag).attributes ?? []).map((attribute) => attribute.name);
        expect(documented.sort()).to.deep.equal([...constructor.observedAttributes].sort());
      });

      it('shows no source code as a default value, and the same default for an attribute as for its property', () => {
        const { members = [], attributes = [] } = declarationOf(tag);
        expect([...members, ...attributes].filter((item) => item.default?.includes('\n')).map((item) => item.name)).to.deep.equal([]);
        for (const attribute of attributes.filter((item) => item.fieldName)) {
          expect(attribute.default, attribute.name).to.equal(members.find((member) => member.name === attribute.fieldName)?.default);
        }
      });

      it('documents as default the value a new element starts with, for each attribute', () => {
        const fresh = document.createElement(tag) as unknown as Record<string, unknown>;
        const literal = (value: unknown) => (typeof value === 'string' ? `'${value}'` : String(value));
        for (const attribute of (declarationOf(tag).attributes ?? []).filter((item) => item.fieldName)) {
          const value = fresh[attribute.fieldName!];
          const documented = attribute.default?.replace(/^"(.*)"$/, "'$1'");
          expect(documented, attribute.name).to.equal(value === undefined ? undefined : literal(value));
        }
      });

      it('documents its events with their detail type, and no event named after a variable', () => {
        const events = declarationOf(tag).events ?? [];
        expect(events.map((event) => event.name)).to.include.members(['irev-load', 'irev-error']);
        for (const event of events) {
          expect(event.name).to.match(/^irev-[a-z]+(-[a-z]+)*$/);
          expect(event.type?.text, event.name).to.match(/^CustomEvent<[A-Z]\w+Detail>$/);
          expect(event.description, event.name).to.be.a('string').and.not.equal('');
        }
      });

      it('lists the element tokens of src/core/tokens.ts as its CSS custom properties', () => {
        const own = tokens.filter((token) => token.elements?.some((element) => element === tag)).map((token) => token.name);
        expect((declarationOf(tag).cssProperties ?? []).map((property) => property.name)).to.deep.equal(own);
      });
    });
  }
});
