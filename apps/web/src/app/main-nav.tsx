import { NavLink } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** Every role sees the same pages today; role-specific pages get their links here when they exist. */
export function MainNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/parks', label: t('nav.parks'), end: false },
    { to: '/settings', label: t('nav.settings'), end: false },
  ];

  return (
    <nav aria-label={t('nav.label')} className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
