import type { Locale, RecommendationView } from '@torchbridge/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusMessage } from '@torchbridge/ui';
import { pickText } from '../../lib/i18n/bilingual';
import { LocalTimePair } from '../../lib/time/local-time-pair';
import { ReasonList } from '../matching/reason-list';
import { ScoreBadge } from '../matching/score-badge';
import { RequestForm } from './request-form';
import type { MentorRelation } from './use-mentor-relations';

/** One recommended mentor: score, reasons, both clocks and the inline request form. */
export function RecommendationCard({
  recommendation,
  locale,
  now,
  yourZone,
  relation,
}: {
  recommendation: RecommendationView;
  locale: Locale;
  now: Date;
  yourZone: string;
  relation?: MentorRelation;
}) {
  const { t } = useTranslation('findMentor');
  const headingId = useId();
  const { mentor, score, reasons } = recommendation;
  const [requesting, setRequesting] = useState(false);
  const [sent, setSent] = useState(false);
  const headline = pickText(mentor.headlineEn, mentor.headlineZh, locale);

  return (
    <li className="card recommendation-card" aria-labelledby={headingId}>
      <div className="recommendation-head">
        <ScoreBadge score={score} />
        <div>
          <h2 id={headingId} className="park-name">
            {mentor.displayName}
          </h2>
          <p className="directory-headline" lang={headline.lang}>
            {headline.text}
          </p>
          {relation && (
            <p className="park-tags">
              <span
                className={
                  relation === 'mentor' ? 'badge' : 'badge badge-warning'
                }
              >
                {relation === 'mentor' ? t('yourMentor') : t('requested')}
              </span>
            </p>
          )}
        </div>
      </div>
      <ReasonList reasons={reasons} />
      <p className="muted">
        {t('localTime')}{' '}
        <LocalTimePair
          theirZone={mentor.timeZone}
          yourZone={yourZone}
          now={now}
          locale={locale}
        />
      </p>
      <StatusMessage className="success-text">
        {sent ? t('sent', { name: mentor.displayName }) : ''}
      </StatusMessage>
      {requesting ? (
        <RequestForm
          mentorId={mentor.id}
          mentorName={mentor.displayName}
          onSent={() => {
            setSent(true);
            setRequesting(false);
          }}
          onCancel={() => setRequesting(false)}
        />
      ) : (
        <div className="form-actions">
          {relation && (
            <p className="muted">
              {t(relation === 'mentor' ? 'yourMentorHint' : 'requestedHint', {
                name: mentor.displayName,
              })}
            </p>
          )}
          {!sent && !relation && (
            <button
              type="button"
              className="button button-primary"
              aria-label={t('requestName', {
                name: mentor.displayName,
              })}
              onClick={() => setRequesting(true)}
            >
              {t('request')}
            </button>
          )}
          <Link to={`/mentors/${mentor.id}`}>
            {t('viewProfile', { name: mentor.displayName })}
          </Link>
        </div>
      )}
    </li>
  );
}
