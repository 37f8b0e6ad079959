import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@torchbridge/contracts';
import type { TFunction } from 'i18next';
import {
  DISPLAY_NAME_MAX_LENGTH,
  type DisplayNameProblem,
  type EmailProblem,
  type PasswordProblem,
} from './auth-validation';

export type Problem = EmailProblem | PasswordProblem | DisplayNameProblem;

export function validationMessage(
  t: TFunction,
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
