import type { Locale, MentorshipRequestView } from '@torchbridge/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ReasonForm, RowActionButton } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { pickText } from '../../lib/i18n/bilingual';
import { LocalTimePair } from '../../lib/time/local-time-pair';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { useApiFieldError } from '../../lib/api/describe-api-error';
import { taxonomyLabel } from '../../lib/taxonomy/taxonomy-labels';
import { ReasonList } from '../matching/reason-list';
import { ScoreBadge } from '../matching/score-badge';
import { RequestStatus } from './request-status';
import { timeLeft } from './time-left';
import { useRequestAction } from './use-request-action';

/** A request in the mentor's inbox: who asks, why, both clocks, the time left; Accept or Decline with a reason. */
export function ReceivedRequestRow({
  request,
  locale,
  yourZone,
  now,
  onDone,
}: {
  request: MentorshipRequestView;
  locale: Locale;
  yourZone: string;
  now: Date;
  onDone(message: string, mentorshipId?: string): void;
}) {
  const { t } = useTranslation('requests');
  const apiFieldError = useApiFieldError();
  const api = useApi();
  const headingId = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const startup = pickText(
    request.startup.nameEn,
    request.startup.nameZh,
    locale,
  );
  const name = startup.text;
  const accept = useRequestAction(
    () => api.acceptRequest(request.id),
    (mentorship) => onDone(t('accepted', { name }), mentorship.id),
  );
  const decline = useRequestAction(
    (text: string) => api.declineRequest(request.id, text),
    () => onDone(t('declined', { name })),
  );
  const answerable = request.status === 'pending' && request.founderConfirmed;
  const error = accept.error ?? decline.error;

  return (
    <li className="card request-row" aria-labelledby={headingId}>
      <div className="recommendation-head">
        {request.match && <ScoreBadge score={request.match.score} />}
        <div>
          <h2 id={headingId} className="park-name" lang={startup.lang}>
            <Link to={`/startups/${request.startup.id}`}>{name}</Link>
          </h2>
          <RequestStatus request={request} />
        </div>
      </div>
      <dl className="details details-compact">
        <div>
          <dt>{t('founder')}</dt>
          <dd>{request.founder.displayName}</dd>
        </div>
        {request.startup.sectors && request.startup.sectors.length > 0 && (
          <div>
            <dt>{t('sectors')}</dt>
            <dd>
              {request.startup.sectors
                .map((code) => taxonomyLabel('sectors', code, locale))
                .join(locale === 'zh-CN' ? '、' : ', ')}
            </dd>
          </div>
        )}
        {request.startup.stage && (
          <div>
            <dt>{t('stage')}</dt>
            <dd>{taxonomyLabel('stages', request.startup.stage, locale)}</dd>
          </div>
        )}
        <div>
          <dt>{t('localTimes')}</dt>
          <dd>
            <LocalTimePair
              theirZone={request.startup.timeZone}
              yourZone={yourZone}
              now={now}
              locale={locale}
            />
          </dd>
        </div>
        {request.status === 'pending' && (
          <div>
            <dt>{t('timeLeft')}</dt>
            <dd>{timeLeft(request.expiresAt, now, t)}</dd>
          </div>
        )}
        {request.declineReason && (
          <div>
            <dt>{t('declineReason')}</dt>
            <dd>{request.declineReason}</dd>
          </div>
        )}
      </dl>
      {request.match && (
        <ReasonList
          reasons={request.match.reasons}
          label={t('fitReasons', { name })}
          perspective="pair"
        />
      )}
      {request.match === null && <p className="muted">{t('noFit')}</p>}
      {request.message && <p className="request-message">{request.message}</p>}
      <ApiErrorAlert error={error} />
      {answerable && declining && (
        <ReasonForm
          label={t('reason', { name })}
          hint={t('reasonHint')}
          requiredMessage={t('reasonRequired')}
          serverError={apiFieldError(decline.error, 'reason')}
          confirmLabel={t('confirmDecline')}
          cancelLabel={t('cancel')}
          pending={decline.isPending}
          reason={reason}
          onReasonChange={setReason}
          onConfirm={(text) => decline.mutate(text)}
          onCancel={() => setDeclining(false)}
        />
      )}
      {answerable && !declining && (
        <div className="form-actions">
          <RowActionButton
            primary
            name={t('acceptName', { name })}
            disabled={accept.isPending}
            onClick={() => accept.mutate(undefined)}
          >
            {t('accept')}
          </RowActionButton>
          <RowActionButton
            name={t('declineName', { name })}
            disabled={accept.isPending}
            onClick={() => setDeclining(true)}
          >
            {t('decline')}
          </RowActionButton>
        </div>
      )}
    </li>
  );
}
