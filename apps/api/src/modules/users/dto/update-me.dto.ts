import type { IsoWeekday, UpdateMeRequest, WorkingHours } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LOCALES, Locale } from '@torchbridge/contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsInt, IsString, Length, Max, Min, ValidateBy, ValidateNested } from 'class-validator';
import { IsIanaTimeZone, IsNameText, Optional } from '../../../common/http/validators';

export class WorkingHoursDto implements WorkingHours {
  @ApiProperty({ minimum: 0, maximum: 1439, example: 540, description: 'Minutes after local midnight (09:00 → 540)' })
  @IsInt({ message: 'startMinute must be a whole number of minutes from 0 to 1439' })
  @Min(0, { message: 'startMinute must be a whole number of minutes from 0 to 1439' })
  @Max(1439, { message: 'startMinute must be a whole number of minutes from 0 to 1439' })
  startMinute!: number;

  @ApiProperty({ minimum: 1, maximum: 1440, example: 1080 })
  @IsInt({ message: 'endMinute must be a whole number of minutes from 1 to 1440' })
  @Min(1, { message: 'endMinute must be a whole number of minutes from 1 to 1440' })
  @Max(1440, { message: 'endMinute must be a whole number of minutes from 1 to 1440' })
  @ValidateBy({
    name: 'afterStart',
    validator: {
      validate: (value: unknown, args) => typeof value !== 'number' || typeof (args?.object as WorkingHoursDto).startMinute !== 'number' || value > (args?.object as WorkingHoursDto).startMinute,
      defaultMessage: () => 'endMinute must be after startMinute',
    },
  })
  endMinute!: number;

  @ApiProperty({ type: [Number], example: [1, 2, 3, 4, 5], description: 'ISO weekdays, 1 = Monday … 7 = Sunday' })
  @IsArray({ message: 'weekdays must be a list of ISO weekdays (1 = Monday … 7 = Sunday)' })
  @ArrayMinSize(1, { message: 'weekdays must name at least one day' })
  @ArrayMaxSize(7)
  @ArrayUnique({ message: 'weekdays must not repeat a day' })
  @IsIn([1, 2, 3, 4, 5, 6, 7], { each: true, message: 'weekdays must be a list of ISO weekdays (1 = Monday … 7 = Sunday)' })
  weekdays!: IsoWeekday[];
}

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

  @ApiPropertyOptional({ type: WorkingHoursDto, description: 'Hours you usually work, in your own zone; "best times for both" ranks slots by them' })
  @Optional()
  @ValidateNested()
  @Type(() => WorkingHoursDto)
  workingHours?: WorkingHoursDto;
}
