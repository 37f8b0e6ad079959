import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConversationView, MessageView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { ChatService } from './chat.service';
import { HistoryQueryDto } from './dto/chat.dto';

@ApiTags('chat')
@ApiBearerAuth()
@Controller('conversations')
export class ChatController {
  constructor(private readonly chat: ChatService) {}

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
}
