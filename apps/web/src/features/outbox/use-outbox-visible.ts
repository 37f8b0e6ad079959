import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../lib/api/services-context';
import { useAuth } from '../../lib/auth/auth-context';
import { OUTBOX_KEY } from './outbox-keys';

/** The outbox shows in the navigation for admins, and for anyone once it holds mail (no SMTP server set up). */
export function useOutboxVisible(): boolean {
  const api = useApi();
  const { user } = useAuth();
  const outbox = useQuery({
    queryKey: OUTBOX_KEY,
    queryFn: () => api.outbox(),
    enabled: Boolean(user),
    // A refusal (mail server configured, or not allowed) just keeps the entry hidden.
    retry: false,
    staleTime: 60_000,
  });
  return user?.role === 'admin' || (outbox.data?.length ?? 0) > 0;
}
