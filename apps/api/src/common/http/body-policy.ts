import type { INestApplication } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors/app-error';
import { toErrorBody } from '../filters/all-exceptions.filter';
import { findInputProblem, inputRefusal } from './input-policy';

/** CSV imports carry whole files; every other route keeps the configured `BODY_LIMIT`. */
export const IMPORT_BODY_LIMIT = '5mb';

/** What body-parser and raw-body say when a body cannot be read, by their `type`. */
const PARSER_ERRORS: Record<string, () => AppError> = {
  'entity.too.large': () => new AppError('request.too_large'),
  'entity.parse.failed': () => new AppError('request.malformed_json'),
  'encoding.unsupported': () => new AppError('request.unsupported_encoding'),
  'charset.unsupported': () => new AppError('request.unsupported_encoding', {}, undefined, 'Request body charset is not supported'),
};

/**
 * The coded error for a body that could not be read. A gzip or deflate stream that does not inflate reaches us as
 * a bare 400 without a `type` (body-parser wraps zlib's error); it is a malformed body, like a truncated one.
 */
export function bodyParserError(error: unknown): AppError {
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown };
  const known = typeof type === 'string' ? PARSER_ERRORS[type] : undefined;
  if (known) {
    return known();
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && status !== 400) {
    return new AppError(status === 413 ? 'request.too_large' : status === 415 ? 'request.unsupported_encoding' : 'request.invalid');
  }
  return new AppError('request.malformed_body');
}

/** JSON up to `limit` (counted after inflating, so a small gzip bomb stays small), then the nesting limit. */
function jsonBody(limit: string): RequestHandler {
  const parse = express.json({ limit });
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error) {
        next(bodyParserError(error));
        return;
      }
      const problem = findInputProblem(req.body, '', { text: false });
      next(problem ? inputRefusal(problem) : undefined);
    });
  };
}

/** The one body policy of every `/api` route: parsing, size, encodings, nesting, and errors in the one error shape. */
export function useJsonBodies(app: INestApplication, bodyLimit: string): void {
  app.use('/api/imports', jsonBody(IMPORT_BODY_LIMIT));
  app.use('/api', jsonBody(bodyLimit));
  app.use('/api', (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!error) {
      next();
      return;
    }
    const body = toErrorBody(error);
    res.status(body.statusCode).json(body);
  });
}
