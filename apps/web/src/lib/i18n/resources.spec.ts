import { readdirSync } from 'node:fs';
import { join } from 'node:path';
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
  // Keys are flattened as `namespace:path` so one check covers every namespace.
  const flattenNamespaces = (resources: Record<string, Tree>) =>
    new Map(
      Object.entries(resources).flatMap(([namespace, tree]) =>
        [...flatten(tree)].map(
          ([key, text]) => [`${namespace}:${key}`, text] as const,
        ),
      ),
    );
  const english = flattenNamespaces(en);
  const chinese = flattenNamespaces(zhCN);

  it('have the same namespaces in English and Simplified Chinese', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('register every namespace file of both languages', () => {
    // `find-mentor.ts` holds the `findMentor` namespace.
    const namespacesIn = (folder: string) =>
      readdirSync(join(__dirname, 'resources', folder))
        .filter((file) => file !== 'index.ts')
        .map((file) =>
          file
            .replace(/\.ts$/, '')
            .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
        )
        .sort();
    expect(namespacesIn('en')).toEqual(Object.keys(en).sort());
    expect(namespacesIn('zh-cn')).toEqual(Object.keys(zhCN).sort());
  });

  it.each(Object.keys(en))(
    'have exactly the same keys in English and Simplified Chinese in %s',
    (namespace) => {
      const keys = (flat: Map<string, string>) =>
        [...flat.keys()]
          .filter((key) => key.startsWith(`${namespace}:`))
          .sort();
      expect(keys(chinese)).toEqual(keys(english));
    },
  );

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
