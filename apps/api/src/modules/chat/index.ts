export { ChatModule } from './chat.module';
export type { BookingNoteMeta } from './chat-rows';
export { ConversationsService, type GroupSource } from './conversations.service';
