import { HttpException } from '@nestjs/common';
import { ERROR_CATALOGUE, ErrorCode, FieldError, formatErrorMessage } from '@torchbridge/contracts';

type Params = Record<string, string | number>;

/** An error with a catalogued code: its status and English message come from `ERROR_CATALOGUE`. */
export class AppError extends HttpException {
  constructor(
    readonly code: ErrorCode,
    readonly params: Params = {},
    details?: FieldError[],
    message?: string,
  ) {
    const entry = ERROR_CATALOGUE[code];
    const text = message ?? formatErrorMessage(entry.message, params);
    super({ code, message: text, ...(Object.keys(params).length ? { params } : {}), ...(details ? { details } : {}) }, entry.status);
  }
}

/** A 400 whose message and details name the field. */
export function badField(field: string, message: string, code: ErrorCode = 'field.invalid'): AppError {
  return new AppError(code, { field }, [{ field, messages: [message], code }], message);
}

/** A 409 whose message and details name the field. */
export function conflictingField(field: string, message: string, code: ErrorCode = 'field.taken'): AppError {
  return new AppError(code, { field }, [{ field, messages: [message], code }], message);
}

/** A unique-constraint violation, whether it came through TypeORM or straight from the pg driver. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === '23505';
}

/** Runs a write; a unique-constraint violation becomes a 409 naming the field. */
export async function uniqueOr409<T>(field: string, message: string, write: () => Promise<T>, code: ErrorCode = 'field.taken'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw conflictingField(field, message, code);
    }
    throw error;
  }
}
