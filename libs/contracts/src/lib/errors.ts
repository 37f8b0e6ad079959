/** One field that failed validation. */
export interface FieldError {
  field: string;
  messages: string[];
}

/** The single error body every REST endpoint returns. */
export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: FieldError[] | Record<string, unknown>;
}
