import type { Locale } from '@torchbridge/contracts';

export interface BilingualText {
  text: string;
  /** Set when the text is in the other language, so screen readers pronounce it right. */
  lang: Locale | undefined;
}

/** The text in the UI language, falling back to the other one when it was left empty. */
export function pickText(
  en: string,
  zh: string,
  locale: Locale,
): BilingualText {
  const [preferred, other, otherLang]: [string, string, Locale] =
    locale === 'zh-CN' ? [zh, en, 'en'] : [en, zh, 'zh-CN'];
  if (preferred.trim()) {
    return { text: preferred, lang: undefined };
  }
  return other.trim()
    ? { text: other, lang: otherLang }
    : { text: '', lang: undefined };
}
