import type { Locale } from './i18n';

/** socket.io namespace every client connects to; the access token goes in `auth.token`. */
export const REALTIME_NAMESPACE = '/realtime';

/** Events the server sends. Every payload is typed here so both ends agree. */
export interface ServerToClientEvents {
  'session:ready': (payload: { userId: string; locale: Locale }) => void;
  'session:revoked': (payload: { reason: 'logout' | 'expired' | 'removed' }) => void;
}

/** Events clients send; each has an acknowledgement callback. */
export interface ClientToServerEvents {
  ping: (ack: (reply: { at: string }) => void) => void;
}

/** Message of `connect_error` when the handshake is refused. */
export const UNAUTHORIZED = 'unauthorized';
