// Scenarios run in the page by bench/run.mjs: each returns milliseconds for one sample.
// They use the built dist/irev-widgets.js (production Lit), as a site would.

const stage = document.getElementById('stage');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits until a widget reaches :state(ready), then forces layout so that rendering is counted. */
async function ready(element) {
  while (!element.matches(':state(ready)')) await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
  void stage.offsetHeight;
}

export function cites(count) {
  const departements = ['02', '59', '60', '62', '80'];
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    name: `Cité éducative ${i}`,
    departement: departements[i % 5],
    communes: [`Commune ${i}`, `Ville ${i % 97}`],
    status: i % 3 ? 'labellisee' : 'en-labellisation',
    year: 2019,
  }));
}

/** One keystroke in the search field of <irev-cites-list> over `count` cités: input to painted list. */
export async function citesKeystroke(count, keys) {
  stage.replaceChildren();
  const element = document.createElement('irev-cites-list');
  element.search = true;
  element.data = { cites: cites(count) };
  stage.append(element);
  await ready(element);
  const input = element.shadowRoot.querySelector('#search');
  const samples = [];
  for (const value of keys) {
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    void stage.offsetHeight;
    samples.push(performance.now() - start);
    await frame();
  }
  return samples;
}

/** The same keystroke, hand-written: filter prepared strings and rebuild the list with DOM calls. */
export async function vanillaKeystroke(count, keys) {
  stage.replaceChildren();
  const data = cites(count).map((cite) => ({ cite, key: `${cite.name} ${cite.communes.join(' ')}`.toLowerCase() }));
  const host = document.createElement('div');
  const input = document.createElement('input');
  const list = document.createElement('ul');
  host.append(input, list);
  stage.append(host);
  const render = (query) => {
    const items = data.filter((entry) => entry.key.includes(query)).slice(0, 60);
    list.replaceChildren(
      ...items.map(({ cite }) => {
        const li = document.createElement('li');
        const name = document.createElement('div');
        name.textContent = cite.name;
        const communes = document.createElement('p');
        communes.textContent = cite.communes.join(', ');
        const badge = document.createElement('span');
        badge.textContent = cite.status === 'labellisee' ? `Labellisée en ${cite.year}` : 'En cours de labellisation';
        li.append(name, communes, badge);
        return li;
      }),
    );
  };
  render('');
  const samples = [];
  for (const value of keys) {
    const start = performance.now();
    input.value = value;
    render(value.toLowerCase());
    void stage.offsetHeight;
    samples.push(performance.now() - start);
    await frame();
  }
  return samples;
}

/** First render of <irev-cites-list> with `count` cités (60 shown), from connection to painted. */
export async function citesFirstRender(count) {
  stage.replaceChildren();
  const data = { cites: cites(count) };
  const start = performance.now();
  const element = document.createElement('irev-cites-list');
  element.data = data;
  stage.append(element);
  await ready(element);
  return performance.now() - start;
}

export function news(count) {
  const start = Date.UTC(2021, 2, 1);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    title: `Actualité ${i} des Cités éducatives`,
    url: `https://www.irev.fr/actualites/${i}`,
    published: new Date(start - i * 3_600_000).toISOString(),
    type: "Actu de l'IREV",
    themes: ['Education', 'Politique de la ville - DSU'],
    summary: `Résumé de l'actualité ${i}, en quelques mots.`,
  }));
}

/** First render of <irev-news-feed> with `count` items in the data and `shown` shown. */
export async function newsFirstRender(count, shown) {
  stage.replaceChildren();
  const data = { news: news(count) };
  const start = performance.now();
  const element = document.createElement('irev-news-feed');
  element.limit = shown;
  element.data = data;
  stage.append(element);
  await ready(element);
  return performance.now() - start;
}

const day = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: 'numeric', month: 'long', year: 'numeric' });

/** The same items, hand-written: sorted newest first, one article each with the same parts, in a shadow root. */
export async function vanillaNews(count) {
  stage.replaceChildren();
  const items = news(count);
  const start = performance.now();
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const sorted = [...items].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  for (const item of sorted) {
    const article = document.createElement('article');
    const title = document.createElement('div');
    title.setAttribute('role', 'heading');
    title.setAttribute('aria-level', '2');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.title;
    title.append(link);
    const meta = document.createElement('p');
    const type = document.createElement('span');
    type.textContent = item.type;
    const time = document.createElement('time');
    time.dateTime = item.published;
    time.textContent = day.format(new Date(item.published));
    meta.append(type, ' Publié le ', time);
    const summary = document.createElement('p');
    summary.textContent = item.summary;
    const themes = document.createElement('ul');
    for (const theme of item.themes) {
      const li = document.createElement('li');
      li.textContent = theme;
      themes.append(li);
    }
    article.append(title, meta, summary, themes);
    root.append(article);
  }
  stage.append(host);
  void stage.offsetHeight;
  return performance.now() - start;
}

window.scenarios = { citesKeystroke, vanillaKeystroke, citesFirstRender, newsFirstRender, vanillaNews };
window.benchReady = true;
