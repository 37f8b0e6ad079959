import type {
  Ack,
  ClientToServerEvents,
  MessageView,
  ServerToClientEvents,
} from '@torchbridge/contracts';
import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import { io, Socket } from 'socket.io-client';

export interface ChatClientOptions {
  /** Servers to try in turn; a browser passes its own origin, tests pass several API instances. */
  urls: string[];
  getToken: () => string | Promise<string>;
  /** How long a send waits for its acknowledgement before it is retried (same clientMessageId). */
  ackTimeoutMs?: number;
  onStatus?: (
    status: 'connecting' | 'online' | 'reconnecting' | 'signed-out',
  ) => void;
  onMessage?: (message: MessageView) => void;
  /** Someone else in a conversation is typing (volatile: may be dropped). */
  onTyping?: (event: { conversationId: string; userId: string }) => void;
  /** A member's read mark moved forward (including this user's own, from any device). */
  onRead?: (event: {
    conversationId: string;
    userId: string;
    seq: number;
  }) => void;
  /** Someone sharing a conversation with this user came online or went offline. */
  onPresence?: (event: { userId: string; online: boolean }) => void;
  /** This user joined (`added`) or was taken out of (`removed`) a conversation. */
  onMembership?: (event: {
    conversationId: string;
    change: 'added' | 'removed';
  }) => void;
  /** A notification for this user arrived, with the new unread count. */
  onNotification?: (
    event: Parameters<ServerToClientEvents['notification:new']>[0],
  ) => void;
  /** Notifications were marked read here or on another device. */
  onNotificationsRead?: (
    event: Parameters<ServerToClientEvents['notification:read']>[0],
  ) => void;
  /** Test hook: reuse a socket.io client factory. */
  transports?: ('websocket' | 'polling')[];
  uuid?: () => string;
}

type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

interface Pending {
  conversationId: string;
  clientMessageId: string;
  body: string;
  resolve: (message: MessageView) => void;
  reject: (error: Error) => void;
}

/** What the client holds of one conversation: messages by id, and the seqs that form an unbroken run. */
interface Held {
  byId: Map<string, MessageView>;
  seqs: Set<number>;
  /** Lowest seq held: older history is paged over REST, so the run starts here. */
  low: number;
  /** End of the unbroken run from `low`: every seq in [low, top] is held. 0 while nothing is. */
  top: number;
}

/** Pages fetched in one catch-up at most (500 messages each), so a broken server cannot keep a client looping. */
const MAX_SYNC_PAGES = 20;

/** The server refused an event because the user's event budget is spent (older servers say so only in words). */
const isBudgetSpent = (reply: { code?: string; error: string }): boolean =>
  reply.code === 'rate_limited' || /slow down/i.test(reply.error);

/** How long to wait after such a refusal: what the server said, or a second. */
const retryDelayMs = (reply: { retryAfterSeconds?: number }): number =>
  Math.max(1, reply.retryAfterSeconds ?? 1) * 1000;

/** How long a send refused with `chat.busy` waits before it goes again: what the server said, or 100 ms. */
const busyDelayMs = (reply: { retryAfterMs?: number }): number =>
  Math.max(1, reply.retryAfterMs ?? 100);

/**
 * The client half of the chat protocol: every message is kept once (by id) and read in sequence order.
 * Pushes that arrive before `session:ready` are held back until the catch-up has started; after any
 * (re)connection, and whenever a live push skips a seq, each watched conversation is caught up from the end of
 * its unbroken run of seqs (never from the highest seq seen, which could skip what is missing below it).
 * Unacknowledged sends are retried with the same clientMessageId, so nothing is lost or doubled; sends refused
 * because the server is busy (`chat.busy`) or the event budget is spent wait as long as the server says, then go
 * again in the order they were written.
 */
export class ChatClient {
  private socket?: ChatSocket;
  private urlIndex = 0;
  private closed = false;
  private attempt = 0;
  private readonly byConversation = new Map<string, Held>();
  private readonly watched = new Set<string>();
  private readonly pending = new Map<string, Pending>();
  /** Conversations being caught up; `true` when another catch-up was asked for meanwhile. */
  private readonly syncing = new Map<string, boolean>();
  /** Set while sends wait out a spent event budget: when they may go again (ms since the epoch). */
  private sendsHeldUntil = 0;

  constructor(private readonly options: ChatClientOptions) {}

  /** Conversations whose messages this client keeps and catches up on. */
  watch(conversationId: string): void {
    if (!this.watched.has(conversationId)) {
      this.watched.add(conversationId);
      this.requestSync(conversationId);
    }
  }

  messages(conversationId: string): MessageView[] {
    return [
      ...(this.byConversation.get(conversationId)?.byId.values() ?? []),
    ].sort((a, b) => a.seq - b.seq);
  }

  lastSeq(conversationId: string): number {
    let max = 0;
    for (const m of this.byConversation.get(conversationId)?.byId.values() ??
      []) {
      max = Math.max(max, m.seq);
    }
    return max;
  }

  /** The end of the unbroken run of seqs held (0 when none): catch-ups start after it. */
  contiguousSeq(conversationId: string): number {
    return this.byConversation.get(conversationId)?.top ?? 0;
  }

  connect(): void {
    this.closed = false;
    void this.open();
  }

  /**
   * Resolves with the stored message once the server has committed it; survives reconnections.
   * Pass `clientMessageId` to show the message before it is acknowledged and match it afterwards.
   */
  send(
    conversationId: string,
    body: string,
    clientMessageId = (this.options.uuid ?? (() => crypto.randomUUID()))(),
  ): Promise<MessageView> {
    return new Promise((resolve, reject) => {
      this.pending.set(clientMessageId, {
        conversationId,
        clientMessageId,
        body,
        resolve,
        reject,
      });
      void this.flush(clientMessageId);
    });
  }

  /** Keeps messages fetched over REST (older history) alongside the live ones, once each by id. */
  keepHistory(messages: MessageView[]): void {
    messages.forEach((m) => this.keep(m));
  }

  /** Tells the other members this user is typing; dropped silently while offline. */
  typing(conversationId: string): void {
    if (this.socket?.connected) {
      this.socket.volatile.emit('typing', { conversationId });
    }
  }

  /** Moves this user's read mark forward; resolves with the stored mark, or null when offline or refused. */
  async markRead(conversationId: string, seq: number): Promise<number | null> {
    const socket = this.socket;
    if (!socket?.connected) {
      return null;
    }
    try {
      const reply = (await socket
        .timeout(this.options.ackTimeoutMs ?? 5000)
        .emitWithAck('conversation:read', { conversationId, seq })) as Ack<{
        readSeq: number;
      }>;
      return reply.ok ? reply.data.readSeq : null;
    } catch {
      // Read marks are advisory: the next visible update sends a newer one.
      return null;
    }
  }

  /** Which of these people are online now (only people sharing a conversation with this user are answered). */
  async presence(userIds: string[]): Promise<string[]> {
    const socket = this.socket;
    if (!socket?.connected || userIds.length === 0) {
      return [];
    }
    try {
      const reply = (await socket
        .timeout(this.options.ackTimeoutMs ?? 5000)
        .emitWithAck('presence:query', { userIds })) as Ack<{
        online: string[];
      }>;
      return reply.ok ? reply.data.online : [];
    } catch {
      return [];
    }
  }

  /** Forgets a conversation this user no longer belongs to; its unsent messages fail. */
  private forget(conversationId: string): void {
    this.byConversation.delete(conversationId);
    this.watched.delete(conversationId);
    for (const [id, p] of this.pending) {
      if (p.conversationId === conversationId) {
        this.pending.delete(id);
        p.reject(new Error('You are not a member of this conversation'));
      }
    }
    this.options.onMembership?.({ conversationId, change: 'removed' });
  }

  close(): void {
    this.closed = true;
    this.socket?.disconnect();
    for (const p of this.pending.values()) {
      p.reject(new Error('chat client closed'));
    }
    this.pending.clear();
  }

  private async open(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.options.onStatus?.(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const url = this.options.urls[
      this.urlIndex % this.options.urls.length
    ] as string;
    const token = await this.options.getToken();
    const socket: ChatSocket = io(`${url}${REALTIME_NAMESPACE}`, {
      auth: { token },
      transports: this.options.transports ?? ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    let revoked = false;
    // Pushes can overtake `session:ready`; they wait until the catch-up from the unbroken run has been asked for.
    let ready = false;
    const early: MessageView[] = [];
    socket.on('message:new', (m) => {
      if (ready) {
        this.receive(m);
      } else {
        early.push(m);
      }
    });
    socket.on('typing', (event) => this.options.onTyping?.(event));
    socket.on('conversation:read', (event) => this.options.onRead?.(event));
    socket.on('presence', (event) => this.options.onPresence?.(event));
    socket.on('conversation:added', ({ conversationId }) =>
      this.options.onMembership?.({ conversationId, change: 'added' }),
    );
    socket.on('conversation:removed', ({ conversationId }) =>
      this.forget(conversationId),
    );
    socket.on('notification:new', (event) =>
      this.options.onNotification?.(event),
    );
    socket.on('notification:read', (event) =>
      this.options.onNotificationsRead?.(event),
    );
    socket.on('session:revoked', () => {
      revoked = true;
      this.options.onStatus?.('signed-out');
    });
    socket.on('session:ready', () => {
      this.attempt = 0;
      ready = true;
      this.options.onStatus?.('online');
      for (const id of this.watched) {
        this.requestSync(id);
      }
      early.splice(0).forEach((m) => this.receive(m));
      for (const id of this.pending.keys()) {
        void this.flush(id);
      }
    });
    const retry = () => {
      if (this.closed || revoked || this.socket !== socket) {
        return;
      }
      socket.removeAllListeners();
      this.attempt += 1;
      this.urlIndex += 1;
      const delay = Math.min(2000, 50 * 2 ** Math.min(this.attempt, 6));
      const timer = setTimeout(() => void this.open(), delay);
      // In Node, a pending reconnection must not keep the process alive on its own.
      (timer as { unref?: () => void }).unref?.();
    };
    socket.on('disconnect', retry);
    socket.on('connect_error', retry);
  }

  /** A live push: kept, and a skipped seq below it in a watched conversation is fetched. */
  private receive(message: MessageView): void {
    this.keep(message);
    if (
      this.watched.has(message.conversationId) &&
      this.contiguousSeq(message.conversationId) < message.seq
    ) {
      this.requestSync(message.conversationId);
    }
  }

  private keep(message: MessageView): void {
    let held = this.byConversation.get(message.conversationId);
    if (!held) {
      held = {
        byId: new Map(),
        seqs: new Set(),
        low: message.seq,
        top: message.seq - 1,
      };
      this.byConversation.set(message.conversationId, held);
    }
    if (held.byId.has(message.id)) {
      return;
    }
    held.byId.set(message.id, message);
    held.seqs.add(message.seq);
    if (message.seq < held.low) {
      // Older history below the run: the run now starts lower, and may join up with what was held.
      held.low = message.seq;
      held.top = message.seq;
    }
    while (held.seqs.has(held.top + 1)) {
      held.top += 1;
    }
    this.options.onMessage?.(message);
  }

  /** Catches a conversation up, once at a time; a request during a catch-up runs one more after it. */
  private requestSync(conversationId: string): void {
    if (this.syncing.has(conversationId)) {
      this.syncing.set(conversationId, true);
      return;
    }
    this.syncing.set(conversationId, false);
    void this.sync(conversationId).finally(() => {
      const again = this.syncing.get(conversationId) === true;
      this.syncing.delete(conversationId);
      if (again && this.watched.has(conversationId)) {
        this.requestSync(conversationId);
      }
    });
  }

  private async sync(conversationId: string): Promise<void> {
    for (let page = 0; page < MAX_SYNC_PAGES; page++) {
      const socket = this.socket;
      if (!socket?.connected) {
        return;
      }
      try {
        const afterSeq = this.contiguousSeq(conversationId);
        const reply = (await socket
          .timeout(this.options.ackTimeoutMs ?? 5000)
          .emitWithAck('conversation:sync', {
            conversationId,
            afterSeq,
          })) as Ack<{ messages: MessageView[]; lastSeq: number }>;
        if (!reply.ok) {
          if (
            reply.code === 'conversation.not_member' ||
            /not a member/i.test(reply.error)
          ) {
            this.forget(conversationId);
          } else if (isBudgetSpent(reply)) {
            this.later(retryDelayMs(reply), () =>
              this.requestSync(conversationId),
            );
          }
          return;
        }
        reply.data.messages.forEach((m) => this.keep(m));
        const now = this.contiguousSeq(conversationId);
        if (
          now >= reply.data.lastSeq ||
          reply.data.messages.length === 0 ||
          now === afterSeq
        ) {
          return;
        }
      } catch {
        // Timed out or disconnected: the next connection syncs again.
        return;
      }
    }
  }

  private async flush(clientMessageId: string): Promise<void> {
    const p = this.pending.get(clientMessageId);
    const socket = this.socket;
    if (!p || !socket?.connected || this.sendsHeldUntil !== 0) {
      return;
    }
    try {
      const reply = (await socket
        .timeout(this.options.ackTimeoutMs ?? 5000)
        .emitWithAck('message:send', {
          conversationId: p.conversationId,
          clientMessageId,
          body: p.body,
        })) as Ack<MessageView>;
      if (!this.pending.has(clientMessageId)) {
        return;
      }
      if (reply.ok) {
        this.pending.delete(clientMessageId);
        this.keep(reply.data);
        p.resolve(reply.data);
      } else if (isBudgetSpent(reply)) {
        this.holdSends(retryDelayMs(reply));
      } else if (reply.code === 'chat.busy') {
        // The server could not keep up and did not take it: sent again later, same id, in the order written.
        this.holdSends(busyDelayMs(reply));
      } else {
        this.pending.delete(clientMessageId);
        p.reject(new Error(reply.error));
      }
    } catch {
      // No acknowledgement. While this connection stays up, ask again with the same id (the server stores it
      // once and answers a repeat with the stored message); if it went away, the next connection sends it.
      if (
        this.pending.has(clientMessageId) &&
        this.socket === socket &&
        socket.connected
      ) {
        this.later(0, () => void this.flush(clientMessageId));
      }
    }
  }

  /**
   * The user's event budget is spent, or the server is busy: every send waits until the server said to try again,
   * then all unsent messages go in the order they were written, so a refusal cannot let a later message overtake an
   * earlier one.
   */
  private holdSends(delayMs: number): void {
    const until = Date.now() + delayMs;
    if (until <= this.sendsHeldUntil) {
      return;
    }
    this.sendsHeldUntil = until;
    this.later(delayMs, () => {
      if (this.sendsHeldUntil === until) {
        this.sendsHeldUntil = 0;
        for (const id of this.pending.keys()) {
          void this.flush(id);
        }
      }
    });
  }

  private later(delayMs: number, run: () => void): void {
    const timer = setTimeout(() => {
      if (!this.closed) {
        run();
      }
    }, delayMs);
    // In Node, a pending retry must not keep the process alive on its own.
    (timer as { unref?: () => void }).unref?.();
  }
}
