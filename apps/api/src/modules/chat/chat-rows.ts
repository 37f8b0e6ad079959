import type { MessageView } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

/** A stored message as the chat queries select it. */
export const messageRow = z.object({
  id: col.id,
  conversation_id: col.id,
  seq: col.bigint,
  sender_id: col.id,
  client_message_id: col.id,
  body: col.text,
  created_at: col.date,
});

export type MessageRow = z.output<typeof messageRow>;

export const MESSAGE_COLUMNS = 'id, conversation_id, seq, sender_id, client_message_id, body, created_at';

export function toMessage(r: MessageRow): MessageView {
  return {
    id: r.id,
    conversationId: r.conversation_id,
    seq: r.seq,
    senderId: r.sender_id,
    clientMessageId: r.client_message_id,
    body: r.body,
    createdAt: r.created_at.toISOString(),
  };
}
