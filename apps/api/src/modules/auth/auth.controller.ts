import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { REFRESH_COOKIE } from '@torchbridge/contracts';
import type { Request, Response } from 'express';
import { Public } from '../../common/decorators/access.decorators';
import { RouteBudget } from '../../common/rate-limit/route-budget';
import type { AuthUser } from '../../common/http/auth-user';
import { AuthResponseDto, LoginDto, RefreshDto, RegisterDto } from './dto/auth.dto';
import { AuthService, ClientInfo, IssuedSession } from './auth.service';
import { SessionCookie } from './session-cookie';

function client(req: Request): ClientInfo {
  return { ip: req.ip ?? 'unknown', userAgent: req.get('user-agent') ?? undefined };
}

function readCookie(req: Request): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return undefined;
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: SessionCookie,
  ) {}

  @Public()
  @Post('register')
  @RouteBudget('register')
  @ApiOperation({ summary: 'Create a founder or mentor account and sign in (rate-limited per address; the password must resist guessing)' })
  @ApiOkResponse({ type: AuthResponseDto })
  async register(@Body() dto: RegisterDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    return this.respond(await this.auth.register(dto, client(req)), dto.tokenDelivery, res);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password (failures limited per account and address, per address, and per account)' })
  @ApiOkResponse({ type: AuthResponseDto })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    return this.respond(await this.auth.login(dto, client(req)), dto.tokenDelivery, res);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate the refresh token (cookie or body) and get a new access token' })
  @ApiOkResponse({ type: AuthResponseDto })
  async refresh(@Body() dto: RefreshDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<AuthResponseDto> {
    const delivery = dto.tokenDelivery ?? (dto.refreshToken ? 'body' : 'cookie');
    try {
      return this.respond(await this.auth.refresh(dto.refreshToken ?? readCookie(req), client(req)), delivery, res);
    } catch (error) {
      this.cookie.clear(res);
      throw error;
    }
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this sign-in: revokes its refresh tokens and clears the cookie' })
  async logout(@Body() dto: RefreshDto, @Req() req: Request & { user?: AuthUser }, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.user, dto.refreshToken ?? readCookie(req));
    this.cookie.clear(res);
  }

  private respond(session: IssuedSession, delivery: RefreshDto['tokenDelivery'], res: Response): AuthResponseDto {
    const { refreshToken, refreshExpiresAt, ...rest } = session;
    if (delivery === 'body') {
      return { ...rest, refreshToken };
    }
    this.cookie.set(res, refreshToken, refreshExpiresAt);
    return rest;
  }
}
