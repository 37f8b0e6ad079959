import {
  EVENT_PARTICIPANT_KINDS,
  MEETING_PRIORITIES,
  type CreateEventRequestInput,
  type DecideEventRequestInput,
  type DecideRegistrationInput,
  type EventParticipantKind,
  type EventProfileInput,
  type CheckInInput,
  type MeetingFeedbackInput,
  type NoShowInput,
  type StartRoundInput,
  type MeetingPriority,
  type PlaceMeetingInput,
} from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  Min,
} from 'class-validator';
import {
  IsNameText,
  IsTaxonomyCode,
  Optional,
  Trim,
} from '../../../common/http/validators';

/** What a participant offers and looks for; rounds they cannot attend are checked against the event by the service. */
export class EventProfileDto implements EventProfileInput {
  @ApiProperty({ enum: EVENT_PARTICIPANT_KINDS })
  @IsIn(EVENT_PARTICIPANT_KINDS, {
    message: `kind must be one of ${EVENT_PARTICIPANT_KINDS.join(', ')}`,
  })
  kind!: EventParticipantKind;

  @ApiProperty({ example: 'Rhein Capital' })
  @Trim()
  @IsString()
  @Length(0, 200, { message: 'organisation must be at most 200 characters' })
  @IsNameText()
  organisation!: string;

  @ApiProperty({ example: 'Introductions to German automotive suppliers' })
  @Trim()
  @IsString()
  @Length(0, 1000, { message: 'offer must be at most 1000 characters' })
  offer!: string;

  @ApiProperty({ example: 'Battery-management startups at seed stage' })
  @Trim()
  @IsString()
  @Length(0, 1000, { message: 'lookingFor must be at most 1000 characters' })
  lookingFor!: string;

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'sectors must be a list of sector codes' })
  @ArrayMaxSize(20, { message: 'sectors must have at most 20 codes' })
  @IsTaxonomyCode('sectors', { each: true })
  sectors!: string[];

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'stages must be a list of stage codes' })
  @ArrayMaxSize(10, { message: 'stages must have at most 10 codes' })
  @IsTaxonomyCode('stages', { each: true })
  stages!: string[];

  @ApiProperty({ type: [String] })
  @IsArray({ message: 'languages must be a list of language codes' })
  @ArrayMaxSize(10, { message: 'languages must have at most 10 codes' })
  @IsTaxonomyCode('languages', { each: true })
  languages!: string[];

  @ApiProperty({
    type: [Number],
    description: 'Round indexes (from 0) the participant cannot attend',
  })
  @IsArray({ message: 'unavailableRounds must be a list of round numbers' })
  @ArrayMaxSize(48, {
    message: 'unavailableRounds must have at most 48 rounds',
  })
  @IsInt({
    each: true,
    message: 'unavailableRounds must be a list of round numbers',
  })
  @Min(0, {
    each: true,
    message: 'unavailableRounds must be a list of round numbers from 0',
  })
  unavailableRounds!: number[];
}

export class DecideRegistrationDto implements DecideRegistrationInput {
  @ApiProperty()
  @IsBoolean({ message: 'approve must be true or false' })
  approve!: boolean;
}

export class CreateEventRequestDto implements CreateEventRequestInput {
  @ApiProperty()
  @IsUUID('all', { message: 'toParticipantId must be the id of a participant' })
  toParticipantId!: string;

  @ApiProperty({
    enum: MEETING_PRIORITIES,
    description: '3 must meet, 2 would like to, 1 nice to have',
  })
  @IsIn(MEETING_PRIORITIES, {
    message:
      'priority must be 1 (nice to have), 2 (would like to) or 3 (must meet)',
  })
  priority!: MeetingPriority;

  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'message must be at most 1000 characters' })
  message?: string;
}

export class DecideEventRequestDto implements DecideEventRequestInput {
  @ApiProperty()
  @IsBoolean({ message: 'accept must be true or false' })
  accept!: boolean;
}

export class PlaceMeetingDto implements PlaceMeetingInput {
  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'round must be a round number from 0' })
  @Min(0, { message: 'round must be a round number from 0' })
  round!: number;
  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'table must be a table number from 0' })
  @Min(0, { message: 'table must be a table number from 0' })
  table!: number;
  @ApiProperty()
  @IsBoolean({ message: 'locked must be true or false' })
  locked!: boolean;
}

export class MeetingFeedbackDto implements MeetingFeedbackInput {
  @ApiProperty({ description: 'Do I want to follow up with this person?' })
  @IsBoolean({ message: 'followUp must be true or false' })
  followUp!: boolean;

  @ApiPropertyOptional({
    description: 'Founder–mentor meetings: continue as a mentorship',
  })
  @Optional()
  @IsBoolean({ message: 'continueAsMentorship must be true or false' })
  continueAsMentorship?: boolean;

  @ApiPropertyOptional()
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(1000, { message: 'comment must be at most 1000 characters' })
  comment?: string;
}

export class StartRoundDto implements StartRoundInput {
  @ApiProperty({ minimum: 0 })
  @IsInt({ message: 'round must be a round number from 0' })
  @Min(0, { message: 'round must be a round number from 0' })
  round!: number;
}

export class CheckInDto implements CheckInInput {
  @ApiPropertyOptional({
    description: 'Organisers: whom to check in; participants leave it out',
  })
  @Optional()
  @IsUUID('all', { message: 'participantId must be the id of a participant' })
  participantId?: string;
}

export class NoShowDto implements NoShowInput {
  @ApiProperty()
  @IsUUID('all', { message: 'participantId must be the id of a participant' })
  participantId!: string;
}
