import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateGroupConversationInput } from '@torchbridge/contracts';
import { GROUP_MAX_MEMBERS, GROUP_TITLE_MAX_LENGTH, MESSAGE_MAX_LENGTH } from '@torchbridge/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';

export class SendMessageDto {
  @IsUUID('all', { message: 'conversationId must be a conversation id' }) conversationId!: string;
  @IsUUID('all', { message: 'clientMessageId must be a UUID chosen by the client' }) clientMessageId!: string;
  @IsString({ message: 'body must be text' })
  @Length(1, MESSAGE_MAX_LENGTH, { message: `body must be 1 to ${MESSAGE_MAX_LENGTH} characters` })
  body!: string;
}

export class SyncDto {
  @IsUUID('all', { message: 'conversationId must be a conversation id' }) conversationId!: string;
  @IsInt({ message: 'afterSeq must be a whole number' }) @Min(0) afterSeq!: number;
}

export class ReadDto {
  @IsUUID('all', { message: 'conversationId must be a conversation id' }) conversationId!: string;
  @IsInt({ message: 'seq must be a whole number' }) @Min(0) seq!: number;
}

export class TypingDto {
  @IsUUID('all', { message: 'conversationId must be a conversation id' }) conversationId!: string;
}

export class HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Messages before this sequence (older page)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) before?: number;
  @ApiPropertyOptional({ description: 'Messages after this sequence (catch-up)' }) @IsOptional() @Type(() => Number) @IsInt() @Min(0) after?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class CreateGroupConversationDto implements CreateGroupConversationInput {
  @ApiPropertyOptional({ maxLength: GROUP_TITLE_MAX_LENGTH, description: 'Required unless cohortRunId is given' })
  @ValidateIf((o: CreateGroupConversationDto) => o.cohortRunId === undefined || o.title !== undefined)
  @IsString({ message: 'title must be text' })
  @Length(1, GROUP_TITLE_MAX_LENGTH, { message: `title must be 1 to ${GROUP_TITLE_MAX_LENGTH} characters` })
  title?: string;

  @ApiPropertyOptional({ type: [String], description: 'People to add besides the creator' })
  @IsOptional()
  @IsArray({ message: 'memberIds must be a list of user ids' })
  @ArrayMaxSize(GROUP_MAX_MEMBERS, { message: `memberIds may hold at most ${GROUP_MAX_MEMBERS} people` })
  @IsUUID('all', { each: true, message: 'memberIds must be user ids' })
  memberIds?: string[];

  @ApiPropertyOptional({ description: "The cohort run whose participants form the group (returns the run's group if it exists)" })
  @IsOptional()
  @IsUUID('all', { message: 'cohortRunId must be a cohort run id' })
  cohortRunId?: string;
}

export class AddMembersDto {
  @IsArray({ message: 'userIds must be a list of user ids' })
  @ArrayMinSize(1, { message: 'userIds must name at least one person' })
  @ArrayMaxSize(GROUP_MAX_MEMBERS, { message: `userIds may hold at most ${GROUP_MAX_MEMBERS} people` })
  @IsUUID('all', { each: true, message: 'userIds must be user ids' })
  userIds!: string[];
}

export class PresenceQueryDto {
  @IsArray({ message: 'userIds must be a list of user ids' })
  @ArrayMaxSize(GROUP_MAX_MEMBERS, { message: `userIds may hold at most ${GROUP_MAX_MEMBERS} people` })
  @IsUUID('all', { each: true, message: 'userIds must be user ids' })
  userIds!: string[];
}
