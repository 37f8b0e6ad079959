import {
  isErrorCode,
  type ErrorBody,
  type ErrorCode,
  type FieldError,
} from '@torchbridge/contracts';

/** Status used when the request never got an HTTP answer (offline, DNS, CORS, aborted). */
export const NETWORK_ERROR_STATUS = 0;

export interface ApiErrorInit {
  status: number;
  message: string;
  error?: string;
  /** Defaults to the generic code for the status. */
  code?: ErrorCode;
  /** A code the body named that is not in this client's catalogue (a newer server). */
  unknownCode?: string;
  params?: Record<string, string | number>;
  details?: FieldError[];
  retryAfterSeconds?: number;
  body?: unknown;
}

/** A non-2xx answer (or no answer) from the Torchbridge API. */
export class ApiError extends Error {
  readonly status: number;
  /** The HTTP reason phrase from the error body, e.g. "Conflict". */
  readonly error: string;
  /**
   * The stable code from the error catalogue, to translate or branch on. When the answer named no catalogued code
   * (no answer at all, a proxy's error page, a code newer than this client) it is the generic code for the status.
   */
  readonly code: ErrorCode;
  /** The code the body named when this client does not know it; clients then show `message` as the server wrote it. */
  readonly unknownCode: string | undefined;
  /** Values for the code's message, e.g. `{ limit: 3 }` for `request.pending_limit`. */
  readonly params: Readonly<Record<string, string | number>>;
  /** Field-level validation problems; empty when the server named no field. */
  readonly details: FieldError[];
  /** Seconds to wait before retrying, from the Retry-After header of a 429. */
  readonly retryAfterSeconds: number | undefined;
  /** The parsed response body, kept for callers that need more than the common fields. */
  readonly body: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.error = init.error ?? '';
    this.code = init.code ?? codeForStatus(init.status);
    this.unknownCode = init.unknownCode;
    this.params = init.params ?? {};
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }

  /** The problem the server reported for one field, e.g. `detailFor('email')`, with its code when it named one. */
  detailFor(field: string): FieldError | undefined {
    return this.details.find((detail) => detail.field === field);
  }

  /** Messages for one field, e.g. `messagesFor('timeZone')`. */
  messagesFor(field: string): string[] {
    return this.detailFor(field)?.messages ?? [];
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** The catalogue's generic code for a status, for answers that named none (the API falls back the same way). */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'request.invalid';
    case 401:
      return 'auth.unauthenticated';
    case 403:
      return 'access.forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'request.too_large';
    case 415:
      return 'request.unsupported_encoding';
    case 429:
      return 'rate_limited';
    default:
      // Also a request that got no answer (status 0): see `isNetworkError`.
      return status >= 400 && status < 500 ? 'request.invalid' : 'internal';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFieldError(value: unknown): value is FieldError {
  return (
    isRecord(value) &&
    typeof value['field'] === 'string' &&
    Array.isArray(value['messages']) &&
    value['messages'].every((message) => typeof message === 'string')
  );
}

/** Only the `[{field, messages, code?}]` form names fields; other `details` shapes stay in `body`. Unknown codes are dropped. */
export function normaliseDetails(
  details: ErrorBody['details'] | unknown,
): FieldError[] {
  return Array.isArray(details)
    ? details.filter(isFieldError).map(({ field, messages, code }) => ({
        field,
        messages,
        ...(isErrorCode(code) ? { code } : {}),
      }))
    : [];
}

function normaliseParams(
  params: unknown,
): Record<string, string | number> | undefined {
  if (!isRecord(params)) {
    return undefined;
  }
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, string | number] =>
        typeof entry[1] === 'string' || typeof entry[1] === 'number',
    ),
  );
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) {
    return seconds;
  }
  const date = Date.parse(header);
  return Number.isNaN(date)
    ? undefined
    : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Builds the error for a non-2xx response whose body has already been parsed (or is undefined). */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const record = isRecord(body) ? body : {};
  const code = record['code'];
  const message =
    typeof record['message'] === 'string' && record['message']
      ? record['message']
      : response.statusText || `HTTP ${response.status}`;
  return new ApiError({
    status: response.status,
    message,
    error:
      typeof record['error'] === 'string'
        ? record['error']
        : response.statusText,
    code: isErrorCode(code) ? code : undefined,
    unknownCode:
      typeof code === 'string' && !isErrorCode(code) ? code : undefined,
    params: normaliseParams(record['params']),
    details: normaliseDetails(record['details']),
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    body,
  });
}
