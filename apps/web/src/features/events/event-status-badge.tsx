import type { EventStatus } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const { t } = useTranslation('events');
  return (
    <span
      className={`badge${status === 'open' ? '' : ' badge-quiet'} event-status`}
    >
      {t(`statuses.${status}`)}
    </span>
  );
}
