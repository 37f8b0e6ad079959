export const ROLES = ['founder', 'mentor', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person may pick when they register; managers and admins are appointed. */
export const SELF_REGISTER_ROLES = ['founder', 'mentor'] as const satisfies readonly Role[];
export type SelfRegisterRole = (typeof SELF_REGISTER_ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
