import * as argon2 from 'argon2';

/** argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let dummyHash: Promise<string> | undefined;

export const passwordHasher = {
  hash(password: string): Promise<string> {
    return argon2.hash(password, OPTIONS);
  },

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  },

  /** Spends the same time as a real check so unknown emails cannot be told apart by timing. */
  async verifyAgainstNothing(password: string): Promise<false> {
    dummyHash ??= argon2.hash('torchbridge-timing-equaliser', OPTIONS);
    await argon2.verify(await dummyHash, password).catch(() => false);
    return false;
  },
};
