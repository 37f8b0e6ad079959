import { Outlet } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAdoptAccountLocale } from '../lib/i18n/use-locale';
import { SiteHeader } from './site-header';

export const MAIN_CONTENT_ID = 'main-content';

export function AppShell() {
  const { t } = useTranslation();
  useAdoptAccountLocale();

  return (
    <>
      <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
        {t('app.skipToContent')}
      </a>
      <SiteHeader />
      {/* tabIndex lets the skip link move keyboard focus, not just scroll. */}
      <main id={MAIN_CONTENT_ID} className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
