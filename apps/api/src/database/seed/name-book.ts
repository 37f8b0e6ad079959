import type { NameOrigin, NamePart, SeedData } from './data-loader';
import { Decks, type Rng } from './random';

export interface PersonName {
  displayName: string;
  /** ASCII `given.family`, for mentor e-mail addresses. */
  emailLocal: string;
}

interface DrawnName extends PersonName {
  /** Latin spelling, which must be unique and not excluded. */
  latin: string;
}

function asciiLocal(...parts: string[]): string {
  return parts
    .map((part) =>
      part
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .join('.');
}

/** Draws people's names without repeats across the whole data set. */
export class NameBook {
  private readonly used = new Set<string>();
  private readonly excluded: ReadonlySet<string>;
  // Decks rather than independent picks, so every first name and surname gets used before any repeats.
  private readonly decks: Decks<NamePart>;

  constructor(
    rng: Rng,
    private readonly pools: SeedData['names'],
    reserved: readonly string[],
  ) {
    this.decks = new Decks(rng);
    this.excluded = new Set(pools.cn.excluded);
    reserved.forEach((name) => this.used.add(name.toLowerCase()));
  }

  /** European names get their Chinese transliteration only when `bilingual` (founders show both). */
  draw(origin: NameOrigin, bilingual: boolean): PersonName {
    for (let attempt = 0; attempt < 1_000; attempt++) {
      const name = origin === 'cn' ? this.chinese() : this.european(origin, bilingual);
      const key = name.latin.toLowerCase();
      if (!this.used.has(key) && !this.excluded.has(name.latin)) {
        this.used.add(key);
        return { displayName: name.displayName, emailLocal: name.emailLocal };
      }
    }
    throw new Error(`demo data: ran out of ${origin} names`);
  }

  private chinese(): DrawnName {
    const [family, familyZh] = this.decks.draw('cn-family', this.pools.cn.family);
    const [given, givenZh] = this.decks.draw('cn-given', this.pools.cn.given);
    const latin = `${family} ${given}`;
    return { latin, displayName: `${latin} ${familyZh}${givenZh}`, emailLocal: asciiLocal(given, family) };
  }

  private european(origin: Exclude<NameOrigin, 'cn'>, bilingual: boolean): DrawnName {
    const pool = this.pools[origin];
    const [first, firstZh] = this.decks.draw(`${origin}-first`, pool.first);
    const [last, lastZh] = this.decks.draw(`${origin}-last`, pool.last);
    const latin = `${first} ${last}`;
    return {
      latin,
      displayName: bilingual ? `${latin} ${firstZh}·${lastZh}` : latin,
      emailLocal: asciiLocal(first, last),
    };
  }
}
