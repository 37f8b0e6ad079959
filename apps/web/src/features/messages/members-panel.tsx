import type { ConversationView, Role } from '@torchbridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApi } from '../../lib/api/services-context';
import {
  CONVERSATIONS_KEY,
  useChatStatus,
  useChatStore,
} from '../../lib/chat/chat-context';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';

/**
 * Who is in the conversation and who is online now; in a group, its managers (and admins) can remove people and
 * anyone can leave.
 */
export function MembersPanel({
  conversation,
  viewer,
}: {
  conversation: ConversationView;
  viewer: { id: string; role: Role };
}) {
  const { t } = useTranslation('messages');
  const api = useApi();
  const store = useChatStore();
  const status = useChatStatus();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useSyncExternalStore(store.subscribe, store.getVersion);
  const others = conversation.members.filter((m) => m.userId !== viewer.id);
  const otherIds = others.map((m) => m.userId).join(',');

  useEffect(() => {
    if (status === 'online' && otherIds) {
      void store.refreshPresence(otherIds.split(','));
    }
  }, [store, status, otherIds]);

  const remove = useMutation({
    mutationFn: (userId: string) =>
      api.removeConversationMember(conversation.id, userId),
    onSuccess: async (_, userId) => {
      await queryClient.invalidateQueries({ queryKey: CONVERSATIONS_KEY });
      if (userId === viewer.id) {
        void navigate('/messages');
      }
    },
  });
  const isGroup = conversation.kind === 'group';
  const canManage =
    isGroup && (viewer.role === 'manager' || viewer.role === 'admin');

  return (
    <section className="members-panel" aria-label={t('members')}>
      <h2 className="visually-hidden">{t('members')}</h2>
      <ul className="member-list">
        {others.map((m) => {
          const online = store.isOnline(m.userId);
          const presence = online ? t('online') : t('offline');
          return (
            <li key={m.userId}>
              <span
                role="img"
                className={online ? 'presence presence-online' : 'presence'}
                aria-label={presence}
                title={presence}
              />
              {m.displayName}
              {canManage && (
                <button
                  type="button"
                  className="button-link"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate(m.userId)}
                >
                  {t('removeMember', { name: m.displayName })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {isGroup && (
        <button
          type="button"
          className="button-link"
          disabled={remove.isPending}
          onClick={() => remove.mutate(viewer.id)}
        >
          {t('leave')}
        </button>
      )}
      {remove.error && (
        <ApiErrorAlert error={remove.error} title={t('memberChangeFailed')} />
      )}
    </section>
  );
}
