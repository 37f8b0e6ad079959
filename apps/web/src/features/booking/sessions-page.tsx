import type { BookingListQuery } from '@torchbridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '@torchbridge/ui';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../lib/api/query-state';
import { useApi } from '../../lib/api/services-context';
import { useSignedInUser } from '../../lib/auth/auth-context';
import { bookingKeys } from './booking-keys';
import { CalendarFeedCard } from './calendar-feed-card';
import { SessionCard } from './session-card';
import './booking.css';

type Scope = NonNullable<BookingListQuery['scope']>;
const SCOPES: readonly Scope[] = ['upcoming', 'past'];

/** Everyone's sessions, coming and past, with what each side can do, and the calendar subscription. */
export function SessionsPage() {
  const { t } = useTranslation('booking');
  const ids = useId();
  const [scope, setScope] = useState<Scope>('upcoming');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  // Arrow keys, Home and End move between tabs, as in every tab list; the panel follows the focused tab.
  function moveTab(event: KeyboardEvent<HTMLDivElement>) {
    const current = SCOPES.indexOf(scope);
    const last = SCOPES.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    const target = next === undefined ? undefined : SCOPES[next];
    if (next === undefined || !target) {
      return;
    }
    event.preventDefault();
    setScope(target);
    tabs.current[next]?.focus();
  }

  return (
    <div className="page booking-page">
      <PageHeader title={t('sessions.title')} lead={t('sessions.lead')} />
      <div className="stack">
        <div>
          <div
            role="tablist"
            aria-label={t('sessions.tabs')}
            className="tabs"
            onKeyDown={moveTab}
          >
            {SCOPES.map((s, index) => (
              <button
                key={s}
                ref={(element) => {
                  tabs.current[index] = element;
                }}
                type="button"
                role="tab"
                id={`${ids}tab-${s}`}
                aria-selected={scope === s}
                aria-controls={`${ids}panel`}
                tabIndex={scope === s ? 0 : -1}
                className="tab"
                onClick={() => setScope(s)}
              >
                {t(`sessions.${s}`)}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`${ids}panel`}
            aria-labelledby={`${ids}tab-${scope}`}
            className="tab-panel"
          >
            <SessionList scope={scope} />
          </div>
        </div>
        <CalendarFeedCard />
      </div>
    </div>
  );
}

function SessionList({ scope }: { scope: Scope }) {
  const { t } = useTranslation('booking');
  const api = useApi();
  const user = useSignedInUser();
  const sessions = useQuery({
    queryKey: bookingKeys.list(scope),
    queryFn: () => api.listBookings(scope),
  });
  return (
    <QueryState query={sessions} loadFailed={t('sessions.loadFailed')}>
      {(items) =>
        items.length === 0 ? (
          <p className="empty-state">
            {scope === 'past'
              ? t('sessions.emptyPast')
              : user.role === 'mentor'
                ? t('sessions.emptyMentor')
                : t('sessions.emptyFounder')}
          </p>
        ) : (
          <ul className="session-cards">
            {items.map((booking) => (
              <li key={booking.id}>
                <SessionCard booking={booking} viewer={user} />
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
