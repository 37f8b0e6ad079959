import {
  TAXONOMIES,
  pickLabel,
  type Locale,
  type TaxonomyName,
} from '@torchbridge/contracts';
import type { Choice } from '@torchbridge/ui';

type CodeOf<N extends TaxonomyName> = (typeof TAXONOMIES)[N][number]['code'];

/** The label of one code in the UI language; the code itself when the list does not know it. */
export function taxonomyLabel(
  name: TaxonomyName,
  code: string,
  locale: Locale,
): string {
  const entry = TAXONOMIES[name].find((item) => item.code === code);
  return entry ? pickLabel(entry.label, locale) : code;
}

/** Every code of a list as choices for selects and checkbox groups, in the list's own order. */
export function taxonomyChoices<N extends TaxonomyName>(
  name: N,
  locale: Locale,
): Choice<CodeOf<N>>[] {
  return TAXONOMIES[name].map((entry) => ({
    value: entry.code as CodeOf<N>,
    label: pickLabel(entry.label, locale),
  }));
}

/** Narrows free text (a URL parameter) to the codes of one list, dropping unknown ones. */
export function knownCodes<N extends TaxonomyName>(
  name: N,
  values: readonly string[],
): CodeOf<N>[] {
  const codes: readonly string[] = TAXONOMIES[name].map((entry) => entry.code);
  return values.filter((value): value is CodeOf<N> => codes.includes(value));
}
