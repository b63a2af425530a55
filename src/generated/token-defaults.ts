// Do not modify this file by hand: `npm run tokens` writes it from src/core/tokens.ts (its hostRules(), built here from
// one entry per token: `name=value`, `name=light/dark` for a colour pair, `name=@token` for the token it follows).

const defaults = 'font-family=inherit font-size=1rem rem=1rem color-text=#161616/#ececec color-heading=inherit color-muted=#4a4a4a/#b4b4b4 color-muted-surface=#eeeeee/#3a3a3a color-accent=#00558c/#8cc8ff color-accent-contrast=#ffffff/#0b1724 color-link=@color-accent color-surface=#ffffff/#1f2023 color-border=#c9c9c9/#55585e color-input-border=#6a6a6a/#8e9299 color-focus=#0a76f6/#6cb2ff focus-width=3px color-danger=#b3261e/#ffb4ab color-danger-surface=#fdecea/#4d1714 color-success=#0f5c2e/#8fdba8 color-success-surface=#e3f4e8/#123a22 color-warning=#7a4100/#ffc47a color-warning-surface=#fff4e5/#41290a radius=0.5rem space=1rem cites-list-accent=@color-accent cites-list-card-background=@color-surface cites-list-group-color=@color-heading event-card-accent=@color-accent event-card-background=@color-surface events-gap=@space news-feed-accent=@color-accent news-feed-card-background=@color-surface news-feed-image-width=10rem'.split(' ').map((line) => line.split('='));

/** A token resolved into its private property, with its default. */
const declare = (name: string, value: string) => `--_irev-${name}: var(--irev-${name}, ${value});`;

/** Every token resolved once into its private property: the `:host` rules of the base styles. */
export const tokenRules = `:host { color-scheme: var(--irev-color-scheme); ${defaults
  .map(([name, value]) => declare(name, value[0] === '@' ? `var(--_irev-${value.slice(1)})` : value.split('/')[0]))
  .join(' ')} } @supports (color: light-dark(#000, #fff)) { :host { ${defaults
  .filter(([, value]) => value.includes('/'))
  .map(([name, value]) => declare(name, `light-dark(${value.replace('/', ', ')})`))
  .join(' ')} } }`;
