export { UserViewDto } from './dto/user-view.dto';
export { UsersModule } from './users.module';
export { NO_PASSWORD, UsersService, type LoginAccount, type NewUser, type UserCard } from './users.service';
