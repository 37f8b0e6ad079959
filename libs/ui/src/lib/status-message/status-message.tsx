import type { ReactNode } from 'react';
import './status-message.css';

/** A polite live region for loading and success messages. */
export function StatusMessage({
  children,
  className,
}: {
  children: ReactNode;
  className?: string;
}) {
  return (
    <p role="status" className={className}>
      {children}
    </p>
  );
}
