import type { ReactNode } from 'react';
import { PageTitle } from '@torchbridge/ui';
import './auth.css';

/** The centred card both signed-out pages share. */
export function AuthCard({
  title,
  pageTitle,
  intro,
  children,
  footer,
}: {
  title: string;
  pageTitle: string;
  intro: string;
  children: ReactNode;
  footer: ReactNode;
}) {
  return (
    <div className="auth-layout">
      <PageTitle title={pageTitle} />
      <section className="card auth-card">
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
        {children}
        <p className="auth-footer">{footer}</p>
      </section>
    </div>
  );
}
