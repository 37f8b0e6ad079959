import type { MentorshipRequestView } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';

/** Status badges of a request: its state and, for programme proposals, whether the founder confirmed. */
export function RequestStatus({ request }: { request: MentorshipRequestView }) {
  const { t } = useTranslation('requests');
  const waiting = request.status === 'pending';
  return (
    <p className="park-tags">
      <span className={waiting ? 'badge badge-warning' : 'badge'}>
        {t(`statuses.${request.status}`)}
      </span>
      {request.cohortRunId && (
        <span className="badge badge-quiet">{t('proposed')}</span>
      )}
      {waiting && !request.founderConfirmed && (
        <span className="badge badge-quiet">{t('awaitingConfirm')}</span>
      )}
    </p>
  );
}
