// @lit/localize's reentrant mode: msg() stays the message source, and asks this module, at each call, which language
// it answers in (its runtime mode keeps one active locale per page, switched asynchronously).
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
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

// English is a file of its own, loaded the first time a widget (or useLang) asks for it: a French page never downloads
// it. A widget waits for its language before its update (IrevElement.scheduleUpdate), so it never shows French first.
const loaders: Record<string, () => Promise<LocaleModule>> = { en: () => import('../generated/locales/en.js') };
const loaded: Record<string, LocaleModule | undefined> = {};
const loading = new Map<string, Promise<void>>();

/**
 * Nothing when `lang`'s messages are here (French always is); else a promise that settles once they are, or once
 * loading failed (msg() then answers in French, and the next ask tries again).
 */
export function loadLang(lang: Lang): Promise<void> | undefined {
  if (lang === sourceLocale || loaded[lang] || !loaders[lang]) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = loaders[lang]().then(
      (module) => {
        loaded[lang] = module;
      },
      (error: unknown) => {
        loading.delete(lang);
        console.warn(`irev-widgets: the ${lang} messages did not load; French is shown.`, error);
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** The language msg() answers in outside any widget's update (console notes, mount points): see useLang. */
let pageLang: Lang = 'fr';
/** The language of the widget being updated, while it updates. */
let widgetLang: Lang | undefined;
let installed = false;

function install(): void {
  if (installed) return;
  installed = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => widgetLang ?? pageLang,
      loadLocaleSync: (locale) => loaded[locale],
    });
  } catch (error) {
    // Another copy of the library configured the page first: its elements are the ones defined.
    console.warn('irev-widgets: localization was already configured on this page.', error);
  }
}

/**
 * Runs `run` with msg() answering in `lang`, then puts the previous language back. Each widget updates inside it
 * (see IrevElement.performUpdate), so a `lang="fr"` and a `lang="en"` widget on one page each speak their own.
 */
export function inLang<R>(lang: Lang, run: () => R): R {
  install();
  const previous = widgetLang;
  widgetLang = lang;
  try {
    return run();
  } finally {
    widgetLang = previous;
  }
}

/** The language msg() answers in now: the widget's being updated, else the page default. */
export function currentLang(): Lang {
  install();
  return widgetLang ?? pageLang;
}

/**
 * Sets the language of the texts written outside any widget (console notes, notes on mount points). Each widget
 * renders in its own `lang` whatever this is.
 */
export function useLang(lang: Lang): Promise<void> {
  install();
  pageLang = lang;
  return loadLang(lang) ?? Promise.resolve();
}

/** A `lang` a data item declares (`en`, `fr-BE`), kept when it is a well-formed language tag. */
export function dataLang(declared: string | undefined): string | undefined {
  const tag = declared?.trim();
  return tag && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(tag) ? tag : undefined;
}

/**
 * The `lang` to mark data with inside a widget (RGAA 8.7): the item's own, else French (the network publishes in
 * French); nothing when it is the widget's language already.
 */
export function markLang(declared: string | undefined, widget: Lang): string | undefined {
  const lang = dataLang(declared) ?? 'fr';
  return normalizeLang(lang) === widget && lang.toLowerCase().split('-')[0] === widget ? undefined : lang;
}
