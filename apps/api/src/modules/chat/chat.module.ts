import { Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { ChatController } from './chat.controller';
import { ChatGateway } from './chat.gateway';
import { ChatService } from './chat.service';
import { ConversationsService } from './conversations.service';

@Module({
  imports: [UsersModule],
  controllers: [ChatController],
  providers: [ChatService, ConversationsService, ChatGateway],
  exports: [ConversationsService],
})
export class ChatModule {}
