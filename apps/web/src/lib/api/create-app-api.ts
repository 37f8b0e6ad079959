import { createApiClient, type ApiClient } from '@torchbridge/api-client';
import type { SessionStore } from '../auth/session-store';

/** The browser's API client: same-origin `/api` (proxied by Vite in development), token read from the session store. */
export function createAppApi(
  session: SessionStore,
  baseUrl = '/api',
): ApiClient {
  return createApiClient({
    baseUrl,
    getAccessToken: () => session.getAccessToken(),
    onAccessToken: (auth) => session.signIn(auth),
    onSignedOut: () => session.signOut(),
  });
}
