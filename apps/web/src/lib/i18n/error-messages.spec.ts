import { ERROR_CATALOGUE, ERROR_CODES, LOCALES } from '@torchbridge/contracts';
import { createI18n } from './i18n';

// `{limit}` in the catalogue's English; `{{limit}}` in the translations.
const catalogueParams = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const translationParams = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe.each(LOCALES)('error messages in %s', (locale) => {
  const i18n = createI18n(locale);
  // Only this language: a missing key must not be papered over by the English fallback.
  const messages = i18n.getResourceBundle(locale, 'errors') as Record<
    string,
    unknown
  >;
  const messageOf = (code: string): unknown =>
    code
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined,
        messages,
      );

  it.each(ERROR_CODES)('has a message for %s', (code) => {
    const message = messageOf(code);
    expect(typeof message).toBe('string');
    expect((message as string).trim()).not.toBe('');
  });

  it.each(ERROR_CODES)('uses the params of %s', (code) => {
    expect(translationParams(String(messageOf(code)))).toEqual(
      catalogueParams(ERROR_CATALOGUE[code].message),
    );
  });
});
