import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsService } from './notifications.service';

/** Owns notifications: listens to domain events, writes rows, pushes them live. */
@Module({ controllers: [NotificationsController], providers: [NotificationsService, NotificationsGateway], exports: [NotificationsService] })
export class NotificationsModule {}
