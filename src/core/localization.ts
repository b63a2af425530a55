import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Lang = 'fr' | 'en';
export const supportedLangs: readonly Lang[] = [sourceLocale, ...targetLocales] as Lang[];

/** The first supported language of a `lang` value (`en-GB` → `en`); `fr` for anything else. */
export function normalizeLang(value: string | null | undefined): Lang {
  const primary = (value ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (supportedLangs as readonly string[]).includes(primary) ? (primary as Lang) : 'fr';
}

/** `lang` of the element itself, else of its nearest ancestor (across shadow roots), else `fr`. */
export function resolveLang(element: Element): Lang {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return normalizeLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}

// English is a file of its own, loaded by the pages that ask for it: a French page never downloads it.
const locales: Record<string, () => Promise<LocaleModule>> = { en: () => import('../generated/locales/en.js') };

let setLocaleImpl: ((locale: string) => Promise<void>) | undefined;
let getLocaleImpl: (() => string) | undefined;

function configure(): void {
  if (setLocaleImpl) return;
  try {
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale,
      targetLocales,
      loadLocale: (locale) => locales[locale](),
    });
    setLocaleImpl = setLocale;
    getLocaleImpl = getLocale;
  } catch (error) {
    // Another copy of the library configured the page first: its elements are the ones defined.
    console.warn('irev-widgets: localization was already configured on this page.', error);
    setLocaleImpl = () => Promise.resolve();
    getLocaleImpl = () => sourceLocale;
  }
}

/** The language the page's widgets currently render in. */
export function currentLang(): Lang {
  configure();
  return normalizeLang(getLocaleImpl!());
}

/**
 * Switches the widgets to `lang`. @lit/localize keeps one active locale per page, so widgets that ask for
 * different languages on one page render in the last one asked for.
 */
export function useLang(lang: Lang): Promise<void> {
  configure();
  if (getLocaleImpl!() === lang) return Promise.resolve();
  return setLocaleImpl!(lang);
}
