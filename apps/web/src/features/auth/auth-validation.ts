import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@torchbridge/contracts';

export const DISPLAY_NAME_MAX_LENGTH = 100;

// Deliberately loose: the server has the final word, this only catches typos before a round trip.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type EmailProblem = 'emailRequired' | 'emailInvalid';
export type PasswordProblem =
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong';
export type DisplayNameProblem = 'displayNameRequired' | 'displayNameTooLong';

export function checkEmail(email: string): EmailProblem | undefined {
  const trimmed = email.trim();
  if (!trimmed) {
    return 'emailRequired';
  }
  return EMAIL_PATTERN.test(trimmed) ? undefined : 'emailInvalid';
}

export function checkPassword(password: string): PasswordProblem | undefined {
  if (!password) {
    return 'passwordRequired';
  }
  if (password.length < PASSWORD_MIN_LENGTH) {
    return 'passwordTooShort';
  }
  return password.length > PASSWORD_MAX_LENGTH ? 'passwordTooLong' : undefined;
}

export function checkDisplayName(name: string): DisplayNameProblem | undefined {
  const trimmed = name.trim();
  if (!trimmed) {
    return 'displayNameRequired';
  }
  return trimmed.length > DISPLAY_NAME_MAX_LENGTH
    ? 'displayNameTooLong'
    : undefined;
}
