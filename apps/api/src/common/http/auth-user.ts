import type { Role } from '@torchbridge/contracts';

/** Who is calling, as proven by a verified access token. */
export interface AuthUser {
  id: string;
  role: Role;
  /** Refresh-token family (one per login) the access token was issued from. */
  sessionId: string;
}
