import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  Logger,
  OnModuleDestroy,
  OnModuleInit,
  UseFilters,
  UsePipes,
} from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  WsException,
} from '@nestjs/websockets';
import type {
  Ack,
  ClientToServerEvents,
  MessageView,
  ServerToClientEvents,
} from '@torchbridge/contracts';
import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import type { Namespace, Socket } from 'socket.io';
import { DomainEvents } from '../../common/events/domain-events';
import { toErrorBody } from '../../common/filters/all-exceptions.filter';
import type { AuthUser } from '../../common/http/auth-user';
import { userRoom } from '../../realtime/realtime.gateway';
import { WsPayloadPipe } from '../../realtime/ws-payload';
import { ChatService, CommittedMessage } from './chat.service';
import { ChatFanout } from './chat-fanout';
import { ChatTrace } from './chat-trace';
import { ConversationsService } from './conversations.service';
import { EventBudget } from './event-budget';
import {
  PresenceQueryDto,
  ReadDto,
  SendMessageDto,
  SyncDto,
  TypingDto,
} from './dto/chat.dto';

type ChatSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  { user: AuthUser }
>;

/** Answers a failed event through its acknowledgement, so a client's pending send settles instead of hanging. */
@Catch()
export class AckErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ChatGateway');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ack = host
      .getArgs()
      .find((a): a is (reply: Ack<never>) => void => typeof a === 'function');
    if (exception instanceof WsException) {
      // Only the payload pipe throws these here: the payload did not pass its schema.
      ack?.({
        ok: false,
        error: String(exception.getError()),
        code: 'validation.failed',
      });
    } else if (exception instanceof HttpException) {
      const { message, code, params } = toErrorBody(exception);
      // A refusal for a spent budget says when to try again, as a 429's Retry-After does over HTTP.
      const retry = params?.['retryAfterSeconds'];
      // …and a send refused by a busy instance says in milliseconds when to send it again.
      const retryMs = params?.['retryAfterMs'];
      ack?.({
        ok: false,
        error: message,
        code,
        ...(typeof retry === 'number' ? { retryAfterSeconds: retry } : {}),
        ...(typeof retryMs === 'number' ? { retryAfterMs: retryMs } : {}),
      });
    } else {
      this.logger.error(
        exception instanceof Error
          ? (exception.stack ?? exception.message)
          : String(exception),
      );
      ack?.({
        ok: false,
        error: 'Something went wrong; try again',
        code: 'internal',
      });
    }
  }
}

@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
@UsePipes(WsPayloadPipe)
@UseFilters(new AckErrorFilter())
export class ChatGateway
  implements
    OnModuleInit,
    OnGatewayConnection,
    OnGatewayDisconnect,
    OnModuleDestroy
{
  @WebSocketServer()
  server!: Namespace<ClientToServerEvents, ServerToClientEvents>;

  private readonly logger = new Logger('ChatGateway');
  /** Set when the instance shuts down: its sockets all drop then, and Redis may already be closing. */
  private closing = false;

  private readonly unsubscribe: (() => void)[] = [];

  constructor(
    private readonly chat: ChatService,
    private readonly conversations: ConversationsService,
    private readonly events: DomainEvents,
    /** Every event counts against its user's budget, typing too. */
    private readonly budget: EventBudget,
    private readonly trace: ChatTrace,
    private readonly fanout: ChatFanout,
  ) {}

  /** Membership changes arrive as events after their commit, on one instance; rooms reach every instance. */
  onModuleInit(): void {
    this.unsubscribe.push(
      this.events.on(
        'conversation.members_added',
        ({ conversationId, userIds }) => this.added(conversationId, userIds),
      ),
      this.events.on(
        'conversation.members_removed',
        ({ conversationId, userIds }) => this.removed(conversationId, userIds),
      ),
      this.chat.onCommitted((committed) => this.fanout.publish(committed)),
    );
    this.fanout.onDeliver((committed) => this.deliver(committed));
  }

  onModuleDestroy(): void {
    this.closing = true;
    this.unsubscribe.splice(0).forEach((off) => off());
  }

  /** Presence: a user's first socket anywhere in the cluster tells the people they share conversations with. */
  async handleConnection(socket: ChatSocket): Promise<void> {
    const user = socket.data.user;
    if (!user) {
      return;
    }
    // The realtime gateway joins this room too; joining here makes the count below independent of their order.
    await socket.join(userRoom(user.id));
    await this.announce(user.id, true, (sockets) => sockets === 1);
  }

  /** …and their last socket going away tells them they are offline. */
  async handleDisconnect(socket: ChatSocket): Promise<void> {
    const user = socket.data.user;
    if (!user) {
      return;
    }
    await this.announce(user.id, false, (sockets) => sockets === 0);
  }

  /** After people are added to a conversation: their devices refresh the conversation list. */
  private added(conversationId: string, userIds: string[]): void {
    if (userIds.length > 0) {
      this.server
        .to(userIds.map(userRoom))
        .emit('conversation:added', { conversationId });
    }
  }

  /**
   * After people are removed from a conversation: every device of theirs, on every instance, hears it and is
   * disconnected, so nothing of that conversation reaches a socket that was open while they were a member.
   */
  private removed(conversationId: string, userIds: string[]): void {
    if (userIds.length === 0) {
      return;
    }
    const rooms = userIds.map(userRoom);
    this.server.to(rooms).emit('conversation:removed', { conversationId });
    this.server.in(rooms).disconnectSockets(true);
  }

  @SubscribeMessage('message:send')
  async send(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: SendMessageDto,
  ): Promise<Ack<MessageView>> {
    const user = socket.data.user;
    this.trace.mark(dto.clientMessageId, 'received');
    // The send joins its batch within its turn of the user's budget, so one socket's sends keep their order; the
    // fan-out happens as the message commits (ChatFanout), so each conversation's messages reach sockets in sequence order.
    // A busy instance refuses the send (chat.busy) before it joins a batch; the client sends it again, same id.
    const { message } = await this.budget.admit(user.id, () => {
      this.chat.refuseWhenBusy(socket.id, dto.clientMessageId);
      return this.chat.send(user.id, dto, socket.id);
    });
    return { ok: true, data: message };
  }

  /**
   * Every device of every member connected to this instance; each instance gets every message from ChatFanout, in
   * sequence order per conversation. The sending socket has the message in its acknowledgement already.
   */
  private deliver({ message, members, origin }: CommittedMessage): void {
    const rooms = this.server.local.to(members.map(userRoom));
    (origin ? rooms.except(origin) : rooms).emit('message:new', message);
  }

  @SubscribeMessage('conversation:sync')
  async sync(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: SyncDto,
  ): Promise<Ack<{ messages: MessageView[]; lastSeq: number }>> {
    await this.budget.spend(socket.data.user.id);
    return {
      ok: true,
      data: await this.chat.after(
        socket.data.user,
        dto.conversationId,
        dto.afterSeq,
      ),
    };
  }

  @SubscribeMessage('conversation:read')
  async read(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: ReadDto,
  ): Promise<Ack<{ readSeq: number }>> {
    await this.budget.spend(socket.data.user.id);
    const { readSeq, members } = await this.chat.markRead(
      socket.data.user.id,
      dto.conversationId,
      dto.seq,
    );
    this.server.to(members.map(userRoom)).emit('conversation:read', {
      conversationId: dto.conversationId,
      userId: socket.data.user.id,
      seq: readSeq,
    });
    return { ok: true, data: { readSeq } };
  }

  @SubscribeMessage('typing')
  async typing(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: TypingDto,
  ): Promise<void> {
    await this.budget.spend(socket.data.user.id);
    const members = await this.chat.members(
      socket.data.user.id,
      dto.conversationId,
    );
    // Volatile: typing may be dropped under pressure, messages never.
    this.server
      .to(members.filter((m) => m !== socket.data.user.id).map(userRoom))
      .volatile.emit('typing', {
        conversationId: dto.conversationId,
        userId: socket.data.user.id,
      });
  }

  @SubscribeMessage('presence:query')
  async presence(
    @ConnectedSocket() socket: ChatSocket,
    @MessageBody() dto: PresenceQueryDto,
  ): Promise<Ack<{ online: string[] }>> {
    await this.budget.spend(socket.data.user.id);
    const peers = new Set(await this.conversations.peers(socket.data.user.id));
    const asked = dto.userIds.filter((id) => peers.has(id));
    if (asked.length === 0) {
      return { ok: true, data: { online: [] } };
    }
    const sockets = await this.server.in(asked.map(userRoom)).fetchSockets();
    const online = new Set(
      sockets
        .map((s) => (s.data as { user?: AuthUser }).user?.id)
        .filter((id): id is string => Boolean(id)),
    );
    return { ok: true, data: { online: asked.filter((id) => online.has(id)) } };
  }

  private async announce(
    userId: string,
    online: boolean,
    changed: (sockets: number) => boolean,
  ): Promise<void> {
    if (this.closing) {
      // Clients of a stopping instance reconnect elsewhere within moments; announcing them offline would flap.
      return;
    }
    try {
      const sockets = await this.server.in(userRoom(userId)).fetchSockets();
      if (!changed(sockets.length)) {
        return;
      }
      const peers = await this.conversations.peers(userId);
      if (peers.length > 0) {
        // Volatile like typing: presence may be dropped under pressure; clients ask again on reconnect.
        this.server
          .to(peers.map(userRoom))
          .volatile.emit('presence', { userId, online });
      }
    } catch (error) {
      if (this.closing) {
        return; // Redis closes under lookups still in flight; nobody is left to tell.
      }
      this.logger.warn(
        `Presence for ${userId} not announced: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}
