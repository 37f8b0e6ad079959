import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth/auth-context';
import { StatusMessage } from '../lib/ui/status-message';

/** Where a signed-out visitor was headed, so sign-in can send them back. */
export interface ReturnState {
  from?: string;
}

function Restoring() {
  const { t } = useTranslation();
  return (
    <StatusMessage className="page-status">{t('app.loading')}</StatusMessage>
  );
}

export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'restoring') {
    return <Restoring />;
  }
  if (state.status === 'signed-out') {
    const returnState: ReturnState = {
      from: `${location.pathname}${location.search}${location.hash}`,
    };
    return <Navigate to="/sign-in" replace state={returnState} />;
  }
  return children;
}

/** Sign-in and registration make no sense once signed in; signing in lands here and continues where the visitor was headed. */
export function RequireSignedOut({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'restoring') {
    return <Restoring />;
  }
  if (state.status === 'signed-in') {
    return <Navigate to={returnPath(location.state)} replace />;
  }
  return children;
}

export function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  // Only same-app paths: never bounce to another origin or back to the auth pages.
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    !from.startsWith('/sign-in') &&
    !from.startsWith('/register')
    ? from
    : '/';
}
