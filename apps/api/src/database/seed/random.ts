// Deterministic randomness: the same seed always yields the same demo data set.

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`demo data: index ${index} out of range (${items.length})`);
  }
  return item;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return at(items, Math.floor(this.next() * items.length));
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) {
        return value;
      }
    }
    return at(entries, entries.length - 1)[0];
  }

  /** Up to `count` distinct values, each drawn by weight from those not yet taken. */
  weightedDistinct<T>(entries: readonly (readonly [T, number])[], count: number): T[] {
    const remaining = [...entries];
    const taken: T[] = [];
    while (taken.length < count && remaining.length > 0) {
      const value = this.weighted(remaining);
      taken.push(value);
      remaining.splice(
        remaining.findIndex(([candidate]) => candidate === value),
        1,
      );
    }
    return taken;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = swap;
    }
    return copy;
  }
}

/** Hands out items in a shuffled order and reshuffles when exhausted, so repeats are spread evenly. */
export class Deck<T> {
  private queue: T[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly items: readonly T[],
  ) {}

  draw(): T {
    if (this.queue.length === 0) {
      this.queue = this.rng.shuffle(this.items);
    }
    const item = this.queue.pop();
    if (item === undefined) {
      throw new Error('demo data: empty deck');
    }
    return item;
  }
}

/** One deck per pool, dealt from independently. */
export class Decks<T> {
  private readonly decks = new Map<string, Deck<T>>();

  constructor(private readonly rng: Rng) {}

  draw(pool: string, items: readonly T[]): T {
    let deck = this.decks.get(pool);
    if (deck === undefined) {
      deck = new Deck(this.rng, items);
      this.decks.set(pool, deck);
    }
    return deck.draw();
  }
}
