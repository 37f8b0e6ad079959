import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { Trim } from '../../../common/http/validators';

export class CreateRequestDto {
  @ApiProperty() @IsUUID('all', { message: 'mentorId must be the id of a mentor' }) mentorId!: string;
  @ApiProperty({ description: 'Why this mentor, and what you hope to work on' })
  @Trim()
  @IsString()
  @Length(1, 2000, { message: 'message must be 1 to 2000 characters' })
  message!: string;
}

export class DeclineRequestDto {
  @ApiProperty({ description: 'Shown to the founder' })
  @Trim()
  @IsString({ message: 'reason is required to decline' })
  @Length(3, 1000, { message: 'reason is required to decline (3 to 1000 characters)' })
  reason!: string;
}

export class RequestBoxQueryDto {
  @ApiPropertyOptional({ enum: ['sent', 'received'], description: 'Founders see sent requests, mentors received ones' })
  @IsOptional()
  @IsIn(['sent', 'received'])
  box?: 'sent' | 'received';
}

export class EndMentorshipDto {
  @ApiProperty({ enum: ['completed', 'ended'] }) @IsIn(['completed', 'ended'], { message: 'outcome must be completed or ended' }) outcome!: 'completed' | 'ended';
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @Length(1, 1000) reason?: string;
}
