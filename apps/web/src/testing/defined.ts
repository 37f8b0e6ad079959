/** A value a fixture is built with (e.g. the first item of a list); fails the test loudly if it is missing. */
export function defined<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) {
    throw new Error('The test fixture lacks a value it was built with');
  }
  return value;
}
