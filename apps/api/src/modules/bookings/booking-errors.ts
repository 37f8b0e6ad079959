import {
  ERROR_CATALOGUE,
  formatErrorMessage,
  type ErrorCode,
} from '@torchbridge/contracts';
import type { SlotRefusal } from '@torchbridge/domain';
import { AppError } from '../../common/errors/app-error';

const sqlState = (error: unknown): unknown =>
  error instanceof Error ? (error as { code?: unknown }).code : undefined;

/** An exclusion constraint refused the row: another blocking session of the mentor or the founder overlaps it. */
export const isOverlap = (error: unknown): boolean =>
  sqlState(error) === '23P01';

export const isUnique = (error: unknown): boolean =>
  sqlState(error) === '23505';

export const slotTaken = (): AppError =>
  new AppError('booking.slot_taken', {}, [
    {
      field: 'start',
      messages: ['That time was just taken; choose another slot'],
      code: 'booking.slot_taken',
    },
  ]);

/** A slot the domain refused, as a coded error naming `start`. */
export function refused(refusal: SlotRefusal): AppError {
  const code: ErrorCode = refusal.code;
  return new AppError(code, refusal.params, [
    {
      field: 'start',
      messages: [
        formatErrorMessage(ERROR_CATALOGUE[code].message, refusal.params),
      ],
      code,
    },
  ]);
}

/** Runs a write; the database's last word on overlaps becomes the same 409 the checks give. */
export async function guarded<T>(
  write: () => Promise<T>,
  onUnique?: () => AppError,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isOverlap(error)) {
      throw slotTaken();
    }
    if (onUnique && isUnique(error)) {
      throw onUnique();
    }
    throw error;
  }
}
