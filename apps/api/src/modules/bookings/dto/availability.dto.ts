import type {
  AvailabilityInput,
  Blackout,
  DateOverride,
  IsoWeekday,
  LocalInterval,
  SessionLength,
  SlotQuery,
  WeeklyRule,
} from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_LENGTHS } from '@torchbridge/contracts';
import { AVAILABILITY_LIMITS as LIMITS } from '@torchbridge/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  IsIanaTimeZone,
  IsNameText,
  Optional,
  Trim,
} from '../../../common/http/validators';
import { IsInstant } from './instant.validator';

// Shapes and bounds here; what needs the whole input (overlaps, repeated dates, end after start) is checked by the domain's validateAvailability.
const whole = (field: string, min: number, max: number) => {
  const message = {
    message: `${field} must be a whole number from ${min} to ${max}`,
  };
  return [IsInt(message), Min(min, message), Max(max, message)];
};
const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) {
      decorator(target, key);
    }
  };

export class LocalIntervalDto implements LocalInterval {
  @ApiProperty({
    minimum: 0,
    maximum: 1440,
    example: 540,
    description: 'Minutes after local midnight',
  })
  @apply(...whole('startMinute', 0, 1440))
  startMinute!: number;

  @ApiProperty({ minimum: 0, maximum: 1440, example: 720 })
  @apply(...whole('endMinute', 0, 1440))
  endMinute!: number;
}

export class WeeklyRuleDto extends LocalIntervalDto implements WeeklyRule {
  @ApiProperty({
    minimum: 1,
    maximum: 7,
    description: 'ISO weekday, 1 = Monday … 7 = Sunday',
  })
  @IsIn([1, 2, 3, 4, 5, 6, 7], {
    message: 'weekday must be an ISO weekday from 1 (Monday) to 7 (Sunday)',
  })
  weekday!: IsoWeekday;
}

export class DateOverrideDto implements DateOverride {
  @ApiProperty({
    example: '2026-05-01',
    description: "A date on the mentor's calendar, YYYY-MM-DD",
  })
  @IsString({ message: 'date must be a date written YYYY-MM-DD' })
  @MaxLength(10, { message: 'date must be a date written YYYY-MM-DD' })
  date!: string;

  @ApiProperty({
    type: [LocalIntervalDto],
    description: 'The hours of that day; none is a day off',
  })
  @IsArray()
  @ArrayMaxSize(LIMITS.intervalsPerOverride)
  @ValidateNested({ each: true })
  @Type(() => LocalIntervalDto)
  intervals!: LocalIntervalDto[];
}

export class BlackoutDto implements Blackout {
  @ApiProperty({ example: '2026-08-01T00:00:00Z' }) @IsInstant() start!: string;
  @ApiProperty({ example: '2026-08-15T00:00:00Z' }) @IsInstant() end!: string;
  @ApiProperty({ example: 'Summer holiday' })
  @Trim()
  @IsString()
  @MaxLength(LIMITS.blackoutNote)
  @IsNameText()
  note!: string;
}

export class AvailabilityDto implements AvailabilityInput {
  @ApiProperty({ example: 'Europe/Berlin' })
  @IsIanaTimeZone()
  timeZone!: string;

  @ApiProperty({ type: [WeeklyRuleDto] })
  @IsArray()
  @ArrayMaxSize(LIMITS.rules)
  @ValidateNested({ each: true })
  @Type(() => WeeklyRuleDto)
  rules!: WeeklyRuleDto[];

  @ApiProperty({ type: [DateOverrideDto] })
  @IsArray()
  @ArrayMaxSize(LIMITS.overrides)
  @ValidateNested({ each: true })
  @Type(() => DateOverrideDto)
  overrides!: DateOverrideDto[];

  @ApiProperty({ type: [BlackoutDto] })
  @IsArray()
  @ArrayMaxSize(LIMITS.blackouts)
  @ValidateNested({ each: true })
  @Type(() => BlackoutDto)
  blackouts!: BlackoutDto[];

  @ApiProperty({ enum: SESSION_LENGTHS, isArray: true, example: [30, 60] })
  @IsArray({
    message: `sessionLengths must list at least one of ${SESSION_LENGTHS.join(', ')}`,
  })
  @ArrayMaxSize(SESSION_LENGTHS.length)
  @IsIn(SESSION_LENGTHS, {
    each: true,
    message: `sessionLengths must be among ${SESSION_LENGTHS.join(', ')} minutes`,
  })
  sessionLengths!: SessionLength[];

  @ApiProperty({ minimum: 0, maximum: LIMITS.bufferMinutes })
  @apply(...whole('bufferBeforeMinutes', 0, LIMITS.bufferMinutes))
  bufferBeforeMinutes!: number;
  @ApiProperty({ minimum: 0, maximum: LIMITS.bufferMinutes })
  @apply(...whole('bufferAfterMinutes', 0, LIMITS.bufferMinutes))
  bufferAfterMinutes!: number;

  @ApiProperty({
    minimum: 0,
    maximum: LIMITS.noticeMinutes,
    description: 'No slot starts sooner than this after now',
  })
  @apply(...whole('minimumNoticeMinutes', 0, LIMITS.noticeMinutes))
  minimumNoticeMinutes!: number;

  @ApiProperty({ minimum: 1, maximum: LIMITS.horizonDays })
  @apply(...whole('horizonDays', 1, LIMITS.horizonDays))
  horizonDays!: number;

  @ApiProperty({
    nullable: true,
    minimum: 1,
    maximum: LIMITS.cap,
    description: 'Sessions per mentor-local day at most; null is no cap',
  })
  @ValidateIf((o: AvailabilityDto) => o.maxPerDay !== null)
  @apply(...whole('maxPerDay', 1, LIMITS.cap))
  maxPerDay!: number | null;

  @ApiProperty({
    nullable: true,
    minimum: 1,
    maximum: LIMITS.cap,
    description: 'Sessions per ISO week at most; null is no cap',
  })
  @ValidateIf((o: AvailabilityDto) => o.maxPerWeek !== null)
  @apply(...whole('maxPerWeek', 1, LIMITS.cap))
  maxPerWeek!: number | null;

  @ApiProperty({
    nullable: true,
    example: 'https://meeting.tencent.com/dm/abc',
    description: 'VooV / Tencent Meeting, Zoom, Jitsi…; https only',
  })
  @ValidateIf((o: AvailabilityDto) => o.meetingLink !== null)
  @IsString({ message: 'meetingLink must be an https address, or null' })
  @MaxLength(LIMITS.meetingLink)
  meetingLink!: string | null;

  @ApiProperty({
    nullable: true,
    example: 'Factory Berlin, Rheinsberger Str. 76',
  })
  @ValidateIf((o: AvailabilityDto) => o.meetingPlace !== null)
  @Trim()
  @IsString({ message: 'meetingPlace must be text, or null' })
  @MaxLength(LIMITS.meetingPlace)
  @IsNameText()
  meetingPlace!: string | null;

  @ApiProperty({
    description: 'Confirm bookings at once instead of waiting for the mentor',
  })
  @IsBoolean({ message: 'autoConfirm must be true or false' })
  autoConfirm!: boolean;
}

export class SlotQueryDto implements SlotQuery {
  @ApiPropertyOptional({
    description: 'First instant to consider (default now)',
  })
  @Optional()
  @IsInstant()
  from?: string;
  @ApiPropertyOptional({
    description:
      'Last instant (default from + 14 days; at most 8 weeks after from)',
  })
  @Optional()
  @IsInstant()
  to?: string;

  @ApiPropertyOptional({
    enum: SESSION_LENGTHS,
    description: "One of the mentor's session lengths (default their first)",
  })
  @Optional()
  @Type(() => Number)
  @IsIn(SESSION_LENGTHS, {
    message: `length must be one of ${SESSION_LENGTHS.join(', ')} minutes`,
  })
  length?: number;
}
