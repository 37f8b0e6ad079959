import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryState, type QueryLike } from './query-state';

function renderState(query: QueryLike<string[]>) {
  return render(
    <QueryState
      query={query}
      loadingLabel="Loading…"
      retryLabel="Try again"
      renderError={(error) => <p role="alert">{String(error)}</p>}
    >
      {(items) => <p>{items.join(', ')}</p>}
    </QueryState>,
  );
}

describe('QueryState', () => {
  it('announces loading until there is data or an error', () => {
    renderState({ data: undefined, error: null, refetch: jest.fn() });
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
  });

  it('renders the data', () => {
    renderState({
      data: ['Berlin', 'Shenzhen'],
      error: null,
      refetch: jest.fn(),
    });
    expect(screen.getByText('Berlin, Shenzhen')).toBeInTheDocument();
  });

  it('shows the caller’s explanation of a failure and retries on request', async () => {
    const refetch = jest.fn();
    renderState({ data: undefined, error: 'Offline', refetch });

    expect(screen.getByRole('alert')).toHaveTextContent('Offline');
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Try again' }));
    expect(refetch).toHaveBeenCalledTimes(1);
  });
});
