import { ChatClient, type ChatClientOptions } from '@torchbridge/api-client';

export type ChatStatus = NonNullable<
  Parameters<NonNullable<ChatClientOptions['onStatus']>>[0]
>;

/** The part of ChatClient the app uses, so tests can hand in a fake without sockets. */
export type ChatConnection = Pick<
  ChatClient,
  | 'watch'
  | 'connect'
  | 'send'
  | 'messages'
  | 'close'
  | 'keepHistory'
  | 'typing'
  | 'markRead'
  | 'presence'
>;

export type ChatFactory = (options: ChatClientOptions) => ChatConnection;

export const createChatClient: ChatFactory = (options) =>
  new ChatClient(options);

/** A v4 UUID from getRandomValues: crypto.randomUUID is missing outside secure contexts. */
export function newClientMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
