import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NotificationCount, NotificationView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'My latest 100 notifications, newest first' })
  list(@CurrentUser() user: AuthUser): Promise<NotificationView[]> {
    return this.notifications.list(user);
  }

  @AnyRole()
  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell badge)' })
  async unread(@CurrentUser() user: AuthUser): Promise<NotificationCount> {
    return { unread: await this.notifications.unread(user.id) };
  }

  @AnyRole()
  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  readAll(@CurrentUser() user: AuthUser): Promise<NotificationCount> {
    return this.notifications.markAllRead(user);
  }

  @AnyRole()
  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  read(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationCount> {
    return this.notifications.markRead(user, id);
  }
}
