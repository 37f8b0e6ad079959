export { AccessModule } from './access.module';
export { AccessService } from './access.service';
export { PERMISSIONS, PERMISSION_NAMES, isStaff, type Permission } from './permissions';
