import type { Locale } from '@torchbridge/contracts';
import type { FilterOption } from './filter-select';

/** One filter option per distinct value among the loaded items, sorted by label in the UI language. */
export function distinctOptions<T>(
  items: readonly T[],
  value: (item: T) => string,
  label: (item: T) => string,
  locale: Locale,
): FilterOption[] {
  const seen = new Map<string, T>();
  items.forEach((item) => {
    if (!seen.has(value(item))) {
      seen.set(value(item), item);
    }
  });
  return [...seen.values()]
    .map((item) => ({ value: value(item), label: label(item) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
