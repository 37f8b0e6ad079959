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
  const { t } = useTranslation('messages');
  const last = conversation.lastMessage;
  const preview = !last
    ? t('noMessagesYet')
    : last.senderId === viewerId
      ? t('youSaid', { body: last.body })
      : last.body;
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
