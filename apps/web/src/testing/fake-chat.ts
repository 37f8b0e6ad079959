import type { ChatClientOptions } from '@torchbridge/api-client';
import type { MessageView } from '@torchbridge/contracts';
import type {
  ChatConnection,
  ChatFactory,
  ChatStatus,
} from '../lib/chat/chat-connection';

interface SentMessage {
  conversationId: string;
  body: string;
  clientMessageId: string;
  resolve(message: MessageView): void;
}

/** A chat client without sockets: tests push server events in and acknowledge sends by hand. */
export class FakeChat implements ChatConnection {
  options: ChatClientOptions | null = null;
  readonly sent: SentMessage[] = [];
  readonly typingSent: string[] = [];
  readonly readsSent: { conversationId: string; seq: number }[] = [];
  readonly watched = new Set<string>();
  closed = false;
  private readonly held = new Map<string, Map<string, MessageView>>();

  readonly factory: ChatFactory = (options) => {
    this.options = options;
    return this;
  };

  watch(conversationId: string): void {
    this.watched.add(conversationId);
  }

  connect(): void {
    this.closed = false;
    this.options?.onStatus?.('online');
  }

  close(): void {
    this.closed = true;
  }

  messages(conversationId: string): MessageView[] {
    return [...(this.held.get(conversationId)?.values() ?? [])].sort(
      (a, b) => a.seq - b.seq,
    );
  }

  keepHistory(messages: MessageView[]): void {
    messages.forEach((m) => this.deliver(m));
  }

  send(
    conversationId: string,
    body: string,
    clientMessageId = `cmid-${this.sent.length + 1}`,
  ): Promise<MessageView> {
    return new Promise((resolve) => {
      this.sent.push({ conversationId, body, clientMessageId, resolve });
    });
  }

  typing(conversationId: string): void {
    this.typingSent.push(conversationId);
  }

  /** Who the fake server says is online when asked. */
  online: string[] = [];

  async presence(userIds: string[]): Promise<string[]> {
    return userIds.filter((id) => this.online.includes(id));
  }

  async markRead(conversationId: string, seq: number): Promise<number> {
    this.readsSent.push({ conversationId, seq });
    return seq;
  }

  /** The server's acknowledgement of the n-th send, as the real client handles it (kept, then resolved). */
  ack(index: number, overrides: Partial<MessageView> = {}): MessageView {
    const sent = this.sent[index];
    if (!sent) {
      throw new Error(`nothing was sent at index ${index}`);
    }
    const message: MessageView = {
      id: `m-${sent.clientMessageId}`,
      conversationId: sent.conversationId,
      seq: this.nextSeq(sent.conversationId),
      senderId: 'self',
      clientMessageId: sent.clientMessageId,
      body: sent.body,
      kind: 'text',
      createdAt: '2026-03-29T10:00:00.000Z',
      ...overrides,
    };
    this.deliver(message);
    sent.resolve(message);
    return message;
  }

  /** A `message:new` from the server; kept once by id like the real client. */
  deliver(message: MessageView): void {
    const map = this.held.get(message.conversationId) ?? new Map();
    this.held.set(message.conversationId, map);
    if (!map.has(message.id)) {
      map.set(message.id, message);
      this.options?.onMessage?.(message);
    }
  }

  status(status: ChatStatus): void {
    this.options?.onStatus?.(status);
  }

  typingFrom(conversationId: string, userId: string): void {
    this.options?.onTyping?.({ conversationId, userId });
  }

  readBy(conversationId: string, userId: string, seq: number): void {
    this.options?.onRead?.({ conversationId, userId, seq });
  }

  private nextSeq(conversationId: string): number {
    return Math.max(0, ...this.messages(conversationId).map((m) => m.seq)) + 1;
  }
}
