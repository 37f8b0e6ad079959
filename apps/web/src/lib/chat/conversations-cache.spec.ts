import {
  makeConversation,
  makeMessage,
  CONVERSATION_ID,
} from '../../testing/chat';
import { withMessage, withRead } from './conversations-cache';

const VIEWER = makeConversation().members[0]?.userId as string;
const OTHER = makeConversation().members[1]?.userId as string;

describe('conversation list kept from pushes', () => {
  it('counts a message from someone else as unread and shows it as the last message', () => {
    const list = [makeConversation({ lastSeq: 2, unread: 0 })];
    const next = withMessage(
      list,
      makeMessage({ seq: 3, senderId: OTHER, body: 'Dritte' }),
      VIEWER,
    );
    expect(next?.[0]).toMatchObject({
      lastSeq: 3,
      unread: 1,
      lastMessage: { body: 'Dritte' },
    });
  });

  it('does not count the viewer’s own message, and ignores one it already holds', () => {
    const list = [makeConversation({ lastSeq: 2, unread: 1 })];
    const own = withMessage(
      list,
      makeMessage({ seq: 3, senderId: VIEWER }),
      VIEWER,
    );
    expect(own?.[0]).toMatchObject({ lastSeq: 3, unread: 1 });
    expect(
      withMessage(own ?? [], makeMessage({ seq: 3, senderId: OTHER }), VIEWER),
    ).toBe(own);
  });

  it('asks for a fetch when it cannot be exact: an unknown conversation or a gap in seq', () => {
    const list = [makeConversation({ lastSeq: 2 })];
    expect(
      withMessage(list, makeMessage({ seq: 5, senderId: OTHER }), VIEWER),
    ).toBeUndefined();
    expect(
      withMessage(
        list,
        makeMessage({ conversationId: 'another', seq: 1 }),
        VIEWER,
      ),
    ).toBeUndefined();
  });

  it('moves the conversation with the newest message to the top', () => {
    const older = makeConversation({
      id: 'older',
      lastSeq: 1,
      lastMessage: makeMessage({
        conversationId: 'older',
        seq: 1,
        createdAt: '2026-12-01T08:00:00Z',
      }),
    });
    const newer = makeConversation({
      lastSeq: 1,
      lastMessage: makeMessage({ seq: 1, createdAt: '2026-12-02T08:00:00Z' }),
    });
    const next = withMessage(
      [newer, older],
      makeMessage({
        conversationId: 'older',
        seq: 2,
        createdAt: '2026-12-03T08:00:00Z',
      }),
      VIEWER,
    );
    expect(next?.map((c) => c.id)).toEqual(['older', CONVERSATION_ID]);
  });

  it('moves read marks, and clears the viewer’s unread count when they read to the end', () => {
    const list = [makeConversation({ lastSeq: 4, unread: 3 })];
    const partner = withRead(
      list,
      { conversationId: CONVERSATION_ID, userId: OTHER, seq: 4 },
      VIEWER,
    );
    expect(partner?.[0]?.members.find((m) => m.userId === OTHER)?.readSeq).toBe(
      4,
    );
    expect(partner?.[0]?.unread).toBe(3);
    expect(
      withRead(
        list,
        { conversationId: CONVERSATION_ID, userId: VIEWER, seq: 4 },
        VIEWER,
      )?.[0]?.unread,
    ).toBe(0);
    // Read only part-way: the count of what is left is the server's to say.
    expect(
      withRead(
        list,
        { conversationId: CONVERSATION_ID, userId: VIEWER, seq: 2 },
        VIEWER,
      ),
    ).toBeUndefined();
  });
});
