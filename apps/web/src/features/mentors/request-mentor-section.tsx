import type { MentorDetail } from '@torchbridge/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusMessage } from '@torchbridge/ui';
import { RequestForm } from '../find-mentor/request-form';
import { useMentorRelations } from '../find-mentor/use-mentor-relations';
import './mentors.css';

/**
 * A founder asks this mentor from their profile with the same form as from recommendations. When a request cannot
 * be sent, the button stays in place, disabled, with the reason beside it.
 */
export function RequestMentorSection({ mentor }: { mentor: MentorDetail }) {
  const { t } = useTranslation(['mentors', 'findMentor']);
  const headingId = useId();
  const reasonId = useId();
  const relation = useMentorRelations(true)(mentor.id);
  const [requesting, setRequesting] = useState(false);
  const [sent, setSent] = useState(false);
  const name = mentor.displayName;
  const paused = mentor.status === 'paused';
  const blocked =
    relation === 'mentor'
      ? t('requestDisabledMentor', { name })
      : relation === 'requested'
        ? t('requestDisabledRequested', { name })
        : paused
          ? t('requestDisabledPaused', { name })
          : mentor.freePlaces <= 0
            ? t('requestDisabledFull', { name })
            : undefined;

  return (
    <section className="card request-mentor-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('requestTitle')}</h2>
      <StatusMessage className="success-text">
        {sent ? t('findMentor:sent', { name }) : ''}
      </StatusMessage>
      {requesting && !blocked ? (
        <RequestForm
          mentorId={mentor.id}
          mentorName={name}
          onSent={() => {
            setSent(true);
            setRequesting(false);
          }}
          onCancel={() => setRequesting(false)}
        />
      ) : (
        <>
          {!sent && !blocked && <p>{t('requestLead', { name })}</p>}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              aria-label={t('findMentor:requestName', { name })}
              aria-describedby={blocked ? reasonId : undefined}
              disabled={blocked !== undefined}
              onClick={() => setRequesting(true)}
            >
              {t('findMentor:request')}
            </button>
          </div>
          {blocked && (
            <p id={reasonId} className="muted">
              {blocked}{' '}
              {relation === 'requested' && (
                <Link to="/requests">{t('openMyRequests')}</Link>
              )}
            </p>
          )}
        </>
      )}
    </section>
  );
}
