import type { MessageView } from '@torchbridge/contracts';
import { z } from 'zod';
import { col } from '../../database/sql';

/** What a booking note carries, so each reader sees it in their own language and zone. */
export const bookingNoteMeta = z.object({
  bookingId: z.string(),
  event: z.enum(['requested', 'confirmed', 'rescheduled', 'cancelled']),
  start: z.string(),
  end: z.string(),
});
export type BookingNoteMeta = z.output<typeof bookingNoteMeta>;

export type MessageKind = MessageView['kind'];

/** A stored message as the chat queries select it. */
export const messageRow = z.object({
  id: col.id,
  conversation_id: col.id,
  seq: col.bigint,
  sender_id: col.id,
  client_message_id: col.id,
  body: col.text,
  kind: z.enum(['text', 'booking']).default('text'),
  meta: z.unknown().optional(),
  created_at: col.date,
});

export type MessageRow = z.input<typeof messageRow>;

export const MESSAGE_COLUMNS =
  'id, conversation_id, seq, sender_id, client_message_id, body, kind, meta, created_at';

export function toMessage(r: MessageRow): MessageView {
  const view: MessageView = {
    id: r.id,
    conversationId: r.conversation_id,
    seq: Number(r.seq),
    senderId: r.sender_id,
    clientMessageId: r.client_message_id,
    body: r.body,
    kind: r.kind === 'booking' ? 'booking' : 'text',
    createdAt: r.created_at.toISOString(),
  };
  if (view.kind === 'booking') {
    // A note whose facts do not parse still shows its English line.
    const booking = bookingNoteMeta.safeParse(r.meta);
    if (booking.success) {
      view.booking = booking.data;
    }
  }
  return view;
}
