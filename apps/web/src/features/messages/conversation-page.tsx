import type { ConversationView } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '@torchbridge/ui';
import { useApi } from '../../lib/api/services-context';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { useChatStore } from '../../lib/chat/chat-context';
import { DetailState } from '../directory/detail-state';
import { ConversationThread } from './conversation-thread';
import { MembersPanel } from './members-panel';
import { conversationName, useConversations } from './use-conversations';
import { PAGE_SIZE } from './use-older-messages';
import './messages.css';

export function ConversationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['messages', 'common']);
  const conversations = useConversations();
  const conversation = conversations.data?.find((c) => c.id === id);
  const store = useChatStore();

  if (!conversations.data) {
    return (
      <DetailState
        error={conversations.error}
        backTo="/messages"
        loadFailed={t('loadFailed')}
        retry={() => void conversations.refetch()}
      />
    );
  }
  if (!conversation) {
    return (
      <div className="page page-narrow">
        <PageTitle title={t('common:notFound.title')} />
        <h1>{t('common:notFound.title')}</h1>
        <p>{store.wasRemoved(id) ? t('removed') : t('notFound')}</p>
        <p>
          <Link to="/messages">{t('back')}</Link>
        </p>
      </div>
    );
  }
  return <LiveConversation conversation={conversation} />;
}

/** Loads the newest page, then follows the conversation live. */
function LiveConversation({
  conversation,
}: {
  conversation: ConversationView;
}) {
  const { t } = useTranslation(['messages', 'common']);
  const api = useApi();
  const store = useChatStore();
  const user = useSignedInUser();
  const id = conversation.id;
  const newest = useQuery({
    queryKey: ['conversation-newest', id],
    queryFn: () => api.conversationMessages(id, { limit: PAGE_SIZE }),
  });

  useEffect(() => {
    if (newest.data) {
      store.keepHistory(newest.data);
    }
    // Watched after the newest page is kept, so catch-up continues from there rather than from the start.
    if (newest.data || newest.error) {
      store.watch(id);
    }
  }, [store, id, newest.data, newest.error]);

  const name = conversationName(conversation, user.id);
  return (
    <div className="page conversation-page">
      <PageTitle title={name} />
      <p>
        <Link to="/messages">{t('back')}</Link>
      </p>
      <h1>{conversation.kind === 'group' ? name : t('with', { name })}</h1>
      <MembersPanel conversation={conversation} viewer={user} />
      <ConversationThread conversation={conversation} viewer={user} />
    </div>
  );
}
