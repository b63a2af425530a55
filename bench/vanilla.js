// The hand-written baseline of the fresh-page benchmark: the same JSON, fetched the same way, shown as the same
// visible content with createElement/textContent in a shadow root, dates through Intl formatters made once.
const mount = document.getElementById('widget');
const { kind, src } = mount.dataset;
const root = mount.attachShadow({ mode: 'open' });
const paris = { timeZone: 'Europe/Paris' };
const dayFormat = new Intl.DateTimeFormat('fr-FR', { ...paris, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat('fr-FR', { ...paris, hour: 'numeric', minute: '2-digit' });
const shortDay = new Intl.DateTimeFormat('fr-FR', { ...paris, day: 'numeric', month: 'long', year: 'numeric' });

function el(tag, text, attributes) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (attributes) for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

const time = (date) =>
  timeFormat
    .format(date)
    .replace(':', ' h ')
    .replace(/ h 00$/, ' h');

function eventCard(event, now) {
  const start = new Date(event.start);
  const end = event.end ? new Date(event.end) : undefined;
  const article = el('article', undefined, { part: 'card', class: 'card' });
  const title = el('div', undefined, { role: 'heading', 'aria-level': '2', part: 'title' });
  title.append(el('a', event.title, { href: event.url }));
  const meta = el('p', undefined, { class: 'meta' });
  meta.append(
    el('time', `${dayFormat.format(start)} · ${time(start)}${end ? ` – ${time(end)}` : ''}`, { datetime: event.start }),
    el('span', now < start ? 'À venir' : end && now < end ? 'En cours' : 'Terminé', { part: 'badge' }),
  );
  const details = el('dl', undefined, { part: 'details' });
  const place = event.place;
  const objectives = el('ul');
  for (const objective of event.objectives ?? []) objectives.append(el('li', objective));
  const organiser = el('a', event.organiser?.name, { href: event.organiser?.url });
  for (const [label, value] of [
    ['Lieu', place && [place.name, place.address, `${place.postalCode} ${place.city}`].join(', ')],
    ['Public', event.audience],
    ['Objectifs', objectives],
    ['Organisé par', organiser],
  ]) {
    const dd = el('dd');
    dd.append(value);
    details.append(el('dt', label), dd);
  }
  const actions = el('div', undefined, { part: 'actions' });
  const register = el('a', "S'inscrire", { href: event.registration?.url, part: 'register' });
  const calendar = el('details', undefined, { part: 'calendar' });
  calendar.append(el('summary', 'Ajouter à mon agenda'));
  actions.append(register, calendar);
  article.append(title, meta, el('p', event.description), details, actions);
  return article;
}

function newsItem(item) {
  const article = el('article', undefined, { part: 'item' });
  const title = el('div', undefined, { role: 'heading', 'aria-level': '2', part: 'title' });
  title.append(el('a', item.title, { href: item.url }));
  const meta = el('p', undefined, { part: 'meta' });
  meta.append(
    el('span', item.type, { part: 'type' }),
    ' Publié le ',
    el('time', shortDay.format(new Date(item.published)), { datetime: item.published }),
  );
  const themes = el('ul', undefined, { part: 'themes' });
  for (const theme of item.themes ?? []) themes.append(el('li', theme));
  article.append(title, meta, themes, el('p', item.summary, { part: 'summary' }));
  return article;
}

const response = await fetch(src);
const data = await response.json();
const list = el('ul');
if (kind === 'events') {
  const now = new Date(mount.dataset.now);
  const events = data.events.filter((event) => new Date(event.end ?? event.start) > now);
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  for (const event of events) list.appendChild(el('li')).append(eventCard(event, now));
} else {
  const items = [...data.news].sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  for (const item of items) list.appendChild(el('li')).append(newsItem(item));
}
root.append(el('p', `${list.children.length} éléments`), list);
