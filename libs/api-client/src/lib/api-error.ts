import type { ErrorBody, FieldError } from '@torchbridge/contracts';

/** Status used when the request never got an HTTP answer (offline, DNS, CORS, aborted). */
export const NETWORK_ERROR_STATUS = 0;

export interface ApiErrorInit {
  status: number;
  message: string;
  error?: string;
  details?: FieldError[];
  retryAfterSeconds?: number;
  body?: unknown;
}

/** A non-2xx answer (or no answer) from the Torchbridge API. */
export class ApiError extends Error {
  readonly status: number;
  /** The HTTP reason phrase from the error body, e.g. "Conflict". */
  readonly error: string;
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
    this.details = init.details ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.body = init.body;
  }

  get isNetworkError(): boolean {
    return this.status === NETWORK_ERROR_STATUS;
  }

  /** Messages for one field, e.g. `messagesFor('timeZone')`. */
  messagesFor(field: string): string[] {
    return (
      this.details.find((detail) => detail.field === field)?.messages ?? []
    );
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
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

/** Only the `[{field, messages}]` form names fields; other `details` shapes stay in `body`. */
export function normaliseDetails(
  details: ErrorBody['details'] | unknown,
): FieldError[] {
  return Array.isArray(details) ? details.filter(isFieldError) : [];
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
    details: normaliseDetails(record['details']),
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    body,
  });
}
