import { ValidateBy, ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

// An instant names its offset: a wall time without one would be read in the server's zone.
const INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant a valid ISO 8601 string with a zone offset names, between 1970 and 9999; null otherwise. */
export function instantOf(value: unknown): Date | null {
  if (typeof value !== 'string' || !INSTANT.test(value)) {
    return null;
  }
  // Luxon refuses dates that do not exist (February 30th), which Date would roll into March.
  const parsed = DateTime.fromISO(value, { setZone: true });
  const ms = parsed.toMillis();
  return parsed.isValid && ms >= 0 && ms < Date.UTC(10000, 0, 1)
    ? new Date(ms)
    : null;
}

export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) => instantOf(value) !== null,
        defaultMessage: () =>
          '$property must be an ISO 8601 instant with a zone offset, such as 2026-05-04T08:00:00Z',
      },
    },
    options,
  );
}
