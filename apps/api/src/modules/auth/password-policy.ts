import type { ErrorCode } from '@torchbridge/contracts';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';

/** zxcvbn's "safely unguessable" (about 10^8 guesses or more). */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn's matching grows much faster than the length: 128 characters of l33t-looking repeats took 10 s of one
 * core. The first 40 characters decide; a password that is strong there only gets stronger after it. Few l33t
 * substitutions for the same reason (100 by default); weak passwords scored the same in our checks.
 */
const CHECKED_LENGTH = 40;
const L33T_SUBSTITUTIONS = 4;

/** Names in or about the site that a guesser tries first. */
const SITE_WORDS = ['torchbridge', 'torch bridge', '火炬桥'];

export type PasswordProblem = Extract<ErrorCode, `password.${string}`>;

const WARNING_PROBLEMS: Record<string, PasswordProblem> = {
  userInputs: 'password.personal',
  simpleRepeat: 'password.pattern',
  extendedRepeat: 'password.pattern',
  sequences: 'password.pattern',
  straightRow: 'password.pattern',
  keyPattern: 'password.pattern',
  topTen: 'password.common',
  topHundred: 'password.common',
  common: 'password.common',
  similarToCommon: 'password.common',
  wordByItself: 'password.common',
  namesByThemselves: 'password.common',
  commonNames: 'password.common',
  recentYears: 'password.common',
  dates: 'password.common',
  pwned: 'password.common',
};

let configured = false;

function configure(): void {
  if (!configured) {
    // Dictionaries load once, on the first check (about 250 ms), not at every boot.
    zxcvbnOptions.setOptions({
      dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary },
      graphs: zxcvbnCommon.adjacencyGraphs,
      l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
    });
    configured = true;
  }
}

/** What a guesser who knows the person would try: the email, its parts, the display name, its words, the site. */
export function personalWords(about: { email: string; displayName: string }): string[] {
  const email = about.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? email;
  const name = about.displayName.trim().toLowerCase();
  const parts = [...local.split(/[._+\-\d]+/), ...name.split(/\s+/)].filter((part) => part.length >= 3);
  return [...new Set([email, local, name, name.replace(/\s+/g, ''), ...parts, ...SITE_WORDS].filter(Boolean))];
}

/** Why a new password is refused, or undefined when it is strong enough. */
export function passwordProblem(password: string, about: { email: string; displayName: string }): PasswordProblem | undefined {
  configure();
  const words = personalWords(about);
  const checked = password.slice(0, CHECKED_LENGTH);
  // Built on the person's own email or name: what is left without them must be strong on its own.
  const lowered = checked.toLowerCase();
  const rest = [...words].sort((a, b) => b.length - a.length).reduce((left, word) => left.split(word).join(' '), lowered);
  if (rest !== lowered && zxcvbn(rest, words).score < MIN_PASSWORD_SCORE) {
    return 'password.personal';
  }
  const result = zxcvbn(checked, words);
  if (result.score >= MIN_PASSWORD_SCORE) {
    return undefined;
  }
  return WARNING_PROBLEMS[result.feedback.warning ?? ''] ?? 'password.weak';
}
