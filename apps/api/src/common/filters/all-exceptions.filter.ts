import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorBody } from '@torchbridge/contracts';
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

/** Maps any error to the one error body shape; never leaks a stack trace. */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    if (typeof response === 'string') {
      return { statusCode: status, error: reason(status), message: response };
    }
    const r = response as { message?: unknown; details?: ErrorBody['details']; error?: unknown };
    const message = Array.isArray(r.message) ? r.message.join('; ') : String(r.message ?? exception.message);
    return {
      statusCode: status,
      error: reason(status),
      message,
      ...(r.details ? { details: r.details } : {}),
    };
  }
  const parserError = exception as BodyParserError;
  if (parserError && typeof parserError.type === 'string' && typeof parserError.status === 'number') {
    const status = parserError.status;
    const messages: Record<string, string> = {
      'entity.too.large': 'Request body is too large',
      'entity.parse.failed': 'Request body is not valid JSON',
      'encoding.unsupported': 'Request body encoding is not supported',
      'charset.unsupported': 'Request body charset is not supported',
    };
    return {
      statusCode: status,
      error: reason(status),
      message: messages[parserError.type] ?? reason(status),
    };
  }
  return {
    statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
    error: reason(500),
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
      const retry = (exception.getResponse() as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) {
        response.setHeader('Retry-After', String(retry));
      }
    }
    response.status(body.statusCode).json(body);
  }
}
