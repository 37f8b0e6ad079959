import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth/auth-context';
import { NotificationBell } from '../features/notifications/notification-bell';
import { LanguageSelect } from './language-select';
import { MainNav } from './main-nav';

export function SiteHeader() {
  const { t } = useTranslation();
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
      void navigate('/sign-in', { replace: true });
    } finally {
      setSigningOut(false);
    }
  }

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        {user && <MainNav />}
        <div className="header-actions">
          {user && <NotificationBell />}
          <LanguageSelect />
          {user && (
            <button
              type="button"
              className="button button-secondary"
              onClick={handleSignOut}
              disabled={signingOut}
            >
              {t('nav.signOut')}
            </button>
          )}
        </div>
      </div>
    </header>
  );
}
