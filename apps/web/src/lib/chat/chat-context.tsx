import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import {
  applyNotification,
  applyNotificationsRead,
} from '../../features/notifications/notifications-cache';
import { useServices } from '../api/services-context';
import { useAuth } from '../auth/auth-context';
import type { ChatStatus } from './chat-connection';
import { ChatStore, type ChatLine } from './chat-store';
import {
  applyToConversations,
  CONVERSATIONS_KEY,
  withMessage,
  withRead,
} from './conversations-cache';

export { CONVERSATIONS_KEY } from './conversations-cache';

const ChatContext = createContext<ChatStore | null>(null);

/** One chat connection per signed-in person: opened after sign-in, closed at sign-out. */
export function ChatProvider({ children }: { children: ReactNode }) {
  const { session, createChat } = useServices();
  const { user } = useAuth();
  const queryClient = useQueryClient();
  const userId = user?.id ?? null;

  const store = useMemo(
    () =>
      userId
        ? new ChatStore(createChat, {
            userId,
            urls: [window.location.origin],
            getToken: () => session.getAccessToken(),
            // Pushes update the cached list in place: a busy group must not turn into a request per message.
            onMessage: (message) =>
              applyToConversations(queryClient, (list) =>
                withMessage(list, message, userId),
              ),
            onRead: (mark) =>
              applyToConversations(queryClient, (list) =>
                withRead(list, mark, userId),
              ),
            onMembership: () =>
              void queryClient.invalidateQueries({
                queryKey: CONVERSATIONS_KEY,
              }),
            onNotification: (event) => applyNotification(queryClient, event),
            onNotificationsRead: (event) =>
              applyNotificationsRead(queryClient, event),
          })
        : null,
    [userId, createChat, session, queryClient],
  );

  useEffect(() => {
    if (!store) {
      return;
    }
    store.connect();
    return () => store.close();
  }, [store]);

  return <ChatContext.Provider value={store}>{children}</ChatContext.Provider>;
}

/** The session's chat; pages using it sit behind <RequireAuth>, so it exists there. */
export function useChatStore(): ChatStore {
  const store = useContext(ChatContext);
  if (!store) {
    throw new Error(
      'useChatStore must be used on a signed-in page inside <ChatProvider>',
    );
  }
  return store;
}

export function useChatStatus(): ChatStatus {
  const store = useChatStore();
  return useSyncExternalStore(store.subscribe, store.getStatus);
}

export interface ConversationFeed {
  lines: ChatLine[];
  typers: string[];
  readSeq(userId: string): number;
}

/** Live messages, typing and read marks of one conversation. */
export function useConversationFeed(conversationId: string): ConversationFeed {
  const store = useChatStore();
  const lines = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.lines(conversationId), [store, conversationId]),
  );
  const typers = useSyncExternalStore(
    store.subscribe,
    useCallback(() => store.typers(conversationId), [store, conversationId]),
  );
  // Read marks have no snapshot of their own; following the version re-renders when one moves.
  useSyncExternalStore(store.subscribe, store.getVersion);
  const readSeq = (userId: string) => store.readSeq(conversationId, userId);
  return { lines, typers, readSeq };
}
