import { isApiError } from '@torchbridge/api-client';
import { useTranslation } from 'react-i18next';
import { codeMessage } from '../../lib/api/describe-api-error';
import type { DraftProblems } from './availability-draft';

/**
 * The problem with one field, in words next to it: what the editor found before sending, else what the API named
 * for that path (`rules.2.endMinute`), with the field called by the label the person sees.
 */
export function useFieldProblem(
  error: unknown,
  problems: DraftProblems = {},
): (path: string, label: string) => string | undefined {
  const { t } = useTranslation(['errors', 'common', 'requests']);
  const { t: tb } = useTranslation('booking');
  return (path, label) => {
    const local = problems[path];
    if (local) {
      return tb(`problems.${local}`, { field: label });
    }
    const detail = isApiError(error) ? error.detailFor(path) : undefined;
    if (!detail) {
      return undefined;
    }
    if (detail.code) {
      return codeMessage(t, detail.code, { field: label });
    }
    return t('client.fieldMessage', {
      field: label,
      message: detail.messages.join(' '),
    });
  };
}

/** Paths the API named that sit under a prefix (`rules.3`), for a line at the group when no input shows them. */
export function problemPaths(error: unknown, prefix: string): string[] {
  if (!isApiError(error)) {
    return [];
  }
  return error.details
    .map((detail) => detail.field)
    .filter((field) => field === prefix || field.startsWith(`${prefix}.`));
}
