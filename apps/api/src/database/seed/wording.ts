import { at } from './random';

/** "A, B and C". */
export function listEn(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${at(items, items.length - 1)}`;
}

/** "A、B和C". */
export function listZh(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join('、')}和${at(items, items.length - 1)}`;
}
