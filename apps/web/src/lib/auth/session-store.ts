import type { AuthResponse, UserView } from '@torchbridge/contracts';

export type AuthState =
  | { status: 'restoring' }
  | { status: 'signed-out' }
  | {
      status: 'signed-in';
      accessToken: string;
      issuedAt: number;
      expiresAt: number;
      user: UserView;
    };

export type SignedInState = Extract<AuthState, { status: 'signed-in' }>;

/** Holds the session in memory only: the access token never touches storage, the refresh token lives in an httpOnly cookie. */
export interface SessionStore {
  getState(): AuthState;
  getAccessToken(): string | null;
  signIn(auth: AuthResponse): void;
  updateUser(user: UserView): void;
  signOut(): void;
  subscribe(listener: () => void): () => void;
}

export function createSessionStore(
  initial: AuthState = { status: 'restoring' },
  now: () => number = Date.now,
): SessionStore {
  let state = initial;
  const listeners = new Set<() => void>();

  function set(next: AuthState): void {
    state = next;
    listeners.forEach((listener) => listener());
  }

  return {
    getState: () => state,
    getAccessToken: () =>
      state.status === 'signed-in' ? state.accessToken : null,
    signIn(auth) {
      // The client and the auth provider may both report the same session; only the first one counts.
      if (
        state.status === 'signed-in' &&
        state.accessToken === auth.accessToken
      ) {
        return;
      }
      const issuedAt = now();
      set({
        status: 'signed-in',
        accessToken: auth.accessToken,
        issuedAt,
        expiresAt: issuedAt + auth.expiresIn * 1000,
        user: auth.user,
      });
    },
    updateUser(user) {
      if (state.status === 'signed-in') {
        set({ ...state, user });
      }
    },
    signOut() {
      if (state.status !== 'signed-out') {
        set({ status: 'signed-out' });
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
