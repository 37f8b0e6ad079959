import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@torchbridge/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  DISPLAY_NAME_MAX_LENGTH,
  type DisplayNameProblem,
  type EmailProblem,
  type PasswordProblem,
} from './auth-validation';

export type Problem = EmailProblem | PasswordProblem | DisplayNameProblem;

function validationMessage(
  t: TFunction<'common'>,
  problem: Problem | undefined,
): string | undefined {
  switch (problem) {
    case undefined:
      return undefined;
    case 'passwordTooShort':
      return t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH });
    case 'passwordTooLong':
      return t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH });
    case 'displayNameTooLong':
      return t('validation.displayNameTooLong', {
        max: DISPLAY_NAME_MAX_LENGTH,
      });
    default:
      return t(`validation.${problem}`);
  }
}

/** The text of a client-side check in the UI language; undefined when there is no problem. */
export function useValidationMessage(): (
  problem: Problem | undefined,
) => string | undefined {
  const { t } = useTranslation();
  return (problem) => validationMessage(t, problem);
}
