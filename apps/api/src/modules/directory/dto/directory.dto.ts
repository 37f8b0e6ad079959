import type { CreateParkInput, CreateIncubatorInput, MentorProfileInput, StartupProfileInput, MentorQuery, StartupQuery, ImportRequest } from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INCUBATOR_KINDS,
  IncubatorKindCode,
  LANGUAGES,
  LanguageCode,
  MARKET_DIRECTIONS,
  MENTOR_CATEGORIES,
  MarketDirectionCode,
  MentorCategoryCode,
  REGIONS,
  RegionCode,
  SECTORS,
  STAGES,
  SectorCode,
  StageCode,
  TOPICS,
  TopicCode,
  MENTOR_SORTS,
  MentorSort,
  STARTUP_SORTS,
  StartupSort,
} from '@torchbridge/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsIanaTimeZone, IsNameText, IsTaxonomyCode, Optional, ToBoolean, ToList, Trim } from '../../../common/http/validators';

const codes = (list: readonly { code: string }[]) => list.map((e) => e.code);
const COUNTRY = /^[A-Z]{2}$/;
const COUNTRY_MESSAGE = '$property must be an ISO 3166-1 alpha-2 country code such as CN or DE';

export class CreateParkDto implements CreateParkInput {
  @ApiProperty({ example: 'Berlin Adlershof' }) @Trim() @IsString() @Length(2, 200) @IsNameText() nameEn!: string;
  @ApiPropertyOptional({ example: '柏林阿德勒斯霍夫科技园' }) @Optional() @Trim() @IsString() @Length(1, 200) @IsNameText() nameZh?: string;
  @ApiProperty({ example: 'Berlin' }) @Trim() @IsString() @Length(1, 100) @IsNameText() city!: string;
  @ApiPropertyOptional() @Optional() @Trim() @IsString() @Length(1, 100) @IsNameText() province?: string;
  @ApiProperty({ example: 'DE' }) @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) country!: string;
  @ApiProperty({ enum: codes(REGIONS) }) @IsTaxonomyCode('regions') region!: RegionCode;
  @ApiPropertyOptional() @Optional() @IsUrl({ require_protocol: true }) website?: string;
}

export class CreateIncubatorDto implements CreateIncubatorInput {
  @ApiProperty() @Trim() @IsString() @Length(2, 200) @IsNameText() nameEn!: string;
  @ApiProperty() @Trim() @IsString() @Length(1, 200) @IsNameText() nameZh!: string;
  @ApiProperty() @IsUUID('all', { message: 'parkId must be the id of a science park' }) parkId!: string;
  @ApiProperty({ enum: codes(INCUBATOR_KINDS) }) @IsTaxonomyCode('incubatorKinds') kind!: IncubatorKindCode;
  @ApiProperty() @Trim() @IsString() @Length(1, 100) @IsNameText() city!: string;
  @ApiProperty({ example: 'CN' }) @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) country!: string;
}

export class MentorProfileDto implements MentorProfileInput {
  @ApiProperty({ enum: codes(MENTOR_CATEGORIES) }) @IsTaxonomyCode('mentorCategories') category!: MentorCategoryCode;
  @ApiProperty() @Trim() @IsString() @Length(1, 160) @IsNameText() headlineEn!: string;
  @ApiProperty() @Trim() @IsString() @Length(1, 160) @IsNameText() headlineZh!: string;
  @ApiProperty() @IsString() @MaxLength(4000) bioEn!: string;
  @ApiProperty() @IsString() @MaxLength(4000) bioZh!: string;
  @ApiProperty({ enum: codes(SECTORS), isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(6) @IsTaxonomyCode('sectors', { each: true }) sectors!: SectorCode[];
  @ApiProperty({ enum: codes(STAGES), isArray: true }) @IsArray() @ArrayMinSize(1) @IsTaxonomyCode('stages', { each: true }) stages!: StageCode[];
  @ApiProperty({ enum: codes(TOPICS), isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(10) @IsTaxonomyCode('topics', { each: true }) topics!: TopicCode[];
  @ApiProperty({ enum: codes(LANGUAGES), isArray: true }) @IsArray() @ArrayMinSize(1) @IsTaxonomyCode('languages', { each: true }) languages!: LanguageCode[];
  @ApiProperty({ example: 'Europe/Berlin' }) @IsIanaTimeZone() timeZone!: string;
  @ApiProperty({ example: 'DE' }) @Matches(COUNTRY, { message: COUNTRY_MESSAGE }) country!: string;
  @ApiProperty() @Trim() @IsString() @Length(1, 100) @IsNameText() city!: string;
  @ApiProperty({ minimum: 0, maximum: 50 })
  @IsInt({ message: 'capacity must be a whole number' })
  @Min(0, { message: 'capacity must not be negative' })
  @Max(50)
  capacity!: number;
  @ApiProperty({ enum: ['open', 'paused'] }) @IsIn(['open', 'paused']) status!: 'open' | 'paused';
  @ApiPropertyOptional({ example: '2027-01-15' })
  @ValidateIf((o: MentorProfileDto) => o.status === 'paused' || o.pausedUntil !== undefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'pausedUntil must be a date (YYYY-MM-DD) when status is paused' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'pausedUntil must be a real calendar date (YYYY-MM-DD)' })
  pausedUntil?: string;
  @ApiProperty({ type: [String], description: 'Companies and funds you have a conflict of interest with' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(120, { each: true })
  @IsNameText({ each: true })
  conflicts!: string[];
  @ApiPropertyOptional({ example: '+49 30 1234567' }) @Optional() @Matches(/^\+?[0-9 ()-]{6,24}$/, { message: 'phone must be a phone number' }) phone?: string;
}

export class StartupProfileDto implements StartupProfileInput {
  @ApiProperty() @Trim() @IsString() @Length(2, 160) @IsNameText() nameEn!: string;
  @ApiProperty() @Trim() @IsString() @Length(1, 160) @IsNameText() nameZh!: string;
  @ApiProperty() @IsUUID('all', { message: 'incubatorId must be the id of an incubator' }) incubatorId!: string;
  @ApiPropertyOptional({ description: 'When given, the incubator must belong to this park' })
  @Optional()
  @IsUUID('all', { message: 'parkId must be the id of a science park' })
  parkId?: string;
  @ApiProperty({ enum: codes(SECTORS), isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayMaxSize(4) @IsTaxonomyCode('sectors', { each: true }) sectors!: SectorCode[];
  @ApiProperty({ enum: codes(STAGES) }) @IsTaxonomyCode('stages') stage!: StageCode;
  @ApiProperty() @IsInt() @Min(1950) @Max(2100) foundedYear!: number;
  @ApiProperty() @IsInt() @Min(1, { message: 'teamSize must be at least 1' }) @Max(100000) teamSize!: number;
  @ApiProperty({ enum: codes(LANGUAGES), isArray: true }) @IsArray() @ArrayMinSize(1) @IsTaxonomyCode('languages', { each: true }) languages!: LanguageCode[];
  @ApiProperty({ example: 'Asia/Shanghai' }) @IsIanaTimeZone() timeZone!: string;
  @ApiProperty({ enum: codes(MARKET_DIRECTIONS) }) @IsTaxonomyCode('marketDirections') marketDirection!: MarketDirectionCode;
  @ApiProperty({ type: [String], example: ['DE', 'FR'] })
  @IsArray()
  @ArrayMaxSize(30)
  @Matches(COUNTRY, { each: true, message: 'targetMarkets must hold ISO 3166-1 alpha-2 country codes' })
  targetMarkets!: string[];
  @ApiProperty({ enum: codes(TOPICS), isArray: true }) @IsArray() @ArrayMaxSize(10) @IsTaxonomyCode('topics', { each: true }) needs!: TopicCode[];
  @ApiProperty() @IsString() @MaxLength(2000) pitchEn!: string;
  @ApiProperty() @IsString() @MaxLength(2000) pitchZh!: string;
  @ApiProperty() @IsBoolean() highTechEnterprise!: boolean;
}


class PageQuery {
  @ApiPropertyOptional({ description: 'Text in names, headlines, bios or pitches, English or Chinese (substring)' })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page' }) @Optional() @IsString() @MaxLength(500) cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @ApiPropertyOptional({ enum: codes(SECTORS), isArray: true }) @Optional() @ToList() @IsTaxonomyCode('sectors', { each: true }) sector?: SectorCode[];
  @ApiPropertyOptional({ enum: codes(STAGES), isArray: true }) @Optional() @ToList() @IsTaxonomyCode('stages', { each: true }) stage?: StageCode[];
  @ApiPropertyOptional({ enum: codes(TOPICS), isArray: true }) @Optional() @ToList() @IsTaxonomyCode('topics', { each: true }) topic?: TopicCode[];
  @ApiPropertyOptional({ enum: codes(LANGUAGES), isArray: true }) @Optional() @ToList() @IsTaxonomyCode('languages', { each: true }) language?: LanguageCode[];
  @ApiPropertyOptional({ type: [String], example: ['DE'] })
  @Optional()
  @ToList()
  @Matches(COUNTRY, { each: true, message: 'country must hold ISO 3166-1 alpha-2 codes' })
  country?: string[];
}

export class MentorQueryDto extends PageQuery implements MentorQuery {
  @ApiPropertyOptional({ description: 'Only mentors open to new mentees with a free place' }) @Optional() @ToBoolean() @IsBoolean() available?: boolean;
  @ApiPropertyOptional({ enum: ['pending', 'approved', 'rejected'], description: 'Managers only' })
  @Optional()
  @IsIn(['pending', 'approved', 'rejected'])
  vetting?: 'pending' | 'approved' | 'rejected';
  @ApiPropertyOptional({ enum: MENTOR_SORTS }) @Optional() @IsIn(MENTOR_SORTS, { message: `sort must be one of: ${MENTOR_SORTS.join(', ')}` }) sort?: MentorSort;
}

export class StartupQueryDto extends PageQuery implements StartupQuery {
  @ApiPropertyOptional({ enum: codes(REGIONS), isArray: true }) @Optional() @ToList() @IsTaxonomyCode('regions', { each: true }) region?: RegionCode[];
  @ApiPropertyOptional({ enum: codes(MARKET_DIRECTIONS) }) @Optional() @IsTaxonomyCode('marketDirections') marketDirection?: MarketDirectionCode;
  @ApiPropertyOptional({ enum: STARTUP_SORTS }) @Optional() @IsIn(STARTUP_SORTS, { message: `sort must be one of: ${STARTUP_SORTS.join(', ')}` }) sort?: StartupSort;
}

export class VettingDecisionDto {
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected'], { message: 'decision must be approved or rejected' }) decision!: 'approved' | 'rejected';
  @ApiPropertyOptional({ description: 'Required when rejecting; shown to the mentor' })
  @ValidateIf((o: VettingDecisionDto) => o.decision === 'rejected')
  @Trim()
  @IsString({ message: 'reason is required when rejecting' })
  @Length(3, 1000, { message: 'reason is required when rejecting (3 to 1000 characters)' })
  reason?: string;
}

export class CreateImportDto implements ImportRequest {
  @ApiProperty({ enum: ['mentors', 'startups'] }) @IsIn(['mentors', 'startups'], { message: 'kind must be mentors or startups' }) kind!: 'mentors' | 'startups';
  @ApiProperty({ description: 'The CSV file content (UTF-8, header row first)' }) @IsString() @Length(1, 5_000_000) csv!: string;
  @ApiPropertyOptional() @Optional() @IsString() @MaxLength(200) @IsNameText() fileName?: string;
}

export class AddManagerDto {
  @ApiProperty() @IsUUID('all', { message: 'userId must be the id of a user' }) userId!: string;
}
