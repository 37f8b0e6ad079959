import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type ErrorBody, type ErrorCode, isErrorCode } from '@torchbridge/contracts';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

/** Errors of the http-errors kind (body-parser, raw-body): a status, and `expose` when the client caused it. */
interface ClientHttpError {
  status?: unknown;
  expose?: unknown;
}

/**
 * PostgreSQL errors that only input causes: NUL or untranslatable characters (22P05, 22021), a number past its
 * column (22003), text that is not a valid value of its type (22P02). Validation refuses these before the database;
 * if one slips through it is still the client's 400, not a 500.
 */
const DATABASE_INPUT_ERRORS = new Set(['22P05', '22021', '22003', '22P02']);

export function isDatabaseInputError(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  const { code, severity } = error as { code?: unknown; severity?: unknown };
  // TypeORM's QueryFailedError copies the driver error's fields; the pg driver's own errors carry a severity.
  return typeof code === 'string' && DATABASE_INPUT_ERRORS.has(code) && (error.name === 'QueryFailedError' || typeof severity === 'string');
}

function reason(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/** The code of an error that did not name one, from its status. */
function codeForStatus(status: number): ErrorCode {
  const byStatus: Record<number, ErrorCode> = {
    400: 'request.invalid',
    401: 'auth.unauthenticated',
    403: 'access.forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'request.too_large',
    415: 'request.unsupported_encoding',
    429: 'rate_limited',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal' : 'request.invalid');
}

/** Maps any error to the one error body shape; never leaks a stack trace. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') {
      return { statusCode: status, error: reason(status), code: codeForStatus(status), message: response };
    }
    const r = response as { message?: unknown; details?: ErrorBody['details']; code?: unknown; params?: ErrorBody['params'] };
    const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
    return {
      statusCode: status,
      error: reason(status),
      code: isErrorCode(r.code) ? r.code : codeForStatus(status),
      message,
      ...(r.params ? { params: r.params } : {}),
      ...(r.details ? { details: r.details } : {}),
    };
  }
  if (isDatabaseInputError(exception)) {
    return { statusCode: 400, error: reason(400), code: 'request.invalid', message: 'A value in the request cannot be stored: out of range or not valid text' };
  }
  const clientError = exception as ClientHttpError | null;
  if (clientError && typeof clientError.status === 'number' && clientError.status >= 400 && clientError.status < 500 && clientError.expose === true) {
    const status = clientError.status;
    return { statusCode: status, error: reason(status), code: codeForStatus(status), message: reason(status) };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: reason(500),
    code: 'internal',
    message: 'Something went wrong on our side; it has been logged',
  };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') {
      throw exception;
    }
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    } else if (isDatabaseInputError(exception)) {
      // The client's fault, but validation should have caught it first.
      this.logger.warn(`Input refused by the database (SQLSTATE ${(exception as { code: string }).code}), not by validation: ${(exception as Error).stack ?? ''}`);
    }
    if (body.statusCode === 429 && exception instanceof HttpException) {
      const retry = body.params?.['retryAfterSeconds'];
      if (retry) {
        response.setHeader('Retry-After', String(retry));
      }
    }
    response.status(body.statusCode).json(body);
  }
}
