import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import { io, Socket } from 'socket.io-client';

/** Waits until `check` holds, polling; fails the test after `ms`. */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error('condition not met in time');
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A realtime socket, resolved once the server has said `session:ready`; `prepare` attaches listeners first. */
export function connectRealtime<T extends Socket>(url: string, token: string, prepare: (socket: T) => void = () => undefined): Promise<T> {
  const socket = io(`${url}${REALTIME_NAMESPACE}`, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false }) as T;
  prepare(socket);
  return new Promise((resolve, reject) => {
    socket.once('session:ready', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}
