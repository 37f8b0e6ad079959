import { BadRequestException, ConflictException } from '@nestjs/common';

/** A 400 whose message and details name the field. */
export function badField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, details: [{ field, messages: [message] }] });
}

/** A 409 whose message and details name the field. */
export function conflictingField(field: string, message: string): ConflictException {
  return new ConflictException({ message, details: [{ field, messages: [message] }] });
}

/** A unique-constraint violation, whether it came through TypeORM or straight from the pg driver. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === '23505';
}

/** Runs a write; a unique-constraint violation becomes a 409 naming the field. */
export async function uniqueOr409<T>(field: string, message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflictingField(field, message);
    }
    throw error;
  }
}
