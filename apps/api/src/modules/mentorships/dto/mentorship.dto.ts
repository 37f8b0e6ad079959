import type { CreateRequestInput, DeclineRequestInput, RequestBoxQuery, EndMentorshipInput, ProposeMilestoneInput, FeedbackInput } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MILESTONE_CODES, MilestoneCode } from '@torchbridge/contracts';
import { IsIn, IsInt, IsString, IsUUID, Length, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsNameText, Optional, Trim } from '../../../common/http/validators';

export class CreateRequestDto implements CreateRequestInput {
  @ApiProperty() @IsUUID('all', { message: 'mentorId must be the id of a mentor' }) mentorId!: string;
  @ApiProperty({ description: 'Why this mentor, and what you hope to work on' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'message must be 1 to 2000 characters' })
  message!: string;
}

export class DeclineRequestDto implements DeclineRequestInput {
  @ApiProperty({ description: 'Shown to the founder' })
  @Trim()
  @IsString({ message: 'reason is required to decline' })
  @Length(3, 1000, { message: 'reason is required to decline (3 to 1000 characters)' })
  reason!: string;
}

export class RequestBoxQueryDto implements RequestBoxQuery {
  @ApiPropertyOptional({ enum: ['sent', 'received'], description: 'Founders see sent requests, mentors received ones' })
  @Optional()
  @IsIn(['sent', 'received'])
  box?: 'sent' | 'received';
}

export class EndMentorshipDto implements EndMentorshipInput {
  @ApiProperty({ enum: ['completed', 'ended'] }) @IsIn(['completed', 'ended'], { message: 'outcome must be completed or ended' }) outcome!: 'completed' | 'ended';
  @ApiPropertyOptional() @Optional() @Trim() @IsString() @Length(1, 1000) reason?: string;
}

export class ProposeMilestoneDto implements ProposeMilestoneInput {
  @ApiProperty({ enum: MILESTONE_CODES }) @IsIn(MILESTONE_CODES, { message: `code must be one of: ${MILESTONE_CODES.join(', ')}` }) code!: MilestoneCode;
  @ApiPropertyOptional({ description: 'Required for custom milestones' })
  @ValidateIf((o: ProposeMilestoneDto) => o.code === 'custom' || o.title !== undefined)
  @Trim()
  @IsString({ message: 'title is required for a custom milestone' })
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  @IsNameText()
  title?: string;
}

export class FeedbackDto implements FeedbackInput {
  @ApiProperty({ minimum: 1, maximum: 5 }) @IsInt({ message: 'rating must be a whole number from 1 to 5' }) @Min(1, { message: 'rating must be a whole number from 1 to 5' }) @Max(5, { message: 'rating must be a whole number from 1 to 5' }) rating!: number;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(2000) comment?: string;
}
