import { Global, Module } from '@nestjs/common';
import { UsersModule } from '../users';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { LoginLimiter } from './login-limiter';
import { RevokedSessions } from './revoked-sessions';
import { SessionCookie } from './session-cookie';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [UsersModule],
  controllers: [AuthController],
  providers: [AuthService, TokenService, SessionCookie, LoginLimiter, RevokedSessions],
  exports: [TokenService, AuthService],
})
export class AuthModule {}
