// The demo endpoint's page: what it stored, what it received, and a switch to make the next submissions fail.
interface StoredRegistration {
  id: string;
  key: string | null;
  receivedAt: string;
  format: string;
  registration: { event?: string; firstName?: string; lastName?: string; email?: string };
}
interface Attempt {
  at: string;
  format: string;
  key: string | null;
  failure: string | null;
}

const when = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/** A table row of texts (data stays text), the ones in `code` as code. */
function row(cells: (string | { code: string })[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const cell of cells) {
    const td = tr.insertCell();
    if (typeof cell === 'string') td.textContent = cell;
    else td.append(Object.assign(document.createElement('code'), { textContent: cell.code }));
  }
  return tr;
}

const say = (id: string, text: string) => {
  document.getElementById(id)!.textContent = text;
};

async function refresh(): Promise<void> {
  try {
    const [records, attempts] = (await Promise.all(
      ['/api/registrations', '/api/registrations/attempts'].map(async (url) => {
        const answer = await fetch(url, { cache: 'no-store' });
        if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
        return answer.json();
      }),
    )) as [StoredRegistration[], Attempt[]];
    document.querySelector('#received tbody')!.replaceChildren(
      ...records
        .slice()
        .reverse()
        .map(({ receivedAt, registration: r, format, id, key }) =>
          row([
            when.format(new Date(receivedAt)),
            `${r.firstName ?? ''} ${r.lastName ?? ''}`,
            r.email ?? '',
            r.event ?? '',
            format,
            { code: id },
            { code: key ?? '—' },
          ]),
        ),
    );
    document.querySelector('#attempts tbody')!.replaceChildren(
      ...attempts
        .slice()
        .reverse()
        .map(({ at, format, key, failure }) => row([when.format(new Date(at)), format, { code: key ?? '—' }, failure ?? 'aucun'])),
    );
    say(
      'received-status',
      records.length === 0
        ? 'Aucune inscription reçue pour le moment.'
        : `${records.length} inscription${records.length > 1 ? 's' : ''} enregistrée${records.length > 1 ? 's' : ''}.`,
    );
  } catch (error) {
    say(
      'received-status',
      `Le point d'accès ne répond pas (${(error as Error).message}) : la démonstration est-elle lancée avec npm run demo ?`,
    );
  }
}

document.getElementById('failures')!.addEventListener('submit', async (event) => {
  event.preventDefault();
  const query = new URLSearchParams(new FormData(event.target as HTMLFormElement) as unknown as Record<string, string>);
  const answer = await fetch(`/api/registrations/failures?${query}`, { method: 'POST' }).catch(() => undefined);
  const armed = answer?.ok ? ((await answer.json()) as { mode: string; count: number }) : undefined;
  say('failures-status', armed ? `Les ${armed.count} prochains envois échoueront (${armed.mode}).` : 'Réglage refusé.');
});
document.getElementById('refresh')!.addEventListener('click', () => void refresh());
void refresh();
