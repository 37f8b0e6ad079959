import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { UserView } from '@torchbridge/contracts';
import { AnyRole, CurrentUser } from '../../common/decorators/access.decorators';
import type { AuthUser } from '../../common/http/auth-user';
import { UpdateMeDto } from './dto/update-me.dto';
import { UserViewDto } from './dto/user-view.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @AnyRole()
  @Get()
  @ApiOperation({ summary: 'The signed-in person' })
  @ApiOkResponse({ type: UserViewDto })
  me(@CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.get(user.id);
  }

  @AnyRole()
  @Patch()
  @ApiOperation({ summary: 'Change display name, UI language, time zone or working hours' })
  @ApiOkResponse({ type: UserViewDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<UserView> {
    return this.users.update(user.id, dto);
  }
}
