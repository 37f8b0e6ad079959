import type { ConversationView, MessageView } from '@torchbridge/contracts';
import { FOUNDER_USER_ID, MENTOR_USER_ID } from './matching';

export const CONVERSATION_ID = 'c0c0a000-0000-4000-8000-000000000001';

/** A message in the founder–mentor conversation; Katrin writes unless told otherwise. */
export function makeMessage(overrides: Partial<MessageView> = {}): MessageView {
  const seq = overrides.seq ?? 1;
  return {
    id: `m0000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    conversationId: CONVERSATION_ID,
    seq,
    senderId: MENTOR_USER_ID,
    clientMessageId: `c1000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    body: 'Guten Tag! How is the CE certification going?',
    kind: 'text',
    createdAt: '2026-03-29T08:00:00.000Z',
    ...overrides,
  };
}

/** Li Wei (Shanghai) and Katrin Vogel (Berlin) after an accepted mentorship. */
export function makeConversation(
  overrides: Partial<ConversationView> = {},
): ConversationView {
  return {
    id: CONVERSATION_ID,
    kind: 'mentorship',
    title: null,
    mentorshipId: 'f0f0f0f0-0000-4000-8000-000000000001',
    members: [
      {
        userId: FOUNDER_USER_ID,
        displayName: 'Li Wei',
        timeZone: 'Asia/Shanghai',
        readSeq: 0,
      },
      {
        userId: MENTOR_USER_ID,
        displayName: 'Katrin Vogel',
        timeZone: 'Europe/Berlin',
        readSeq: 0,
      },
    ],
    lastSeq: 0,
    unread: 0,
    lastMessage: null,
    cohortRunId: null,
    ...overrides,
  };
}
