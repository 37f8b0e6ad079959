import { en } from './resources/en';
import { zhCN } from './resources/zh-cn';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      entries.set(path, value);
    } else {
      flatten(value, path).forEach((text, nested) => entries.set(nested, text));
    }
  }
  return entries;
}

/** Keys whose text may legitimately read the same in both languages (proper nouns). None today. */
const SAME_IN_BOTH: readonly string[] = [];

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translation resources', () => {
  const english = flatten(en);
  const chinese = flatten(zhCN);

  it('have exactly the same keys in English and Simplified Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...english, ...chinese]) {
      expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });

  it('translate every string into Chinese rather than copying the English', () => {
    const untranslated = [...english]
      .filter(
        ([key, text]) =>
          chinese.get(key) === text && !SAME_IN_BOTH.includes(key),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('use Chinese script in every Chinese string that has words', () => {
    // Pure formatting strings such as "{{field}}：{{message}}" have no words to translate.
    const words = (text: string) => text.replace(/{{\s*\w+\s*}}/g, '');
    const withoutHan = [...chinese]
      .filter(
        ([key, text]) =>
          !SAME_IN_BOTH.includes(key) &&
          /\p{L}/u.test(words(text)) &&
          !/\p{Script=Han}/u.test(text),
      )
      .map(([key]) => key);
    expect(withoutHan).toEqual([]);
  });

  it('keep the same interpolation placeholders', () => {
    for (const [key, text] of english) {
      expect({
        key,
        placeholders: placeholders(chinese.get(key) ?? ''),
      }).toEqual({ key, placeholders: placeholders(text) });
    }
  });
});
