import type { ErrorCode } from './errors';
import type { Locale } from './i18n';
import type { NotificationView } from './notifications';
import type { EventLiveSignal } from './events';

/** socket.io namespace every client connects to; the access token goes in `auth.token`. */
export const REALTIME_NAMESPACE = '/realtime';

/** Message of `connect_error` when the handshake is refused. */
export const UNAUTHORIZED = 'unauthorized';

export const MESSAGE_MAX_LENGTH = 4000;

export interface MessageView {
  id: string;
  conversationId: string;
  /** Per-conversation order: 1, 2, 3, … with no gaps. */
  seq: number;
  senderId: string;
  clientMessageId: string;
  body: string;
  /** `text` is what a member typed; `booking` is the product's note of a session booked, moved or cancelled. */
  kind: 'text' | 'booking';
  /** For `booking` messages: which session and what happened, so each reader sees it in their language and zone. */
  booking?: {
    bookingId: string;
    event: 'requested' | 'confirmed' | 'rescheduled' | 'cancelled';
    start: string;
    end: string;
  };
  createdAt: string;
}

export interface ConversationView {
  id: string;
  kind: 'mentorship' | 'group';
  title: string | null;
  mentorshipId: string | null;
  members: {
    userId: string;
    displayName: string;
    timeZone: string;
    readSeq: number;
  }[];
  lastSeq: number;
  unread: number;
  lastMessage: MessageView | null;
  /** The cohort run a cohort's group conversation belongs to. */
  cohortRunId: string | null;
}

export const GROUP_TITLE_MAX_LENGTH = 200;
export const GROUP_MAX_MEMBERS = 500;

/** A group conversation for a cohort, an event or any set of people a manager brings together. */
export interface CreateGroupConversationInput {
  /** Required unless `cohortRunId` is given (the run's name is used). */
  title?: string;
  /** People to add besides the creator; for a cohort, added to the run's founders and mentors. */
  memberIds?: string[];
  /** Creates (or returns, if it exists) the group conversation of this cohort run, with all its participants. */
  cohortRunId?: string;
}

/**
 * A failed acknowledgement carries the English message and, from the server, its catalogued code; a refusal for a
 * spent event budget (`rate_limited`) also says how many seconds to wait before trying again, and a send refused
 * because chat cannot keep up (`chat.busy`) how many milliseconds to wait before sending it again.
 */
export type Ack<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      code?: ErrorCode;
      retryAfterSeconds?: number;
      retryAfterMs?: number;
    };

export interface SendMessagePayload {
  conversationId: string;
  clientMessageId: string;
  body: string;
}

/** Events the server sends. Every payload is typed here so both ends agree. */
export interface ServerToClientEvents {
  'session:ready': (payload: { userId: string; locale: Locale }) => void;
  'session:revoked': (payload: {
    reason: 'logout' | 'expired' | 'removed';
  }) => void;
  'message:new': (message: MessageView) => void;
  'conversation:read': (payload: {
    conversationId: string;
    userId: string;
    seq: number;
  }) => void;
  typing: (payload: { conversationId: string; userId: string }) => void;
  /** Someone this user shares a conversation with came online or went offline (volatile). */
  presence: (payload: { userId: string; online: boolean }) => void;
  /** This user was added to a conversation. */
  'conversation:added': (payload: { conversationId: string }) => void;
  /** This user was removed from a conversation; the user's sockets are disconnected right after. */
  'conversation:removed': (payload: { conversationId: string }) => void;
  /** A notification for this user was created (the badge and list update live). */
  'notification:new': (payload: {
    notification: NotificationView;
    unread: number;
  }) => void;
  /** Notifications were marked read (in this or another tab). */
  'notification:read': (payload: {
    ids: string[] | 'all';
    unread: number;
  }) => void;
  /** Something changed on the day of a matchmaking event this user takes part in or organises (a round started, a check-in, a re-pairing). */
  'event:live': (payload: EventLiveSignal) => void;
}

/** Events clients send; each has an acknowledgement callback. */
export interface ClientToServerEvents {
  ping: (ack: (reply: { at: string }) => void) => void;
  'message:send': (
    payload: SendMessagePayload,
    ack: (reply: Ack<MessageView>) => void,
  ) => void;
  /** Messages after the last sequence the client holds (on connect and reconnect). */
  'conversation:sync': (
    payload: { conversationId: string; afterSeq: number },
    ack: (reply: Ack<{ messages: MessageView[]; lastSeq: number }>) => void,
  ) => void;
  'conversation:read': (
    payload: { conversationId: string; seq: number },
    ack: (reply: Ack<{ readSeq: number }>) => void,
  ) => void;
  typing: (payload: { conversationId: string }) => void;
  /** Which of these people (among those sharing a conversation with the caller) are online now. */
  'presence:query': (
    payload: { userIds: string[] },
    ack: (reply: Ack<{ online: string[] }>) => void,
  ) => void;
}
