import type { ReactNode } from 'react';
import { PageTitle } from '../page-title/page-title';

/** A screen's opening: names it in the document title and shows its heading, lead paragraph and any header actions. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead: ReactNode;
  /** Shown after the lead, such as a button that opens a form. */
  children?: ReactNode;
}) {
  return (
    <>
      <PageTitle title={title} />
      <header className="page-header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
        {children}
      </header>
    </>
  );
}
