import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateGroupConversationInput } from '@torchbridge/contracts';
import { GROUP_MAX_MEMBERS, GROUP_TITLE_MAX_LENGTH, MESSAGE_MAX_LENGTH } from '@torchbridge/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, IsUUID, Length, Max, Min, ValidateIf } from 'class-validator';
import { z } from 'zod';
import { BIGINT_SAFE_MAX } from '../../../common/http/input-policy';
import { IsNameText, Optional } from '../../../common/http/validators';
import { payload } from '../../../realtime/ws-payload';

// Socket event payloads, checked by the gateway's WsPayloadPipe. Lengths count characters (code points), as
// PostgreSQL's length() does for the column's CHECK.
const characters = (text: string) => (text.length <= MESSAGE_MAX_LENGTH ? text.length : [...text].length);
const conversationId = z.guid({ error: 'conversationId must be a conversation id' });
const sequence = (field: string) =>
  z.int({ error: `${field} must be a whole number` }).min(0, { error: `${field} must not be less than 0` });
const userIds = z
  .array(z.guid({ error: 'userIds must be user ids' }), { error: 'userIds must be a list of user ids' })
  .max(GROUP_MAX_MEMBERS, { error: `userIds may hold at most ${GROUP_MAX_MEMBERS} people` });

export class SendMessageDto extends payload(
  z.strictObject({
    conversationId,
    clientMessageId: z.guid({ error: 'clientMessageId must be a UUID chosen by the client' }),
    body: z
      .string({ error: 'body must be text' })
      .refine((body) => body.length > 0 && characters(body) <= MESSAGE_MAX_LENGTH, { error: `body must be 1 to ${MESSAGE_MAX_LENGTH} characters` }),
  }),
) {}

export class SyncDto extends payload(z.strictObject({ conversationId, afterSeq: sequence('afterSeq') })) {}

export class ReadDto extends payload(z.strictObject({ conversationId, seq: sequence('seq') })) {}

export class TypingDto extends payload(z.strictObject({ conversationId })) {}

export class PresenceQueryDto extends payload(z.strictObject({ userIds })) {}

export class HistoryQueryDto {
  @ApiPropertyOptional({ description: 'Messages before this sequence (older page)' }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(BIGINT_SAFE_MAX) before?: number;
  @ApiPropertyOptional({ description: 'Messages after this sequence (catch-up)' }) @Optional() @Type(() => Number) @IsInt() @Min(0) @Max(BIGINT_SAFE_MAX) after?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @Optional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class CreateGroupConversationDto implements CreateGroupConversationInput {
  @ApiPropertyOptional({ maxLength: GROUP_TITLE_MAX_LENGTH, description: 'Required unless cohortRunId is given' })
  @ValidateIf((o: CreateGroupConversationDto) => o.cohortRunId === undefined || o.title !== undefined)
  @IsString({ message: 'title must be text' })
  @Length(1, GROUP_TITLE_MAX_LENGTH, { message: `title must be 1 to ${GROUP_TITLE_MAX_LENGTH} characters` })
  @IsNameText()
  title?: string;

  @ApiPropertyOptional({ type: [String], description: 'People to add besides the creator' })
  @Optional()
  @IsArray({ message: 'memberIds must be a list of user ids' })
  @ArrayMaxSize(GROUP_MAX_MEMBERS, { message: `memberIds may hold at most ${GROUP_MAX_MEMBERS} people` })
  @IsUUID('all', { each: true, message: 'memberIds must be user ids' })
  memberIds?: string[];

  @ApiPropertyOptional({ description: "The cohort run whose participants form the group (returns the run's group if it exists)" })
  @Optional()
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
