export { badField, conflictingField, isUniqueViolation, uniqueOr409 } from '../errors/app-error';
