import { ApiPropertyOptional } from '@nestjs/swagger';
import { MESSAGE_MAX_LENGTH } from '@torchbridge/contracts';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

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
