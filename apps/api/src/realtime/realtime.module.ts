import { Module } from '@nestjs/common';
import { UsersModule } from '../modules/users';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [UsersModule], providers: [RealtimeGateway] })
export class RealtimeModule {}
