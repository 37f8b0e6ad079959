export { AccessGuard } from './access.guard';
export { AuthModule } from './auth.module';
export { passwordHasher } from './password-hasher';
export { InvalidTokenError, TokenService } from './token.service';
