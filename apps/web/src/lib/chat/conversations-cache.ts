import type { ConversationView, MessageView } from '@torchbridge/contracts';
import type { QueryClient } from '@tanstack/react-query';

export const CONVERSATIONS_KEY = ['conversations'] as const;

export interface ReadMark {
  conversationId: string;
  userId: string;
  seq: number;
}

/** Newest activity first, as the server orders the list (conversations without messages last). */
function ordered(list: ConversationView[]): ConversationView[] {
  const at = (c: ConversationView) =>
    c.lastMessage ? Date.parse(c.lastMessage.createdAt) : -Infinity;
  return [...list].sort(
    (a, b) =>
      Number(a.lastSeq === 0) - Number(b.lastSeq === 0) || at(b) - at(a),
  );
}

/**
 * The list after a pushed message, or undefined when the push cannot be applied exactly (a conversation the list
 * does not hold yet, or a gap in seq that would leave the unread count wrong) and the list must be fetched again.
 */
export function withMessage(
  list: ConversationView[],
  message: MessageView,
  viewerId: string,
): ConversationView[] | undefined {
  const conversation = list.find((c) => c.id === message.conversationId);
  if (!conversation) {
    return undefined;
  }
  if (message.seq <= conversation.lastSeq) {
    return list;
  }
  if (message.seq !== conversation.lastSeq + 1) {
    return undefined;
  }
  const readSeq =
    conversation.members.find((m) => m.userId === viewerId)?.readSeq ?? 0;
  const unread =
    conversation.unread +
    (message.senderId !== viewerId && message.seq > readSeq ? 1 : 0);
  const next = {
    ...conversation,
    lastSeq: message.seq,
    lastMessage: message,
    unread,
  };
  return ordered(list.map((c) => (c === conversation ? next : c)));
}

/** The list after a read mark moved; undefined when the viewer's unread count cannot be known without fetching. */
export function withRead(
  list: ConversationView[],
  mark: ReadMark,
  viewerId: string,
): ConversationView[] | undefined {
  const conversation = list.find((c) => c.id === mark.conversationId);
  if (!conversation) {
    return undefined;
  }
  const members = conversation.members.map((m) =>
    m.userId === mark.userId && mark.seq > m.readSeq
      ? { ...m, readSeq: mark.seq }
      : m,
  );
  let unread = conversation.unread;
  if (mark.userId === viewerId) {
    if (mark.seq < conversation.lastSeq) {
      return undefined;
    }
    unread = 0;
  }
  return list.map((c) =>
    c === conversation ? { ...conversation, members, unread } : c,
  );
}

/** Applies a push to the cached list in place of a refetch; falls back to one refetch when it cannot. */
export function applyToConversations(
  queryClient: QueryClient,
  update: (list: ConversationView[]) => ConversationView[] | undefined,
): void {
  const list = queryClient.getQueryData<ConversationView[]>(CONVERSATIONS_KEY);
  const fetching =
    queryClient.getQueryState(CONVERSATIONS_KEY)?.fetchStatus === 'fetching';
  if (!list && !fetching) {
    // Nobody has loaded the list yet; the first screen that needs it fetches it fresh.
    return;
  }
  if (!list || fetching) {
    // A fetch in flight may have been answered before this push: fetch once more after it.
    void queryClient.invalidateQueries({ queryKey: CONVERSATIONS_KEY });
    return;
  }
  const next = update(list);
  if (next) {
    queryClient.setQueryData(CONVERSATIONS_KEY, next);
  } else {
    void queryClient.invalidateQueries({ queryKey: CONVERSATIONS_KEY });
  }
}
