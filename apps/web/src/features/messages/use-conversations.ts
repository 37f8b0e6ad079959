import type { ConversationView } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api/services-context';
import { CONVERSATIONS_KEY } from '../../lib/chat/chat-context';

/** Conversations with unread counts and read marks; the chat provider applies pushed messages and read marks to this list. */
export function useConversations() {
  const api = useApi();
  return useQuery({
    queryKey: CONVERSATIONS_KEY,
    queryFn: () => api.conversations(),
  });
}

/** The member who is not the reader (a 1:1 conversation has exactly one). */
export function otherMember(
  conversation: ConversationView,
  viewerId: string,
): ConversationView['members'][number] | undefined {
  return conversation.members.find((m) => m.userId !== viewerId);
}

export function conversationName(
  conversation: ConversationView,
  viewerId: string,
): string {
  if (conversation.kind === 'group') {
    return conversation.title ?? '';
  }
  return (
    otherMember(conversation, viewerId)?.displayName ?? conversation.title ?? ''
  );
}
