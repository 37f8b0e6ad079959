import { isApiError } from '@torchbridge/api-client';
import type { TFunction } from 'i18next';
import type { StatusMessages } from '../../lib/ui/describe-api-error';

// The API explains a 409 in English; known explanations are shown in the reader's language.
const KNOWN: readonly [RegExp, string][] = [
  [/paused mentoring/, 'matching.conflicts.paused'],
  [/This mentor has no free place/, 'matching.conflicts.full'],
  [/already working with this mentor/, 'matching.conflicts.together'],
  [/pending requests; wait/, 'matching.conflicts.tooMany'],
  [/pending request to this mentor/, 'matching.conflicts.duplicate'],
  [/startup profile before requesting/, 'matching.conflicts.noStartup'],
  [/You have no free place left/, 'matching.conflicts.mentorFull'],
  [/founder has not confirmed/, 'matching.conflicts.notConfirmed'],
  [/request has expired/, 'matching.conflicts.expired'],
  [/Only the other side can agree/, 'matching.conflicts.onlyOther'],
  [/once both sides have agreed/, 'matching.conflicts.notAgreed'],
  [/already left feedback/, 'matching.conflicts.feedbackTwice'],
  [/cohort run is( already)? published/, 'matching.conflicts.published'],
];

/** For ApiErrorAlert: a 409 reads as the translated reason, or the server's own words when unknown. */
export function conflictMessages(error: unknown, t: TFunction): StatusMessages {
  if (!isApiError(error) || error.status !== 409) {
    return {};
  }
  const known = KNOWN.find(([pattern]) => pattern.test(error.message));
  // The keys above are literal resource paths; i18next's typing cannot follow them through the table.
  return {
    409: known ? t(known[1] as 'matching.conflicts.full') : error.message,
  };
}
