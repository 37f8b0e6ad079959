import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { ChatController } from './chat.controller';
import { ChatGateway } from './chat.gateway';
import { ChatService } from './chat.service';
import { ChatFanout } from './chat-fanout';
import { ChatTrace } from './chat-trace';
import { ConversationsService } from './conversations.service';
import { EventBudget } from './event-budget';

@Module({
  imports: [UsersModule],
  controllers: [ChatController],
  providers: [
    ChatTrace,
    ChatFanout,
    ChatService,
    ConversationsService,
    EventBudget,
    ChatGateway,
  ],
  exports: [ConversationsService],
})
export class ChatModule {}
