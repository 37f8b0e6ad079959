import type {
  BookingFeedbackInput,
  BookingListQuery,
  BookingNoteInput,
  CancelBookingInput,
  CreateBookingInput,
  RescheduleBookingInput,
} from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SESSION_LENGTHS } from '@torchbridge/contracts';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsNameText, Optional, Trim } from '../../../common/http/validators';
import { IsInstant } from './instant.validator';

const lower = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
const LENGTH = {
  message: 'lengthMinutes must be a whole number of minutes the mentor offers',
};

export class CreateBookingDto implements CreateBookingInput {
  @ApiProperty()
  @lower()
  @IsUUID('all', { message: 'mentorshipId must be the id of a mentorship' })
  mentorshipId!: string;
  @ApiProperty({
    example: '2026-05-04T08:00:00Z',
    description: 'A start from GET /api/mentors/:mentorId/slots',
  })
  @IsInstant()
  start!: string;
  @ApiProperty({ enum: SESSION_LENGTHS })
  @IsInt(LENGTH)
  @Min(1, LENGTH)
  @Max(480, LENGTH)
  lengthMinutes!: number;
  @ApiPropertyOptional({ example: 'CE marking for our lens line' })
  @Optional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'topic must be at most 200 characters' })
  @IsNameText()
  topic?: string;
}

export class RescheduleBookingDto implements RescheduleBookingInput {
  @ApiProperty({ example: '2026-05-05T08:00:00Z' }) @IsInstant() start!: string;
  @ApiPropertyOptional({ enum: SESSION_LENGTHS })
  @Optional()
  @IsInt(LENGTH)
  @Min(1, LENGTH)
  @Max(480, LENGTH)
  lengthMinutes?: number;
  @ApiPropertyOptional({
    description:
      'Needed less than 12 hours before the current start; shown to the other person',
  })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason?: string;
}

export class CancelBookingDto implements CancelBookingInput {
  @ApiPropertyOptional({
    description:
      'Needed less than 12 hours before the start; shown to the other person',
  })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason?: string;
}

export class BookingNoteDto implements BookingNoteInput {
  @ApiProperty({ description: 'Private to you; empty clears it' })
  @IsString()
  @MaxLength(5000, { message: 'note must be at most 5000 characters' })
  note!: string;
}

export class BookingFeedbackDto implements BookingFeedbackInput {
  @ApiProperty({ minimum: 1, maximum: 5 })
  @IsInt({ message: 'rating must be a whole number from 1 to 5' })
  @Min(1, { message: 'rating must be a whole number from 1 to 5' })
  @Max(5, { message: 'rating must be a whole number from 1 to 5' })
  rating!: number;
  @ApiProperty()
  @IsString()
  @MaxLength(2000, { message: 'comment must be at most 2000 characters' })
  comment!: string;
}

export class BookingListQueryDto implements BookingListQuery {
  @ApiPropertyOptional({ enum: ['upcoming', 'past'] })
  @Optional()
  @IsIn(['upcoming', 'past'], { message: 'scope must be upcoming or past' })
  scope?: 'upcoming' | 'past';
}
