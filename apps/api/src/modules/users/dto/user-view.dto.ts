import { ApiProperty } from '@nestjs/swagger';
import { WorkingHoursDto } from './update-me.dto';
import { LOCALES, Locale, ROLES, Role } from '@torchbridge/contracts';

export class UserViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ type: WorkingHoursDto }) workingHours!: WorkingHoursDto;
  @ApiProperty() createdAt!: string;
}
