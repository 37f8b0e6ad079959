import { isApiError } from '@torchbridge/api-client';
import type {
  LoginRequest,
  RegisterRequest,
  UserView,
} from '@torchbridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { useServices } from '../api/services-context';
import type { AuthState } from './session-store';
import { useRefreshTimer } from './use-refresh-timer';

export interface AuthContextValue {
  state: AuthState;
  /** The signed-in person, or null while restoring or signed out. */
  user: UserView | null;
  signIn(credentials: LoginRequest): Promise<UserView>;
  register(request: RegisterRequest): Promise<UserView>;
  signOut(): Promise<void>;
  updateUser(user: UserView): void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const { api, session } = useServices();
  const queryClient = useQueryClient();
  const state = useSyncExternalStore(session.subscribe, session.getState);

  useEffect(() => {
    if (session.getState().status !== 'restoring') {
      return;
    }
    // The refresh cookie survives a reload; trade it for a new access token before showing anything private.
    api.refresh().then(
      (auth) => session.signIn(auth),
      () => session.signOut(),
    );
  }, [api, session]);

  useRefreshTimer(state, api, session);

  const signIn = useCallback(
    async (credentials: LoginRequest) => {
      const auth = await api.login(credentials);
      session.signIn(auth);
      return auth.user;
    },
    [api, session],
  );

  const register = useCallback(
    async (request: RegisterRequest) => {
      const auth = await api.register(request);
      session.signIn(auth);
      return auth.user;
    },
    [api, session],
  );

  const signOut = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // Signing out locally matters more than telling the server; a dead session expires on its own.
      if (!isApiError(error)) {
        throw error;
      }
    } finally {
      session.signOut();
      queryClient.clear();
    }
  }, [api, session, queryClient]);

  const updateUser = useCallback(
    (user: UserView) => session.updateUser(user),
    [session],
  );

  const value = useMemo<AuthContextValue>(
    () => ({
      state,
      user: state.status === 'signed-in' ? state.user : null,
      signIn,
      register,
      signOut,
      updateUser,
    }),
    [state, signIn, register, signOut, updateUser],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return value;
}

/** For pages behind <RequireAuth>, where a user is guaranteed. */
export function useSignedInUser(): UserView {
  const { user } = useAuth();
  if (!user) {
    throw new Error('useSignedInUser must be used on a signed-in page');
  }
  return user;
}
