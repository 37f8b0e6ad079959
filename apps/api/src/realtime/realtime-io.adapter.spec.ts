import { Logger } from '@nestjs/common';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { EventEmitter } from 'node:events';
import { of } from 'rxjs';
import type { Socket } from 'socket.io';
import { RealtimeIoAdapter } from './realtime-io.adapter';

/** A socket whose incoming events we fire ourselves; what the server emits back is recorded. */
function fakeSocket() {
  const incoming = new EventEmitter();
  const emitted: [string, unknown][] = [];
  const socket = {
    disconnected: false,
    on: (event: string, listener: (...args: unknown[]) => void) => incoming.on(event, listener),
    emit: (event: string, data: unknown) => emitted.push([event, data]),
  };
  return { socket, incoming, emitted };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('RealtimeIoAdapter.bindMessageHandlers', () => {
  const adapter = new RealtimeIoAdapter(undefined as never, { redisPrefix: 'tb:', allowedOrigins: [] });
  const handler = (message: string, callback: (data: unknown, ack?: unknown) => unknown, isAckHandledManually = false) =>
    ({ message, callback, isAckHandledManually, methodName: message }) as MessageMappingProperties;

  function bind(...handlers: MessageMappingProperties[]) {
    const fake = fakeSocket();
    adapter.bindMessageHandlers(fake.socket as unknown as Socket, handlers);
    return fake;
  }

  it('answers through the acknowledgement with what the handler returns, sync or async', async () => {
    const { incoming } = bind(
      handler('ping', () => ({ at: 'now' })),
      handler('message:send', async (data) => ({ ok: true, data })),
    );
    const acks: unknown[] = [];
    incoming.emit('ping', (reply: unknown) => acks.push(reply));
    incoming.emit('message:send', { body: 'hi' }, (reply: unknown) => acks.push(reply));
    await settle();
    expect(acks).toEqual([{ at: 'now' }, { ok: true, data: { body: 'hi' } }]);
  });

  it('emits an { event, data } answer, acknowledges every value of an Observable, and stays silent for nothing', async () => {
    const { incoming, emitted } = bind(
      handler('hello', () => ({ event: 'welcome', data: { n: 1 } })),
      handler('stream', async () => of(1, 2)),
      handler('typing', async () => undefined),
    );
    const acks: unknown[] = [];
    incoming.emit('hello', { x: 1 });
    incoming.emit('stream', {}, (reply: unknown) => acks.push(reply));
    incoming.emit('typing', {}, (reply: unknown) => acks.push(['typing', reply]));
    await settle();
    expect(emitted).toEqual([['welcome', { n: 1 }]]);
    expect(acks).toEqual([1, 2]);
  });

  it('leaves the acknowledgement to a handler that takes it, and drops answers to a socket that is gone', async () => {
    const { socket, incoming } = bind(
      handler('manual', (_data, ack) => (ack as (v: unknown) => void)('by hand'), true),
      handler('slow', async () => ({ ok: true })),
    );
    const acks: unknown[] = [];
    incoming.emit('manual', {}, (reply: unknown) => acks.push(reply));
    incoming.emit('slow', {}, (reply: unknown) => acks.push(reply));
    socket.disconnected = true;
    await settle();
    expect(acks).toEqual(['by hand']);
  });

  it('logs a handler that throws or rejects instead of crashing, and keeps serving the socket', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let calls = 0;
    const { incoming } = bind(
      handler('boom', () => {
        calls++;
        if (calls === 1) {
          throw new Error('sync failure');
        }
        return Promise.reject(new Error('async failure'));
      }),
    );
    incoming.emit('boom', {}, () => undefined);
    incoming.emit('boom', {}, () => undefined);
    await settle();
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('sync failure'),
      expect.stringContaining('async failure'),
    ]);
    errors.mockRestore();
  });
});
