import type { Role } from '@torchbridge/contracts';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle, StatusMessage } from '@torchbridge/ui';
import { useAuth } from '../lib/auth/auth-context';

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

/** Shows a plain explanation instead of a page the API would refuse for this role anyway. */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: ReactNode;
}) {
  const { user } = useAuth();
  if (user && !roles.includes(user.role)) {
    return <NotForYourRole />;
  }
  return children;
}

function NotForYourRole() {
  const { t } = useTranslation();
  return (
    <div className="page page-narrow">
      <PageTitle title={t('access.title')} />
      <h1>{t('access.title')}</h1>
      <p>{t('access.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
