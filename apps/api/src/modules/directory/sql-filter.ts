import { likePattern } from './cursor';

const CJK_RUN = /[\u3400-\u9fff]+/g;

/** The CJK characters and pairs a match must contain (what the search_grams column indexes). */
export function cjkGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of text.match(CJK_RUN) ?? []) {
    if (run.length === 1) {
      grams.add(run);
    }
    for (let i = 0; i + 1 < run.length; i++) {
      grams.add(run.slice(i, i + 2));
    }
  }
  return [...grams];
}

/** Collects WHERE clauses with numbered parameters. */
export class SqlFilter {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(clause: string): void {
    this.clauses.push(clause);
  }

  /**
   * Substring match on `alias.search_text`: CJK text narrows through the gram index, Latin text
   * of three or more letters through the trigram index; the LIKE keeps the match exact.
   */
  textMatch(alias: string, q: string): string {
    const grams = cjkGrams(q);
    const like = `${alias}.search_text LIKE ${this.param(likePattern(q))}`;
    return grams.length ? `${alias}.search_grams @> ${this.param(grams)}::text[] AND ${like}` : like;
  }

  where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}
