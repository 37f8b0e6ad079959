import type { Role } from '@torchbridge/contracts';
import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../lib/auth/auth-context';
import { useOutboxVisible } from '../features/outbox/use-outbox-visible';
import type { CommonResources } from '../lib/i18n/resources/en/common';

type NavKey = keyof CommonResources['nav'];

interface NavEntry {
  to: string;
  label: NavKey;
  roles: readonly Role[];
  end?: boolean;
}

const EVERYONE: readonly Role[] = ['founder', 'mentor', 'manager', 'admin'];
const STAFF: readonly Role[] = ['manager', 'admin'];

/** Each role sees the pages it can use; labels stay unique as substrings so links can be found by name. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/', label: 'home', roles: EVERYONE, end: true },
  { to: '/find-a-mentor', label: 'findMentor', roles: ['founder'] },
  { to: '/mentors', label: 'mentors', roles: ['founder', ...STAFF] },
  { to: '/startups', label: 'startups', roles: ['mentor', ...STAFF] },
  { to: '/vetting', label: 'vetting', roles: STAFF },
  { to: '/imports', label: 'imports', roles: STAFF },
  { to: '/requests', label: 'requests', roles: ['founder', 'mentor'] },
  { to: '/mentorships', label: 'mentorships', roles: EVERYONE },
  { to: '/messages', label: 'messages', roles: ['founder', 'mentor'] },
  { to: '/sessions', label: 'sessions', roles: ['founder', 'mentor'] },
  { to: '/events', label: 'events', roles: EVERYONE },
  { to: '/availability', label: 'availability', roles: ['mentor'] },
  { to: '/cohorts', label: 'cohorts', roles: STAFF },
  { to: '/parks', label: 'parks', roles: EVERYONE },
  { to: '/me/startup', label: 'myStartup', roles: ['founder'] },
  { to: '/me/mentor-profile', label: 'myProfile', roles: ['mentor'] },
  { to: '/settings', label: 'settings', roles: EVERYONE },
  // Shown only while the dev outbox holds mail, or to admins.
  { to: '/outbox', label: 'outbox', roles: EVERYONE },
];

export function MainNav() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const outboxVisible = useOutboxVisible();
  const links = NAV_ENTRIES.filter(
    (entry) =>
      user &&
      entry.roles.includes(user.role) &&
      (entry.to !== '/outbox' || outboxVisible),
  );

  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false} className="nav-link">
              {t(`nav.${link.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
