// The demo's language switch: changing <html lang> re-renders every widget in that language.
for (const lang of ['fr', 'en'] as const) {
  document.getElementById(`lang-${lang}`)?.addEventListener('click', () => {
    document.documentElement.lang = lang;
    for (const other of ['fr', 'en']) document.getElementById(`lang-${other}`)?.setAttribute('aria-pressed', String(other === lang));
  });
}
