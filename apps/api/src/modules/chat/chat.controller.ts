import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { ChatService } from './chat.service';
import { ConversationsService } from './conversations.service';
import { AddMembersDto, CreateGroupConversationDto, HistoryQueryDto } from './dto/chat.dto';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('conversations')
export class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly conversations: ConversationsService,
  ) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'My conversations with members, last message and unread count' })
  list(@CurrentUser() user: AuthUser): Promise<ConversationView[]> {
    return this.conversations.conversations(user.id);
  }

  @AnyRole()
  @Get(':id/messages')
  @ApiOperation({ summary: 'History: a page before a sequence number, or the messages after one' })
  async messages(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: HistoryQueryDto): Promise<MessageView[]> {
    if (query.after !== undefined) {
      return (await this.chat.after(user, id, query.after, query.limit ?? 200)).messages;
    }
    return this.chat.before(user, id, query.before, query.limit ?? 50);
  }

  @Roles('manager', 'admin')
  @Post()
  @ApiOperation({ summary: "Start a group conversation (for a cohort run: its founders and mentors, once per run)" })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateGroupConversationDto): Promise<ConversationView> {
    return this.conversations.createGroup(user, dto);
  }

  @Roles('manager', 'admin')
  @Post(':id/members')
  @ApiOperation({ summary: 'Add people to a group conversation' })
  addMembers(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddMembersDto): Promise<ConversationView> {
    return this.conversations.addMembers(user, id, dto.userIds);
  }

  @AnyRole()
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove someone from a group conversation (its managers, admins, or the member leaving); their sockets are disconnected" })
  removeMember(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.conversations.removeMember(user, id, userId);
  }
}
