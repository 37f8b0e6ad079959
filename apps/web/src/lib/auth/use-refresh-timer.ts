import type { ApiClient } from '@torchbridge/api-client';
import { isApiError } from '@torchbridge/api-client';
import { useEffect } from 'react';
import type { AuthState, SessionStore } from './session-store';

/** Browsers cap setTimeout at 2^31-1 ms; longer delays fire immediately. */
const MAX_TIMEOUT_MS = 2_147_483_647;
const MAX_LEAD_MS = 60_000;
const MIN_DELAY_MS = 1_000;

/** When to refresh: a minute before expiry, or at 80 % of the lifetime for short-lived tokens. */
export function refreshDelay(
  issuedAt: number,
  expiresAt: number,
  now: number,
): number {
  const lifetime = Math.max(0, expiresAt - issuedAt);
  const lead = Math.min(MAX_LEAD_MS, lifetime / 5);
  return Math.min(
    MAX_TIMEOUT_MS,
    Math.max(MIN_DELAY_MS, expiresAt - lead - now),
  );
}

export function useRefreshTimer(
  state: AuthState,
  api: ApiClient,
  session: SessionStore,
): void {
  const issuedAt = state.status === 'signed-in' ? state.issuedAt : null;
  const expiresAt = state.status === 'signed-in' ? state.expiresAt : null;

  useEffect(() => {
    if (issuedAt === null || expiresAt === null) {
      return;
    }
    const timer = setTimeout(
      () => {
        api.refresh().then(
          (auth) => session.signIn(auth),
          (error: unknown) => {
            // A refused refresh ends the session; a network blip is left to the next request's silent refresh.
            if (isApiError(error) && error.status === 401) {
              session.signOut();
            }
          },
        );
      },
      refreshDelay(issuedAt, expiresAt, Date.now()),
    );
    return () => clearTimeout(timer);
  }, [api, session, issuedAt, expiresAt]);
}
