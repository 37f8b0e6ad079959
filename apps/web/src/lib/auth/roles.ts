import type { Role } from '@torchbridge/contracts';

/** Community managers and administrators: they vet mentors, import data and see every vetting state. */
export const STAFF_ROLES: readonly Role[] = ['manager', 'admin'];

export function isStaffRole(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
