import type { ConversationView } from '@torchbridge/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime, type ZonedFormat } from '../../lib/time/format';
import { conversationName } from './use-conversations';

export function ConversationListItem({
  conversation,
  viewerId,
  format,
}: {
  conversation: ConversationView;
  viewerId: string;
  format: ZonedFormat;
}) {
  const { t } = useTranslation(['messages', 'booking']);
  const last = conversation.lastMessage;
  // A booking note is the product's, in the reader's language, not the words stored with it.
  const body =
    last?.kind === 'booking' && last.booking
      ? t(`booking:chat.${last.booking.event}`)
      : last?.body;
  const preview = !last
    ? t('noMessagesYet')
    : last.senderId === viewerId
      ? t('youSaid', { body })
      : body;
  return (
    <li className="card conversation-item">
      <p className="conversation-head">
        <Link to={`/messages/${conversation.id}`} className="conversation-name">
          {conversationName(conversation, viewerId)}
        </Link>
        {conversation.unread > 0 && (
          <span className="badge unread-badge">
            {t('unread', { count: conversation.unread })}
          </span>
        )}
      </p>
      <p className="conversation-preview muted">{preview}</p>
      {last && (
        <p className="muted">
          <time dateTime={last.createdAt}>
            {formatDateTime(new Date(last.createdAt), format)}
          </time>
        </p>
      )}
    </li>
  );
}
