import type { MentorDetail } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The review state at the top of the profile, so a mentor sees at once whether founders can find them. */
export function VettingStatus({ profile }: { profile: MentorDetail }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section
      className={`vetting-status vetting-status-${profile.vetting}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        {t('mentorProfile.vettingTitle')}:{' '}
        {t(`vettingStates.${profile.vetting}`)}
      </h2>
      <p>{t(`mentorProfile.${profile.vetting}`)}</p>
      {profile.vetting === 'rejected' && profile.vettingReason && (
        <p className="vetting-reason">
          {t('mentorProfile.reason', { reason: profile.vettingReason })}
        </p>
      )}
    </section>
  );
}
