import { isApiError, type ApiError } from '@torchbridge/api-client';
import {
  isRole,
  type ErrorCode,
  type FieldError,
  type RequestStatus,
} from '@torchbridge/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { common } from '../i18n/resources/en/common';
import { requests } from '../i18n/resources/en/requests';

// Codes are translated in `errors`; field labels, roles and request statuses in their params come from the others.
const NAMESPACES = ['errors', 'common', 'requests'] as const;
type ErrorT = TFunction<typeof NAMESPACES>;

type FieldName = keyof typeof common.fields;

/** Already-translated messages for codes that mean something more specific on one screen (`field.taken` on registration). */
export type CodeMessages = Partial<Record<ErrorCode, string>>;

export interface DescribedError {
  message: string;
  /** One line per field the server named. */
  fields: string[];
}

// Every field with a label in the resources; the server names fields by their DTO property.
function isFieldName(field: string): field is FieldName {
  return Object.hasOwn(common.fields, field);
}

function isRequestStatus(value: string): value is RequestStatus {
  return Object.hasOwn(requests.statuses, value);
}

function fieldLabel(t: ErrorT, field: string): string {
  return isFieldName(field) ? t(`common:fields.${field}`) : field;
}

/** The code's params with field names, roles and statuses put into words of the UI language. */
function readableParams(
  t: ErrorT,
  params: Readonly<Record<string, string | number>>,
): Record<string, string | number> {
  const readable = { ...params };
  const { field, roles, status } = params;
  if (typeof field === 'string') {
    readable['field'] = fieldLabel(t, field);
  }
  if (typeof roles === 'string') {
    readable['roles'] = roles
      .split(/,\s*/)
      .map((role) => (isRole(role) ? t(`common:roles.${role}`) : role))
      .join(t('client.listSeparator'));
  }
  if (typeof status === 'string' && isRequestStatus(status)) {
    readable['status'] = t(`requests:statuses.${status}`);
  }
  return readable;
}

/** The message of a catalogued code in the UI language. */
export function codeMessage(
  t: ErrorT,
  code: ErrorCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return t(code, readableParams(t, params));
}

/** One field's problem: the translated code when the server named one, else the server's own words. */
function fieldProblem(t: ErrorT, detail: FieldError): string {
  return detail.code
    ? codeMessage(t, detail.code, { field: detail.field })
    : detail.messages.join(' ');
}

function mainMessage(
  t: ErrorT,
  error: ApiError,
  fields: readonly string[],
  codeMessages: CodeMessages,
): string {
  if (error.isNetworkError) {
    return t('client.network');
  }
  const specific = codeMessages[error.code];
  if (specific) {
    return specific;
  }
  // A code newer than this app: the server's English beats a vague generic message.
  if (error.unknownCode) {
    return error.message;
  }
  if (fields.length > 0) {
    return t('client.checkFields');
  }
  if (error.status === 429 && error.retryAfterSeconds) {
    return t('client.rateLimitedWait', { seconds: error.retryAfterSeconds });
  }
  return codeMessage(t, error.code, error.params);
}

/** Turns anything thrown by the API client into text in the UI language, by the error's code. */
export function describeApiError(
  error: unknown,
  t: ErrorT,
  codeMessages: CodeMessages = {},
): DescribedError {
  if (!isApiError(error)) {
    return { message: codeMessage(t, 'internal'), fields: [] };
  }
  const fields = error.details.map((detail) =>
    detail.code
      ? fieldProblem(t, detail)
      : t('client.fieldMessage', {
          field: fieldLabel(t, detail.field),
          message: fieldProblem(t, detail),
        }),
  );
  return { message: mainMessage(t, error, fields, codeMessages), fields };
}

/** `describeApiError` with the current language. */
export function useDescribeApiError(): (
  error: unknown,
  codeMessages?: CodeMessages,
) => DescribedError {
  const { t } = useTranslation(NAMESPACES);
  return (error, codeMessages) => describeApiError(error, t, codeMessages);
}

/** The server's problem with one field in the UI language, to show next to that input; undefined when there is none. */
export function useApiFieldError(): (
  error: unknown,
  field: string,
) => string | undefined {
  const { t } = useTranslation(NAMESPACES);
  return (error, field) => {
    const detail = isApiError(error) ? error.detailFor(field) : undefined;
    return detail && (detail.code || detail.messages.length > 0)
      ? fieldProblem(t, detail)
      : undefined;
  };
}
