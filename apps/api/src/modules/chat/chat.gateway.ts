import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger, UseFilters, UsePipes, ValidationPipe } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, WsException } from '@nestjs/websockets';
import type { Ack, ClientToServerEvents, MessageView, ServerToClientEvents } from '@torchbridge/contracts';
import { REALTIME_NAMESPACE } from '@torchbridge/contracts';
import type { Namespace, Socket } from 'socket.io';
import type { AuthUser } from '../../common/http/auth-user';
import { userRoom } from '../../realtime/realtime.gateway';
import { ChatService } from './chat.service';
import { ReadDto, SendMessageDto, SyncDto, TypingDto } from './dto/chat.dto';

type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { user: AuthUser }>;

/** Answers a failed event through its acknowledgement, so a client's pending send settles instead of hanging. */
@Catch()
export class AckErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ChatGateway');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ack = host.getArgs().find((a): a is (reply: Ack<never>) => void => typeof a === 'function');
    let error = 'Something went wrong; try again';
    if (exception instanceof WsException) {
      error = String(exception.getError());
    } else if (exception instanceof HttpException) {
      const response = exception.getResponse();
      error = typeof response === 'string' ? response : String((response as { message?: unknown }).message ?? exception.message);
    } else {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    ack?.({ ok: false, error });
  }
}

const validation = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => new WsException(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ') || 'Invalid payload'),
});

/** Per-socket budget: bursts of 30 events, refilled at 15 a second; typing counts too. */
const BURST = 30;
const PER_SECOND = 15;

@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
@UsePipes(validation)
@UseFilters(new AckErrorFilter())
export class ChatGateway {
  @WebSocketServer()
  server!: Namespace<ClientToServerEvents, ServerToClientEvents>;

  private readonly budgets = new WeakMap<object, { tokens: number; at: number }>();

  constructor(private readonly chat: ChatService) {}

  @SubscribeMessage('message:send')
  async send(@ConnectedSocket() socket: ChatSocket, @MessageBody() dto: SendMessageDto): Promise<Ack<MessageView>> {
    this.spend(socket);
    const { message, members, duplicate } = await this.chat.send(socket.data.user.id, dto);
    if (!duplicate) {
      // Every device of every member, on every instance (the Redis adapter carries room broadcasts); the sending
      // socket has the message in its acknowledgement already.
      this.server.to(members.map(userRoom)).except(socket.id).emit('message:new', message);
    }
    return { ok: true, data: message };
  }

  @SubscribeMessage('conversation:sync')
  async sync(@ConnectedSocket() socket: ChatSocket, @MessageBody() dto: SyncDto): Promise<Ack<{ messages: MessageView[]; lastSeq: number }>> {
    this.spend(socket);
    return { ok: true, data: await this.chat.after(socket.data.user.id, dto.conversationId, dto.afterSeq) };
  }

  @SubscribeMessage('conversation:read')
  async read(@ConnectedSocket() socket: ChatSocket, @MessageBody() dto: ReadDto): Promise<Ack<{ readSeq: number }>> {
    this.spend(socket);
    const { readSeq, members } = await this.chat.markRead(socket.data.user.id, dto.conversationId, dto.seq);
    this.server.to(members.map(userRoom)).emit('conversation:read', { conversationId: dto.conversationId, userId: socket.data.user.id, seq: readSeq });
    return { ok: true, data: { readSeq } };
  }

  @SubscribeMessage('typing')
  async typing(@ConnectedSocket() socket: ChatSocket, @MessageBody() dto: TypingDto): Promise<void> {
    this.spend(socket);
    const members = await this.chat.members(socket.data.user.id, dto.conversationId);
    // Volatile: typing may be dropped under pressure, messages never.
    this.server
      .to(members.filter((m) => m !== socket.data.user.id).map(userRoom))
      .volatile.emit('typing', { conversationId: dto.conversationId, userId: socket.data.user.id });
  }

  private spend(socket: ChatSocket): void {
    const now = Date.now();
    const budget = this.budgets.get(socket) ?? { tokens: BURST, at: now };
    budget.tokens = Math.min(BURST, budget.tokens + ((now - budget.at) / 1000) * PER_SECOND);
    budget.at = now;
    if (budget.tokens < 1) {
      this.budgets.set(socket, budget);
      throw new WsException('Too many events; slow down');
    }
    budget.tokens -= 1;
    this.budgets.set(socket, budget);
  }
}
