import {
  EVENT_PARTICIPANT_KINDS,
  type CreateEventInput,
  type RequestRule,
  type UpdateEventInput,
} from '@torchbridge/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { IsInstant } from '../../../common/http/instant';
import {
  IsIanaTimeZone,
  IsNameText,
  Optional,
  Trim,
} from '../../../common/http/validators';

export const EVENT_LIMITS = {
  rounds: { min: 1, max: 48 },
  roundMinutes: { min: 5, max: 120 },
  breakMinutes: { min: 0, max: 120 },
  tables: { min: 1, max: 500 },
  quota: { min: 1, max: 100 },
} as const;

const range = (field: string, limits: { min: number; max: number }) => ({
  message: `${field} must be a whole number from ${limits.min} to ${limits.max}`,
});

/** An optional whole number within the limits; the messages name the field. */
function OptionalWholeNumber(
  field: string,
  limits: { min: number; max: number },
): PropertyDecorator {
  const message = range(field, limits);
  return applyDecorators(
    ApiPropertyOptional({ minimum: limits.min, maximum: limits.max }),
    Optional(),
    IsInt(message),
    Min(limits.min, message),
    Max(limits.max, message),
  );
}

/** `[from, to]` pairs of participant kinds. */
function IsRequestRules(): PropertyDecorator {
  const kinds = new Set<string>(EVENT_PARTICIPANT_KINDS);
  return ValidateBy({
    name: 'isRequestRules',
    validator: {
      validate: (value: unknown) =>
        Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= 16 &&
        value.every(
          (rule) =>
            Array.isArray(rule) &&
            rule.length === 2 &&
            rule.every((k) => typeof k === 'string' && kinds.has(k)),
        ),
      defaultMessage: () =>
        `requestRules must be 1 to 16 pairs [from, to] of ${EVENT_PARTICIPANT_KINDS.join(', ')}`,
    },
  });
}

/** The fields of an event's setup; every one optional here, required in `CreateEventDto`. */
class EventFields implements UpdateEventInput {
  @ApiPropertyOptional({ example: 'China–EU Innovation Day' })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'titleEn must be 1 to 200 characters' })
  @IsNameText()
  titleEn?: string;

  @ApiPropertyOptional({ example: '中欧创新日' })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'titleZh must be 1 to 200 characters' })
  @IsNameText()
  titleZh?: string;

  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(5000, { message: 'description must be at most 5000 characters' })
  description?: string;

  @ApiPropertyOptional({ description: 'Empty for an online event' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(300, { message: 'venue must be at most 300 characters' })
  @IsNameText()
  venue?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'online must be true or false' })
  online?: boolean;

  @ApiPropertyOptional({ example: 'Asia/Shanghai' })
  @Optional()
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: '2027-03-18T01:30:00Z' })
  @Optional()
  @IsInstant()
  startsAt?: string;

  @OptionalWholeNumber('rounds', EVENT_LIMITS.rounds)
  rounds?: number;

  @OptionalWholeNumber('roundMinutes', EVENT_LIMITS.roundMinutes)
  roundMinutes?: number;

  @OptionalWholeNumber('breakMinutes', EVENT_LIMITS.breakMinutes)
  breakMinutes?: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'One name per table; their count is the number of tables',
  })
  @Optional()
  @IsArray({ message: 'tableNames must be a list of names' })
  @ArrayMinSize(EVENT_LIMITS.tables.min, {
    message: `tableNames must name ${EVENT_LIMITS.tables.min} to ${EVENT_LIMITS.tables.max} tables`,
  })
  @ArrayMaxSize(EVENT_LIMITS.tables.max, {
    message: `tableNames must name ${EVENT_LIMITS.tables.min} to ${EVENT_LIMITS.tables.max} tables`,
  })
  @IsString({ each: true, message: 'tableNames must be a list of names' })
  @Length(1, 60, {
    each: true,
    message: 'each of tableNames must be 1 to 60 characters',
  })
  @IsNameText({ each: true })
  tableNames?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Online events: one https link per table',
  })
  @Optional()
  @IsArray({ message: 'tableLinks must be a list of https links' })
  @ArrayMaxSize(EVENT_LIMITS.tables.max, {
    message: `tableLinks must have at most ${EVENT_LIMITS.tables.max} links`,
  })
  @IsString({ each: true, message: 'tableLinks must be a list of https links' })
  @Matches(/^https:\/\/[^\s]{3,500}$/, {
    each: true,
    message: 'each of tableLinks must be an https link',
  })
  tableLinks?: string[];

  @ApiPropertyOptional() @Optional() @IsInstant() registrationOpensAt?: string;
  @ApiPropertyOptional() @Optional() @IsInstant() registrationClosesAt?: string;

  @ApiPropertyOptional({
    example: [
      ['founder', 'mentor'],
      ['founder', 'investor'],
    ],
  })
  @Optional()
  @IsRequestRules()
  requestRules?: RequestRule[];

  @OptionalWholeNumber('requestQuota', EVENT_LIMITS.quota)
  requestQuota?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean({ message: 'approvalRequired must be true or false' })
  approvalRequired?: boolean;
}

export class UpdateEventDto extends EventFields {}

/** The hosting programme and the setup; the service names any of `EVENT_REQUIRED_FIELDS` left out. */
export class CreateEventDto extends EventFields implements CreateEventInput {
  @ApiProperty({ description: 'The incubator whose programme hosts the event' })
  @IsUUID('all', { message: 'incubatorId must be the id of an incubator' })
  incubatorId!: string;

  declare titleEn: string;
  declare titleZh: string;
  declare timeZone: string;
  declare startsAt: string;
  declare rounds: number;
  declare roundMinutes: number;
  declare tableNames: string[];
}
