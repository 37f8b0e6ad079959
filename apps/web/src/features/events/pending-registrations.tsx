import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EventView } from '@torchbridge/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../lib/api/api-error-alert';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { eventKeys } from './event-keys';

/** Organisers approve or decline the registrations that wait for them. */
export function PendingRegistrations({ event }: { event: EventView }) {
  const { t } = useTranslation('events');
  const api = useApi();
  const queryClient = useQueryClient();
  const ids = useId();
  const participants = useQuery({
    queryKey: eventKeys.participants(event.id),
    queryFn: () => api.eventParticipants(event.id),
  });
  const decide = useMutation({
    mutationFn: ({ id, approve }: { id: string; approve: boolean }) =>
      api.decideRegistration(event.id, id, approve),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: eventKeys.all });
    },
  });
  return (
    <section className="card" aria-labelledby={`${ids}pending`}>
      <h2 id={`${ids}pending`}>{t('pending.title')}</h2>
      <ApiErrorAlert error={decide.error} />
      <QueryState
        query={participants}
        loadFailed={t('participants.loadFailed')}
      >
        {(items) => {
          const pending = items.filter((p) => p.status === 'pending');
          return pending.length === 0 ? (
            <p className="muted">{t('pending.empty')}</p>
          ) : (
            <ul className="event-row-list">
              {pending.map((p) => (
                <li key={p.id}>
                  <p>
                    <strong>{p.displayName}</strong> · {t(`kinds.${p.kind}`)}
                    {p.organisation ? ` · ${p.organisation}` : ''}
                  </p>
                  <div className="event-actions">
                    <button
                      type="button"
                      className="button button-primary"
                      aria-label={t('pending.approveWho', {
                        name: p.displayName,
                      })}
                      disabled={decide.isPending}
                      onClick={() => decide.mutate({ id: p.id, approve: true })}
                    >
                      {t('pending.approve')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      aria-label={t('pending.declineWho', {
                        name: p.displayName,
                      })}
                      disabled={decide.isPending}
                      onClick={() =>
                        decide.mutate({ id: p.id, approve: false })
                      }
                    >
                      {t('pending.decline')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryState>
    </section>
  );
}
