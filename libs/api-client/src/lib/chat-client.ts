import type { Ack, ClientToServerEvents, MessageView, ServerToClientEvents } from '@torchbridge/contracts';
import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import { io, Socket } from 'socket.io-client';

export interface ChatClientOptions {
  /** Servers to try in turn; a browser passes its own origin, tests pass several API instances. */
  urls: string[];
  getToken: () => string | Promise<string>;
  /** How long a send waits for its acknowledgement before it is retried (same clientMessageId). */
  ackTimeoutMs?: number;
  onStatus?: (status: 'connecting' | 'online' | 'reconnecting' | 'signed-out') => void;
  onMessage?: (message: MessageView) => void;
  /** Someone else in a conversation is typing (volatile: may be dropped). */
  onTyping?: (event: { conversationId: string; userId: string }) => void;
  /** A member's read mark moved forward (including this user's own, from any device). */
  onRead?: (event: { conversationId: string; userId: string; seq: number }) => void;
  /** Someone sharing a conversation with this user came online or went offline. */
  onPresence?: (event: { userId: string; online: boolean }) => void;
  /** This user joined (`added`) or was taken out of (`removed`) a conversation. */
  onMembership?: (event: { conversationId: string; change: 'added' | 'removed' }) => void;
  /** A notification for this user arrived, with the new unread count. */
  onNotification?: (event: Parameters<ServerToClientEvents['notification:new']>[0]) => void;
  /** Notifications were marked read here or on another device. */
  onNotificationsRead?: (event: Parameters<ServerToClientEvents['notification:read']>[0]) => void;
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

/**
 * The client half of the chat protocol: every message is kept once (by id) and read in sequence order;
 * after any (re)connection each watched conversation is caught up from the last sequence held, and
 * unacknowledged sends are retried with the same clientMessageId, so nothing is lost or doubled.
 */
export class ChatClient {
  private socket?: ChatSocket;
  private urlIndex = 0;
  private closed = false;
  private attempt = 0;
  private readonly byConversation = new Map<string, Map<string, MessageView>>();
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly options: ChatClientOptions) {}

  /** Conversations whose messages this client keeps and catches up on. */
  watch(conversationId: string): void {
    if (!this.byConversation.has(conversationId)) {
      this.byConversation.set(conversationId, new Map());
      void this.sync(conversationId);
    }
  }

  messages(conversationId: string): MessageView[] {
    return [...(this.byConversation.get(conversationId)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
  }

  lastSeq(conversationId: string): number {
    let max = 0;
    for (const m of this.byConversation.get(conversationId)?.values() ?? []) {
      max = Math.max(max, m.seq);
    }
    return max;
  }

  connect(): void {
    this.closed = false;
    void this.open();
  }

  /**
   * Resolves with the stored message once the server has committed it; survives reconnections.
   * Pass `clientMessageId` to show the message before it is acknowledged and match it afterwards.
   */
  send(conversationId: string, body: string, clientMessageId = (this.options.uuid ?? (() => crypto.randomUUID()))()): Promise<MessageView> {
    return new Promise((resolve, reject) => {
      this.pending.set(clientMessageId, { conversationId, clientMessageId, body, resolve, reject });
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
        .emitWithAck('conversation:read', { conversationId, seq })) as Ack<{ readSeq: number }>;
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
      const reply = (await socket.timeout(this.options.ackTimeoutMs ?? 5000).emitWithAck('presence:query', { userIds })) as Ack<{ online: string[] }>;
      return reply.ok ? reply.data.online : [];
    } catch {
      return [];
    }
  }

  /** Forgets a conversation this user no longer belongs to; its unsent messages fail. */
  private forget(conversationId: string): void {
    this.byConversation.delete(conversationId);
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
    const url = this.options.urls[this.urlIndex % this.options.urls.length] as string;
    const token = await this.options.getToken();
    const socket: ChatSocket = io(`${url}${REALTIME_NAMESPACE}`, {
      auth: { token },
      transports: this.options.transports ?? ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    let revoked = false;
    socket.on('message:new', (m) => this.keep(m));
    socket.on('typing', (event) => this.options.onTyping?.(event));
    socket.on('conversation:read', (event) => this.options.onRead?.(event));
    socket.on('presence', (event) => this.options.onPresence?.(event));
    socket.on('conversation:added', ({ conversationId }) => this.options.onMembership?.({ conversationId, change: 'added' }));
    socket.on('conversation:removed', ({ conversationId }) => this.forget(conversationId));
    socket.on('notification:new', (event) => this.options.onNotification?.(event));
    socket.on('notification:read', (event) => this.options.onNotificationsRead?.(event));
    socket.on('session:revoked', () => {
      revoked = true;
      this.options.onStatus?.('signed-out');
    });
    socket.on('session:ready', () => {
      this.attempt = 0;
      this.options.onStatus?.('online');
      for (const id of this.byConversation.keys()) {
        void this.sync(id);
      }
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

  private keep(message: MessageView): void {
    const messages = this.byConversation.get(message.conversationId) ?? new Map<string, MessageView>();
    this.byConversation.set(message.conversationId, messages);
    if (!messages.has(message.id)) {
      messages.set(message.id, message);
      this.options.onMessage?.(message);
    }
  }

  private async sync(conversationId: string): Promise<void> {
    const socket = this.socket;
    if (!socket?.connected) {
      return;
    }
    try {
      const reply = (await socket.timeout(this.options.ackTimeoutMs ?? 5000).emitWithAck('conversation:sync', {
        conversationId,
        afterSeq: this.lastSeq(conversationId),
      })) as Ack<{ messages: MessageView[] }>;
      if (reply.ok) {
        reply.data.messages.forEach((m) => this.keep(m));
      } else if (/not a member/i.test(reply.error)) {
        this.forget(conversationId);
      }
    } catch {
      // Timed out or disconnected: the next connection syncs again.
    }
  }

  private async flush(clientMessageId: string): Promise<void> {
    const p = this.pending.get(clientMessageId);
    const socket = this.socket;
    if (!p || !socket?.connected) {
      return;
    }
    try {
      const reply = (await socket
        .timeout(this.options.ackTimeoutMs ?? 5000)
        .emitWithAck('message:send', { conversationId: p.conversationId, clientMessageId, body: p.body })) as Ack<MessageView>;
      if (!this.pending.has(clientMessageId)) {
        return;
      }
      if (reply.ok) {
        this.pending.delete(clientMessageId);
        this.keep(reply.data);
        p.resolve(reply.data);
      } else if (/slow down/i.test(reply.error)) {
        setTimeout(() => void this.flush(clientMessageId), 200);
      } else {
        this.pending.delete(clientMessageId);
        p.reject(new Error(reply.error));
      }
    } catch {
      // No acknowledgement (the server went away): retried with the same id once connected again.
    }
  }
}
