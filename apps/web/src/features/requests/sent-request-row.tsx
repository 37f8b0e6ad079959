import type { Locale, MentorshipRequestView } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RowActionButton } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { formatDateTime } from '../../lib/time/format';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { RequestStatus } from './request-status';
import { useRequestAction } from './use-request-action';

/** A request the founder's startup sent: status, expiry in the founder's zone, the mentor's answer. */
export function SentRequestRow({
  request,
  locale,
  yourZone,
  onDone,
}: {
  request: MentorshipRequestView;
  locale: Locale;
  yourZone: string;
  onDone(message: string): void;
}) {
  const { t } = useTranslation('requests');
  const api = useApi();
  const headingId = useId();
  const name = request.mentor.displayName;
  const withdraw = useRequestAction(
    () => api.withdrawRequest(request.id),
    () => onDone(t('withdrawn', { name })),
  );
  const confirm = useRequestAction(
    () => api.confirmRequest(request.id),
    () => onDone(t('confirmed', { name })),
  );
  const pending = request.status === 'pending';
  const error = withdraw.error ?? confirm.error;

  return (
    <li className="card request-row" aria-labelledby={headingId}>
      <h2 id={headingId} className="park-name">
        <Link to={`/mentors/${request.mentor.id}`}>{name}</Link>
      </h2>
      <RequestStatus request={request} />
      <dl className="details details-compact">
        <div>
          <dt>{t('sentOn')}</dt>
          <dd>
            {formatDateTime(new Date(request.createdAt), {
              locale,
              timeZone: yourZone,
            })}
          </dd>
        </div>
        {pending && (
          <div>
            <dt>{t('expires')}</dt>
            <dd>
              {formatDateTime(new Date(request.expiresAt), {
                locale,
                timeZone: yourZone,
              })}
            </dd>
          </div>
        )}
        {request.declineReason && (
          <div>
            <dt>{t('declineReason')}</dt>
            <dd>{request.declineReason}</dd>
          </div>
        )}
      </dl>
      {request.message && (
        <p className="request-message muted">{request.message}</p>
      )}
      {request.status === 'accepted' && request.mentorshipId && (
        <div className="form-actions">
          <Link
            className="button button-primary"
            to={`/mentorships/${request.mentorshipId}`}
            aria-label={t('openMentorshipWith', { name })}
          >
            {t('openMentorship')}
          </Link>
          {request.conversationId && (
            <Link
              className="button button-secondary"
              to={`/messages/${request.conversationId}`}
              aria-label={t('openChatWith', { name })}
            >
              {t('openChat')}
            </Link>
          )}
        </div>
      )}
      <ApiErrorAlert error={error} />
      {pending && (
        <div className="form-actions">
          {!request.founderConfirmed && (
            <RowActionButton
              primary
              name={t('confirmName', { name })}
              disabled={confirm.isPending}
              onClick={() => confirm.mutate(undefined)}
            >
              {t('confirm')}
            </RowActionButton>
          )}
          <RowActionButton
            name={t('withdrawName', { name })}
            disabled={withdraw.isPending}
            onClick={() => withdraw.mutate(undefined)}
          >
            {t('withdraw')}
          </RowActionButton>
        </div>
      )}
    </li>
  );
}
