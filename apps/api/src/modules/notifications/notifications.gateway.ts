import { OnModuleInit } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { ClientToServerEvents, REALTIME_NAMESPACE, ServerToClientEvents } from '@torchbridge/contracts';
import type { Namespace } from 'socket.io';
import { DomainEvents } from '../../common/events/domain-events';
import { userRoom } from '../../realtime/realtime.gateway';
import { NotificationsService } from './notifications.service';

/** Pushes new and read notifications to the recipient's sockets, on every instance (the adapter carries room emits). */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class NotificationsGateway implements OnModuleInit {
  @WebSocketServer()
  server!: Namespace<ClientToServerEvents, ServerToClientEvents>;

  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.events.on('notification.created', async ({ notificationId, userId }) => {
      const found = await this.notifications.one(notificationId);
      if (found) {
        this.server.to(userRoom(userId)).emit('notification:new', { notification: found.view, unread: await this.notifications.unread(userId) });
      }
    });
    this.events.on('notification.read', async ({ userId, ids }) => {
      this.server.to(userRoom(userId)).emit('notification:read', { ids, unread: await this.notifications.unread(userId) });
    });
  }
}
