// The template of the cités shown: one cité (name, communes, status, links), grouped by département or not.
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { departementLabel } from '../../core/departements.js';
import { markLang, type Lang } from '../../core/localization.js';
import { subLevel } from '../../core/hints.js';
import { safeUrl } from '../../core/urls.js';
import type { Cite } from '../../schemas/cite.js';
import type { CiteEntry, CitesScope } from './cites-filter.js';

/** One cité, its name as a heading of `level`; its names marked French inside a widget in another language (RGAA 8.7). */
function renderCite(cite: Cite, base: string, level: number, widgetLang: Lang) {
  const lang = markLang(cite.lang, widgetLang);
  const url = safeUrl(cite.url, base);
  const email = cite.contact?.email ? safeUrl(`mailto:${cite.contact.email}`) : undefined;
  const phone = cite.contact?.phone ? safeUrl(`tel:${cite.contact.phone.replace(/[^\d+]/g, '')}`) : undefined;
  const name = cite.name;
  const year = cite.year;
  const badge =
    cite.status === 'labellisee'
      ? year
        ? msg(str`Labellisée en ${year}`, { id: 'cites.status.labellisee-year' })
        : msg('Labellisée', { id: 'cites.status.labellisee' })
      : msg('En cours de labellisation', { id: 'cites.status.en-labellisation' });
  return html`<li part="cite" class="irev-item cite">
    <div role="heading" aria-level=${level} class="cite-name" lang=${lang ?? nothing}>${name}</div>
    ${
      cite.communes.length > 1 || cite.communes[0] !== name
        ? html`<p class="communes">
            <span class="visually-hidden">${msg('Communes :', { id: 'cites.communes' })} </span
            ><span lang=${lang ?? nothing}>${cite.communes.join(', ')}</span>
          </p>`
        : nothing
    }
    <span part="badge" class="badge" data-status=${cite.status}>${badge}</span>
    ${
      url || email || phone
        ? html`<ul class="links">
            ${
              url
                ? html`<li>
                    <a href=${url}>${msg('Site de la cité', { id: 'cites.link.site' })}<span class="visually-hidden"> ${name}</span></a>
                  </li>`
                : nothing
            }
            ${email ? html`<li><a href=${email}>${cite.contact!.email}</a></li>` : nothing}
            ${phone ? html`<li><a href=${phone}>${cite.contact!.phone}</a></li>` : nothing}
          </ul>`
        : nothing
    }
  </li>`;
}

/** The cités shown, all together or under their département's heading, below a heading of `level`. */
export function renderCites(entries: readonly CiteEntry[], groupBy: CitesScope['groupBy'], base: string, level: number, lang: Lang) {
  if (groupBy === 'none') {
    return html`<ul class="cites">
      ${repeat(
        entries,
        (e) => e.cite.id,
        (e) => renderCite(e.cite, base, subLevel(level, 1), lang),
      )}
    </ul>`;
  }
  const groups = new Map<string, CiteEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.cite.departement) ?? [];
    group.push(entry);
    groups.set(entry.cite.departement, group);
  }
  return repeat(
    groups,
    ([code]) => code,
    ([code, group]) =>
      // A heading, not a landmark: two lists on a page would give two « Oise (60) » regions (RGAA 9.2).
      html`<div class="group">
        <div part="group-title" class="group-title" role="heading" aria-level=${subLevel(level, 1)}>${departementLabel(code)}</div>
        <ul class="cites">
          ${repeat(
            group,
            (e) => e.cite.id,
            (e) => renderCite(e.cite, base, subLevel(level, 2), lang),
          )}
        </ul>
      </div>`,
  );
}
