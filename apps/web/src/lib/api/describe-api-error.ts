import { isApiError } from '@torchbridge/api-client';
import type { TFunction } from 'i18next';
import { en, type TranslationResources } from '../i18n/resources/en';

type FieldName = keyof TranslationResources['fields'];

/** Already-translated messages for statuses that mean something specific on one screen (e.g. 401 on sign-in). */
export type StatusMessages = Partial<Record<number, string>>;

export interface DescribedError {
  message: string;
  /** One "Field: problem" line per field the server named. */
  fields: string[];
}

// Every field with a label in the resources; the server names fields by their DTO property.
function isFieldName(field: string): field is FieldName {
  return Object.hasOwn(en.fields, field);
}

export function fieldLabel(t: TFunction, field: string): string {
  return isFieldName(field) ? t(`fields.${field}`) : field;
}

/** Turns anything thrown by the API client into text in the UI language. */
export function describeApiError(
  error: unknown,
  t: TFunction,
  statusMessages: StatusMessages = {},
): DescribedError {
  if (!isApiError(error)) {
    return { message: t('errors.server'), fields: [] };
  }
  const fields = error.details.map((detail) =>
    t('errors.fieldMessage', {
      field: fieldLabel(t, detail.field),
      message: detail.messages.join(' '),
    }),
  );
  const specific = statusMessages[error.status];
  if (specific) {
    return { message: specific, fields };
  }
  if (error.isNetworkError) {
    return { message: t('errors.network'), fields };
  }
  if (fields.length > 0) {
    return { message: t('errors.validation'), fields };
  }
  switch (error.status) {
    case 401:
      return { message: t('errors.sessionEnded'), fields };
    case 403:
      return { message: t('errors.forbidden'), fields };
    case 429:
      return {
        message: error.retryAfterSeconds
          ? t('errors.rateLimitedWait', { seconds: error.retryAfterSeconds })
          : t('errors.rateLimited'),
        fields,
      };
    default:
      return {
        message:
          error.status >= 500
            ? t('errors.server')
            : t('errors.generic', { status: error.status }),
        fields,
      };
  }
}

/** The server's messages for one field, to show next to that input. */
export function apiFieldError(
  error: unknown,
  field: string,
): string | undefined {
  if (!isApiError(error)) {
    return undefined;
  }
  const messages = error.messagesFor(field);
  return messages.length > 0 ? messages.join(' ') : undefined;
}
