import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { type ErrorBody, type ErrorCode, isErrorCode } from '@torchbridge/contracts';
import type { Response } from 'express';
import { STATUS_CODES } from 'node:http';

interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
  message?: string;
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
  const parserError = exception as BodyParserError;
  if (parserError && typeof parserError.type === 'string' && typeof parserError.status === 'number') {
    const status = parserError.status;
    const known: Record<string, [ErrorCode, string]> = {
      'entity.too.large': ['request.too_large', 'Request body is too large'],
      'entity.parse.failed': ['request.malformed_json', 'Request body is not valid JSON'],
      'encoding.unsupported': ['request.unsupported_encoding', 'Request body encoding is not supported'],
      'charset.unsupported': ['request.unsupported_encoding', 'Request body charset is not supported'],
    };
    const [code, message] = known[parserError.type] ?? [codeForStatus(status), reason(status)];
    return { statusCode: status, error: reason(status), code, message };
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
