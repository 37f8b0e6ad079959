import type { ConversationView, UserView } from '@torchbridge/contracts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useChatStore, useConversationFeed } from '../../lib/chat/chat-context';
import type { ChatLine } from '../../lib/chat/chat-store';
import { currentLocale } from '../../lib/i18n/i18n';
import { usableTimeZone } from '../../lib/time/format';
import { Composer } from './composer';
import { MessageBubble } from './message-bubble';
import { ReconnectingBanner } from './reconnecting-banner';
import { TypingIndicator } from './typing-indicator';
import { otherMember } from './use-conversations';
import { useOlderMessages } from './use-older-messages';
import { usePageVisible } from './use-page-visible';

/** The last acknowledged message the viewer wrote: the one "Read" is shown under. */
function lastOwnSent(
  lines: ChatLine[],
  viewerId: string,
): ChatLine | undefined {
  return lines.findLast((l) => l.senderId === viewerId && l.state === 'sent');
}

export function ConversationThread({
  conversation,
  viewer,
}: {
  conversation: ConversationView;
  viewer: UserView;
}) {
  const { t, i18n } = useTranslation('messages');
  const store = useChatStore();
  const id = conversation.id;
  const { lines, typers, readSeq } = useConversationFeed(id);
  const visible = usePageVisible();
  const acked = lines.filter((l) => l.state === 'sent');
  const firstSeq = acked[0]?.seq ?? 1;
  const lastSeq = acked.at(-1)?.seq ?? 0;
  const older = useOlderMessages(id, firstSeq);
  const other = otherMember(conversation, viewer.id);
  const format = {
    locale: currentLocale(i18n),
    timeZone: usableTimeZone(viewer.timeZone),
  };
  const otherRead = other ? Math.max(other.readSeq, readSeq(other.userId)) : 0;
  const ownLast = lastOwnSent(lines, viewer.id);
  const nameOf = (userId: string) =>
    conversation.members.find((m) => m.userId === userId)?.displayName ??
    t('someone');

  const readSent = useRef(
    conversation.members.find((m) => m.userId === viewer.id)?.readSeq ?? 0,
  );
  useEffect(() => {
    if (visible && lastSeq > readSent.current) {
      readSent.current = lastSeq;
      void store.markRead(id, lastSeq);
    }
  }, [visible, lastSeq, store, id]);

  const listRef = useRef<HTMLOListElement>(null);
  const lastLineId = lines.at(-1)?.id;
  useEffect(() => {
    // Follow the newest message, as chat readers expect.
    const list = listRef.current;
    if (list) {
      list.scrollTop = list.scrollHeight;
    }
  }, [lastLineId]);

  return (
    <div className="stack conversation-thread">
      <ReconnectingBanner />
      {older.hasOlder && (
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={older.loading}
            onClick={() => void older.loadOlder()}
          >
            {older.loading ? t('loadingOlder') : t('loadOlder')}
          </button>
        </p>
      )}
      {older.failed && <p role="alert">{t('olderFailed')}</p>}
      {lines.length === 0 ? (
        <p className="muted">{t('noMessagesYet')}</p>
      ) : (
        <ol
          ref={listRef}
          className="message-list"
          aria-label={t('history')}
          tabIndex={0}
        >
          {lines.map((line) => (
            <MessageBubble
              key={line.clientMessageId}
              line={line}
              own={line.senderId === viewer.id}
              senderName={nameOf(line.senderId)}
              format={format}
              read={line === ownLast && otherRead >= line.seq}
            />
          ))}
        </ol>
      )}
      <TypingIndicator names={typers.map(nameOf)} />
      <Composer
        onSend={(body) => store.send(id, body)}
        onTyping={() => store.typing(id)}
      />
    </div>
  );
}
