/**
 * Retries an async assertion until it passes or `ms` runs out (then rethrows its last failure). For effects
 * delivered after commit through the outbox, which land milliseconds after the request that caused them.
 */
export async function eventually<T>(assertion: () => Promise<T>, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) {
        throw error;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }
}
