import {
  DEFAULT_LOCALE,
  LOCALES,
  isLocale,
  type Locale,
} from '@torchbridge/contracts';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Namespace } from './resources/en';
import { zhCN } from './resources/zh-cn';

/** Where a signed-out visitor's language choice is remembered. */
export const LOCALE_STORAGE_KEY = 'torchbridge.locale';

/** One i18next namespace per feature; `common` holds what every screen shares. */
export const resources = {
  en,
  'zh-CN': zhCN,
} as const;

export const NAMESPACES = Object.keys(en) as Namespace[];
export const DEFAULT_NAMESPACE = 'common' satisfies Namespace;

function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    // Storage can be disabled (private mode, strict cookie settings); fall back to the browser language.
    return null;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not being able to remember the choice only costs a re-pick next visit.
  }
}

/** Stored choice first, then the browser's languages (any Chinese variant maps to zh-CN), then English. */
export function detectInitialLocale(
  languages: readonly string[] = navigator.languages ?? [navigator.language],
): Locale {
  const stored = readStoredLocale();
  if (stored) {
    return stored;
  }
  for (const language of languages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) {
      return 'zh-CN';
    }
    if (lower.startsWith('en')) {
      return 'en';
    }
  }
  return DEFAULT_LOCALE;
}

export function currentLocale(instance: i18n): Locale {
  const language = instance.resolvedLanguage ?? instance.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/** A fresh i18next instance (one per app, so tests never share language state). Keeps <html lang> in sync. */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance.use(initReactI18next).init({
    resources,
    ns: NAMESPACES,
    defaultNS: DEFAULT_NAMESPACE,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    initAsync: false,
    returnNull: false,
    // React already escapes interpolated values.
    interpolation: { escapeValue: false },
  });
  return instance;
}
