import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
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
      <QueryClientProvider client={client}>
        <ServicesProvider services={services}>
          <AuthProvider>
            <ChatProvider>
              <AppRoutes />
            </ChatProvider>
          </AuthProvider>
        </ServicesProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

export default App;
