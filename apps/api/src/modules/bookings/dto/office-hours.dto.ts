import type {
  CancelOfficeHoursInput,
  CreateOfficeHoursInput,
} from '@torchbridge/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { IsNameText, Optional, Trim } from '../../../common/http/validators';
import { IsInstant } from './instant.validator';

export const OFFICE_HOURS_LENGTH = { min: 15, max: 240 } as const;
export const OFFICE_HOURS_SEATS = { min: 1, max: 100 } as const;

const LENGTH = {
  message: `lengthMinutes must be a whole number from ${OFFICE_HOURS_LENGTH.min} to ${OFFICE_HOURS_LENGTH.max}`,
};
const SEATS = {
  message: `seats must be a whole number from ${OFFICE_HOURS_SEATS.min} to ${OFFICE_HOURS_SEATS.max}`,
};

export class CreateOfficeHoursDto implements CreateOfficeHoursInput {
  @ApiProperty({ example: 'Open hour: selling to German OEMs' })
  @Trim()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters' })
  @IsNameText()
  title!: string;
  @ApiProperty({ example: '2026-05-06T16:00:00Z' }) @IsInstant() start!: string;
  @ApiProperty({
    minimum: OFFICE_HOURS_LENGTH.min,
    maximum: OFFICE_HOURS_LENGTH.max,
  })
  @IsInt(LENGTH)
  @Min(OFFICE_HOURS_LENGTH.min, LENGTH)
  @Max(OFFICE_HOURS_LENGTH.max, LENGTH)
  lengthMinutes!: number;
  @ApiProperty({
    minimum: OFFICE_HOURS_SEATS.min,
    maximum: OFFICE_HOURS_SEATS.max,
  })
  @IsInt(SEATS)
  @Min(OFFICE_HOURS_SEATS.min, SEATS)
  @Max(OFFICE_HOURS_SEATS.max, SEATS)
  seats!: number;
}

export class OfficeHoursQueryDto {
  @ApiPropertyOptional({ description: 'Only this mentor’s office hours' })
  @Optional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  )
  @IsUUID('all', { message: 'mentorId must be the id of a mentor' })
  mentorId?: string;
}

export class CancelOfficeHoursDto implements CancelOfficeHoursInput {
  @ApiPropertyOptional({ description: 'Told to every founder holding a seat' })
  @Optional()
  @Trim()
  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason?: string;
}
