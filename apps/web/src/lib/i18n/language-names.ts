import type { Locale } from '@torchbridge/contracts';

/** Each language is named in itself (an endonym) so people can find theirs whatever the current UI language. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: 'English',
  'zh-CN': '简体中文',
};
