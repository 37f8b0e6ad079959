// The reference: a bare socket.io relay with the Redis adapter — no auth, no database, no validation.
// Usage: node relay.mjs PORT REDIS_URL KEY
import { createAdapter } from '@socket.io/redis-adapter';
import Redis from 'ioredis';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const [port, redisUrl, key] = process.argv.slice(2);
const pub = new Redis(redisUrl);
const sub = pub.duplicate();
const http = createServer();
const io = new Server(http, { adapter: createAdapter(pub, sub, { key }) });
io.on('connection', (socket) => {
  const room = `c:${socket.handshake.query.c}`;
  void socket.join(room);
  socket.on('send', (payload, ack) => {
    socket.to(room).emit('msg', payload);
    ack?.({ ok: true });
  });
});
http.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
process.on('SIGTERM', () => {
  io.close();
  pub.disconnect();
  sub.disconnect();
  process.exit(0);
});
