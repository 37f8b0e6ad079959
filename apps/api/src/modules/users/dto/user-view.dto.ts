import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, Locale, ROLES, Role } from '@torchbridge/contracts';

export class UserViewDto {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
  @ApiProperty() timeZone!: string;
  @ApiProperty() createdAt!: string;
}
