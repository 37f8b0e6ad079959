export { ChatModule } from './chat.module';
export { ConversationsService, type GroupSource } from './conversations.service';
