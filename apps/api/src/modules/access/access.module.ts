import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';

/** Relationship checks for every module: `AccessService.require(user, 'mentorship.read', id)`. */
@Global()
@Module({ providers: [AccessService], exports: [AccessService] })
export class AccessModule {}
