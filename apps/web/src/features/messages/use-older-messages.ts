import { useState } from 'react';
import { useApi } from '../../lib/api/services-context';
import { useChatStore } from '../../lib/chat/chat-context';

export const PAGE_SIZE = 50;

/** Pages history backwards over REST from the first message held. */
export function useOlderMessages(conversationId: string, firstSeq: number) {
  const api = useApi();
  const store = useChatStore();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  async function loadOlder() {
    setLoading(true);
    setFailed(false);
    try {
      store.keepHistory(
        await api.conversationMessages(conversationId, {
          before: firstSeq,
          limit: PAGE_SIZE,
        }),
      );
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  // Sequence numbers have no gaps, so anything above 1 means older messages exist.
  return { hasOlder: firstSeq > 1, loading, failed, loadOlder };
}
