import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser, Roles } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { ChatGateway } from './chat.gateway';
import { ChatService } from './chat.service';
import { AddMembersDto, CreateGroupConversationDto, HistoryQueryDto } from './dto/chat.dto';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('conversations')
export class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly gateway: ChatGateway,
  ) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'My conversations with members, last message and unread count' })
  list(@CurrentUser() user: AuthUser): Promise<ConversationView[]> {
    return this.chat.conversations(user.id);
  }

  @AnyRole()
  @Get(':id/messages')
  @ApiOperation({ summary: 'History: a page before a sequence number, or the messages after one' })
  async messages(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: HistoryQueryDto): Promise<MessageView[]> {
    if (query.after !== undefined) {
      return (await this.chat.after(user.id, id, query.after, query.limit ?? 200)).messages;
    }
    return this.chat.before(user.id, id, query.before, query.limit ?? 50);
  }

  @Roles('manager', 'admin')
  @Post()
  @ApiOperation({ summary: "Start a group conversation (for a cohort run: its founders and mentors, once per run)" })
  async create(@CurrentUser() user: AuthUser, @Body() dto: CreateGroupConversationDto): Promise<ConversationView> {
    const { conversation, added } = await this.chat.createGroup(user, dto);
    this.gateway.added(conversation.id, added.filter((id) => id !== user.id));
    return conversation;
  }

  @Roles('manager', 'admin')
  @Post(':id/members')
  @ApiOperation({ summary: 'Add people to a group conversation' })
  async addMembers(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: AddMembersDto): Promise<ConversationView> {
    const { conversation, added } = await this.chat.addMembers(user, id, dto.userIds);
    this.gateway.added(id, added);
    return conversation;
  }

  @AnyRole()
  @Delete(':id/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: "Remove someone from a group conversation (its managers, admins, or the member leaving); their sockets are disconnected" })
  async removeMember(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    await this.chat.removeMember(user, id, userId);
    this.gateway.removed(id, userId);
  }
}
