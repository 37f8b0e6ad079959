import type { ChatClientOptions } from '@torchbridge/api-client';
import type { MessageView } from '@torchbridge/contracts';
import {
  newClientMessageId,
  type ChatConnection,
  type ChatFactory,
  type ChatStatus,
} from './chat-connection';

/** How long a "typing" signal stays visible without a fresh one. */
export const TYPING_VISIBLE_MS = 5000;

/** A message on screen: acknowledged by the server, still sending, or refused. */
export interface ChatLine extends MessageView {
  state: 'sent' | 'sending' | 'failed';
}

interface Outgoing {
  conversationId: string;
  clientMessageId: string;
  senderId: string;
  body: string;
  createdAt: string;
  failed: boolean;
}

export interface ChatStoreOptions {
  userId: string;
  urls: string[];
  getToken: () => string | null;
  /** A message was stored (pushed live, or synced after a reconnect). */
  onMessage?: (message: MessageView) => void;
  /** A member's read mark moved (this user's own included). */
  onRead?: (mark: {
    conversationId: string;
    userId: string;
    seq: number;
  }) => void;
  /** Conversations were added or removed for this user: list queries fetch again. */
  onMembership?: () => void;
  /** Notifications travel on the same socket; the bell listens here. */
  onNotification?: ChatClientOptions['onNotification'];
  onNotificationsRead?: ChatClientOptions['onNotificationsRead'];
}

/**
 * One chat connection per signed-in session, in a shape React can subscribe to:
 * every change bumps a version, and snapshots are cached per version so they stay referentially stable.
 */
export class ChatStore {
  readonly client: ChatConnection;
  private status: ChatStatus = 'connecting';
  private version = 0;
  private closed = false;
  private readonly listeners = new Set<() => void>();
  private readonly outgoing = new Map<string, Outgoing>();
  private readonly typingAt = new Map<string, Map<string, number>>();
  private readonly reads = new Map<string, Map<string, number>>();
  private readonly lineCache = new Map<
    string,
    { version: number; lines: ChatLine[] }
  >();
  private readonly typerCache = new Map<
    string,
    { version: number; ids: string[] }
  >();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly online = new Map<string, boolean>();
  private readonly removed = new Set<string>();

  constructor(
    factory: ChatFactory,
    private readonly options: ChatStoreOptions,
  ) {
    this.client = factory({
      urls: options.urls,
      getToken: () => options.getToken() ?? '',
      transports: ['websocket', 'polling'],
      onStatus: (status) => this.onStatus(status),
      onMessage: (message) => {
        // A message ends that sender's typing.
        this.typingAt.get(message.conversationId)?.delete(message.senderId);
        this.changed();
        options.onMessage?.(message);
      },
      onTyping: ({ conversationId, userId }) => {
        if (userId === options.userId) {
          return;
        }
        const map =
          this.typingAt.get(conversationId) ?? new Map<string, number>();
        this.typingAt.set(conversationId, map);
        map.set(userId, Date.now());
        this.changed();
        this.later(() => this.changed(), TYPING_VISIBLE_MS + 10);
      },
      onRead: ({ conversationId, userId, seq }) => {
        this.noteRead(conversationId, userId, seq);
        options.onRead?.({ conversationId, userId, seq });
      },
      onPresence: ({ userId, online }) => {
        this.online.set(userId, online);
        this.changed();
      },
      onNotification: (event) => options.onNotification?.(event),
      onNotificationsRead: (event) => options.onNotificationsRead?.(event),
      onMembership: ({ conversationId, change }) => {
        if (change === 'removed') {
          this.removed.add(conversationId);
        } else {
          this.removed.delete(conversationId);
        }
        this.changed();
        options.onMembership?.();
      },
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getStatus = (): ChatStatus => this.status;

  readonly getVersion = (): number => this.version;

  connect(): void {
    this.closed = false;
    this.client.connect();
  }

  /** Online as last heard (a presence event or an answer to `refreshPresence`); unknown counts as offline. */
  isOnline(userId: string): boolean {
    return this.online.get(userId) ?? false;
  }

  /** Asks the server who of these people is online now (on opening a conversation and after reconnecting). */
  async refreshPresence(userIds: string[]): Promise<void> {
    const online = new Set(await this.client.presence(userIds));
    const moved = userIds.filter((id) => this.isOnline(id) !== online.has(id));
    userIds.forEach((id) => this.online.set(id, online.has(id)));
    if (moved.length > 0) {
      this.changed();
    }
  }

  /** This user was taken out of the conversation while the app was open. */
  wasRemoved(conversationId: string): boolean {
    return this.removed.has(conversationId);
  }

  close(): void {
    this.closed = true;
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
    this.client.close();
  }

  watch(conversationId: string): void {
    this.client.watch(conversationId);
  }

  keepHistory(messages: MessageView[]): void {
    this.client.keepHistory(messages);
    this.changed();
  }

  /** Shows the message at once as "sending"; the acknowledged copy replaces it (same clientMessageId). */
  send(conversationId: string, body: string): void {
    const clientMessageId = newClientMessageId();
    this.outgoing.set(clientMessageId, {
      conversationId,
      clientMessageId,
      senderId: this.options.userId,
      body,
      createdAt: new Date().toISOString(),
      failed: false,
    });
    this.changed();
    this.client.send(conversationId, body, clientMessageId).then(
      () => {
        this.outgoing.delete(clientMessageId);
        this.changed();
      },
      () => {
        const entry = this.outgoing.get(clientMessageId);
        if (entry && !this.closed) {
          entry.failed = true;
          this.changed();
        }
      },
    );
  }

  typing(conversationId: string): void {
    this.client.typing(conversationId);
  }

  async markRead(conversationId: string, seq: number): Promise<void> {
    const readSeq = await this.client.markRead(conversationId, seq);
    if (readSeq !== null) {
      this.noteRead(conversationId, this.options.userId, readSeq);
      this.options.onRead?.({
        conversationId,
        userId: this.options.userId,
        seq: readSeq,
      });
    }
  }

  /** Acknowledged messages in seq order, then the ones still on their way. */
  lines(conversationId: string): ChatLine[] {
    const cached = this.lineCache.get(conversationId);
    if (cached?.version === this.version) {
      return cached.lines;
    }
    const acked = this.client.messages(conversationId);
    const ackedIds = new Set(acked.map((m) => m.clientMessageId));
    const lines: ChatLine[] = acked.map((m) => ({ ...m, state: 'sent' }));
    for (const o of this.outgoing.values()) {
      if (
        o.conversationId === conversationId &&
        !ackedIds.has(o.clientMessageId)
      ) {
        lines.push({
          id: `local-${o.clientMessageId}`,
          conversationId,
          seq: Number.MAX_SAFE_INTEGER,
          senderId: o.senderId,
          clientMessageId: o.clientMessageId,
          body: o.body,
          kind: 'text',
          createdAt: o.createdAt,
          state: o.failed ? 'failed' : 'sending',
        });
      }
    }
    this.lineCache.set(conversationId, { version: this.version, lines });
    return lines;
  }

  /** Who else has signalled typing in the last few seconds. */
  typers(conversationId: string): string[] {
    const cached = this.typerCache.get(conversationId);
    if (cached?.version === this.version) {
      return cached.ids;
    }
    const since = Date.now() - TYPING_VISIBLE_MS;
    const ids = [
      ...(this.typingAt.get(conversationId) ?? new Map<string, number>()),
    ]
      .filter(([, at]) => at > since)
      .map(([id]) => id);
    this.typerCache.set(conversationId, { version: this.version, ids });
    return ids;
  }

  /** The read mark seen live for a member (0 when none arrived yet). */
  readSeq(conversationId: string, userId: string): number {
    return this.reads.get(conversationId)?.get(userId) ?? 0;
  }

  private noteRead(conversationId: string, userId: string, seq: number): void {
    const map = this.reads.get(conversationId) ?? new Map<string, number>();
    this.reads.set(conversationId, map);
    if (seq > (map.get(userId) ?? 0)) {
      map.set(userId, seq);
      this.changed();
    }
  }

  private onStatus(status: ChatStatus): void {
    this.status = status;
    this.changed();
    // An expired token ends the socket; the session refreshes it, so come back with the new one.
    if (status === 'signed-out') {
      this.later(() => {
        if (!this.closed && this.options.getToken()) {
          this.client.connect();
        }
      }, 1000);
    }
  }

  private later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private changed(): void {
    this.version += 1;
    this.listeners.forEach((listener) => listener());
  }
}
