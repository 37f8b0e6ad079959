import { Logger, OnModuleDestroy } from '@nestjs/common';
import {
  ConnectedSocket,
  OnGatewayConnection,
  OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import {
  ClientToServerEvents,
  REALTIME_NAMESPACE,
  ServerToClientEvents,
  UNAUTHORIZED,
} from '@torchbridge/contracts';
import type { Namespace, Socket } from 'socket.io';
import { DomainEvents } from '../common/events/domain-events';
import type { AuthUser } from '../common/http/auth-user';
import { TokenService } from '../modules/auth';
import { UsersService } from '../modules/users';

interface SocketData {
  user: AuthUser;
  expiresAt: number;
}

type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type RealtimeNamespace = Namespace<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const userRoom = (userId: string) => `user:${userId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** Authenticates every socket at the handshake and keeps it in its user's and sign-in's rooms. */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  private readonly logger = new Logger(RealtimeGateway.name);
  private readonly expiryTimers = new Map<string, NodeJS.Timeout>();
  private unsubscribe?: () => void;

  @WebSocketServer()
  server!: RealtimeNamespace;

  constructor(
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    private readonly events: DomainEvents,
  ) {}

  afterInit(namespace: RealtimeNamespace): void {
    // The one place a socket's token is checked: signature, expiry, and that its sign-in has not ended.
    namespace.use((socket, next) => {
      const token: unknown = socket.handshake.auth?.['token'];
      if (typeof token !== 'string' || token.length === 0) {
        next(new Error(UNAUTHORIZED));
        return;
      }
      this.tokens
        .verifyAccess(token)
        .then((user) => {
          socket.data.user = { id: user.id, role: user.role, sessionId: user.sessionId };
          socket.data.expiresAt = user.expiresAt;
          next();
        })
        .catch(() => next(new Error(UNAUTHORIZED)));
    });
    this.unsubscribe = this.events.on('session.ended', ({ sessionId }) => {
      this.server.in(sessionRoom(sessionId)).emit('session:revoked', { reason: 'logout' });
      this.server.in(sessionRoom(sessionId)).disconnectSockets(true);
    });
  }

  async handleConnection(socket: RealtimeSocket): Promise<void> {
    const { user, expiresAt } = socket.data;
    await socket.join([userRoom(user.id), sessionRoom(user.sessionId)]);
    // A logout that landed between the handshake check and joining the room would have missed this socket.
    if (await this.tokens.isRevoked(user.sessionId)) {
      socket.emit('session:revoked', { reason: 'logout' });
      socket.disconnect(true);
      return;
    }
    const timer = setTimeout(() => {
      socket.emit('session:revoked', { reason: 'expired' });
      socket.disconnect(true);
    }, Math.max(0, expiresAt - Date.now()));
    timer.unref();
    this.expiryTimers.set(socket.id, timer);
    socket.once('disconnect', () => {
      clearTimeout(this.expiryTimers.get(socket.id));
      this.expiryTimers.delete(socket.id);
    });
    try {
      const profile = await this.users.get(user.id);
      socket.emit('session:ready', { userId: user.id, locale: profile.locale });
    } catch (error) {
      this.logger.warn(`Socket for a removed account refused: ${(error as Error).message}`);
      socket.disconnect(true);
    }
  }

  @SubscribeMessage('ping')
  ping(@ConnectedSocket() _socket: RealtimeSocket): { at: string } {
    return { at: new Date().toISOString() };
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
    for (const timer of this.expiryTimers.values()) {
      clearTimeout(timer);
    }
  }
}
