import { isApiError } from '@torchbridge/api-client';
import { QueryClient } from '@tanstack/react-query';

/** Retrying a 4xx only repeats the same answer (401s are already retried once by the API client). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) =>
          !(isApiError(error) && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
