import type { ReactNode } from 'react';
import { StatusMessage } from '../status-message/status-message';
import '../button/button.css';

export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  refetch(): unknown;
}

export interface QueryStateProps<T> {
  query: QueryLike<T>;
  /** Shown while there is neither data nor an error. */
  loadingLabel: string;
  /** The retry button's text. */
  retryLabel: string;
  /** How the caller explains a failure (the app knows its API errors; this component does not). */
  renderError(error: unknown): ReactNode;
  children(data: T): ReactNode;
}

/** Loading, then failure with a retry, then the children with the data: the states every list page shares. */
export function QueryState<T>({
  query,
  loadingLabel,
  retryLabel,
  renderError,
  children,
}: QueryStateProps<T>) {
  if (query.data !== undefined) {
    return <>{children(query.data)}</>;
  }
  if (!query.error) {
    return <StatusMessage>{loadingLabel}</StatusMessage>;
  }
  return (
    <div className="stack">
      {renderError(query.error)}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void query.refetch()}
      >
        {retryLabel}
      </button>
    </div>
  );
}
