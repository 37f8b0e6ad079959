/** UI languages. `en` and Simplified Chinese are complete; content may also be written in German. */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** A label in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function pickLabel(label: Bilingual, locale: Locale): string {
  return locale === 'zh-CN' ? label.zh : label.en;
}
