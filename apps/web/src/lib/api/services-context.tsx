import type { ApiClient } from '@torchbridge/api-client';
import { createContext, useContext, type ReactNode } from 'react';
import type { SessionStore } from '../auth/session-store';
import type { ChatFactory } from '../chat/chat-connection';

export interface Services {
  api: ApiClient;
  session: SessionStore;
  /** Builds the realtime chat client; tests pass a fake that opens no socket. */
  createChat: ChatFactory;
}

const ServicesContext = createContext<Services | null>(null);

/** Injected rather than imported so tests can hand the app a fake API client. */
export function ServicesProvider({
  services,
  children,
}: {
  services: Services;
  children: ReactNode;
}) {
  return (
    <ServicesContext.Provider value={services}>
      {children}
    </ServicesContext.Provider>
  );
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices must be used inside <ServicesProvider>');
  }
  return services;
}

export function useApi(): ApiClient {
  return useServices().api;
}
