import type { UpdateMeRequest } from '@torchbridge/contracts';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, Locale } from '@torchbridge/contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length } from 'class-validator';
import { IsIanaTimeZone, IsNameText, Optional } from '../../../common/http/validators';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional()
  @Optional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  @IsNameText()
  displayName?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'UI language, remembered for every device' })
  @Optional()
  @IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` })
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Europe/Berlin' })
  @Optional()
  @IsIanaTimeZone()
  timeZone?: string;
}
