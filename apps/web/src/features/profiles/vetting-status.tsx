import type { MentorDetail } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The review state at the top of the profile, so a mentor sees at once whether founders can find them. */
export function VettingStatus({ profile }: { profile: MentorDetail }) {
  const { t } = useTranslation(['profiles', 'common']);
  const headingId = useId();
  return (
    <section
      className={`vetting-status vetting-status-${profile.vetting}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>
        {t('mentor.vettingTitle')}:{' '}
        {t(`common:vettingStates.${profile.vetting}`)}
      </h2>
      <p>{t(`mentor.${profile.vetting}`)}</p>
      {profile.vetting === 'rejected' && profile.vettingReason && (
        <p className="vetting-reason">
          {t('mentor.reason', { reason: profile.vettingReason })}
        </p>
      )}
    </section>
  );
}
