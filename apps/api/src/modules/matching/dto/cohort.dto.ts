import type { PairRef, CohortSettingsInput, CreateCohortRunInput } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';

// PostgreSQL answers ids in lower case; comparing what clients send needs the same case.
const lower = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)) : value));
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsNameText, Optional, Trim } from '../../../common/http/validators';

export class PairRefDto implements PairRef {
  @ApiProperty() @lower() @IsUUID('all', { message: 'startupId must be the id of a startup' }) startupId!: string;
  @ApiProperty() @lower() @IsUUID('all', { message: 'mentorId must be the id of a mentor' }) mentorId!: string;
}

export class CohortSettingsDto implements CohortSettingsInput {
  @ApiProperty({ enum: ['optimal', 'stable'] }) @IsIn(['optimal', 'stable'], { message: 'mode must be optimal or stable' }) mode!: 'optimal' | 'stable';
  @ApiPropertyOptional({ type: [PairRefDto], description: 'Pairs that must be in the result' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PairRefDto)
  pins?: PairRefDto[];
  @ApiPropertyOptional({ type: [PairRefDto], description: 'Pairs that must not be in the result' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PairRefDto)
  forbids?: PairRefDto[];
  @ApiPropertyOptional({ description: 'Allow pairs that have worked together before' }) @Optional() @IsBoolean() allowRepeat?: boolean;
}

export class CreateCohortRunDto extends CohortSettingsDto implements CreateCohortRunInput {
  @ApiProperty({ example: 'Spring 2027 cohort — Shenzhen ↔ Berlin' }) @Trim() @IsString() @Length(1, 200) @IsNameText() name!: string;
  @ApiProperty({ type: [String] })
  @lower()
  @IsArray()
  @ArrayMinSize(1, { message: 'startupIds must name at least one startup' })
  @ArrayMaxSize(20000)
  @IsUUID('all', { each: true, message: 'startupIds must hold startup ids' })
  startupIds!: string[];
  @ApiProperty({ type: [String] })
  @lower()
  @IsArray()
  @ArrayMinSize(1, { message: 'mentorIds must name at least one mentor' })
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'mentorIds must hold mentor ids' })
  mentorIds!: string[];
}
