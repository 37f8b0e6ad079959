import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { UiLabelsProvider } from '@torchbridge/ui';
import type { i18n } from 'i18next';
import { useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ServicesProvider, type Services } from '../lib/api/services-context';
import { AuthProvider } from '../lib/auth/auth-context';
import { ChatProvider } from '../lib/chat/chat-context';
import { AppRoutes } from './app-routes';
import { createQueryClient } from './query-client';

export interface AppProps {
  services: Services;
  i18n: i18n;
  /** Tests pass their own to control retries; the app makes one per mount. */
  queryClient?: QueryClient;
}

/** Everything except the router, which main.tsx (browser history) and tests (memory history) supply. */
export function App({ services, i18n, queryClient }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <I18nextProvider i18n={i18n}>
      <TranslatedUiLabels>
        <QueryClientProvider client={client}>
          <ServicesProvider services={services}>
            <AuthProvider>
              <ChatProvider>
                <AppRoutes />
              </ChatProvider>
            </AuthProvider>
          </ServicesProvider>
        </QueryClientProvider>
      </TranslatedUiLabels>
    </I18nextProvider>
  );
}

/** The shared components' own words (the site name in page titles), in the current language. */
function TranslatedUiLabels({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const siteName = t('app.name');
  const labels = useMemo(() => ({ siteName }), [siteName]);
  return <UiLabelsProvider labels={labels}>{children}</UiLabelsProvider>;
}

export default App;
