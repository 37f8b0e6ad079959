import { OnModuleInit } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import {
  ClientToServerEvents,
  REALTIME_NAMESPACE,
  ServerToClientEvents,
} from '@torchbridge/contracts';
import type { Namespace } from 'socket.io';
import { DomainEvents } from '../../common/events/domain-events';
import { userRoom } from '../../realtime/realtime.gateway';

/** Tells everyone at an event that its day changed (`event:live`), on every instance: the adapter carries room emits. */
@WebSocketGateway({ namespace: REALTIME_NAMESPACE })
export class EventsGateway implements OnModuleInit {
  @WebSocketServer()
  server!: Namespace<ClientToServerEvents, ServerToClientEvents>;

  constructor(private readonly events: DomainEvents) {}

  onModuleInit(): void {
    this.events.on('event.live_changed', ({ signal, userIds }) => {
      if (userIds.length > 0) {
        this.server.to(userIds.map(userRoom)).emit('event:live', signal);
      }
    });
  }
}
