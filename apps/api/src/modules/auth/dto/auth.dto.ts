import type { RegisterRequest, LoginRequest, RefreshRequest } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  LOCALES,
  Locale,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SELF_REGISTER_ROLES,
  SelfRegisterRole,
  TokenDelivery,
} from '@torchbridge/contracts';
import { IsIanaTimeZone, IsNameText, Optional } from '../../../common/http/validators';
import { UserViewDto } from '../../users';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsString,
  Length,
  MaxLength,
  MinLength,
} from 'class-validator';

const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const DELIVERIES: TokenDelivery[] = ['cookie', 'body'];

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'li.wei@example.cn' })
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: 'Li Wei 李伟' })
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  @IsNameText()
  displayName!: string;

  @ApiProperty({ enum: SELF_REGISTER_ROLES })
  @IsIn(SELF_REGISTER_ROLES, { message: `role must be one of: ${SELF_REGISTER_ROLES.join(', ')}` })
  role!: SelfRegisterRole;

  @ApiPropertyOptional({ enum: LOCALES })
  @Optional()
  @IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` })
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @Optional()
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ enum: DELIVERIES })
  @Optional()
  @IsIn(DELIVERIES)
  tokenDelivery?: TokenDelivery;
}

export class LoginDto implements LoginRequest {
  @ApiProperty()
  @Transform(trimLower)
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH, { message: 'password is required' })
  password!: string;

  @ApiPropertyOptional({ enum: DELIVERIES })
  @Optional()
  @IsIn(DELIVERIES)
  tokenDelivery?: TokenDelivery;
}

export class RefreshDto implements RefreshRequest {
  @ApiPropertyOptional({ description: 'Only for clients that asked for body delivery; browsers send the cookie.' })
  @Optional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;

  @ApiPropertyOptional({ enum: DELIVERIES })
  @Optional()
  @IsIn(DELIVERIES)
  tokenDelivery?: TokenDelivery;
}

export class AuthResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ description: 'Seconds until the access token expires' }) expiresIn!: number;
  @ApiProperty({ type: UserViewDto }) user!: UserViewDto;
  @ApiPropertyOptional() refreshToken?: string;
}
