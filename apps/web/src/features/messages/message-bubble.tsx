import { useTranslation } from 'react-i18next';
import type { ChatLine } from '../../lib/chat/chat-store';
import { formatDateTime, type ZonedFormat } from '../../lib/time/format';
import { BookingMessageCard } from '../booking/booking-message-card';

/** One message; the body is a plain text node, so markup someone typed stays text. */
export function MessageBubble({
  line,
  own,
  senderName,
  format,
  read,
}: {
  line: ChatLine;
  own: boolean;
  senderName: string;
  format: ZonedFormat;
  read: boolean;
}) {
  const { t } = useTranslation('messages');
  return (
    <li className={`bubble ${own ? 'bubble-own' : 'bubble-other'}`}>
      <p className="bubble-meta">
        <span className="bubble-sender">{senderName}</span>{' '}
        <time dateTime={line.createdAt}>
          {formatDateTime(new Date(line.createdAt), format)}
        </time>
      </p>
      {line.kind === 'booking' && line.booking ? (
        <BookingMessageCard
          booking={line.booking}
          locale={format.locale}
          timeZone={format.timeZone}
        />
      ) : (
        <p className="bubble-body">{line.body}</p>
      )}
      {line.state === 'sending' && (
        <p className="bubble-state muted">{t('sending')}</p>
      )}
      {line.state === 'failed' && (
        <p className="bubble-state bubble-failed">{t('failed')}</p>
      )}
      {read && <p className="bubble-state muted">{t('read')}</p>}
    </li>
  );
}
