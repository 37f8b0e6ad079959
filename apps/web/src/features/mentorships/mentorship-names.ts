import type { Locale, MentorshipView } from '@torchbridge/contracts';
import { pickText, type BilingualText } from '../../lib/i18n/bilingual';

export function mentorshipStartupName(
  mentorship: Pick<MentorshipView, 'startup'>,
  locale: Locale,
): BilingualText {
  return pickText(mentorship.startup.nameEn, mentorship.startup.nameZh, locale);
}
